/** What the wizard commands tell the user when they stop, and the account of a run without prompts. */
import { Cancelled } from '../errors.js';
import { stageStatus } from '../model/enums.js';
import { findSection } from '../model/registry.js';
import { stageProgress } from '../model/progress.js';
import type { BatchResult } from './batch.js';
import type { WizardSession } from './session.js';
import { describeMissing } from './summary.js';

const answers = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;

/** After Ctrl-C (or SIGTERM, or a closed terminal): what is saved, and the command that carries on. */
export function stoppedMessage(session: WizardSession, display: string, resumeCommand: string): Cancelled {
  const at = session.position;
  const where = at ? ` at ${at.stage.title}, question ${at.index + 1} of ${at.total}` : '';
  if (session.file.isNew) {
    return new Cancelled(`Stopped${where}. Nothing had been answered yet, so ${display} was not created.`, `Run \`${resumeCommand}\` to start again.`);
  }
  const resume = resumeCommand.startsWith('copkit stage')
    ? `Run \`${resumeCommand}\` to go through the stage again, or \`copkit init\` to carry on with the first unfinished question.`
    : `Run \`${resumeCommand}\` to carry on from there.`;
  return new Cancelled(`Stopped${where}.\nSaved in ${display} (revision ${session.data.revision ?? 0}): ${savedThisTime(session)}.`, resume);
}

/** "3 answers in Design this time, and everything answered before" */
export function savedThisTime(session: WizardSession): string {
  const counts = new Map<string, number>();
  for (const path of session.answered) {
    const stage = findSection(path.split('.')[0]!);
    if (stage) counts.set(stage.title, (counts.get(stage.title) ?? 0) + 1);
  }
  if (counts.size === 0) return 'everything answered before; nothing new this time';
  const parts = [...counts].map(([title, n], i) => (i === 0 ? `${answers(n)} in ${title}` : `${n} in ${title}`));
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${list} this time, and everything answered before`;
}

/** The account of an unattended run, as data: what was saved and where the stages it touched stand. */
export interface BatchSummary {
  saved: number;
  display: string;
  revision: number;
  stages: { title: string; status: string; missing: string[] }[];
}

export function batchSummary(session: WizardSession, display: string, result: BatchResult): BatchSummary {
  const stages = result.stages.map((stage) => {
    const progress = stageProgress(session.data, stage);
    return { title: stage.title, status: stageStatus.labels[progress.status].toLowerCase(), missing: progress.missing.map(describeMissing) };
  });
  return { saved: result.saved, display, revision: session.data.revision ?? 0, stages };
}
