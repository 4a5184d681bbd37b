/**
 * What `copkit status` reads in the reviews: an indicator below its alert level, a goal past its
 * date that no review has assessed, participation falling or the core group shrinking since the
 * previous review, and the next review falling due by the assessment cadence. Pure: the caller
 * passes today's date.
 */
import type { Path } from '../findings.js';
import { plural } from '../words.js';
import type { assessmentCadence } from './enums.js';
import { isPast } from './people.js';
import { filedReviews } from './reviews.js';
import { isPlainObject, quote } from './values.js';
import type { CopData } from './types.js';

type Item = Record<string, unknown>;

export type ReviewWarningCode = 'indicator-below-alert' | 'goal-unassessed' | 'participation-falling' | 'core-shrinking' | 'review-overdue';

export interface ReviewWarning {
  code: ReviewWarningCode;
  message: string;
  date: string;
  path: Path;
}

const cadenceMonths: Record<keyof typeof assessmentCadence.labels, number> = { quarterly: 3, biannually: 6, annually: 12 };

function listAt(data: CopData, section: string, key: string): unknown[] {
  const value = isPlainObject(data) ? (data as unknown as Item)[section] : undefined;
  const list = isPlainObject(value) ? value[key] : undefined;
  return Array.isArray(list) ? list : [];
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const sameName = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

export function reviewWarnings(data: CopData, today: string): ReviewWarning[] {
  const reviews = filedReviews(data);
  const latest = reviews.at(-1);
  const warnings = latest ? indicatorsBelow(data, latest.review, latest.index) : [];
  warnings.push(...unassessedGoals(data, latest?.review, today));
  const previous = reviews.at(-2);
  if (latest && previous) warnings.push(...falling(latest, previous.review));
  return warnings;
}

function indicatorsBelow(data: CopData, review: Item, index: number): ReviewWarning[] {
  const indicators = listAt(data, 'grow', 'healthIndicators').filter(isPlainObject);
  const values = Array.isArray(review.indicatorValues) ? review.indicatorValues : [];
  return values.flatMap((measured: unknown, i) => {
    if (!isPlainObject(measured)) return [];
    const value = count(measured.value);
    const alert = count(indicators.find((h) => sameName(h.indicator, measured.indicator))?.alertBelow);
    if (value === undefined || alert === undefined || value >= alert) return [];
    return [
      {
        code: 'indicator-below-alert' as const,
        message: `In the review of ${String(review.date)}, ${quote(String(measured.indicator))} measured ${value}, below its alert level of ${alert}. Talk it over in the core group, and record what you decide in the next review (copkit review).`,
        date: review.date as string,
        path: ['reviews', index, 'indicatorValues', i, 'value'],
      },
    ];
  });
}

function unassessedGoals(data: CopData, review: Item | undefined, today: string): ReviewWarning[] {
  const statuses = review && Array.isArray(review.goalStatuses) ? review.goalStatuses.filter(isPlainObject) : [];
  return listAt(data, 'inquire', 'goals').flatMap((goal: unknown, index) => {
    if (!isPlainObject(goal) || !isPast(goal.byDate, today)) return [];
    if (statuses.some((s) => s.goalId === goal.id && typeof s.status === 'string')) return [];
    const id = typeof goal.id === 'string' ? goal.id : String(index + 1);
    const name = typeof goal.statement === 'string' ? `Goal ${quote(goal.statement)} (${id})` : `Goal ${id}`;
    return [
      {
        code: 'goal-unassessed' as const,
        message: `${name} was due on ${goal.byDate}, but ${review ? 'the latest review does not say' : 'no review says yet'} whether it was met. Record its status with copkit review.`,
        date: goal.byDate,
        path: ['inquire', 'goals', index, 'byDate'],
      },
    ];
  });
}

function falling(latest: { review: Item; index: number }, previous: Item): ReviewWarning[] {
  const warnings: ReviewWarning[] = [];
  const { review, index } = latest;
  const date = review.date as string;
  const [core, before] = [count(review.coreMembers), count(previous.coreMembers)];
  if (core !== undefined && before !== undefined && core < before) {
    warnings.push({
      code: 'core-shrinking',
      message: `The core group shrank from ${before} to ${plural(core, 'person', 'people')} between the reviews of ${String(previous.date)} and ${date}. Ask who could step up, and look at the succession plan (copkit stage grow).`,
      date,
      path: ['reviews', index, 'coreMembers'],
    });
  }
  const total = (r: Item) => ['coreMembers', 'activeMembers', 'peripheralMembers'].map((k) => count(r[k]));
  const [now, then] = [total(review), total(previous)];
  if (now.every((n) => n !== undefined) && then.every((n) => n !== undefined)) {
    const sum = (ns: (number | undefined)[]) => ns.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (sum(now) < sum(then)) {
      warnings.push({
        code: 'participation-falling',
        message: `Participation fell from ${sum(then)} to ${plural(sum(now), 'member')} between the reviews of ${String(previous.date)} and ${date}. Find out why people drift away, and look again at the pathways into the community (copkit stage grow).`,
        date,
        path: ['reviews', index, 'activeMembers'],
      });
    }
  }
  return warnings;
}

/**
 * When the planned review date has been reached by a filed review, the next one is due one
 * assessment period after the latest review; undefined if no review was filed on or after it.
 */
export function nextReviewDue(data: CopData): { date: string; path: Path; held: string } | undefined {
  const latest = filedReviews(data).at(-1);
  const sustain = isPlainObject(data) && isPlainObject(data.sustain) ? (data.sustain as Item) : {};
  const planned = sustain.nextReviewDate;
  if (!latest || typeof planned !== 'string' || (latest.review.date as string) < planned) return undefined;
  const months = cadenceMonths[sustain.assessmentCadence as keyof typeof cadenceMonths] ?? 12;
  return { date: addMonths(latest.review.date as string, months), path: ['reviews', latest.index, 'date'], held: latest.review.date as string };
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
