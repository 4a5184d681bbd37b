/**
 * Numbers as people type them: `9,600`, `9 600`, `£9,600`, `9600 GBP`, `80%`. Pure: the wizard
 * reads answers with it, and says what to type when a line is not a number.
 */

/** Currency symbols people type before an amount, and the code each stands for. */
const symbols: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR', $: 'USD', '¥': 'JPY', '₹': 'INR' };

export interface ReadNumber {
  value: number;
  /** An ISO 4217 code typed with the amount (`9600 GBP`, `£9,600`). */
  currency?: string;
  /** Typed with a per cent sign. */
  percent?: boolean;
}

/** What a number field allows, from the registry. */
export interface NumberRules {
  integer?: boolean;
  money?: boolean;
  percent?: boolean;
}

/** The number in `typed`, or undefined if it is not one (thousands separators, a currency and `%` allowed). */
export function parseTyped(typed: string): ReadNumber | undefined {
  let text = typed.trim().replace(/\u00a0|\u202f/g, ' ');
  let currency: string | undefined;
  let percent = false;
  const code = /^([A-Za-z]{3})\s*(.+)$/.exec(text) ?? /^(.+?)\s*([A-Za-z]{3})$/.exec(text);
  if (code) {
    const [, a, b] = code;
    const isCode = (s: string) => /^[A-Za-z]{3}$/.test(s);
    currency = (isCode(a!) ? a! : b!).toUpperCase();
    text = (isCode(a!) ? b! : a!).trim();
  }
  const symbol = Object.keys(symbols).find((s) => text.startsWith(s) || text.endsWith(s));
  if (symbol && !currency) {
    currency = symbols[symbol];
    text = (text.startsWith(symbol) ? text.slice(symbol.length) : text.slice(0, -symbol.length)).trim();
  }
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  // Thousands separators: commas or spaces between groups of three digits.
  if (/^-?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/[, ]/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  return { value, ...(currency ? { currency } : {}), ...(percent ? { percent } : {}) };
}

/** The number for a number field, or what to type instead. */
export function readNumber(typed: string, rules: NumberRules = {}): number | { problem: string } {
  const read = parseTyped(typed);
  const example = rules.money ? '9600, 9,600 or £9,600' : rules.percent ? '80 or 80%' : rules.integer ? '40 or 1,200' : '40, 7.5 or 1,200';
  if (!read) return { problem: `Type a number, such as ${example}` };
  if (read.currency && !rules.money) return { problem: `This is not an amount of money: type just the number, such as ${example}` };
  if (read.percent && !rules.percent) return { problem: `This is not a percentage: type just the number, such as ${example}` };
  if (rules.integer && !Number.isInteger(read.value)) return { problem: `Type a whole number, such as ${example}` };
  return read.value;
}
