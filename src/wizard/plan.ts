/**
 * Which stage and which questions come next: pure functions of the data, so that resuming can be
 * tested with one-line cases.
 */
import { allStages } from '../model/registry.js';
import { isAnswered, isDue, stageProgress } from '../model/progress.js';
import type { QuestionField, StageSpec } from '../model/spec.js';
import type { CopData } from '../model/types.js';

export interface PlannedQuestion {
  key: string;
  field: QuestionField;
  index: number;
}

export function questionsOf(stage: StageSpec): PlannedQuestion[] {
  return (Object.entries(stage.questions) as [string, QuestionField][]).map(([key, field], index) => ({ key, field, index }));
}

/** Complete or skipped: `copkit init` passes it by. */
export function isStageDone(data: CopData, stage: StageSpec): boolean {
  const { status } = stageProgress(data, stage);
  return status === 'complete' || status === 'skipped';
}

/** The first stage at or after `from` that is not done. */
export function nextPendingStage(data: CopData, from = 0): StageSpec | undefined {
  return allStages.slice(from).find((stage) => !isStageDone(data, stage));
}

/**
 * The questions `copkit init` asks in a stage it resumes: every one still unanswered (or a list
 * short of the entries the stage needs), in order. The first is where it carries on.
 */
export function questionsToResume(data: CopData, stage: StageSpec, answeredElsewhere: ReadonlySet<string> = new Set()): PlannedQuestion[] {
  const answers = ((data as unknown as Record<string, unknown>)[stage.id] ?? {}) as Record<string, unknown>;
  // A first pass leaves what cannot be known yet (after the pilot, once the community runs) for later visits.
  return questionsOf(stage).filter((q) => !answeredElsewhere.has(`${stage.id}.${q.key}`) && !isAnswered(q.field, answers[q.key]) && isDue(q.field, data));
}

/** Where `copkit init` would carry on: the stage and its first question, if any is left. */
export function resumePoint(data: CopData): { stage: StageSpec; question: PlannedQuestion | undefined } | undefined {
  const stage = nextPendingStage(data);
  return stage ? { stage, question: questionsToResume(data, stage)[0] } : undefined;
}

/** The questions of a stage that cannot be answered yet, for the first pass to say so. */
export function questionsForLater(data: CopData, stage: StageSpec): PlannedQuestion[] {
  return questionsOf(stage).filter((q) => !isDue(q.field, data));
}
