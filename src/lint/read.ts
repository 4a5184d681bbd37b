/**
 * Defensive reading of a draft. cop.yaml may lack anything and hold the wrong type anywhere (the
 * validator has reported those already), so rules read through these and never trust the types.
 * Stage ids and field names are checked against the registry (model/answers.ts).
 */
import { answerOf, answerSize } from '../model/answers.js';
import type { FieldOf, ItemKeyOf, ListFieldOf, RawItem } from '../model/answers.js';
import type { StageId } from '../model/registry.js';
import type { CopData } from '../model/types.js';
import { isPlainObject, quote } from '../model/values.js';

export { quote };
// "Is this answered" is defined once, in model/answers.ts; rules import it from here.
export { hasAnswer, isSet } from '../model/answers.js';

/** An entry of a list of objects, with where it is. */
export interface Item<S extends StageId = StageId, F extends ListFieldOf<S> = ListFieldOf<S>> {
  /** The entry's fields, by the names the registry gives them. */
  readonly fields: RawItem<S, F>;
  readonly index: number;
  /** Where the entry is: `['design', 'roles', 2]`. */
  readonly path: readonly [S, F, number];
}

/** The answer to `stage.field`, whatever it is (see `model/answers.ts`). */
export function answer<S extends StageId>(data: CopData, stage: S, field: FieldOf<S>): unknown {
  return answerOf(data, stage, field);
}

/** The entries of a list of objects; entries that are not objects are skipped. */
export function items<S extends StageId, F extends ListFieldOf<S>>(data: CopData, stage: S, field: F): Item<S, F>[] {
  const list = answerOf(data, stage, field);
  if (!Array.isArray(list)) return [];
  const out: Item<S, F>[] = [];
  list.forEach((entry, index) => {
    if (isPlainObject(entry)) out.push({ fields: entry, index, path: [stage, field, index] });
  });
  return out;
}

/** A string answer with its spaces trimmed, or undefined if it is missing, blank or not text. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The strings of a list answer, ignoring anything else. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Whether a list answer has at least one entry that is an answer (see `hasAnswer`). */
export function hasEntries(value: unknown): boolean {
  return Array.isArray(value) && answerSize(value) > 0;
}

/** How an entry is named in a message: its id and its name, or its number in the list. */
export function label<S extends StageId, F extends ListFieldOf<S>>(item: Item<S, F>, kind: string, nameField: ItemKeyOf<S, F>): string {
  const fields: Readonly<Record<string, unknown>> = item.fields;
  const id = text(fields.id);
  const name = text(fields[nameField]);
  // By its name, with the id in parentheses (issue 11); an item with neither is counted.
  if (name) return id ? `${kind} ${quote(name)} (${id})` : `${kind} ${quote(name)}`;
  return id ? `${kind} ${id}` : `${kind} ${item.index + 1}`;
}

// The rules word their messages with these too.
export { listWords, plural } from '../words.js';

/** Text compared the way people mean it: ignoring case and repeated spaces. */
export function normalise(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}
