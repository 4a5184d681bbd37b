/**
 * Checks data read from cop.yaml (or an answers file) against the shape derived from the
 * registry. Missing answers are not problems here (drafts are allowed); wrong types, unknown
 * values, broken cross-references and unsafe text are.
 */
import type { Finding, Path, Severity } from '../findings.js';
import { dateRelationFindings } from './date-relations.js';
import { documentShape } from './document-shape.js';
import { fieldWords, pathWords, quoted } from './path-words.js';
import { findSection, refTargets } from './registry.js';
import { idPattern, LIMITS, MAX_ID_DIGITS } from './shape.js';
import type { Shape } from './shape.js';
import type { QuestionField, RefTarget } from './spec.js';
import { closest } from './suggest.js';
import { currencyProblem, isCurrencyCode } from './currencies.js';
import { isTimeZone, timeZoneNames } from './time-zones.js';
import { checkDate, describeValue, isPlainObject, unsafeCharacter } from './values.js';

interface Ref {
  path: Path;
  to: RefTarget;
  id: string;
}

/**
 * Keys that could reach an object's prototype if any code ever merged this data carelessly.
 * (`prototype` is not among them: it is a stage's name, and harmless on plain objects.)
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor']);

class Walker {
  readonly findings: Finding[] = [];
  readonly refs: Ref[] = [];
  /** Sections and fields whose shape is wrong (a string where Design's fields belong). */
  readonly broken: Path[] = [];

  /** `root` is the whole document being checked, which names the items of a place in words. */
  constructor(private readonly root?: unknown) {}

  report(severity: Severity, path: Path, message: string, atKey = false): void {
    this.findings.push({ rule: 'schema', severity, path, message, ...(atKey ? { atKey } : {}) });
  }

  /** A key that should not be there: quoted in the message as written, under its parent's words. */
  private reportKey(severity: Severity, path: Path, message: string): void {
    const where = this.root === undefined ? {} : { where: pathWords(path.slice(0, -1), this.root) };
    this.findings.push({ rule: 'schema', severity, path, message: `${quoted(String(path.at(-1)))} ${message}`, atKey: true, ...where });
  }

  /** Returns the value to keep: numbers written into one-line text fields become strings. */
  walk(value: unknown, shape: Shape, path: Path): unknown {
    if (value === null || value === undefined) return value; // an empty answer is a draft, not an error
    switch (shape.type) {
      case 'string':
        return this.formatted(this.string(value, shape.multiline, path), shape.format, path);
      case 'number':
        return this.number(value, shape, path);
      case 'date':
        return this.date(value, path);
      case 'enum':
        return this.enum(value, shape, path);
      case 'ref':
        return this.ref(value, shape.to, path);
      case 'list':
        return this.list(value, shape.item, path);
      case 'object':
        return this.object(value, shape, path);
    }
  }

  private string(value: unknown, multiline: boolean, path: Path): unknown {
    if (typeof value === 'number' && !multiline && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') return this.wrong(path, 'text', value);
    const limit = multiline ? LIMITS.text : LIMITS.line;
    if (value.length > limit) this.report('error', path, `is ${value.length} characters long; the limit is ${limit}`);
    const bad = unsafeCharacter(value, true);
    if (bad) this.report('error', path, `contains an invisible control character (${bad}); remove it`);
    else if (!multiline && value.includes('\n')) this.report('warning', path, 'is meant to be one line but has line breaks');
    return value;
  }

  /** A one-line answer of a checked form: a time zone name, a currency code in capitals. */
  private formatted(value: unknown, format: 'timeZone' | 'currency' | undefined, path: Path): unknown {
    if (format === undefined || typeof value !== 'string' || value === '') return value;
    if (format === 'currency') {
      if (!isCurrencyCode(value)) this.report('error', path, currencyProblem(value));
      return value;
    }
    if (isTimeZone(value)) return value;
    const guess = closest(value, timeZoneNames());
    const hint = guess ? `; did you mean ${guess}?` : '; use a name such as Europe/Paris or America/Chicago';
    this.report('error', path, `${describeValue(value)} is not a time zone name${hint}`);
    return value;
  }

  private number(value: unknown, shape: Shape & { type: 'number' }, path: Path): unknown {
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.wrong(path, 'a number', value);
    if (shape.integer && !Number.isInteger(value)) this.report('error', path, `should be a whole number, not ${value}`);
    else if (shape.integer && !Number.isSafeInteger(value)) this.report('error', path, `has too many digits to be kept exactly (whole numbers go up to ${Number.MAX_SAFE_INTEGER})`);
    if (shape.min !== undefined && value < shape.min) this.report('error', path, `should be at least ${shape.min}, not ${value}`);
    if (shape.max !== undefined && value > shape.max) this.report('error', path, `should be at most ${shape.max}, not ${value}`);
    return value;
  }

  private date(value: unknown, path: Path): unknown {
    const problem = checkDate(value);
    if (problem) this.report('error', path, problem);
    return value;
  }

  private enum(value: unknown, shape: Shape & { type: 'enum' }, path: Path): unknown {
    const { values, labels } = shape;
    if (typeof value === 'string' && values.includes(value)) return value;
    const guess = typeof value === 'string' ? closest(value, values) : undefined;
    // A person fixing cop.yaml types the value itself: each is shown as its label, then the value.
    // (A label's own explanation in parentheses is left out here: the value follows in them.)
    const shown = (v: string) => {
      const label = labels?.[v]?.replace(/\s*\([^)]*\)$/, '');
      return label && label !== v ? `${label} (${v})` : v;
    };
    const hint = guess ? `; did you mean ${shown(guess)}?` : `; use one of: ${values.map(shown).join(', ')}`;
    this.report('error', path, `${describeValue(value)} is not an allowed value${hint}`);
    return value;
  }

  private ref(value: unknown, to: RefTarget, path: Path): unknown {
    if (typeof value !== 'string') return this.wrong(path, `an id such as ${refTargets[to].prefix}1`, value);
    this.refs.push({ path, to, id: value });
    return value;
  }

  private list(value: unknown, item: Shape, path: Path): unknown {
    if (!Array.isArray(value)) return this.wrongShape(path, "a list (one '- ' line per entry)", value);
    if (value.length > LIMITS.items) this.report('error', path, `has ${value.length} entries; the limit is ${LIMITS.items}`);
    value.forEach((entry, i) => {
      if (entry === null || entry === undefined) this.report('error', [...path, i], 'is an empty entry; remove it or fill it in');
      else value[i] = this.walk(entry, item, [...path, i]);
    });
    if (item.type === 'object' && item.idPrefix) this.ids(value, item.idPrefix, path);
    return value;
  }

  private object(value: unknown, shape: Shape & { type: 'object' }, path: Path): unknown {
    if (!isPlainObject(value)) return this.wrongShape(path, 'a set of named fields', value);
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        this.reportKey('error', [...path, key], 'is a reserved name in JavaScript and cannot be used as a field; remove it');
        continue;
      }
      if (!Object.hasOwn(shape.fields, key)) {
        const guess = closest(key, Object.keys(shape.fields));
        const hint = guess ? `; did you mean ${fieldWords([...path, guess])} (${guess})?` : '; copkit keeps it but does not use it';
        this.reportKey('warning', [...path, key], `is not a field copkit knows${hint}`);
        continue;
      }
      value[key] = this.walk(value[key], shape.fields[key]!, [...path, key]);
    }
    return value;
  }

  private ids(items: unknown[], prefix: string, path: Path): void {
    const seen = new Map<string, number>();
    const valid = idRegExp(prefix);
    let free = nextFreeNumber(items, prefix);
    items.forEach((item, i) => {
      if (!isPlainObject(item)) return;
      const id = item.id;
      if (id === undefined || id === null) {
        this.report('warning', [...path, i], `has no id; add one such as id: ${prefix}${free++} so other fields can refer to it`);
      } else if (typeof id !== 'string' || !valid.test(id)) {
        this.report('error', [...path, i, 'id'], `${describeValue(id)} is not a valid id here; ids look like ${prefix}1, ${prefix}2... (a number of at most ${MAX_ID_DIGITS} digits)`);
      } else if (seen.has(id)) {
        this.report('error', [...path, i, 'id'], `id ${id} is used twice (also in entry ${seen.get(id)! + 1}); ids must be unique`);
      } else {
        seen.set(id, i);
      }
    });
  }

  /**
   * A section or list of the wrong shape: reported once, as the cause. What would follow from it
   * (every reference into it, every lint rule that reads it) is held back until it is fixed.
   */
  private wrongShape(path: Path, expected: string, value: unknown): unknown {
    const whole = path.length > 0 && path.every((part) => typeof part === 'string');
    if (!whole) return this.wrong(path, expected, value);
    this.broken.push(path);
    this.findings.push({
      rule: 'schema',
      severity: 'error',
      path,
      message: `should be ${expected}, not ${describeValue(value)}; what depends on it is not checked until this is fixed`,
      shapeBroken: true,
    });
    return value;
  }

  private wrong(path: Path, expected: string, value: unknown): unknown {
    this.report('error', path, `should be ${expected}, not ${describeValue(value)}`);
    return value;
  }
}

/** One compiled pattern per id prefix, not one per list entry. */
const idRegExps = new Map<string, RegExp>();
function idRegExp(prefix: string): RegExp {
  let re = idRegExps.get(prefix);
  if (!re) idRegExps.set(prefix, (re = new RegExp(idPattern(prefix))));
  return re;
}

/** The number after the highest id in use: ids are never reused, so references stay stable. */
export function nextFreeNumber(items: readonly unknown[], prefix: string): number {
  let max = 0;
  for (const item of items) {
    const id = isPlainObject(item) ? item.id : undefined;
    if (typeof id === 'string' && id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)) || 0);
  }
  return max + 1;
}

/** Cross-references must point at an existing item: `supportsGoals: [G4]` needs a goal G4. */
function checkRefs(data: Record<string, unknown>, refs: Ref[], report: Walker['report'], broken: readonly Path[]): void {
  // The ids of each target list, gathered once: a large design has hundreds of references into lists of hundreds.
  const idsOf = new Map<RefTarget, Set<unknown>>();
  for (const ref of refs) {
    const target = refTargets[ref.to];
    if (broken.some((b) => isPrefix(b, [target.stage, target.field]))) continue;
    let ids = idsOf.get(ref.to);
    if (!ids) {
      const stage = data[target.stage];
      const list = isPlainObject(stage) ? stage[target.field] : undefined;
      ids = new Set(Array.isArray(list) ? list.filter(isPlainObject).map((item) => item.id) : []);
      idsOf.set(ref.to, ids);
    }
    if (ids.has(ref.id)) continue;
    const stageTitle = findSection(target.stage)!.title;
    const noun = refNoun(ref.to);
    if (ref.path[0] === 'reviews') {
      // A filed review is a record of its day: the goal or activity it assessed may since have been
      // retired from the design. The record stays as it was, so this is a note, not an error.
      report('warning', ref.path, `refers to ${noun} ${ref.id}, which ${stageTitle} no longer has; the review keeps it as a record of its day`);
    } else {
      report('error', ref.path, `refers to ${ref.id}, but ${stageTitle} has no ${noun} with that id`);
    }
  }
}

/** What one item of a referenced list is called: "goal", "role". */
function refNoun(to: RefTarget): string {
  const target = refTargets[to];
  const list = (findSection(target.stage)?.questions as Record<string, QuestionField> | undefined)?.[target.field];
  return list?.kind === 'objectList' ? list.itemName : to;
}

/**
 * Validate (and lightly normalise, in place) data shaped like cop.yaml. The same function checks
 * a whole file, a partial answers file and a single typed answer. `focus` is the answer being
 * typed, so that a date contradicting another one is reported there (see date-relations.ts).
 */
export function validateData(data: unknown, shape: Shape = documentShape, focus?: Path): Finding[] {
  const walker = new Walker(shape === documentShape ? data : undefined);
  walker.walk(data, shape, []);
  if (isPlainObject(data)) checkRefs(data, walker.refs, walker.report.bind(walker), walker.broken);
  if (shape === documentShape) walker.findings.push(...dateRelationFindings(data, focus));
  if (shape !== documentShape) return walker.findings;
  // Text output names the place in words; the words need the data, to name items by their names.
  return walker.findings.map((f) => (f.where === undefined && f.path.length ? { ...f, where: pathWords(f.path, data) } : f));
}

/** Whether `prefix` is `path` or a section of it. */
export function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}
