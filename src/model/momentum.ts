/**
 * Momentum warnings for `copkit status`: dates in the design that have passed while the work
 * they announce has not happened. Pure: the caller passes today's date.
 */
import type { Path } from '../findings.js';
import { answerOf, answerPath, itemsOf } from './answers.js';
import type { RawItem } from './answers.js';
import { isLeadershipRole, isPast, namedHolder } from './people.js';
import type { StageProgress } from './progress.js';
import { nextReviewDue, reviewWarnings } from './review-warnings.js';
import type { ReviewWarningCode } from './review-warnings.js';
import { isPlainObject, quote } from './values.js';
import type { CopData } from './types.js';

export type MomentumCode = 'pilot-overdue' | 'launch-overdue' | 'review-overdue' | 'term-ended' | ReviewWarningCode;

export interface MomentumWarning {
  /** Stable, for scripts: one of the codes above. */
  code: MomentumCode;
  message: string;
  /** The date that has passed (YYYY-MM-DD)... */
  date: string;
  /** ...and where cop.yaml holds it. */
  path: Path;
}

const done = (s: StageProgress | undefined) => s?.status === 'complete' || s?.status === 'skipped';

/**
 * A planned start date that has passed while the stage it starts (or a stage before it) has not
 * got going: "Design is still in progress" or "the Prototype stage has not started".
 */
function overdueStart(stages: readonly StageProgress[], stageId: string, date: unknown, today: string, what: string): string | undefined {
  if (!isPast(date, today)) return undefined;
  const index = stages.findIndex((s) => s.id === stageId);
  const stage = stages[index];
  if (!stage || stage.status === 'skipped') return undefined;
  const behind = stages.slice(0, index).find((s) => s.id !== 'setup' && !done(s));
  if (behind) {
    return `${what} was planned to start on ${date}, but ${behind.title} is ${behind.status === 'notStarted' ? 'not started' : 'still in progress'}. Finish ${behind.title} (copkit stage ${behind.id}) or move the date.`;
  }
  if (stage.status === 'notStarted') {
    return `${what} was planned to start on ${date}, but the ${stage.title} stage has not started. Run copkit stage ${stage.id}, or move the date.`;
  }
  return undefined;
}

export function momentumWarnings(data: CopData, stages: readonly StageProgress[], today: string): MomentumWarning[] {
  const warnings: MomentumWarning[] = [];
  const pilotStart = answerOf(data, 'prototype', 'pilotStartDate');
  const pilot = overdueStart(stages, 'prototype', pilotStart, today, 'The pilot');
  if (pilot) warnings.push({ code: 'pilot-overdue', message: pilot, date: pilotStart as string, path: answerPath('prototype', 'pilotStartDate') });
  const launchDate = answerOf(data, 'launch', 'launchDate');
  const launch = overdueStart(stages, 'launch', launchDate, today, 'The launch');
  if (launch) warnings.push({ code: 'launch-overdue', message: launch, date: launchDate as string, path: answerPath('launch', 'launchDate') });
  warnings.push(...reviewOverdue(data, today));
  warnings.push(...endedTerms(data, today));
  warnings.push(...reviewWarnings(data, today));
  return warnings;
}

/** The planned review date has passed, or, once a review was held on it, the cadence's next one. */
function reviewOverdue(data: CopData, today: string): MomentumWarning[] {
  const due = nextReviewDue(data);
  if (due) {
    return isPast(due.date, today)
      ? [
          {
            code: 'review-overdue',
            message: `The last review was held on ${due.held}, and at the agreed rhythm the next one was due on ${due.date}. Hold it and record it with copkit review, then set the next review date (copkit stage sustain).`,
            date: due.date,
            path: due.path,
          },
        ]
      : [];
  }
  const warnings: MomentumWarning[] = [];
  const review = answerOf(data, 'sustain', 'nextReviewDate');
  if (isPast(review, today)) {
    warnings.push({
      code: 'review-overdue',
      message: `The review planned for ${review} is overdue. Hold it, record what you found with copkit review, and set the next review date (copkit stage sustain).`,
      date: review,
      path: answerPath('sustain', 'nextReviewDate'),
    });
  }
  return warnings;
}

/** Leadership roles whose term has ended with no successor named in grow.successionPlan. */
function endedTerms(data: CopData, today: string): MomentumWarning[] {
  const succeeded = new Set(
    itemsOf(data, 'grow', 'successionPlan')
      .filter((s) => namedHolder(s.successor) !== undefined)
      .map((s) => s.roleId),
  );
  const roles = answerOf(data, 'design', 'roles');
  if (!Array.isArray(roles)) return [];
  return roles.flatMap((entry: unknown, index) => {
    if (!isPlainObject(entry)) return [];
    const role: RawItem<'design', 'roles'> = entry;
    if (!isLeadershipRole(role.roleKey) || !isPast(role.termEnds, today)) return [];
    const holder = namedHolder(role.holder);
    if (!holder || (typeof role.id === 'string' && succeeded.has(role.id))) return [];
    const id = typeof role.id === 'string' ? role.id : String(index + 1);
    const name = typeof role.title === 'string' && role.title.trim() ? `role ${quote(role.title)} (${id})` : `role ${id}`;
    return [
      {
        code: 'term-ended' as const,
        message: `The term of ${name}, held by ${quote(holder)}, ended on ${role.termEnds} and no successor is named. Renew the term or name a successor in the succession plan (copkit stage grow).`,
        date: role.termEnds,
        path: [...answerPath('design', 'roles'), index, 'termEnds'],
      },
    ];
  });
}
