/**
 * A place in cop.yaml in a facilitator's words, for the text that names it (a finding's subject,
 * a risk in the charter, a missing answer): `Design: roles, Coordinator (R3), hours per month`
 * for `design.roles[2].hoursPerMonth`. A list item is named by its name or title with its id in
 * parentheses, else as "entry N"; a key copkit does not know is quoted as the person wrote it.
 * `--json` keeps the path itself (findings.ts `formatPath`).
 */
import type { Path } from '../findings.js';
import { documentShape } from './document-shape.js';
import { findSection } from './registry.js';
import type { Shape } from './shape.js';
import { inSentence, itemFieldLabel, keyInWords, shortLabel } from './short-labels.js';
import type { ItemField, ObjectListField, QuestionField, StageSpec } from './spec.js';
import { isPlainObject, oneLine } from './values.js';

/** One piece of the words and how many parts of the path it covers. */
export interface PathPart {
  words: string;
  upTo: number;
}

/** `Design: roles, Coordinator (R3), hours per month`; `data` names items, else they are numbered. */
export function pathWords(path: Path, data?: unknown): string {
  return pathParts(path, data)
    .map((p) => p.words)
    .join(', ');
}

/** The words of the parts of `path` after its first `from` parts: `hours per month` within a role. */
export function pathWordsAfter(path: Path, from: number, data?: unknown): string {
  return pathParts(path, data)
    .filter((p) => p.upTo > from)
    .map((p) => p.words)
    .join(', ');
}

/** The last field of `path` alone, inside a sentence: `host organisation`, `hours per month`. */
export function fieldWords(path: Path): string {
  const words = pathParts(path).at(-1)?.words ?? '';
  const section = path.length === 2 && typeof path[0] === 'string' ? findSection(path[0]) : undefined;
  return section && words.startsWith(`${section.title}: `) ? words.slice(section.title.length + 2) : words;
}

export function pathParts(path: Path, data?: unknown): PathPart[] {
  const [top, second] = path;
  if (typeof top !== 'string') return [];
  if (top === 'reviews') {
    if (typeof second !== 'number') return [{ words: 'Reviews', upTo: 1 }];
    const date = at(data, path.slice(0, 2), 'date');
    const head = { words: typeof date === 'string' && date ? `Review of ${oneLine(date)}` : `Review ${second + 1}`, upTo: 2 };
    return [head, ...sectionParts(findSection('review')!, path, 2, data, (label) => inSentence(label))];
  }
  const section = findSection(top);
  if (section) {
    const parts = sectionParts(section, path, 1, data, (label) => `${section.title}: ${inSentence(label)}`);
    return parts.length ? parts : [{ words: section.title, upTo: 1 }];
  }
  if (top === 'progress' && typeof second === 'string' && findSection(second)) {
    const rest = path.length > 2 ? [{ words: 'status', upTo: 3 }] : [];
    return [{ words: `Progress of ${findSection(second)!.title}`, upTo: 2 }, ...rest];
  }
  return shapeParts(path);
}

/** A stage's question and what lies inside it; `first` words the question's label. */
function sectionParts(section: StageSpec, path: Path, start: number, data: unknown, first: (label: string) => string): PathPart[] {
  const key = path[start];
  if (typeof key !== 'string') return [];
  const question = (section.questions as Readonly<Record<string, QuestionField>>)[key];
  if (!question) return [{ words: first(quoted(key)), upTo: start + 1 }];
  const parts: PathPart[] = [{ words: first(shortLabel(section.id, key)), upTo: start + 1 }];
  const index = path[start + 1];
  if (typeof index !== 'number') return parts;
  if (question.kind !== 'objectList') return [...parts, { words: `entry ${index + 1}`, upTo: start + 2 }];
  const field = path[start + 2];
  if (field === 'id') {
    // An id that is itself the problem (missing, malformed, used twice) cannot name its item.
    return [...parts, { words: `entry ${index + 1}`, upTo: start + 3 }];
  }
  parts.push({ words: itemWords(question, at(data, path.slice(0, start + 2)), index), upTo: start + 2 });
  if (typeof field !== 'string') return parts;
  const known = question.fields[field];
  parts.push({ words: known ? itemFieldLabel(field, known) : quoted(field), upTo: start + 3 });
  const inner = path[start + 3];
  if (typeof inner === 'number') parts.push({ words: `entry ${inner + 1}`, upTo: start + 4 });
  return parts;
}

/** `Coordinator (R3)`, `Participant support`, `entry 4`: an item by its name (an enum by its label). */
export function itemWords(list: ObjectListField, item: unknown, index: number): string {
  const record = isPlainObject(item) ? item : {};
  const id = typeof record.id === 'string' && record.id ? oneLine(record.id, 20) : undefined;
  const name = nameOf(record[list.summary], list.fields[list.summary]);
  if (name) return id ? `${name} (${id})` : name;
  return id ? `${list.itemName} ${id}` : `entry ${index + 1}`;
}

/** The item's summary as words; a reference (a goal status's goal) does not name the item. */
function nameOf(value: unknown, field: ItemField | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '' || !field) return undefined;
  if (field.kind === 'enum') return field.values.labels[value] ?? undefined;
  if (field.kind === 'string' || field.kind === 'text') return oneLine(value, 40);
  return undefined;
}

/** Short words for copkit's own fields; the shape's titles are the longer JSON Schema ones. */
const OWN_FIELDS: Readonly<Record<string, string>> = {
  copkit: 'Format version',
  revision: 'Revision',
  updated: 'Date of the last change',
  render: 'Render settings',
  'render.outDir': 'output folder',
  'render.templates': 'template pack',
  'render.formats': 'formats',
  lint: 'Lint settings',
  'lint.disable': 'rules switched off',
  history: 'History',
};

/** Copkit's own fields (render and lint settings, history), by short words or the shape's titles. */
function shapeParts(path: Path): PathPart[] {
  const parts: PathPart[] = [];
  let shape: Shape | undefined = documentShape;
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      shape = shape?.type === 'list' ? shape.item : undefined;
      parts.push({ words: `entry ${part + 1}`, upTo: i + 1 });
      return;
    }
    const next: Shape | undefined = shape?.type === 'object' ? shape.fields[part] : undefined;
    const own = OWN_FIELDS[path.slice(0, i + 1).join('.')];
    const words = own ?? (next ? (i === 0 ? (next.title ?? keyInWords(part)) : inSentence(next.title ?? keyInWords(part))) : quoted(part));
    parts.push({ words, upTo: i + 1 });
    shape = next;
  });
  return parts;
}

/**
 * A key copkit does not know, quoted as the person wrote it (their text, and what they must find
 * in cop.yaml): control characters are kept, for the reporter to show escaped (`\u000d`).
 */
export function quoted(key: string): string {
  return `"${key.length > 40 ? `${key.slice(0, 37)}...` : key}"`;
}

/** The value at `path` inside `data`, then optionally one field of it. */
function at(data: unknown, path: Path, field?: string): unknown {
  let value = data;
  for (const part of path) {
    if (Array.isArray(value) && typeof part === 'number') value = value[part];
    else if (isPlainObject(value) && typeof part === 'string') value = value[part];
    else return undefined;
  }
  return field === undefined ? value : isPlainObject(value) ? value[field] : undefined;
}
