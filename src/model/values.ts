/** Small checks on single values, shared by the validator, the wizard and lint rules. */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a value is not an ISO calendar date that exists, or undefined if it is one. */
export function checkDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return `should be a date written YYYY-MM-DD, not ${describeValue(value)}`;
  const match = ISO_DATE.exec(value);
  if (!match) return `should be a date written YYYY-MM-DD, not ${describeValue(value)}`;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return `${value} is not a date that exists`;
  }
  return undefined;
}

/** A value as a message quotes it: `"next spring"`, `a list`, `the number 3`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of named fields';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value} (a yes/no value; put it in quotes if you meant text)`;
  return String(value);
}

/**
 * The first character that could hide text or rewrite a terminal (control characters, bidi
 * overrides), as `U+001B`; tabs are fine and line breaks are fine in multi-line text.
 */
export function unsafeCharacter(text: string, multiline: boolean): string | undefined {
  // One regular expression rather than a loop over the characters: every text answer passes here.
  // Each of these characters is a single UTF-16 unit, so the first match is the first such character.
  const found = (multiline ? UNSAFE_MULTILINE : UNSAFE_LINE).exec(text);
  if (!found) return undefined;
  return `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const UNSAFE_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * A value from cop.yaml as a message quotes it: on one line, without characters that could
 * upset a terminal, and short.
 */
export function quote(value: string, max = 48): string {
  return `"${oneLine(value, max)}"`;
}

/** Text from cop.yaml on one line, without characters that could upset a terminal, cut at `max`. */
export function oneLine(value: string, max = 48): string {
  let clean = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    const unsafe = code < 0x20 || code === 0x7f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    clean += unsafe ? ' ' : char;
  }
  clean = clean.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 3).trimEnd()}...` : clean;
}
