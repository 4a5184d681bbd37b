import type { Deps } from '../deps.js';
import { startWizard } from '../wizard/start.js';
import type { WizardOptions } from '../wizard/start.js';

export type InitOptions = WizardOptions;

/**
 * `copkit init`: create cop.yaml and walk setup then the six stages; on an existing design,
 * carry on at the first unanswered question of the first unfinished stage.
 */
export function initCommand(options: InitOptions, deps: Deps): Promise<number> {
  return startWizard(undefined, options, deps);
}
