/** Small helpers for wording messages, shared by every layer (each existed up to four times). */

/** `1 rule`, `3 rules`; `many` for a plural that is not the word plus s. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The plural of a list item's noun: `activities`, `pieces of evidence`. */
export function pluralNoun(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  if (noun === 'piece of evidence') return 'pieces of evidence';
  if (noun.endsWith('criterion')) return `${noun.slice(0, -'criterion'.length)}criteria`;
  return `${noun}s`;
}

/** `hoursPerMonth` as a person reads it: `hours per month`. */
export function plainKey(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** A word as a POSIX shell reads it back unchanged: bare when safe, else in single quotes. */
export function shellQuote(text: string): string {
  return /^[\w./@:-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}
