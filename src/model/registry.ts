/**
 * The registry: setup and the six stages in their fixed order. Everything that needs the list of
 * questions (validation, JSON Schema, progress, the wizard, templates) reads it from here.
 */
import type { ListFieldOf } from './answers.js';
import type { QuestionField, RefTarget, StageSpec } from './spec.js';
import { allStages, lifecycleStages } from './stage-order.js';
import type { LifecycleStageId, StageId } from './stage-order.js';
import { review } from './stages/review.js';

export { design, grow, inquire, launch, prototype, setup, sustain } from './stage-order.js';
export { allStages, lifecycleStages, review };
export type { LifecycleStageId, StageId };

export const stageIds: readonly StageId[] = allStages.map((s) => s.id);
export const lifecycleStageIds: readonly LifecycleStageId[] = lifecycleStages.map((s) => s.id);

export function findStage(id: string): StageSpec | undefined {
  return allStages.find((stage) => stage.id === id);
}

/** A list of objects in some stage, checked against the registry. */
type ListPlace = { [S in StageId]: { stage: S; field: ListFieldOf<S>; prefix: string } }[StageId];
/**
 * Every set of questions whose answers live in a top-level section of cop.yaml: the stages, and
 * the review being recorded (`review:`, asked by `copkit review`, not a stage of its own).
 */
export const answerSections = [...allStages, review] as const;

export function findSection(id: string): StageSpec | undefined {
  return answerSections.find((section) => section.id === id);
}

/** Where each kind of cross-reference points: the list and its id prefix. */
export const refTargets: Record<RefTarget, ListPlace> = {
  goals: { stage: 'inquire', field: 'goals', prefix: 'G' },
  activities: { stage: 'design', field: 'activities', prefix: 'A' },
  channels: { stage: 'design', field: 'channels', prefix: 'C' },
  roles: { stage: 'design', field: 'roles', prefix: 'R' },
};

/** Every question with the stage it belongs to, in asking order. */
export function allQuestions(): { stage: StageSpec; key: string; field: QuestionField }[] {
  return allStages.flatMap((stage) => Object.entries(stage.questions).map(([key, field]) => ({ stage, key, field: field as QuestionField })));
}
