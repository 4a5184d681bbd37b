/**
 * A run without anyone at the keyboard: the answers file, then (with --yes) the defaults for
 * every question left. Everything is worked out first and written in one save; without --yes,
 * a run that would leave required answers missing writes nothing and lists them.
 */
import { ProblemsFound } from '../errors.js';
import { allStages, findStage, lifecycleStageIds } from '../model/registry.js';
import { answerSize } from '../model/answers.js';
import { stageProgress } from '../model/progress.js';
import type { QuestionField, StageSpec } from '../model/spec.js';
import type { CopData } from '../model/types.js';
import type { Answers } from './answers-file.js';
import { suggestedAnswer } from './defaults.js';
import { personalAnswers } from '../model/settings.js';
import { isStageDone, questionsOf } from './plan.js';
import type { Change, WizardSession } from './session.js';
import { recordedStatus, setValueAt, valueAt } from './session.js';
import { describeMissing } from './summary.js';

export interface Batch {
  /** The stage `copkit stage` revisits; for `copkit init`, the stages follow from the design. */
  stage?: StageSpec;
  answers?: Answers;
  yes: boolean;
}

export interface BatchResult {
  saved: number;
  stages: StageSpec[];
}

export async function runBatch(session: WizardSession, batch: Batch): Promise<BatchResult> {
  const candidate = structuredClone(session.data);
  const answerChanges = batch.answers?.changes ?? [];
  for (const [path, value] of answerChanges) setValueAt(candidate, path, value);
  const personal = personalAnswers(session.personal);
  const walked = batch.stage ? [batch.stage] : stagesToWalk(candidate, batch.answers?.stages ?? [], batch.yes, personal);
  const defaults = batch.yes ? defaultsFor(candidate, walked, personal) : [];
  for (const [path, value] of defaults) setValueAt(candidate, path, value);

  if (!batch.yes) {
    const missing = walked.flatMap((stage) => stageProgress(candidate, stage).missing);
    if (missing.length > 0) {
      // By label, with the place in the answers file beside it.
      const named = (m: (typeof missing)[number]) => `${findStage(m.path.split('.')[0]!)?.title ?? ''}: ${describeMissing(m)}`;
      const width = Math.max(...missing.map((m) => named(m).length));
      throw new ProblemsFound(
        `${missing.length} required ${missing.length === 1 ? 'answer is' : 'answers are'} missing, so nothing was written:\n${missing
          .map((m) => `  ${named(m).padEnd(width)}  (${m.path} in the answers file)`)
          .join('\n')}`,
        `Add ${missing.length === 1 ? 'it' : 'them'} to ${batch.answers?.display ?? 'an answers file'}, or pass --yes to save what you have and leave the rest for later.`,
      );
    }
  }

  const saved = await session.saveAll([...answerChanges, ...defaults]);
  const touched = new Set([...answerChanges, ...defaults].map(([path]) => String(path[0])));
  const stages = allStages.filter((s) => walked.includes(s) || touched.has(s.id));
  for (const stage of stages) await settleStatus(session, stage);
  return { saved, stages };
}

/**
 * For `copkit init`: the unfinished stages from the first one on, up to the last stage the
 * answers file answers. With --yes it goes on past them as a person would: through each stage
 * its defaults complete, stopping at the first that still needs answers (later stages build on
 * it, and often happen weeks later).
 */
export function stagesToWalk(data: CopData, answeredStages: readonly string[], yes: boolean, personal: Readonly<Record<string, string>> = {}): StageSpec[] {
  const start = allStages.findIndex((stage) => !isStageDone(data, stage));
  if (start === -1) return [];
  const lastAnswered = Math.max(-1, ...answeredStages.map((id) => allStages.findIndex((s) => s.id === id)));
  const walked: StageSpec[] = [];
  const candidate = structuredClone(data);
  for (let i = start; i < allStages.length; i++) {
    const stage = allStages[i]!;
    if (isStageDone(candidate, stage)) continue;
    if (i > lastAnswered && !yes) break;
    walked.push(stage);
    if (i < lastAnswered) continue;
    for (const [path, value] of defaultsFor(candidate, [stage], personal)) setValueAt(candidate, path, value);
    if (stageProgress(candidate, stage).missing.length > 0) break;
  }
  return walked;
}

/** The registry's defaults for the questions of these stages that have no answer. */
export function defaultsFor(data: CopData, stages: readonly StageSpec[], personal: Readonly<Record<string, string>> = {}): Change[] {
  const changes: Change[] = [];
  for (const stage of stages) {
    for (const q of questionsOf(stage)) {
      const field: QuestionField = q.field;
      const path = [stage.id, q.key];
      const value = suggestedAnswer(stage.id, q.key, field, data, personal);
      if (value !== undefined && answerSize(valueAt(data, path)) === 0) changes.push([path, structuredClone(value)]);
    }
  }
  return changes;
}

/** Complete once every required answer is in; in progress if it holds anything. */
async function settleStatus(session: WizardSession, stage: StageSpec): Promise<void> {
  if (!(lifecycleStageIds as readonly string[]).includes(stage.id)) return;
  const recorded = recordedStatus(session.data, stage.id);
  if (recorded === 'complete' || recorded === 'skipped') return;
  const progress = stageProgress(session.data, stage);
  if (progress.missing.length === 0) await session.setStatus(stage.id, 'complete');
  else if (progress.answered + progress.optionalAnswered > 0) await session.setStatus(stage.id, 'inProgress');
}
