/**
 * ISO 4217 currency codes, as the Node runtime knows them (its ICU data), and the signs people
 * type before an amount. cop.yaml holds codes in capitals; the wizard and answers files accept
 * them in any case and save them in capitals.
 */
import { answerOf } from './answers.js';
import { closest } from './suggest.js';
import type { CopData } from './types.js';

/** The form of a code in cop.yaml, for the JSON Schema. */
export const CURRENCY_PATTERN = '^[A-Z]{3}$';

let codes: Set<string> | undefined;

/** Read once, when a currency is first checked: most commands never need the list. */
function known(): Set<string> {
  codes ??= new Set(Intl.supportedValuesOf('currency'));
  return codes;
}

export function currencyCodes(): string[] {
  return [...known()];
}

/** Whether `code` is an ISO 4217 code, written in capitals as cop.yaml keeps it. */
export function isCurrencyCode(code: string): boolean {
  return known().has(code);
}

/** The code for a typed one in any case (`gbp`), or undefined if it is not a currency. */
export function currencyCode(typed: string): string | undefined {
  const code = typed.trim().toUpperCase();
  return isCurrencyCode(code) ? code : undefined;
}

/** What is wrong with a code, as the end of a sentence: `"GPB" is not a currency code; did you mean GBP?` */
export function currencyProblem(typed: string): string {
  const code = typed.trim().toUpperCase();
  // Two letters swapped (GPB) are two edits away, more than `closest` allows a three-letter word.
  const sorted = (s: string) => [...s].sort().join('');
  const guess = closest(code, currencyCodes()) ?? currencyCodes().find((c) => code.length === 3 && sorted(c) === sorted(code));
  return `${JSON.stringify(typed)} is not a currency code; ${guess ? `did you mean ${guess}?` : 'type a three-letter ISO 4217 code such as EUR, GBP or USD'}`;
}

/** Signs typed with an amount. `$` and `¥` stand for several currencies, so they have no code of their own. */
export const currencySigns = ['£', '€', '$', '¥', '₹'] as const;
const onlyCurrency: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR', '₹': 'INR' };
const examples: Readonly<Record<string, string>> = { $: 'USD, CAD or AUD', '¥': 'JPY or CNY' };

/** The sign a currency is written with in English (`$` for CAD), or the code itself when it has none. */
function signOf(code: string): string {
  const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
  return parts.find((p) => p.type === 'currency')?.value ?? code;
}

/**
 * The currency a typed sign stands for: the community's own when it is written with that sign
 * (`$` in a community that counts in Canadian dollars), else the one currency of that sign.
 */
export function currencyOfSign(sign: string, community?: string): string | { problem: string } {
  if (community && isCurrencyCode(community) && signOf(community) === sign) return community;
  const only = onlyCurrency[sign];
  if (only) return only;
  return { problem: `${sign} stands for several currencies (${examples[sign] ?? 'more than one'}): type the code after the amount, such as 9600 ${(examples[sign] ?? 'USD').slice(0, 3)}` };
}

/** The community's currency (setup), which every cost is in unless it says otherwise. */
export function communityCurrency(data: CopData): string | undefined {
  const currency = answerOf(data, 'setup', 'currency');
  return typeof currency === 'string' ? currencyCode(currency) : undefined;
}
