/**
 * The quick save (issue 14): when every change since the last save replaced a value that prints
 * as one unit of its own (`key: value`, a folded `key: >-` answer, `- {revision: 5, ...}`) in
 * place, the new text is the last saved text with just those units replaced by their new print.
 *
 * That is what the full save (print the whole document, then put back the file's own spacing,
 * keep-spacing.ts) would write, because after a full save each unit of the saved text is the
 * printer's unit of the same place or its hand-written original with the same layout key, and
 * the full save pairs the units of its new print with those of the saved text by that key: the
 * old unit's key is found exactly once in the saved text and the new unit's nowhere, so every
 * other unit pairs with itself and keeps its text, and the new unit is written as printed.
 * Anything else (a key added or removed, a list item added, a value printed over several units,
 * a key that occurs twice) is left to the full save.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Path } from '../findings.js';
import { startsAlike, units } from './keep-lines.js';
import { unitMeans } from './keep-spacing.js';
import { printUnit } from './print-unit.js';
import type { Link } from './print-unit.js';
import type { Replacement, SavedUnits } from './saved-units.js';

/** A value changed in place: how to reach it, the node now, and a copy of it as last saved. */
interface Edit {
  chain: Link[];
  node: Node;
  saved: Node;
}

/** Where a value is: the chain down to it and its node (a pair's value, or a list item). */
interface Spot {
  chain: Link[];
  node: Node;
  siblings: unknown[];
}

export class InPlaceEdits {
  private readonly edits = new Map<unknown, Edit>();
  private other = false;
  /**
   * For the saved text the quick saves last worked on: each skeleton's own lines, and the lines
   * each edited value was last written as (what its copy as saved prints as, without printing it).
   */
  private memo: { saved: SavedUnits; frames: Map<unknown, string[]>; written: Map<unknown, string[]> } | undefined;

  /**
   * Run `change` (a setIn at `path`) and note what it did: a value changed in place, or anything
   * else, which only the full save can write. Returns the value now at `path` as plain data when
   * it was changed in place (so the caller need not copy the whole document again to know it).
   */
  change(doc: Document, path: Path, change: () => void): { value: unknown } | undefined {
    const spot = spotAt(doc, path);
    const saved = spot && !this.edits.has(linkOf(spot)) ? (spot.node.clone(doc.schema) as Node) : undefined;
    change();
    const after = spotAt(doc, path);
    const inPlace =
      spot &&
      after &&
      after.node === spot.node &&
      sameItems(after.siblings, spot.siblings) &&
      after.chain.every((link, i) => link.parent === spot.chain[i]!.parent && link.child === spot.chain[i]!.child);
    const value = inPlace ? plainValue(after.node) : undefined;
    if (!inPlace || value === undefined) {
      this.other = true;
      return undefined;
    }
    if (saved) this.edits.set(linkOf(spot), { chain: spot.chain, node: spot.node, saved });
    return { value };
  }

  /** Something changed that was not noted through `change`. */
  changedOtherwise(): void {
    this.other = true;
  }

  /** The last save wrote every change noted. */
  clear(): void {
    this.edits.clear();
    this.other = false;
  }

  /**
   * The text of the quick save: `saved` (the units of the last saved text, printed with its flow
   * padding) with each edited value's unit replaced. Undefined when the full save must decide.
   */
  quickText(doc: Document, saved: SavedUnits): { text: string; replacements: Replacement[]; written: () => void } | undefined {
    if (this.other) return undefined;
    if (this.memo?.saved !== saved) this.memo = { saved, frames: new Map(), written: new Map() };
    const { frames, written: memo } = this.memo;
    const printed = new Map<unknown, string[]>();
    // The full save prints with the padding the saved text uses most: it must be the one its units were printed with.
    const padding = saved.printedPadding;
    if (saved.padding !== padding) return undefined;
    const replacements: Replacement[] = [];
    const taken = new Set<number>();
    for (const edit of this.edits.values()) {
      const before = plainValue(edit.saved);
      const now = plainValue(edit.node);
      if (before === undefined || now === undefined) return undefined;
      const link = edit.chain.at(-1)!;
      const oldLines = memo.get(link.child) ?? printUnit(doc, edit.chain, edit.saved, padding, frames);
      const newLines = printUnit(doc, edit.chain, edit.node, padding, frames);
      if (!oldLines || !newLines) return undefined;
      printed.set(link.child, newLines);
      if (oldLines.join('\n') === newLines.join('\n')) continue;
      const [oldUnit, ...moreOld] = units(oldLines.join('\n'));
      const [newUnit, ...moreNew] = units(newLines.join('\n'));
      if (!oldUnit || !newUnit || moreOld.length > 0 || moreNew.length > 0) return undefined;
      const index = saved.only(oldUnit.key);
      if (index === undefined || taken.has(index) || saved.count(newUnit.key) !== 0) return undefined;
      const written = saved.lines(index);
      if (!startsAlike(written[0]!, newLines[0]!)) return undefined;
      // The cheap check: the unit found means the value as saved, and the new one means the new value.
      if (!unitMeans(written, unitValue(link, before)) || !unitMeans(newLines, unitValue(link, now))) return undefined;
      taken.add(index);
      replacements.push({ index, lines: newLines, key: newUnit.key });
    }
    return {
      text: saved.textWith(replacements),
      replacements,
      written: () => {
        for (const [child, lines] of printed) memo.set(child, lines);
      },
    };
  }
}

/** The value at `path` when it prints as one unit of its own, down a chain of block collections. */
function spotAt(doc: Document, path: Path): Spot | undefined {
  const chain: Link[] = [];
  let node: unknown = doc.contents;
  let siblings: unknown[] = [];
  for (const key of path) {
    if (isMap(node) && !node.flow) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return undefined;
      chain.push({ parent: node, child: pair });
      siblings = node.items;
      node = pair.value;
    } else if (isSeq(node) && !node.flow && typeof key === 'number' && key >= 0 && key < node.items.length) {
      chain.push({ parent: node, child: node.items[key] });
      siblings = node.items;
      node = node.items[key];
    } else {
      return undefined;
    }
  }
  if (chain.length === 0 || plainValue(node) === undefined) return undefined;
  return { chain, node: node as Node, siblings: [...siblings] };
}

/** The pair or item an edit is about, the same object from one change to the next. */
function linkOf(spot: Spot): unknown {
  return spot.chain.at(-1)!.child;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

type Plain = string | number | boolean;

/**
 * What a node means, when it is a scalar or a flow collection of scalars (`[G1, G2]`,
 * `{revision: 5, date: ...}`); undefined for anything else. A string that ends with a line
 * break is left out: printed as a block scalar that keeps it (`|+`), it changes how the next
 * unit prints.
 */
function plainValue(node: unknown): unknown {
  const scalar = (n: unknown): Plain | undefined => {
    if (!isScalar(n) || n.comment || n.commentBefore || n.spaceBefore) return undefined;
    const value = (n as Scalar).value;
    if (typeof value === 'string') return value.endsWith('\n') ? undefined : value;
    return typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  };
  if (isScalar(node)) {
    // Its own comments print with it, on the same line or before it, and are part of the check.
    const { value } = node as Scalar;
    if (typeof value === 'string') return value.endsWith('\n') ? undefined : value;
    return typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  }
  if (!(isMap(node) || isSeq(node)) || !node.flow || node.comment || node.commentBefore) return undefined;
  if (isSeq(node)) {
    const items = node.items.map(scalar);
    return items.includes(undefined) ? undefined : items;
  }
  const entries: [string, Plain][] = [];
  for (const pair of (node as YAMLMap).items as Pair[]) {
    if (!isPair(pair) || !isScalar(pair.key) || (pair.key as Scalar).comment || (pair.key as Scalar).commentBefore) return undefined;
    const value = scalar(pair.value);
    if (value === undefined) return undefined;
    entries.push([String((pair.key as Scalar).value), value]);
  }
  return Object.fromEntries(entries);
}

/** What the unit of `link` means read alone: `{key: value}` for a pair, `[value]` for an item. */
function unitValue(link: Link, value: unknown): unknown {
  return isMap(link.parent) ? { [String(((link.child as Pair).key as Scalar).value)]: value } : [value];
}
