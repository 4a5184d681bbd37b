/**
 * The text cop.yaml was last saved with, held as the units a save compares (keep-lines.ts), so
 * that a save which changes a few values can replace just their units, find them by their layout
 * key, and keep the file's flow padding counts current, without splitting the whole text again.
 */
import { units } from './keep-lines.js';
import type { Unit } from './keep-lines.js';
import { flowPaddingCounts } from './keep-spacing.js';

/** One unit replaced by new lines. */
export interface Replacement {
  index: number;
  lines: string[];
  key: string;
}

export class SavedUnits {
  private constructor(
    private readonly list: Unit[],
    private readonly counts: Map<string, number>,
    private padded: number,
    private tight: number,
    /** The flow padding the text was printed with. */
    readonly printedPadding: boolean,
  ) {}

  /**
   * The saved text's units, if they line up one for one with the printed text's (`printedKeys`):
   * only then is each unit of the text the printer's unit of the same place, which the quick
   * save relies on. Undefined otherwise.
   */
  static of(text: string, printedKeys: readonly string[] | undefined, printedPadding: boolean): SavedUnits | undefined {
    const list = units(text);
    if (printedKeys && (printedKeys.length !== list.length || list.some((unit, i) => unit.key !== printedKeys[i]))) return undefined;
    const counts = new Map<string, number>();
    for (const unit of list) counts.set(unit.key, (counts.get(unit.key) ?? 0) + 1);
    const { padded, tight } = flowPaddingCounts(text);
    return new SavedUnits(list, counts, padded, tight, printedPadding);
  }

  /** How many units have this layout key. */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Where the only unit with this key is; undefined when there is none or more than one. */
  only(key: string): number | undefined {
    if (this.count(key) !== 1) return undefined;
    const index = this.list.findIndex((unit) => unit.key === key);
    return index === -1 ? undefined : index;
  }

  lines(index: number): readonly string[] {
    return this.list[index]!.lines;
  }

  /** What usesFlowPadding says of the text now. */
  get padding(): boolean {
    return this.padded > this.tight;
  }

  /** The text with the replacements made (at distinct units); nothing is changed until `commit`. */
  textWith(replacements: readonly Replacement[]): string {
    const by = new Map(replacements.map((r) => [r.index, r.lines]));
    return this.list.map((unit, i) => (by.get(i) ?? unit.lines).join('\n')).join('\n');
  }

  /** Make the replacements part of the saved text, once it is on disk. */
  commit(replacements: readonly Replacement[]): void {
    for (const { index, lines, key } of replacements) {
      const old = this.list[index]!;
      this.counts.set(old.key, this.count(old.key) - 1);
      this.counts.set(key, this.count(key) + 1);
      const before = flowPaddingCounts(old.lines.join('\n'));
      const after = flowPaddingCounts(lines.join('\n'));
      this.padded += after.padded - before.padded;
      this.tight += after.tight - before.tight;
      this.list[index] = { lines, key };
    }
  }
}
