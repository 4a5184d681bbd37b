/** Whether a rule applies yet, from the stages' progress (see `Gate`). */
import { stageProgress } from '../model/progress.js';
import { lifecycleStageIds, lifecycleStages } from '../model/registry.js';
import type { LifecycleStageId } from '../model/registry.js';
import type { CopData, StageStatus } from '../model/types.js';
import { isSet } from './read.js';
import type { Gate, LintContext } from './types.js';

const begun = (status: StageStatus) => status === 'inProgress' || status === 'complete';

/** The lint context for a design: stage statuses as `copkit status` shows them. */
export function lintContext(data: CopData, today: string | undefined): LintContext {
  // Lint judges the stages a facilitator declared finished, even while status shows one of them
  // in progress for a required answer it lost.
  const statuses = lifecycleStages.map((stage) => stageProgress(data, stage).declared);
  const laterBegun = (stage: LifecycleStageId) => statuses.slice(lifecycleStageIds.indexOf(stage) + 1).some(begun);
  const status = (stage: LifecycleStageId) => statuses[lifecycleStageIds.indexOf(stage)]!;
  return {
    today,
    started: (stage) => begun(status(stage)) || laterBegun(stage),
    // A stage still in progress is not finished just because someone looked ahead, and a skipped
    // stage is not judged; one never started but left behind by later stages counts as passed.
    finished: (stage) => status(stage) === 'complete' || (status(stage) === 'notStarted' && laterBegun(stage)),
  };
}

export function gateOpen(gate: Gate, data: CopData, context: LintContext): boolean {
  const open = gate.from === 'started' ? context.started(gate.stage) : context.finished(gate.stage);
  return open || (gate.orWhenSet ?? []).some((field) => isSet(data, field));
}

const title = (stage: LifecycleStageId) => lifecycleStages.find((s) => s.id === stage)!.title;

/** The gate in words, for the rule reference. */
export function describeGate(gate: Gate): string {
  const name = title(gate.stage);
  const last = gate.stage === lifecycleStageIds.at(-1);
  const when =
    gate.from === 'started'
      ? `once the ${name} stage has begun (in progress or complete${last ? '' : ', or a later stage has begun'})`
      : `once the ${name} stage is complete${last ? '' : ` (or a later stage has begun while ${name} was never started)`}`;
  const also = gate.orWhenSet?.length ? `, or as soon as ${gate.orWhenSet.map((f) => `\`${f}\``).join(' or ')} is set` : '';
  return `${when.charAt(0).toUpperCase()}${when.slice(1)}${also}.`;
}
