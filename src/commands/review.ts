import { review } from '../model/registry.js';
import { fileReview } from '../model/reviews.js';
import type { Filing } from '../model/reviews.js';
import type { CommandDeps, Result } from './report.js';
import { startWizard } from './wizard.js';
import type { WizardOptions } from './wizard.js';
import type { WizardResult } from './wizard-messages.js';
import type { WizardSession } from '../wizard/session.js';

export type ReviewOptions = Omit<WizardOptions, 'dir'>;

/**
 * `copkit review`: record a review through the wizard (answers saved one by one under
 * `review:`), then file it as a new dated entry of `reviews:` and apply its decisions, in the
 * same command, so the history line says what the review added and changed.
 */
export function reviewCommand(options: ReviewOptions, deps: CommandDeps): Promise<Result<WizardResult>> {
  return startWizard(review, options, deps, { command: 'copkit review', after: (session, given) => fileDraft(session, given.yes) });
}

async function fileDraft(session: WizardSession, yes: boolean): Promise<string[]> {
  const filing = fileReview(session.data, yes ? session.today() : undefined);
  if (filing.ok) {
    for (const [path, value] of filing.changes) session.file.set(path, value);
    await session.file.save(session.today(), { summary: filing.summary });
  }
  return reviewLines(filing);
}

/** What `copkit review` says once the answers are in. */
export function reviewLines(filing: Filing): string[] {
  if (!filing.ok) return [filing.reason, 'Run copkit review again to carry on with it.'];
  return [
    `Review ${filing.number}, of ${filing.date}, is filed under reviews in cop.yaml; earlier reviews are unchanged.`,
    ...(filing.applied.length ? [`Applied to the design: ${filing.applied.join(', ')}.`] : []),
    'copkit status shows what it found; copkit render writes the evaluation report.',
  ];
}
