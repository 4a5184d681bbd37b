/**
 * How a save keeps the file's own layout: the lines whose only change is the printer's spacing are
 * put back as written, where that provably means the same (cop-file.ts calls this on each save).
 */
import { parse } from 'yaml';
import { restoreOriginalLines } from './keep-lines.js';
import type { Restored } from './keep-lines.js';
import { YAML_OPTIONS } from './parse-yaml.js';

/**
 * Put back the original spacing of lines the save did not change, but only if the result still
 * means exactly what copkit meant to write. Each unit put back is checked on its own (its original
 * and printed lines parsed as small documents, at the same indentation), once per file and unit:
 * a save re-parses only what it has not checked before, not the whole file. A unit that cannot be
 * checked alone sends the whole merged text through the parser, as before.
 */
export function keepUnchangedSpacing(original: string, printed: string, meaning: () => unknown, checked: Map<string, boolean | undefined>): string {
  return mergeUnchangedSpacing(original, printed, meaning, checked).text;
}

/** What a save wrote, and how the printed text's units line up with it. */
export interface SpacingKept {
  text: string;
  /**
   * Every unit put back was checked on its own and found to mean the same (or none was put
   * back): the next save would decide the same for each of them again, from the same cache.
   */
  sure: boolean;
  /** The layout keys of the printed text's units, in order: the written text's units have the same ones. */
  printedKeys: string[];
}

/** keepUnchangedSpacing, telling also whether each unit's decision can be relied on by the next save. */
export function mergeUnchangedSpacing(original: string, printed: string, meaning: () => unknown, checked: Map<string, boolean | undefined>): SpacingKept {
  const { text: merged, restored, printedKeys } = restoreOriginalLines(original, printed);
  if (merged === printed) return { text: printed, sure: true, printedKeys };
  let unsure = false;
  for (const unit of restored) {
    if (unit.comment) continue;
    const key = `${unit.original.join('\n')}\0${unit.printed.join('\n')}`;
    if (!checked.has(key)) checked.set(key, sameUnitMeaning(unit));
    const same = checked.get(key);
    if (same === false) return { text: printed, sure: true, printedKeys };
    if (same === undefined) unsure = true;
  }
  if (!unsure) return { text: merged, sure: true, printedKeys };
  try {
    const same = JSON.stringify(parse(merged, YAML_OPTIONS)) === JSON.stringify(meaning());
    return { text: same ? merged : printed, sure: false, printedKeys };
  } catch {
    return { text: printed, sure: false, printedKeys };
  }
}

/**
 * Whether `lines` (one unit, at its own indentation) read alone mean `expected`; false when they
 * cannot be read alone.
 */
export function unitMeans(lines: readonly string[], expected: unknown): boolean {
  const indent = /^ */.exec(lines[0] ?? '')![0].length;
  try {
    if (lines.some((line) => line.trim() !== '' && /^ */.exec(line)![0].length < indent)) return false;
    return JSON.stringify(parse(lines.map((line) => line.slice(indent)).join('\n'), YAML_OPTIONS)) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

/** Whether a unit means the same as written and as printed; undefined when either is no document alone. */
function sameUnitMeaning(unit: Restored): boolean | undefined {
  const indent = /^ */.exec(unit.printed[0] ?? '')![0].length;
  if (/^ */.exec(unit.original[0] ?? '')![0].length !== indent) return undefined;
  const alone = (lines: string[]) => {
    if (lines.some((line) => line.trim() !== '' && /^ */.exec(line)![0].length < indent)) throw new Error('less indented');
    return JSON.stringify(parse(lines.map((line) => line.slice(indent)).join('\n'), YAML_OPTIONS));
  };
  try {
    return alone(unit.original) === alone(unit.printed);
  } catch {
    return undefined;
  }
}

/** Whether the file's own flow collections are written `{ a: 1 }` rather than `{a: 1}`. */
export function usesFlowPadding(text: string): boolean {
  const { padded, tight } = flowPaddingCounts(text);
  return padded > tight;
}

/**
 * How many `{ a` and how many `{a` the text holds. Neither can span a line break, so the counts
 * of a text are the sums of its lines' counts: a save that replaces lines can keep them current.
 */
export function flowPaddingCounts(text: string): { padded: number; tight: number } {
  return { padded: text.match(/[[{] [^\s\]}]/g)?.length ?? 0, tight: text.match(/[[{][^\s\]}]/g)?.length ?? 0 };
}
