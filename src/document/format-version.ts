import { isMap, isScalar } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { DocumentError } from '../errors.js';
import { FORMAT_VERSION } from '../model/document-shape.js';
import { copkitVersion } from '../version.js';
import { nodeAt } from './locate.js';
import { toPosition } from './parse-yaml.js';

/**
 * A cop.yaml must be a mapping that starts by saying which format it is in. A newer format is
 * refused rather than half-understood and then rewritten.
 */
export function checkRootAndFormat(display: string, doc: Document, lineCounter: LineCounter): void {
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    throw new DocumentError(display, `${display} is empty`, {
      position: { line: 1, column: 1 },
      hint: 'Run `copkit init` to start a design, or restore the file from git.',
    });
  }
  if (!isMap(root)) {
    const what = isScalar(root) ? 'a single value' : 'a list';
    throw new DocumentError(display, `${display} must be a set of named fields (key: value lines), not ${what}`, {
      position: where(lineCounter, root as Node),
      source: 'schema',
    });
  }
  const node = nodeAt(doc, ['copkit']);
  if (node === root) {
    throw new DocumentError(display, 'the format version is missing: add `copkit: 1` as the first field', {
      position: { line: 1, column: 1 },
      source: 'schema',
    });
  }
  const value = isScalar(node) ? node.value : undefined;
  const position = where(lineCounter, node);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new DocumentError(display, `copkit: must be the format version, a whole number such as ${FORMAT_VERSION}`, {
      position,
      source: 'schema',
    });
  }
  if (value > FORMAT_VERSION) {
    throw new DocumentError(display, `${display} uses format ${value}, which needs a newer copkit; copkit ${copkitVersion()} reads format ${FORMAT_VERSION}`, {
      position,
      source: 'schema',
      hint: 'Upgrade copkit (npm install -g copkit@latest) and run the command again.',
    });
  }
  if (value < 1) {
    throw new DocumentError(display, `copkit: ${value} is not a format version; this copkit reads format ${FORMAT_VERSION}`, {
      position,
      source: 'schema',
    });
  }
}

function where(lineCounter: LineCounter, node: Node | undefined) {
  return toPosition(lineCounter, node?.range?.[0] ?? 0);
}
