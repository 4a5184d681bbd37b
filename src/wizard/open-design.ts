/**
 * The wizard changes only a design it fully understands: a cop.yaml with schema errors (a wrong
 * type, a date that does not exist, a reserved key) is refused before anything is asked or
 * written, the way `copkit check` reports it. Fields copkit does not know are warned about and
 * kept.
 */
import { stat } from 'node:fs/promises';
import { CopFile } from '../document/cop-file.js';
import { DocumentError, ProblemsFound } from '../errors.js';
import type { Finding } from '../findings.js';

export interface OpenedDesign {
  file: CopFile;
  /** What the schema says about the file, to be shown before anything is asked. */
  findings: readonly Finding[];
  /** Why the wizard will not change it, thrown once the findings are shown. */
  refusal: ProblemsFound | undefined;
}

/** Load cop.yaml (or start a new one), and say whether it is refused for not validating. */
export async function openDesign(path: string, display: string, options: { mustExist: boolean; command: string }): Promise<OpenedDesign> {
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) {
    if (options.mustExist) throw new DocumentError(display, `${display} not found`, { hint: 'Run `copkit init` to start a design.' });
    return { file: CopFile.create(path, display), findings: [], refusal: undefined };
  }
  const file = await CopFile.load(path, display);
  const findings = file.placedFindings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) {
    const refusal = new ProblemsFound(
      `${display} has ${errors === 1 ? 'an error' : `${errors} errors`} (above); ${options.command} changes only a valid design, so nothing was written`,
      `Correct ${errors === 1 ? 'it' : 'them'} in ${display} (\`copkit check\` lists ${errors === 1 ? 'it' : 'them'} too), then run the command again.`,
    );
    return { file, findings, refusal };
  }
  return { file, findings, refusal: undefined };
}
