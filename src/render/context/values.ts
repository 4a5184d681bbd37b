/**
 * Reading answers for the view model. A draft may leave anything out, so every reader returns a
 * defined value (null or an empty list): templates run in strict mode and must find every field.
 * Answers themselves are found with model/answers.ts (`answersOf`, `itemsOf`).
 */
import type { EnumSpec } from '../../model/spec.js';
import { isIsoDate } from '../../model/dates.js';
import { isPercentMeasure } from '../../model/numbers.js';
import { isPlainObject } from '../../model/values.js';

export type Item = Record<string, unknown>;

export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function date(value: unknown): string | null {
  return isIsoDate(value) ? value : null;
}

/** A list of strings, skipping empty entries. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((s): s is string => s !== null) : [];
}

/** The label of an enum value, or the value itself if it is not one copkit knows. */
export function label(spec: EnumSpec, value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  return Object.hasOwn(spec.labels, value) ? spec.labels[value]! : value;
}

export function labels(spec: EnumSpec, value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => label(spec, v)).filter((s): s is string => s !== null) : [];
}

/**
 * The entries of a list that are sets of fields. For what lies outside the stage registry (the
 * filed `reviews`, the `review` draft and their nested lists); stage answers are read through
 * `model/answers.ts`, whose paths are checked against the questions.
 */
export function items(value: unknown): Item[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

/** A top-level section of cop.yaml as a set of fields (empty if missing or of another shape). */
export function section(data: unknown, key: string): Item {
  if (!isPlainObject(data)) return {};
  const value = data[key];
  return isPlainObject(value) ? value : {};
}

/**
 * A value indicator (Sustain) as the charter and the evaluation report show it: its numbers
 * print as per cent when its wording says it is a percentage.
 */
export function valueIndicatorView(v: Item, cycle: string | null) {
  return {
    cycle,
    indicator: text(v.indicator),
    source: text(v.dataSource),
    baseline: num(v.baseline),
    target: num(v.target),
    latest: num(v.latest),
    percent: isPercentMeasure(v.indicator),
  };
}
