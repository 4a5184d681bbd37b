import { UsageError } from '../errors.js';
import { allStages, findStage } from '../model/registry.js';
import { closest } from '../model/suggest.js';
import type { CommandDeps, Result } from './report.js';
import { startWizard } from './wizard.js';
import type { WizardOptions } from './wizard.js';
import type { WizardResult } from './wizard-messages.js';

export type StageOptions = Omit<WizardOptions, 'dir'>;

/** `copkit stage <name>`: revisit one stage, with the current answers as the defaults. */
export function stageCommand(name: string, options: StageOptions, deps: CommandDeps): Promise<Result<WizardResult>> {
  const stage = findStage(name);
  if (!stage) {
    const names = allStages.map((s) => s.id);
    const guess = closest(name, names);
    throw new UsageError(`unknown stage "${name}"${guess ? `; did you mean ${guess}?` : ''}`, `The stages are: ${names.join(', ')}.`);
  }
  return startWizard(stage, options, deps);
}
