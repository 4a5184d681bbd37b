/**
 * Numbers as people type them: `9,600`, `9 600`, `£9,600`, `9600 GBP`, `80%`. Pure: the wizard
 * and answers files read answers with it, and say what to type when a line is not a number.
 */
import { currencyCode, currencyOfSign, currencyProblem, currencySigns } from './currencies.js';
import type { NumberField } from './spec.js';

export interface ReadNumber {
  value: number;
  /** The ISO 4217 code of a currency typed with the amount (`9600 GBP`, `£9,600`). */
  currency?: string;
  /** Typed with a per cent sign. */
  percent?: boolean;
}

/** What a number field allows, from the registry and the design around it. */
export interface NumberRules {
  integer?: boolean;
  money?: boolean;
  percent?: boolean;
  /** The community's own currency (setup), which a `$` typed in a dollar community stands for. */
  community?: string;
  /** Said after "This is not a percentage" when a field is one only for some items (how to make it one). */
  percentHint?: string;
}

/** What was typed, taken apart; the currency is as typed (a sign, or three letters), not checked yet. */
interface Parts {
  value: number;
  code?: string;
  sign?: string;
  percent: boolean;
}

function parts(typed: string): Parts | undefined {
  let text = typed.trim().replace(/\u00a0|\u202f/g, ' ');
  let code: string | undefined;
  const withCode = /^([A-Za-z]{3})\s*(.+)$/.exec(text) ?? /^(.+?)\s*([A-Za-z]{3})$/.exec(text);
  if (withCode) {
    const [, a, b] = withCode;
    const isCode = (s: string) => /^[A-Za-z]{3}$/.test(s);
    code = isCode(a!) ? a! : b!;
    text = (isCode(a!) ? b! : a!).trim();
  }
  const sign = code ? undefined : currencySigns.find((s) => text.startsWith(s) || text.endsWith(s));
  if (sign) text = (text.startsWith(sign) ? text.slice(sign.length) : text.slice(0, -sign.length)).trim();
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  // Thousands separators: commas or spaces between groups of three digits.
  if (/^-?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/[, ]/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  return { value, percent, ...(code ? { code } : {}), ...(sign ? { sign } : {}) };
}

/** The number for a number field, with the currency typed with it, or what to type instead. */
export function readTyped(typed: string, rules: NumberRules = {}): ReadNumber | { problem: string } {
  const read = parts(typed);
  const example = rules.money ? '9600, 9,600 or £9,600' : rules.percent ? '80 or 80%' : rules.integer ? '40 or 1,200' : '40, 7.5 or 1,200';
  if (!read) return { problem: `Type a number, such as ${example}` };
  let currency: string | undefined;
  if (read.code !== undefined) {
    currency = currencyCode(read.code);
    if (!rules.money) return { problem: currency ? `This is not an amount of money: type just the number, such as ${example}` : `Type a number, such as ${example}` };
    if (!currency) return { problem: `${currencyProblem(read.code)} (or type the amount alone, such as ${example})` };
  } else if (read.sign !== undefined) {
    if (!rules.money) return { problem: `This is not an amount of money: type just the number, such as ${example}` };
    const resolved = currencyOfSign(read.sign, rules.community);
    if (typeof resolved !== 'string') return resolved;
    currency = resolved;
  }
  if (read.percent && !rules.percent) return { problem: `This is not a percentage: type just the number, such as ${example}${rules.percentHint ? `. ${rules.percentHint}` : ''}` };
  if (rules.integer && !Number.isInteger(read.value)) return { problem: `Type a whole number, such as ${example}` };
  return { value: read.value, ...(currency ? { currency } : {}), ...(read.percent ? { percent: true } : {}) };
}

/** The number for a number field, or what to type instead. */
export function readNumber(typed: string, rules: NumberRules = {}): number | { problem: string } {
  const read = readTyped(typed, rules);
  return 'problem' in read ? read : read.value;
}

/**
 * Whether a measure is a percentage, as its wording says ("Percentage of ...", "... (%)"): the
 * numbers of a field marked `unit: 'percent'` with a `measure` are per cent for such items only.
 */
export function isPercentMeasure(measure: unknown): boolean {
  return typeof measure === 'string' && /^\s*(percentage|pourcentage|porcentaje|prozentsatz|share in %|%)|\(%\)|\bin %/i.test(measure);
}

/** How to make an item's numbers per cent, for the refusal of `80%` where its measure is not worded as one. */
export const PERCENT_HINT = 'To count it in per cent, word the measure "Percentage of ..." or end it with (%)';

/**
 * The rules of a number field, for one item: a field marked `unit: 'percent'` with a `measure`
 * takes `80%` only where the item's measure is worded as a percentage.
 */
export function numberRules(field: NumberField, item: Readonly<Record<string, unknown>> = {}, community?: string): NumberRules {
  const percent = field.unit === 'percent' && (field.measure === undefined || isPercentMeasure(item[field.measure]));
  return {
    ...(field.integer ? { integer: true } : {}),
    ...(field.unit === 'money' ? { money: true } : {}),
    ...(percent ? { percent: true } : {}),
    ...(field.unit === 'percent' && !percent ? { percentHint: PERCENT_HINT } : {}),
    ...(community ? { community } : {}),
  };
}

/** The item field that holds the currency of an amount of money. */
export const CURRENCY_FIELD = 'currency';
