/**
 * Defensive reading of a draft. cop.yaml may lack anything and hold the wrong type anywhere (the
 * validator has reported those already), so rules read through these and never trust the types.
 */
import type { Path } from '../findings.js';
import type { CopData } from '../model/types.js';
import { isPlainObject, quote } from '../model/values.js';

export { quote };

export interface Item {
  /** The entry's fields; empty if the entry is not a set of fields. */
  readonly fields: Record<string, unknown>;
  readonly index: number;
  /** Where the entry is: `['design', 'roles', 2]`. */
  readonly path: Path;
}

/** The answer at `stage.field`, whatever it is. */
export function answer(data: CopData, stage: string, field: string): unknown {
  const section = isPlainObject(data) ? (data as unknown as Record<string, unknown>)[stage] : undefined;
  return isPlainObject(section) ? section[field] : undefined;
}

/** The entries of a list of objects; entries that are not objects are skipped. */
export function items(data: CopData, stage: string, field: string): Item[] {
  const list = answer(data, stage, field);
  if (!Array.isArray(list)) return [];
  const out: Item[] = [];
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

/** Whether a list answer has at least one entry. */
export function hasEntries(value: unknown): boolean {
  return Array.isArray(value) && value.some((v) => v !== null && v !== undefined);
}

/** Whether `stage.field` holds an answer of any kind (a blank string or an empty list is none). */
export function isSet(data: CopData, dotted: string): boolean {
  const [stage, field] = dotted.split('.');
  const value = answer(data, stage ?? '', field ?? '');
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** How an entry is named in a message: its id and its name, or its number in the list. */
export function label(item: Item, kind: string, nameField: string): string {
  const id = text(item.fields.id);
  const name = text(item.fields[nameField]);
  const head = id ? `${kind} ${id}` : `${kind} ${item.index + 1}`;
  return name ? `${head} (${quote(name)})` : head;
}

// The rules word their messages with these too.
export { listWords, plural } from '../words.js';

/** Text compared the way people mean it: ignoring case and repeated spaces. */
export function normalise(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}
