/**
 * How far each stage has come: counted from the registry's required questions, so the counts
 * can never disagree with what the wizard asks.
 */
import { stageStatus } from './enums.js';
import { answerSize, answersOfStage } from './answers.js';
import { allStages } from './registry.js';
import type { QuestionField, StageSpec } from './spec.js';
import type { CopData, StageStatus } from './types.js';
import { isPlainObject } from './values.js';

export interface MissingAnswer {
  /** `inquire.goals` */
  path: string;
  /** The question as the wizard asks it. */
  label: string;
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
  answered: number;
  required: number;
  /** Optional questions answered, for a fuller picture. */
  optionalAnswered: number;
  optional: number;
  missing: MissingAnswer[];
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

export function stageProgress(data: CopData, stage: StageSpec): StageProgress {
  const answers = answersOfStage(data, stage);
  const progress = isPlainObject(data.progress) ? (data.progress as Record<string, unknown>)[stage.id] : undefined;
  const entry = isPlainObject(progress) ? progress : {};
  let answered = 0;
  let required = 0;
  let optionalAnswered = 0;
  let optional = 0;
  let touched = 0;
  const missing: MissingAnswer[] = [];
  for (const [key, field] of Object.entries(stage.questions) as [string, QuestionField][]) {
    const value = answers[key];
    if (answerSize(value) > 0) touched++;
    const need = requiredCount(field);
    if (need === 0) {
      optional++;
      if (answerSize(value) > 0) optionalAnswered++;
      continue;
    }
    required++;
    if (isAnswered(field, value)) answered++;
    else missing.push({ path: `${stage.id}.${key}`, label: field.label, ...(need > 1 ? { needs: need, has: answerSize(value) } : {}) });
  }
  // A status copkit does not know (`done`) is a schema error, reported by check; here it counts as unrecorded.
  const recordedStatus = typeof entry.status === 'string' && Object.hasOwn(stageStatus.labels, entry.status) ? (entry.status as StageStatus) : undefined;
  const derived: StageStatus = touched === 0 ? 'notStarted' : missing.length === 0 ? 'complete' : 'inProgress';
  return {
    id: stage.id,
    title: stage.title,
    status: recordedStatus ?? derived,
    recorded: recordedStatus !== undefined,
    answered,
    required,
    optionalAnswered,
    optional,
    missing,
    updated: typeof entry.updated === 'string' ? entry.updated : undefined,
  };
}

/** Setup, then the six stages. */
export function designProgress(data: CopData): StageProgress[] {
  return allStages.map((stage) => stageProgress(data, stage));
}
