import type { Deps } from '../deps.js';
import { UsageError } from '../errors.js';
import { allStages, findStage } from '../model/registry.js';
import { closest } from '../model/suggest.js';
import { startWizard } from '../wizard/start.js';
import type { WizardOptions } from '../wizard/start.js';

export type StageOptions = Omit<WizardOptions, 'dir'>;

/** `copkit stage <name>`: revisit one stage, with the current answers as the defaults. */
export function stageCommand(name: string, options: StageOptions, deps: Deps): Promise<number> {
  const stage = findStage(name);
  if (!stage) {
    const names = allStages.map((s) => s.id);
    const guess = closest(name, names);
    throw new UsageError(
      `unknown stage "${name}"${guess ? `; did you mean ${guess}?` : ''}`,
      `The stages are: ${names.join(', ')}.`,
    );
  }
  return startWizard(stage, options, deps);
}
