/**
 * Reviews over time: reading the filed reviews in date order, and filing the review being
 * recorded (`review:`) as a new dated entry of `reviews:`, with the design changes its decisions
 * call for. Pure: returns the changes to make and the history line; the command saves them.
 */
import type { Path } from '../findings.js';
import { nextFreeNumber } from './validate.js';
import { checkDate, isPlainObject, quote } from './values.js';
import type { CopData } from './types.js';

type Item = Record<string, unknown>;

/** The filed reviews that have a real date, oldest first (same-day entries keep file order). */
export function filedReviews(data: CopData): { review: Item; index: number }[] {
  const list = isPlainObject(data) && Array.isArray(data.reviews) ? (data.reviews as unknown[]) : [];
  return (
    list
      .map((review, index) => ({ review, index }))
      .filter((r): r is { review: Item; index: number } => isPlainObject(r.review) && checkDate(r.review.date) === undefined)
      // Plain comparison: the dates are YYYY-MM-DD, and localeCompare would build an ICU collator (measured: 17 ms of a status).
      .sort((a, b) => compareText(a.review.date as string, b.review.date as string) || a.index - b.index)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type Filing = { ok: true; changes: [Path, unknown][]; summary: string; applied: string[]; date: string; number: number } | { ok: false; reason: string };

/**
 * File the draft under `review:`. `fallbackDate` dates a draft that has none (an unattended
 * run with --yes files today's review). A review dated like one already filed is refused:
 * copkit never overwrites a review.
 */
export function fileReview(data: CopData, fallbackDate?: string): Filing {
  const draft = isPlainObject(data.review) ? { ...(data.review as Item) } : undefined;
  if (!draft || Object.keys(draft).length === 0) return { ok: false, reason: 'The review has no answers yet, so there is nothing to file.' };
  if (draft.date === undefined && fallbackDate) draft.date = fallbackDate;
  if (checkDate(draft.date) !== undefined) return { ok: false, reason: 'The review has no date yet; it stays a draft under review: until it has one.' };
  const date = draft.date as string;
  const earlier = filedReviews(data);
  if (earlier.some((r) => r.review.date === date)) {
    return { ok: false, reason: `A review dated ${date} is already filed, and copkit never overwrites one. Give this review another date, or edit the filed one in cop.yaml by hand.` };
  }
  const existing = Array.isArray(data.reviews) ? [...(data.reviews as unknown[])] : [];
  const at = existing.findIndex((r) => isPlainObject(r) && typeof r.date === 'string' && r.date > date);
  const ordered = at === -1 ? [...existing, draft] : [...existing.slice(0, at), draft, ...existing.slice(at)];
  const { changes, applied } = applyDecisions(data, draft, date);
  const number = earlier.length + 1;
  const counted = contents(draft);
  const summary = `review of ${date} filed${counted ? ` (${counted})` : ''}${applied.length ? `; applied: ${applied.join(', ')}` : ''}`;
  return { ok: true, changes: [[['reviews'], ordered], [['review'], undefined], ...changes], summary, applied, date, number };
}

/** `3 indicators, 2 goals, 1 story, 2 decisions`: what the review holds, for the history line. */
function contents(review: Item): string {
  const count = (key: string, one: string, many: string) => {
    const n = Array.isArray(review[key]) ? (review[key] as unknown[]).length : 0;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  };
  return [
    ...count('indicatorValues', 'indicator', 'indicators'),
    ...count('goalStatuses', 'goal', 'goals'),
    ...count('stories', 'story', 'stories'),
    ...count('decisions', 'decision', 'decisions'),
  ].join(', ');
}

/** The design changes the review's decisions call for, and how the history line names them. */
function applyDecisions(data: CopData, review: Item, date: string): { changes: [Path, unknown][]; applied: string[] } {
  const changes: [Path, unknown][] = [];
  const applied: string[] = [];
  const goals = [...listAt(data, 'inquire', 'goals')];
  const decisions = Array.isArray(review.decisions) ? review.decisions.filter(isPlainObject) : [];
  for (const decision of decisions) {
    if (decision.change === 'addGoal' && typeof decision.newGoal === 'string' && decision.newGoal.trim()) {
      const id = `G${nextFreeNumber(goals, 'G')}`;
      goals.push({ id, statement: decision.newGoal.trim() });
      applied.push(`goal ${id} added`);
    } else if (decision.change === 'retireActivity') {
      const index = indexOfId(listAt(data, 'design', 'activities'), decision.activityId);
      if (index === -1) continue;
      // Retired, not removed: goals, stories and earlier reviews still refer to it.
      changes.push([['design', 'activities', index, 'retiredOn'], date]);
      applied.push(`activity ${String(decision.activityId)} retired`);
    } else if (decision.change === 'handOverRole' && typeof decision.newHolder === 'string' && decision.newHolder.trim()) {
      const index = indexOfId(listAt(data, 'design', 'roles'), decision.roleId);
      if (index === -1) continue;
      changes.push([['design', 'roles', index, 'holder'], decision.newHolder.trim()]);
      applied.push(`role ${String(decision.roleId)} handed over to ${quote(decision.newHolder)}`);
    }
  }
  if (goals.length !== listAt(data, 'inquire', 'goals').length) changes.unshift([['inquire', 'goals'], goals]);
  return { changes, applied };
}

function listAt(data: CopData, section: string, key: string): readonly unknown[] {
  const value = (data as unknown as Record<string, unknown>)[section];
  const list = isPlainObject(value) ? value[key] : undefined;
  return Array.isArray(list) ? list : [];
}

function indexOfId(list: readonly unknown[], id: unknown): number {
  return typeof id === 'string' ? list.findIndex((item) => isPlainObject(item) && item.id === id) : -1;
}

/** Whether the latest filed review gives this goal a status (a goal past its date is then judged). */
export function assessedInLatestReview(data: CopData, goalId: unknown): boolean {
  const latest = filedReviews(data).at(-1)?.review;
  const statuses = latest && Array.isArray(latest.goalStatuses) ? latest.goalStatuses.filter(isPlainObject) : [];
  return typeof goalId === 'string' && statuses.some((s) => s.goalId === goalId && typeof s.status === 'string');
}
