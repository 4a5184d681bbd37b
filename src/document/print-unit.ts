/**
 * One value of cop.yaml printed exactly as printing the whole document would print it, without
 * printing the whole document (issue 14: that was half of every autosave). The value is printed
 * inside a skeleton of the document: the same chain of mappings and lists from the top down to
 * it, each holding only the link on the way down, so yaml's own printer gives the value the same
 * indentation and the same context as it has in the full file.
 */
import { Document, isMap, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';

/** One step down from the top of the document: a collection and its item on the way to the value. */
export interface Link {
  parent: YAMLMap | YAMLSeq;
  /** A pair of `parent` when it is a mapping, an item when it is a list. */
  child: unknown;
}

/**
 * The lines the last link's value prints as: the pair (`key: value`) when the last parent is a
 * mapping, the item (`- value`) when it is a list, with `node` as the value. Undefined when
 * printing it moved anything else (a comment, a line the skeleton holds), so it cannot be told apart.
 */
export function printUnit(doc: Document, chain: readonly Link[], node: Node, padding: boolean, frames?: Map<unknown, string[]>): string[] | undefined {
  const print = (value: Node) => skeletonOf(doc, chain, value).toString({ lineWidth: 0, flowCollectionPadding: padding }).split('\n');
  // A one-word placeholder prints on one line: what comes before it is the skeleton's own lines.
  // It depends only on the chain (and the padding), so a caller may keep it for the next print.
  const last = chain.at(-1)!.child;
  const frame = frames?.get(last) ?? print(new Scalar('x'));
  frames?.set(last, frame);
  const lines = print(node);
  const before = frame.length - 2;
  for (let i = 0; i < before; i++) if (lines[i] !== frame[i]) return undefined;
  // The printer ends the document with a newline: the last element is always empty.
  if (lines.at(-1) !== '' || lines.length < frame.length) return undefined;
  return lines.slice(before, -1);
}

/**
 * The chain rebuilt bottom-up with fresh collections. An item that is not the first of its real
 * collection is printed after a placeholder, so that it is not given the first item's `- `.
 */
function skeletonOf(doc: Document, chain: readonly Link[], value: Node): Document {
  let node: Node = value;
  for (let i = chain.length - 1; i >= 0; i--) {
    const { parent, child } = chain[i]!;
    const first = parent.items[0] === child;
    if (isMap(parent)) {
      const map = new YAMLMap(doc.schema);
      if (!first) map.items.push(new Pair(new Scalar('x'), new Scalar('x')));
      map.items.push(new Pair((child as Pair).key, node));
      node = map;
    } else {
      const seq = new YAMLSeq(doc.schema);
      if (!first) seq.items.push(new Scalar('x'));
      seq.items.push(node);
      node = seq;
    }
  }
  let skeleton = skeletons.get(doc);
  if (!skeleton) {
    skeleton = new Document();
    skeletons.set(doc, skeleton);
  }
  // The real document's schema and directives: they decide how values print (YAML 1.1 or 1.2, tags).
  skeleton.schema = doc.schema;
  skeleton.directives = doc.directives;
  skeleton.contents = node as typeof skeleton.contents;
  return skeleton;
}

/** One skeleton document per real one, refilled for each print. */
const skeletons = new WeakMap<Document, Document>();
