import type { CommandDeps, Result } from './report.js';
import { startWizard } from './wizard.js';
import type { WizardOptions } from './wizard.js';
import type { WizardResult } from './wizard-messages.js';

export type InitOptions = WizardOptions;

/**
 * `copkit init`: create cop.yaml and walk setup then the six stages; on an existing design,
 * carry on at the first unanswered question of the first unfinished stage.
 */
export function initCommand(options: InitOptions, deps: CommandDeps): Promise<Result<WizardResult>> {
  return startWizard(undefined, options, deps);
}
