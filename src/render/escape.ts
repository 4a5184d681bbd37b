/**
 * Answers are text, not Markdown. These functions make a value from cop.yaml show exactly as the
 * user typed it wherever a template puts it: `*`, `|`, `<script>`, `[x](y)` or `{{name}}` come out
 * literally, a value cannot start a heading or a list, and a table cell cannot gain a column.
 * A bare web address becomes an autolink (still clickable, and markdownlint accepts it).
 */

/** Characters with a meaning anywhere in a line (GFM, plus GitHub's `$` maths). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~$]/g;
/** `&amp;` and `&#38;` would show as `&`; a plain `&` is fine. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
const URL = /\bhttps?:\/\/[^\s<>]*[^\s<>.,;:!?'")\]}*_~]/g;
const EMAIL = /\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b/g;
/**
 * Each address pattern with text it cannot match without: a text lacking it skips the pattern
 * (measured: about 1 ms of CPU a design in a batch render, the mail pattern trying every word).
 */
const LINK_PATTERNS = [
  [URL, '://'],
  [EMAIL, '@'],
] as const;
/** GFM turns `www.example.com` into a link on its own, which markdownlint flags as bare. */
const WWW = /\bwww\./gi;

/** Anything a template may receive, as text: numbers as written, nothing for an empty value. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value
      .map(asText)
      .filter((s) => s !== '')
      .join(', ');
  return '';
}

function escapePlain(text: string): string {
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(WWW, (m) => `${m.slice(0, 3)}\\.`);
}

/** Escape one line of text, keeping web and mail addresses as autolinks. */
function escapeSpans(text: string): string {
  const links: { start: number; end: number; text: string }[] = [];
  for (const [pattern, marker] of LINK_PATTERNS) {
    // Most answers hold neither marker; the mail pattern alone backtracks over every word.
    if (!text.includes(marker)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!links.some((l) => start < l.end && end > l.start)) links.push({ start, end, text: match[0] });
    }
  }
  links.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const link of links) {
    out += `${escapePlain(text.slice(at, link.start))}<${link.text}>`;
    at = link.end;
  }
  return out + escapePlain(text.slice(at));
}

/** Whitespace runs (line breaks included) become one space; the ends are trimmed. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Escape a line that may land at the start of a Markdown line: it must not open a heading, a list
 * or a rule (`- x`, `+ x`, `# x`, `1. x`, `===`), nor look like a heading without its space.
 */
function escapeLine(line: string): string {
  const escaped = escapeSpans(line);
  if (/^(?:[-+](?:\s|$)|#|=+$|-+$)/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** One line of literal text: line breaks become spaces. For list items, headings and sentences. */
export function inline(value: unknown): string {
  return escapeLine(squash(asText(value)));
}

/**
 * A table cell: literal text, `|` escaped, line breaks as `<br>`, and an em dash for no answer so
 * that a reader can tell "nothing" from a rendering fault.
 */
export function cell(value: unknown): string {
  const lines = asText(value)
    .split(/\r?\n/)
    .map(squash)
    .filter((l) => l !== '');
  // Inside a table cell nothing starts a block, so only inline syntax needs escaping.
  return lines.length === 0 ? '—' : lines.map(escapeSpans).join('<br>');
}

/**
 * Multi-line text as paragraphs: a blank line starts a new paragraph, a single line break stays a
 * line break (a trailing backslash), and every line is literal text.
 */
export function block(value: unknown): string {
  const paragraphs = asText(value)
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/);
  return paragraphs
    .map((p) =>
      p
        .split('\n')
        .map(squash)
        .filter((l) => l !== '')
        .map(escapeLine)
        .join('\\\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Heading text: literal, and without the trailing punctuation markdownlint rejects (MD026). */
export function heading(value: unknown): string {
  return inline(squash(asText(value)).replace(/[.,;:!。，；：！]+$/u, ''));
}

/** An ASCII file-name fragment: lower case, hyphens, nothing that can climb out of a folder. */
export function slug(value: unknown, fallback: string): string {
  const ascii = asText(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ascii || fallback;
}
