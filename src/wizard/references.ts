/**
 * Cross-references between answers (`supportsGoals: [G1]`, `leadRole: R2`): the choices a
 * prompt offers, and what else changes when an item that others point at is removed.
 */
import type { Path } from '../findings.js';
import { capitalise } from '../words.js';
import { answerSections, findSection, refTargets } from '../model/registry.js';
import type { ObjectListField, PickFrom, QuestionField, RefTarget } from '../model/spec.js';
import type { CopData } from '../model/types.js';
import { isPlainObject } from '../model/values.js';
import type { Choice } from './asker.js';
import type { Change } from './session.js';
import { valueAt } from './session.js';
import { shorten } from './wrap.js';

/** The registry question at `[stage, key]`. */
export function questionAt(path: Path): QuestionField | undefined {
  const stage = findSection(String(path[0]));
  return stage ? (stage.questions as Record<string, QuestionField>)[String(path[1])] : undefined;
}

/** The list a reference kind points at, as registry data. */
function targetList(to: RefTarget): { path: Path; field: ObjectListField } {
  const { stage, field } = refTargets[to];
  return { path: [stage, field], field: questionAt([stage, field]) as ObjectListField };
}

/** "roles" and the stage to add them in, for messages. */
export function targetNoun(to: RefTarget): { noun: string; where: string } {
  return { noun: to, where: refTargets[to].stage };
}

/** One choice per item the reference can point at: `G1  Fix more faults on the first visit`. */
export function refChoices(data: CopData, to: RefTarget): Choice<string>[] {
  const { path, field } = targetList(to);
  const items = valueAt(data, path);
  if (!Array.isArray(items)) return [];
  return items
    .filter(isPlainObject)
    .filter((item) => typeof item.id === 'string')
    .map((item) => ({
      value: item.id as string,
      label: `${item.id as string}  ${describeItem(field, item, 60)}`,
    }));
}

/** An item as one short line, by its summary field (and a role's holder). */
export function describeItem(field: ObjectListField, item: Record<string, unknown>, max = 70): string {
  const named = item[field.summary];
  const summary = field.fields[field.summary];
  // An item named by a choice (a cost's kind) is named by the choice's label.
  const label = summary?.kind === 'enum' && typeof named === 'string' ? summary.values.labels[named] : undefined;
  const text = label ?? (typeof named === 'string' || typeof named === 'number' ? String(named) : '(not named yet)');
  const holder = typeof item.holder === 'string' && item.holder !== '' ? ` (${item.holder})` : '';
  return shorten(text + holder, max);
}

interface RefSite {
  path: Path;
  field: QuestionField | ObjectListField['fields'][string];
  inItems: boolean;
  key?: string;
}

/** Every place in the registry that can refer to `to`. */
function refSites(to: RefTarget): RefSite[] {
  const sites: RefSite[] = [];
  for (const stage of answerSections) {
    for (const [key, field] of Object.entries(stage.questions) as [string, QuestionField][]) {
      if ((field.kind === 'ref' || field.kind === 'refList') && field.to === to) sites.push({ path: [stage.id, key], field, inItems: false });
      if (field.kind !== 'objectList') continue;
      for (const [itemKey, itemField] of Object.entries(field.fields)) {
        if ((itemField.kind === 'ref' || itemField.kind === 'refList') && itemField.to === to) {
          sites.push({ path: [stage.id, key], field: itemField, inItems: true, key: itemKey });
        }
      }
    }
  }
  return sites;
}

/**
 * The changes that drop references to removed ids, so that removing goal G3 does not leave an
 * activity pointing at a goal that no longer exists.
 */
export function dropReferences(data: CopData, to: RefTarget, removed: ReadonlySet<string>): Change[] {
  const changes: Change[] = [];
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return removed.has(value) ? undefined : value;
    if (Array.isArray(value)) return value.filter((v) => !(typeof v === 'string' && removed.has(v)));
    return value;
  };
  for (const site of refSites(to)) {
    const value = valueAt(data, site.path);
    if (!site.inItems) {
      const next = clean(value);
      if (JSON.stringify(next) !== JSON.stringify(value)) changes.push([site.path, next]);
      continue;
    }
    if (!Array.isArray(value)) continue;
    value.forEach((item, i) => {
      if (!isPlainObject(item) || !site.key || !Object.hasOwn(item, site.key)) return;
      const next = clean(item[site.key]);
      if (JSON.stringify(next) !== JSON.stringify(item[site.key])) changes.push([[...site.path, i, site.key], next]);
    });
  }
  return changes;
}

/**
 * The changes `dropReferences` makes, in plain words: `Activity Breakfast table (A1): "Which
 * goals does it serve?" no longer lists Fix more faults (G1)`.
 */
export function describeDrops(data: CopData, to: RefTarget, removed: ReadonlySet<string>, changes: readonly Change[]): string[] {
  const names = [...removed].map((id) => refName(data, to, id));
  const them = names.join(', ');
  return changes.map(([path, next]) => {
    const owner = questionAt(path.slice(0, 2));
    const stage = findSection(String(path[0]))?.title ?? String(path[0]);
    const empty = next === undefined || (Array.isArray(next) && next.length === 0);
    const verb = empty ? `is left empty (it named ${them})` : `no longer names ${them}`;
    if (path.length === 2 || owner?.kind !== 'objectList') return `${stage}: "${owner?.label ?? String(path[1])}" ${verb}`;
    const item = valueAt(data, path.slice(0, 3));
    const itemField = owner.fields[String(path[3])];
    const name = isPlainObject(item) ? describeItem(owner, item, 50) : '';
    const id = isPlainObject(item) && typeof item.id === 'string' ? ` (${item.id})` : '';
    return `${capitalise(owner.itemName)} ${name}${id}: "${itemField?.label ?? String(path[3])}" ${verb}`;
  });
}

/** An item by its name, with its id in brackets: `Fix more faults (G1)`. */
export function refName(data: CopData, to: RefTarget, id: string): string {
  const { path, field } = targetList(to);
  const items = valueAt(data, path);
  const item = Array.isArray(items) ? items.find((i) => isPlainObject(i) && i.id === id) : undefined;
  return isPlainObject(item) ? `${describeItem(field, item, 50)} (${id})` : id;
}

/**
 * What an answer that names an audience group or a person can be picked from: the audience
 * groups and stakeholders of Inquire, or Design's roles by holder (or title while held by nobody).
 * The value is the text saved; the label says where it comes from.
 */
export function pickChoices(data: CopData, from: PickFrom): Choice<string>[] {
  const seen = new Set<string>();
  const out: Choice<string>[] = [];
  const add = (value: unknown, label: string) => {
    if (typeof value !== 'string' || value.trim() === '' || seen.has(value)) return;
    seen.add(value);
    out.push({ value, label });
  };
  const list = (path: Path) => {
    const items = valueAt(data, path);
    return Array.isArray(items) ? items.filter(isPlainObject) : [];
  };
  if (from === 'audience') {
    for (const group of list(['inquire', 'audience'])) add(group.segment, `${String(group.segment)} (audience group)`);
    for (const body of list(['inquire', 'stakeholders'])) add(body.name, `${String(body.name)} (stakeholder)`);
    return out;
  }
  for (const role of list(['design', 'roles'])) {
    const named = typeof role.holder === 'string' && role.holder.trim() !== '' && !/^tbd$/i.test(role.holder.trim());
    add(named ? role.holder : role.title, named ? `${String(role.holder)} (${String(role.title)})` : `${String(role.title)} (role, held by nobody yet)`);
  }
  return out;
}
