/**
 * The scanner of the plain-words tests (issue 11): what a person reads names answers by their
 * labels, never by a field path (`design.roles`, `roles[2]`) or a camelCase key or value. A raw
 * value or key may appear only where it is shown as what to type: in parentheses right after its
 * label (`Open to anyone (open)`, `host organisation (hostName)`) or quoted as the person wrote
 * it (`"favouriteColour"`). File names and commands in backquotes are not field names.
 */

const SECTIONS = 'setup|inquire|design|prototype|launch|grow|sustain|review';
/** `inquire.goals`, `design.roles[`, `reviews[0]`, `goalStatuses[3]`. */
const FIELD_PATH = new RegExp(`\\b(${SECTIONS})s?\\.[a-z]+|\\b[a-z]+[A-Z]?\\w*\\.[a-z]+[A-Z]\\w*|\\w\\[\\d+\\]`, 'g');
const CAMEL = /\b[a-z]+[A-Z][a-zA-Z]*\b/g;

/** What may name a raw value or a file, removed before scanning. */
const ALLOWED = [
  /\S*copkit-test-\w+\S*/g, // temporary folders have random names; they are the test's, not copkit's words
  /`copkit [^`\n]*`/g, // a command to run
  /"[^"\n]*"/g, // a value or key as the person wrote it
  /\w \((?:[a-z]+[A-Z][a-zA-Z]*|[a-z][a-z-]*)\)/g, // `Label (rawValue)`: the value to type, after its label
  /[\w./-]+\.(?:yaml|yml|json|md|html|docx|ics|hbs)\b/g, // file names
];

export function leaks(text: string): string[] {
  let scanned = text;
  for (const pattern of ALLOWED) scanned = scanned.replace(pattern, ' ');
  return [...new Set([...(scanned.match(FIELD_PATH) ?? []), ...(scanned.match(CAMEL) ?? [])])];
}
