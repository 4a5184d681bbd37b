/**
 * The helpers templates may call, as one registry: the engine registers exactly these and tells
 * the compiler they are the only ones (knownHelpersOnly), so a template calling anything else
 * fails at compile time with its line. Every helper returns text made safe for where it lands.
 */
import { asText, block, cell, heading, inline } from './escape.js';
import { ganttSectionLine, ganttTaskLine } from './gantt.js';
import type { GanttSection, GanttTask } from './gantt.js';
import { isPlainObject } from '../model/values.js';

type Helper = (...args: unknown[]) => unknown;

/** Handlebars passes its options object last; helpers with optional arguments must not read it. */
function args(list: unknown[]): unknown[] {
  const last = list[list.length - 1];
  const isOptions = typeof last === 'object' && last !== null && 'hash' in last && 'data' in last;
  return isOptions ? list.slice(0, -1) : list;
}

/** An inline code span that holds any text, backticks included (CommonMark's fence rule). */
function code(value: unknown): string {
  const text = asText(value).replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link whose text is literal and whose target cannot leave the line or the parentheses. */
function link(text: unknown, href: unknown): string {
  return `[${inline(text)}](${encodeURI(asText(href)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

interface HelperOptions {
  data?: { root?: { strings?: unknown } };
}

/**
 * copkit's own words (an enum label such as "Monthly", or a list of them) in the language of a
 * pack: the text that `strings.labels` in pack.yaml gives, or the words unchanged without one.
 */
function translate(value: unknown, options: HelperOptions): unknown {
  const strings = options?.data?.root?.strings;
  const labels = isPlainObject(strings) ? strings.labels : undefined;
  const one = (word: unknown) => {
    if (typeof word !== 'string' || !isPlainObject(labels) || !Object.hasOwn(labels, word)) return word;
    return typeof labels[word] === 'string' ? labels[word] : word;
  };
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** The language documents are written in: the pack's `strings.lang`, else English. Never the machine's locale. */
function documentLang(options: HelperOptions): string {
  const strings = options?.data?.root?.strings;
  const lang = isPlainObject(strings) ? strings.lang : undefined;
  if (typeof lang !== 'string') return 'en';
  let supported = supportedLangs.get(lang);
  if (supported === undefined) {
    try {
      supported = Intl.NumberFormat.supportedLocalesOf([lang]).length > 0;
    } catch {
      supported = false;
    }
    supportedLangs.set(lang, supported);
  }
  return supported ? lang : 'en';
}

/**
 * Number formats made once per process and shared: building an Intl.NumberFormat costs far more
 * than using one, and a batch render asks for the same few thousands of times (measured: about
 * 2 ms of CPU a design, 40% of the helpers' time, in a 1,000-design render). A format is immutable
 * and depends only on its key, so sharing one changes no output and carries nothing from one run
 * to the next. The few keys (language, currency, whole or not) are capped all the same.
 */
const supportedLangs = new Map<string, boolean>();
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}\0${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    if (formats.size >= 256) formats.clear();
    formats.set(key, format);
  }
  return format;
}

/** `£9,600` (en), `9 600,00 €` (fr): an amount in its currency, or the plain number when the currency is not an ISO code. */
function money(amount: unknown, currency: unknown, options: HelperOptions): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '';
  const lang = documentLang(options);
  const whole = Number.isInteger(amount);
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)) {
    try {
      return numberFormat(lang, { style: 'currency', currency, ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) }).format(amount);
    } catch {
      // An unknown code: the number and the code as typed.
    }
  }
  const number = numberFormat(lang, { maximumFractionDigits: 2 }).format(amount);
  return typeof currency === 'string' && currency.trim() !== '' ? `${number} ${currency.trim()}` : number;
}

/** `80%` (en), `80 %` (fr): a number of per cent. */
function percent(value: unknown, options: HelperOptions): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return numberFormat(documentLang(options), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

export const helpers = {
  /** Literal text on one line (list items, sentences). */
  inline: (value: unknown) => inline(value),
  /** Literal text in a table cell: `|` escaped, line breaks as `<br>`, an em dash when empty. */
  cell: (value: unknown) => cell(value),
  /** Literal multi-line text as paragraphs. */
  block: (value: unknown) => block(value),
  /** Literal text for a heading, without trailing punctuation. */
  heading: (value: unknown) => heading(value),
  /** An inline code span, such as a field path or a command. */
  code: (value: unknown) => code(value),
  /** `[text](href)` with literal text. */
  link: (text: unknown, href: unknown) => link(text, href),
  /** Text inside an HTML comment: nothing in it can close the comment early. */
  comment: (value: unknown) => asText(value).replace(/\s+/g, ' ').replace(/--/g, '- -'),
  /** `{{#if (eq decision "mixed")}}`: whether two values are the same. */
  eq: (a: unknown, b: unknown) => a === b,
  /** `{{concat file.root path}}`: several values as one string (for link targets). */
  concat: (...list: unknown[]) => args(list).map(asText).join(''),
  /** `{{plural count "role"}}` gives "1 role" or "3 roles". */
  plural: (...list: unknown[]) => {
    const [count, word, many] = args(list) as [number, string, string | undefined];
    return `${count} ${count === 1 ? word : (many ?? `${word}s`)}`;
  },
  /** `{{translate frequency}}`: an enum label as `strings.labels` in pack.yaml translates it. */
  translate: (value: unknown, options: unknown) => translate(value, options as HelperOptions),
  /** `{{money amount currency}}`: an amount formatted for the document's language (`£9,600`). */
  money: (amount: unknown, currency: unknown, options: unknown) => {
    const formatted = money(amount, currency, options as HelperOptions);
    return formatted === '' ? cell(null) : inline(formatted);
  },
  /** `{{percent target}}`: a number of per cent for the document's language (`80%`). */
  percent: (value: unknown, options: unknown) => {
    const formatted = percent(value, options as HelperOptions);
    return formatted === '' ? cell(null) : inline(formatted);
  },
  /** A Mermaid gantt section line. */
  ganttSection: (section: unknown) => ganttSectionLine(section as GanttSection),
  /** A Mermaid gantt task or milestone line. */
  ganttTask: (task: unknown) => ganttTaskLine(task as GanttTask),
} satisfies Record<string, Helper>;

export type HelperName = keyof typeof helpers;

/** The compiler's list of known helpers: ours plus the Handlebars built-ins templates may use. */
export function knownHelpers(): Record<string, boolean> {
  const known: Record<string, boolean> = { if: true, unless: true, each: true, with: true };
  for (const name of Object.keys(helpers)) known[name] = true;
  return known;
}
