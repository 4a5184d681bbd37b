/**
 * How far each stage has come: counted from the registry's required questions, so the counts
 * can never disagree with what the wizard asks.
 */
import { stageStatus } from './enums.js';
import { answerSize, answersOfStage } from './answers.js';
import { allStages } from './registry.js';
import { shortLabel } from './short-labels.js';
import type { AnswerableWhen, QuestionField, StageSpec } from './spec.js';
import { answerOf } from './answers.js';
import type { CopData, StageStatus } from './types.js';
import { isPlainObject } from './values.js';

export interface MissingAnswer {
  /** `inquire.goals` */
  path: string;
  /** The question as the wizard asks it. */
  label: string;
  /** The question's short label, for status lines and messages ("Success stories"). */
  short: string;
  /** For lists that need several entries: how many are needed and how many there are. */
  needs?: number;
  has?: number;
}

export interface StageProgress {
  id: string;
  title: string;
  status: StageStatus;
  /** Whether the status was recorded in `progress` or worked out from the answers. */
  recorded: boolean;
  /**
   * The status as recorded (or worked out), before a recorded "complete" that lost a required
   * answer is read as in progress: what the facilitator declared, which design lint judges.
   */
  declared: StageStatus;
  answered: number;
  required: number;
  /** Optional questions answered, for a fuller picture. */
  optionalAnswered: number;
  optional: number;
  missing: MissingAnswer[];
  /** Required questions that cannot be answered yet (after the pilot, once the community runs): not missing yet. */
  later: string[];
  updated: string | undefined;
}

/** The least number of items (or 1 for a plain answer) a required question needs; 0 if optional. */
export function requiredCount(field: QuestionField): number {
  if (field.required === undefined || field.required === false) return 0;
  return field.required === true ? 1 : field.required;
}

// Kept here too, where status and the wizard have always found it.
export { answerSize };

export function isAnswered(field: QuestionField, value: unknown): boolean {
  const size = answerSize(value);
  return size > 0 && size >= requiredCount(field);
}

/**
 * Whether a question can be answered yet (see `when`): one for after the pilot is due once the
 * pilot's end date has passed, one for a running community once the launch date has. `today`
 * defaults to the design's last change, so that documents stay the same from day to day; with
 * no date to judge by, every question is due.
 */
export function isDue(field: { readonly when?: AnswerableWhen }, data: CopData, today: string | undefined = data.updated): boolean {
  if (!field.when || field.when === 'design' || today === undefined) return true;
  const date = field.when === 'afterPilot' ? answerOf(data, 'prototype', 'pilotEndDate') : answerOf(data, 'launch', 'launchDate');
  return typeof date === 'string' && date <= today;
}

export function stageProgress(data: CopData, stage: StageSpec, today?: string): StageProgress {
  const answers = answersOfStage(data, stage);
  const progress = isPlainObject(data.progress) ? (data.progress as Record<string, unknown>)[stage.id] : undefined;
  const entry = isPlainObject(progress) ? progress : {};
  let answered = 0;
  let required = 0;
  let optionalAnswered = 0;
  let optional = 0;
  let touched = 0;
  const missing: MissingAnswer[] = [];
  const later: string[] = [];
  for (const [key, field] of Object.entries(stage.questions) as [string, QuestionField][]) {
    const value = answers[key];
    if (answerSize(value) > 0) touched++;
    // A required question that cannot be answered yet is not missing yet: it waits for later.
    const due = isDue(field, data, today ?? data.updated);
    if (!due && requiredCount(field) > 0 && !isAnswered(field, value)) later.push(`${stage.id}.${key}`);
    const need = due ? requiredCount(field) : 0;
    if (need === 0) {
      optional++;
      if (answerSize(value) > 0) optionalAnswered++;
      continue;
    }
    required++;
    if (isAnswered(field, value)) answered++;
    else missing.push({ path: `${stage.id}.${key}`, label: field.label, short: shortLabel(stage.id, key), ...(need > 1 ? { needs: need, has: answerSize(value) } : {}) });
  }
  // A status copkit does not know (`done`) is a schema error, reported by check; here it counts as unrecorded.
  const recordedStatus = typeof entry.status === 'string' && Object.hasOwn(stageStatus.labels, entry.status) ? (entry.status as StageStatus) : undefined;
  const derived: StageStatus = touched === 0 ? 'notStarted' : missing.length === 0 ? 'complete' : 'inProgress';
  return {
    id: stage.id,
    title: stage.title,
    // A stage recorded complete that lost a required answer since (a removal, a hand edit, a run
    // stopped before it could update the record) is in progress, whatever the record says.
    status: recordedStatus === 'complete' && missing.length > 0 ? 'inProgress' : (recordedStatus ?? derived),
    recorded: recordedStatus !== undefined,
    declared: recordedStatus ?? derived,
    answered,
    required,
    optionalAnswered,
    optional,
    missing,
    later,
    updated: typeof entry.updated === 'string' ? entry.updated : undefined,
  };
}

/** Setup, then the six stages. */
export function designProgress(data: CopData, today?: string): StageProgress[] {
  return allStages.map((stage) => stageProgress(data, stage, today));
}
