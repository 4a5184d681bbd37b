/**
 * An answers file is typed by a person, like the wizard's answers: numbers may be written as
 * people write them (`amount: £9,600`, `target: 80%`) and currency codes in any case. This reads
 * them into cop.yaml's own form before the file is validated; what cannot be read is a problem
 * at its place in the answers file.
 */
import type { Path } from '../findings.js';
import { currencyCode, currencyProblem } from '../model/currencies.js';
import { CURRENCY_FIELD, numberRules, readTyped } from '../model/numbers.js';
import type { ItemField, QuestionField } from '../model/spec.js';
import { isPlainObject } from '../model/values.js';

export type Problem = (path: Path, message: string) => void;

/** The answer at `path` with typed numbers and codes read; `community` is the design's currency (setup). */
export function readTypedAnswer(field: QuestionField, value: unknown, path: Path, community: string | undefined, problem: Problem): unknown {
  if (field.kind !== 'objectList') return readField(field, value, {}, path, community, problem);
  if (!Array.isArray(value)) return value;
  return value.map((item, i) => (isPlainObject(item) ? readItem(field.fields, item, [...path, i], community, problem) : item));
}

function readItem(fields: Readonly<Record<string, ItemField>>, item: Record<string, unknown>, path: Path, community: string | undefined, problem: Problem): Record<string, unknown> {
  const out = { ...item };
  // The currency an amount was typed with (`£9,600`) is the item's: its own field is then read already.
  let implied = false;
  for (const [key, field] of Object.entries(fields)) {
    if (!Object.hasOwn(item, key)) continue;
    if (field.kind === 'number' && field.unit === 'money' && typeof item[key] === 'string') {
      const read = readTyped(item[key], numberRules(field, item, community));
      if ('problem' in read) {
        problem([...path, key], `${JSON.stringify(item[key])} cannot be read as an amount: ${lower(read.problem)}`);
        continue;
      }
      out[key] = read.value;
      if (read.currency === undefined) continue;
      // `£9,600` beside `currency: EUR` says two things: which is meant is for the person to say.
      const stated = typeof item[CURRENCY_FIELD] === 'string' ? currencyCode(item[CURRENCY_FIELD]) : undefined;
      if (stated !== undefined && stated !== read.currency) {
        problem([...path, key], `is typed in ${read.currency} but the ${CURRENCY_FIELD} says ${stated}; keep one of them`);
        continue;
      }
      if (read.currency === community) delete out[CURRENCY_FIELD];
      else out[CURRENCY_FIELD] = read.currency;
      implied = true;
      continue;
    }
    if (key === CURRENCY_FIELD && implied) continue;
    out[key] = readField(field, item[key], item, [...path, key], community, problem);
  }
  return out;
}

function readField(field: ItemField, value: unknown, item: Readonly<Record<string, unknown>>, path: Path, community: string | undefined, problem: Problem): unknown {
  if (typeof value !== 'string') return value;
  if (field.kind === 'string' && field.format === 'currency') {
    const code = currencyCode(value);
    if (code === undefined && value.trim() !== '') problem(path, currencyProblem(value));
    return code ?? value;
  }
  if (field.kind !== 'number') return value;
  const read = readTyped(value, numberRules(field, item, community));
  if ('problem' in read) {
    problem(path, `${JSON.stringify(value)} cannot be read as a number: ${lower(read.problem)}`);
    return value;
  }
  return read.value;
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
