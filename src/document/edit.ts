/**
 * Changes to a parsed cop.yaml made in place, node by node, so that the comments, quoting, flow
 * style and blank lines people wrote around a value survive when copkit changes it
 * (ENGINEERING.md 2.1.5: replacing a node drops its comment; mutating it keeps it).
 */
import { isMap, isScalar, isSeq, Pair, Scalar } from 'yaml';
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
import type { Path } from '../findings.js';
import { isPlainObject } from '../model/values.js';
import { keyOrderAt } from './key-order.js';

/** Strings that YAML 1.1 tools (PyYAML, older editors) would read as booleans or numbers. */
const YAML11_LOOKALIKE = /^(?:y|n|yes|no|on|off|true|false|null|~|[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?|0[0-7_]+)$/i;

/** Set the value at `path`, creating missing mappings on the way; `undefined` removes the key. */
export function setIn(doc: Document, path: Path, value: unknown): void {
  if (path.length === 0) throw new Error('setIn needs a path');
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  let parent = doc.contents as unknown as YAMLMap | YAMLSeq;
  for (let i = 0; i < path.length - 1; i++) {
    const child = getChild(parent, path[i]!);
    if (isMap(child) || isSeq(child)) {
      parent = child;
      continue;
    }
    const created = doc.createNode({}) as YAMLMap;
    putChild(doc, parent, path.slice(0, i + 1), created, child);
    parent = created;
  }
  const key = path[path.length - 1]!;
  if (value === undefined) {
    if (isMap(parent)) parent.delete(key);
    else if (typeof key === 'number') parent.items.splice(key, 1);
    return;
  }
  const existing = getChild(parent, key);
  putChild(doc, parent, path, update(doc, existing, value, path), existing);
}

function getChild(parent: YAMLMap | YAMLSeq, key: string | number): Node | undefined {
  if (isSeq(parent)) return typeof key === 'number' ? (parent.items[key] as Node | undefined) : undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
  return (pair?.value ?? undefined) as Node | undefined;
}

/** Put `node` under `parent`; a new key goes where the registry orders it, not at the end. */
function putChild(doc: Document, parent: YAMLMap | YAMLSeq, path: Path, node: Node, existing: Node | undefined): void {
  const key = path[path.length - 1]!;
  if (isSeq(parent)) {
    parent.items[key as number] = node;
    return;
  }
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
  if (pair) {
    pair.value = node;
    return;
  }
  if (existing !== undefined) return;
  insertPair(doc, parent, path, node);
}

function insertPair(doc: Document, map: YAMLMap, path: Path, node: Node): void {
  const key = String(path[path.length - 1]);
  const order = keyOrderAt(path.slice(0, -1));
  const rank = order.indexOf(key);
  let index = map.items.length;
  if (rank !== -1) {
    // Right after the last key that comes before it in the registry (unknown keys stay put).
    const previous = map.items.findLastIndex((p) => isScalar(p.key) && order.indexOf(String(p.key.value)) !== -1 && order.indexOf(String(p.key.value)) < rank);
    const next = map.items.findIndex((p) => isScalar(p.key) && order.indexOf(String(p.key.value)) > rank);
    index = previous !== -1 ? previous + 1 : next !== -1 ? next : index;
  }
  map.items.splice(index, 0, new Pair(doc.createNode(key), node));
}

/** The node to hold `value`: the existing one changed in place where the kinds agree. */
function update(doc: Document, node: Node | undefined, value: unknown, path: Path): Node {
  if (Array.isArray(value) && isSeq(node)) return updateSeq(doc, node, value, path);
  if (isPlainObject(value) && isMap(node)) return updateMap(doc, node, value, path);
  const fresh = isScalar(node) && !Array.isArray(value) && !isPlainObject(value) ? node : create(doc, value);
  if (fresh === node && isScalar(node)) {
    node.value = value;
    if (typeof value === 'string' && needsQuotes(value) && node.type === Scalar.PLAIN) node.type = Scalar.QUOTE_DOUBLE;
    return node;
  }
  if (node) {
    fresh.comment = node.comment;
    fresh.commentBefore = node.commentBefore;
    fresh.spaceBefore = node.spaceBefore;
  }
  return fresh;
}

function updateMap(doc: Document, map: YAMLMap, value: Record<string, unknown>, path: Path): Node {
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) {
      map.delete(key);
      continue;
    }
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair) pair.value = update(doc, (pair.value ?? undefined) as Node | undefined, child, [...path, key]);
    else insertPair(doc, map, [...path, key], create(doc, child));
  }
  return map;
}

/** Items with ids are matched by id, so editing or removing one keeps the others' comments. */
function updateSeq(doc: Document, seq: YAMLSeq, value: unknown[], path: Path): Node {
  const byId = new Map<string, Node>();
  for (const item of seq.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id === 'string') byId.set(id, item as Node);
  }
  seq.items = value.map((entry, i) => {
    const id = isPlainObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    const old = id !== undefined ? byId.get(id) : byId.size === 0 ? (seq.items[i] as Node | undefined) : undefined;
    return update(doc, old, entry, [...path, i]);
  });
  return seq;
}

function create(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  quoteLookalikes(node);
  return node;
}

function quoteLookalikes(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && needsQuotes(node.value)) node.type = Scalar.QUOTE_DOUBLE;
  } else if (isMap(node)) {
    for (const pair of node.items) quoteLookalikes(pair.value);
  } else if (isSeq(node)) {
    for (const item of node.items) quoteLookalikes(item);
  }
}

function needsQuotes(text: string): boolean {
  return YAML11_LOOKALIKE.test(text);
}
