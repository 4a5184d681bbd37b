/**
 * The registry: setup and the six stages in their fixed order. Everything that needs the list of
 * questions (validation, JSON Schema, progress, the wizard, templates) reads it from here.
 */
import type { QuestionField, RefTarget, StageSpec } from './spec.js';
import { design } from './stages/design.js';
import { grow } from './stages/grow.js';
import { inquire } from './stages/inquire.js';
import { launch } from './stages/launch.js';
import { prototype } from './stages/prototype.js';
import { review } from './stages/review.js';
import { setup } from './stages/setup.js';
import { sustain } from './stages/sustain.js';

export { design, grow, inquire, launch, prototype, review, setup, sustain };

/** The six stages of Cambridge, Kaplan & Suter (2005), always in this order. */
export const lifecycleStages = [inquire, design, prototype, launch, grow, sustain] as const;

/** Setup, then the six stages. */
export const allStages = [setup, ...lifecycleStages] as const;

export type LifecycleStageId = (typeof lifecycleStages)[number]['id'];
export type StageId = (typeof allStages)[number]['id'];

export const stageIds: readonly StageId[] = allStages.map((s) => s.id);
export const lifecycleStageIds: readonly LifecycleStageId[] = lifecycleStages.map((s) => s.id);

export function findStage(id: string): StageSpec | undefined {
  return allStages.find((stage) => stage.id === id);
}

/**
 * Every set of questions whose answers live in a top-level section of cop.yaml: the stages, and
 * the review being recorded (`review:`, asked by `copkit review`, not a stage of its own).
 */
export const answerSections = [...allStages, review] as const;

export function findSection(id: string): StageSpec | undefined {
  return answerSections.find((section) => section.id === id);
}

/** Where each kind of cross-reference points: the list and its id prefix. */
export const refTargets: Record<RefTarget, { stage: StageId; field: string; prefix: string }> = {
  goals: { stage: 'inquire', field: 'goals', prefix: 'G' },
  activities: { stage: 'design', field: 'activities', prefix: 'A' },
  channels: { stage: 'design', field: 'channels', prefix: 'C' },
  roles: { stage: 'design', field: 'roles', prefix: 'R' },
};

/** Every question with the stage it belongs to, in asking order. */
export function allQuestions(): { stage: StageSpec; key: string; field: QuestionField }[] {
  return allStages.flatMap((stage) =>
    Object.entries(stage.questions).map(([key, field]) => ({ stage, key, field: field as QuestionField })),
  );
}
