/** Comparing lists: plain lists by their entries, lists of objects item by item. */
import type { Path } from '../findings.js';
import { capitalise, plainKey } from '../words.js';
import { canonical, itemName, showValue } from './diff-names.js';
import { itemFieldLabel } from './short-labels.js';
import type { Change } from './diff-types.js';
import type { ObjectListField, QuestionField } from './spec.js';

type Item = Record<string, unknown>;

/** Entries added to and removed from a list of strings or values, and whether the rest moved. */
export function diffPlainList(path: Path, subject: string, field: QuestionField, before: unknown[], after: unknown[]): Change[] {
  const changes: Change[] = [];
  const left = before.map(canonical);
  const right = after.map(canonical);
  after.forEach((value, i) => {
    if (!left.includes(right[i]!)) changes.push({ kind: 'added', scope: 'entry', path, subject, after: showValue(value, field) });
  });
  before.forEach((value, i) => {
    if (!right.includes(left[i]!)) changes.push({ kind: 'removed', scope: 'entry', path, subject, before: showValue(value, field) });
  });
  const keptLeft = left.filter((v) => right.includes(v));
  const keptRight = right.filter((v) => left.includes(v));
  if (keptLeft.join('\n') !== keptRight.join('\n')) changes.push({ kind: 'reordered', scope: 'answer', path, subject });
  return changes;
}

/** What identifies an item across versions: its id, else its name, else its place. */
function itemKeys(list: ObjectListField, items: unknown[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const record = asItem(item);
    const base = typeof record.id === 'string' ? `id:${record.id}` : record[list.summary] !== undefined ? `name:${canonical(record[list.summary])}` : `at:${index}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}#${count}`;
  });
}

function asItem(value: unknown): Item {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Item) : {};
}

/** Items added, removed and changed field by field ("Role R3 Sponsor: holder TBD → Priya Raman"). */
export function diffObjectList(path: Path, key: string, list: ObjectListField, before: unknown[], after: unknown[]): Change[] {
  const leftKeys = itemKeys(list, before);
  const rightKeys = itemKeys(list, after);
  const changes: Change[] = [];
  rightKeys.forEach((k, i) => {
    const j = leftKeys.indexOf(k);
    const name = itemName(list, after[i]);
    if (j === -1) changes.push({ kind: 'added', scope: 'item', path: [...path, i], subject: name, after: showValue(asItem(after[i])[list.summary], list.fields[list.summary]) });
    else changes.push(...diffItem([...path, i], name, list, asItem(before[j]), asItem(after[i])));
  });
  leftKeys.forEach((k, j) => {
    if (!rightKeys.includes(k)) changes.push({ kind: 'removed', scope: 'item', path: [...path, j], subject: itemName(list, before[j]) });
  });
  const keptLeft = leftKeys.filter((k) => rightKeys.includes(k));
  const keptRight = rightKeys.filter((k) => leftKeys.includes(k));
  if (keptLeft.join('\n') !== keptRight.join('\n')) changes.push({ kind: 'reordered', scope: 'answer', path, subject: capitalise(plainKey(key)) });
  return changes;
}

function diffItem(path: Path, name: string, list: ObjectListField, before: Item, after: Item): Change[] {
  const keys = [...Object.keys(list.fields), ...Object.keys(before), ...Object.keys(after)];
  const changes: Change[] = [];
  for (const key of new Set(keys)) {
    if (key === 'id' && before.id === after.id) continue;
    const field = list.fields[key];
    const a = before[key];
    const b = after[key];
    if (canonical(a) === canonical(b)) continue;
    const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    changes.push({
      kind,
      scope: 'field',
      path: [...path, key],
      subject: name,
      field: itemFieldLabel(key, field),
      ...(a === undefined ? {} : { before: showValue(a, field) }),
      ...(b === undefined ? {} : { after: showValue(b, field) }),
    });
  }
  return changes;
}
