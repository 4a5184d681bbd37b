import type { Path } from '../findings.js';
import { documentShape } from '../model/document-shape.js';
import type { Shape } from '../model/shape.js';

/**
 * The registry's order of the keys of the mapping at `path`, so that a key copkit adds lands
 * beside its neighbours (a new `design:` goes after `inquire:`, not after `history:`).
 */
export function keyOrderAt(path: Path): readonly string[] {
  let shape: Shape | undefined = documentShape;
  for (const part of path) {
    if (!shape) return [];
    if (shape.type === 'object') shape = Object.hasOwn(shape.fields, String(part)) ? shape.fields[String(part)] : undefined;
    else if (shape.type === 'list') shape = shape.item;
    else return [];
  }
  return shape?.type === 'object' ? Object.keys(shape.fields) : [];
}
