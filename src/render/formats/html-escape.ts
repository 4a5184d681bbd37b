import type { Strings, StringValue } from '../pack.js';

/** Text as HTML (and XML) text or attribute value: nothing in an answer can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A pack's strings as the HTML page template gets them: every text escaped, like the answers. */
export function escapeStrings(strings: Strings): Strings {
  const one = (value: StringValue): StringValue => (typeof value === 'string' ? escapeHtml(value) : Array.isArray(value) ? value.map(escapeHtml) : escapeStrings(value));
  return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, one(value)]));
}
