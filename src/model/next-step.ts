import type { StageProgress } from './progress.js';

export interface NextStep {
  /** The stage the step is about, if any. */
  stage: string | undefined;
  /** The command to run, if one does the job. */
  command: string | undefined;
  message: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one thing to do next: finish the first stage that is not complete or skipped. */
export function nextStep(stages: readonly StageProgress[], errors: number): NextStep {
  if (errors > 0) {
    return { stage: undefined, command: 'copkit check', message: `Fix the ${plural(errors, 'error')} in the design first; \`copkit check\` shows where.` };
  }
  const pending = stages.find((s) => s.status !== 'complete' && s.status !== 'skipped');
  if (!pending) {
    return {
      stage: undefined,
      command: 'copkit stage sustain',
      message: 'Every stage is done. Keep the design alive: revisit `copkit stage sustain` at each review.',
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
