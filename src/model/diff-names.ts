/**
 * How a diff names answers and shows values in a facilitator's words: question labels, enum
 * labels, list items by id and name. Never a field path or a camelCase value.
 */
import { capitalise } from '../words.js';
import type { ItemField, ObjectListField, QuestionField } from './spec.js';

const MAX_VALUE = 80;

/** Keep one line readable: collapse white space and cut long texts. */
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE - 1).trimEnd()}…` : flat;
}

/** A value as shown in a diff line, with enum values by their labels. */
export function showValue(value: unknown, field?: QuestionField | ItemField): string {
  if (value === undefined || value === null || value === '') return '(none)';
  const labels = field && (field.kind === 'enum' || field.kind === 'enumList') ? field.values.labels : undefined;
  const one = (v: unknown): string => {
    if (typeof v === 'string') return clip(labels && Object.hasOwn(labels, v) ? labels[v]! : v);
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return clip(JSON.stringify(v));
  };
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(one).join(', ');
  return one(value);
}

/** "Role R3 Executive sponsor", "Goal G4 Cut repeat visits...", "Audience group North region". */
export function itemName(list: ObjectListField, item: unknown): string {
  const record = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
  const id = typeof record.id === 'string' ? record.id : undefined;
  const summary = record[list.summary];
  const shown = summary === undefined ? undefined : showValue(summary, list.fields[list.summary]);
  return [capitalise(list.itemName), id, shown].filter((part) => part !== undefined && part !== '').join(' ');
}

/** Data compared by meaning: the order of keys in a map does not matter, list order does. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }) ?? 'undefined'
  );
}
