/** What `copkit init` and `copkit stage` print around the questions (the prompts draw themselves). */
import type { Finding } from '../findings.js';
import type { Answers } from '../wizard/answers-file.js';
import type { BatchSummary } from '../wizard/messages.js';
import { plural } from '../words.js';
import { findingLine } from './findings-output.js';
import { err } from './report.js';
import type { Line, Style } from './report.js';

/** An unattended run says what it saved; an interactive one has said everything as it went. */
export interface WizardResult {
  batch: BatchSummary | undefined;
  /** What a command built on the wizard says once the answers are in (`copkit review`). */
  after?: readonly string[];
}

export function wizardView(result: WizardResult, style: Style): Line[] {
  const { batch } = result;
  const after = (result.after ?? []).map((line) => err(line));
  if (!batch) return after;
  const c = style.err;
  const lines = [
    batch.saved > 0 ? c.green(`Saved ${plural(batch.saved, 'answer')} to ${batch.display} (revision ${batch.revision}).`) : `Nothing to change: ${batch.display} already holds these answers.`,
  ];
  const width = Math.max(0, ...batch.stages.map((s) => s.title.length));
  for (const stage of batch.stages) {
    const { missing } = stage;
    const what = missing.length ? `: ${missing.length} required ${missing.length === 1 ? 'answer' : 'answers'} missing (${missing.join(', ')})` : '';
    lines.push(`  ${stage.title.padEnd(width)}  ${stage.status}${what}`);
  }
  lines.push('`copkit status` shows where the whole design stands and the one thing to do next.');
  return [...lines.map(err), ...after];
}

/** Schema findings in a file, shown before the wizard refuses it or starts asking. */
export function placedFindingsView(placed: { file: string; findings: readonly Finding[] }, style: Style): Line[] {
  return placed.findings.map((finding) => err(findingLine(placed.file, finding, style.err)));
}

export function ignoredView(answers: Answers): Line[] {
  return [err(`${answers.display}: ignored ${answers.ignored.join(', ')} (copkit keeps these itself)`)];
}
