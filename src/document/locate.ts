import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { Position } from '../errors.js';
import type { Finding, Path } from '../findings.js';
import { toPosition } from './parse-yaml.js';

/** The YAML node at `path` (or its key node), or the nearest ancestor that exists. */
export function nodeAt(doc: Document, path: Path, atKey = false): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) return found;
      if (last && atKey) return pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      if (node === undefined) return found;
    } else {
      return found;
    }
    if (isPair(node)) return found;
    found = node as Node;
  }
  return found;
}

/** Line and column of a path in the file, as editors count them. */
export function positionOf(doc: Document, lineCounter: LineCounter, path: Path, atKey = false): Position {
  const node = nodeAt(doc, path, atKey);
  const offset = node?.range?.[0];
  return offset === undefined ? { line: 1, column: 1 } : toPosition(lineCounter, offset);
}

/** Give every finding the position of the node it is about. */
export function placeFindings(findings: Finding[], doc: Document, lineCounter: LineCounter): Finding[] {
  return findings.map((f) => ({ ...f, position: f.position ?? positionOf(doc, lineCounter, f.path, f.atKey) }));
}

/** How many leading parts of `path` exist in the document (all of them if the node is there). */
function existingDepth(doc: Document, path: Path): number {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) return i;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part] !== undefined) {
      node = node.items[part];
    } else {
      return i;
    }
  }
  return path.length;
}

/**
 * Where to point for a finding about `path`: the node itself if it is there; otherwise the key of
 * the nearest field that is, since that is where the missing answer belongs.
 */
export function positionForFinding(doc: Document, lineCounter: LineCounter, path: Path, atKey = false): Position {
  const depth = existingDepth(doc, path);
  if (depth === path.length) return positionOf(doc, lineCounter, path, atKey);
  const parent = path.slice(0, depth);
  return positionOf(doc, lineCounter, parent, typeof parent.at(-1) === 'string');
}
