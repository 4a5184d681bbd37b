import { plural } from '../words.js';
import type { StageProgress } from './progress.js';

export interface NextStep {
  /** The stage the step is about, if any. */
  stage: string | undefined;
  /** The command to run, if one does the job. */
  command: string | undefined;
  message: string;
}

/** What the design lint and the calendar add to the choice of the next step. */
export interface Advice {
  /** Lint errors (problems the literature says a community fails on), first in file order. */
  lintErrors?: readonly { message: string; stage: string | undefined }[];
  /** The date of a review that is overdue, once every stage is done. */
  reviewOverdue?: string;
}

/**
 * The one thing to do next: repair a broken file, then settle a design error, then finish the
 * first stage that is not complete or skipped; once all are done, keep the review cycle going.
 * `errors` counts the schema errors (and, for callers that pass no advice, any other errors).
 */
export function nextStep(stages: readonly StageProgress[], errors: number, advice: Advice = {}): NextStep {
  const lint = advice.lintErrors ?? [];
  if (errors > 0) {
    // The count is the one `copkit check` prints (file and design errors together), so that the
    // step and the check line beside it agree; the file's own errors decide that this is the step.
    const all = errors + lint.length;
    return { stage: undefined, command: 'copkit check', message: `Fix the ${plural(all, 'error')} in the design first; \`copkit check\` shows where.` };
  }
  if (lint.length > 0) {
    const { message, stage } = lint[0]!;
    const command = stage ? `copkit stage ${stage}` : 'copkit check';
    const more = lint.length > 1 ? ` (${plural(lint.length - 1, 'more design error')}: see \`copkit check\`)` : '';
    return { stage, command, message: `Settle this before going on: ${message}${more}` };
  }
  const pending = stages.find((s) => s.status !== 'complete' && s.status !== 'skipped');
  if (!pending) {
    if (advice.reviewOverdue) {
      return {
        stage: 'sustain',
        command: 'copkit review',
        message: `The review planned for ${advice.reviewOverdue} is due: hold it, then record it with \`copkit review\`.`,
      };
    }
    return {
      stage: undefined,
      command: 'copkit review',
      message: 'Every stage is done. Keep the design alive: record each review with `copkit review`.',
    };
  }
  if (pending.id === 'setup') {
    return { stage: 'setup', command: 'copkit init', message: 'Run `copkit init` to name the community and start the Inquire stage.' };
  }
  const command = `copkit stage ${pending.id}`;
  if (pending.status === 'notStarted') {
    return { stage: pending.id, command, message: `Start ${pending.title}: run \`${command}\` (${plural(pending.required, 'required question')}).` };
  }
  if (pending.missing.length > 0) {
    return {
      stage: pending.id,
      command,
      message: `Finish ${pending.title}: ${plural(pending.missing.length, 'required answer')} missing. Run \`${command}\`.`,
    };
  }
  return {
    stage: pending.id,
    command,
    message: `${pending.title} has every required answer. Run \`${command}\` to review it and mark it complete.`,
  };
}
