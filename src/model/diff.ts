/**
 * What changed in a design between two versions, in a facilitator's words and grouped by stage:
 * answers added, changed and removed, list items by id and name, stage status changes. Pure: it
 * compares data and comments and says nothing about where the versions came from.
 */
import type { Path } from '../findings.js';
import { stageStatus } from './enums.js';
import { diffObjectList, diffPlainList } from './diff-lists.js';
import { capitalise, plainKey } from '../words.js';
import { canonical, showValue } from './diff-names.js';
import { allStages } from './registry.js';
import { shortLabel } from './short-labels.js';
import type { QuestionField, StageSpec } from './spec.js';

export type { Change, ChangeGroup, ChangeKind, ChangeScope, DesignDiff, DesignVersion } from './diff-types.js';
import type { Change, ChangeGroup, DesignDiff, DesignVersion } from './diff-types.js';

/** Keys copkit keeps up to date itself; they change with every save and are not answers. */
const BOOKKEEPING = new Set(['copkit', 'revision', 'updated', 'history']);
const OTHER_TITLES: Record<string, string> = { render: 'Rendering', lint: 'Lint settings' };

export function diffDesigns(before: DesignVersion, after: DesignVersion): DesignDiff {
  const groups: ChangeGroup[] = [];
  for (const stage of allStages) {
    const changes = [...statusChange(stage, before.data, after.data), ...stageChanges(stage, section(before.data, stage.id), section(after.data, stage.id))];
    if (changes.length > 0) groups.push({ id: stage.id, title: stage.title, changes });
  }
  const other = otherChanges(before.data, after.data);
  if (other.length > 0) groups.push({ id: 'other', title: 'Other settings', changes: other });
  const comments = before.comments.join('\n') !== after.comments.join('\n');
  const formatting = groups.length === 0 && !comments && before.text !== after.text;
  return { groups, revision: { before: revisionOf(before.data), after: revisionOf(after.data) }, comments, formatting };
}

/** Whether anything at all differs between the two versions. */
export function hasChanges(diff: DesignDiff): boolean {
  return diff.groups.length > 0 || diff.comments || diff.formatting;
}

function revisionOf(data: Record<string, unknown>): number | null {
  return typeof data.revision === 'number' ? data.revision : null;
}

function section(data: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = data[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function statusChange(stage: StageSpec, before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  const a = section(section(before, 'progress'), stage.id).status;
  const b = section(section(after, 'progress'), stage.id).status;
  if (canonical(a) === canonical(b)) return [];
  const show = (v: unknown) => (typeof v === 'string' && Object.hasOwn(stageStatus.labels, v) ? stageStatus.labels[v as keyof typeof stageStatus.labels] : showValue(v));
  return [{ kind: 'changed', scope: 'answer', path: ['progress', stage.id, 'status'], subject: 'Status', before: show(a ?? 'notStarted'), after: show(b ?? 'notStarted') }];
}

function stageChanges(stage: StageSpec, before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  const keys = new Set([...Object.keys(stage.questions), ...Object.keys(before), ...Object.keys(after)]);
  const changes: Change[] = [];
  for (const key of keys) {
    const field = stage.questions[key] as QuestionField | undefined;
    changes.push(...answerChanges([stage.id, key], key, field, before[key], after[key]));
  }
  return changes;
}

function answerChanges(path: Path, key: string, field: QuestionField | undefined, a: unknown, b: unknown): Change[] {
  if (canonical(a) === canonical(b)) return [];
  const subject = field ? shortLabel(String(path[0]), key) : capitalise(plainKey(key));
  if (Array.isArray(a) && Array.isArray(b) && field) {
    return field.kind === 'objectList' ? diffObjectList(path, key, field, a, b) : diffPlainList(path, subject, field, a, b);
  }
  const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  return [{ kind, scope: 'answer', path, subject, ...(a === undefined ? {} : { before: showValue(a, field) }), ...(b === undefined ? {} : { after: showValue(b, field) }) }];
}

/** Settings outside the stages (render, lint) and keys copkit does not know, leaf by leaf. */
function otherChanges(before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  const stageKeys = new Set<string>([...allStages.map((s) => s.id), 'progress']);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: Change[] = [];
  for (const key of keys) {
    if (BOOKKEEPING.has(key) || stageKeys.has(key)) continue;
    changes.push(...leafChanges([key], OTHER_TITLES[key] ?? capitalise(plainKey(key)), before[key], after[key]));
  }
  return changes;
}

function leafChanges(path: Path, subject: string, a: unknown, b: unknown): Change[] {
  if (canonical(a) === canonical(b)) return [];
  const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMap(a) && isMap(b)) {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    return [...new Set([...Object.keys(left), ...Object.keys(right)])].flatMap((k) => leafChanges([...path, k], `${subject}, ${plainKey(k)}`, left[k], right[k]));
  }
  const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  return [{ kind, scope: 'answer', path, subject, ...(a === undefined ? {} : { before: showValue(a) }), ...(b === undefined ? {} : { after: showValue(b) }) }];
}
