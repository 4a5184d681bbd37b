/**
 * The wizard changes only a design it fully understands: a cop.yaml with schema errors (a wrong
 * type, a date that does not exist, a reserved key) is refused before anything is asked or
 * written, the way `copkit check` reports it. Fields copkit does not know are warned about and
 * kept.
 */
import { stat } from 'node:fs/promises';
import type { ChalkInstance } from 'chalk';
import { findingLine } from '../commands/findings-output.js';
import { CopFile } from '../document/cop-file.js';
import { DocumentError, ProblemsFound } from '../errors.js';
import type { Stream } from '../io/output.js';

/** Load cop.yaml (or start a new one) and refuse it if it does not validate. */
export async function openDesign(
  path: string,
  display: string,
  options: { mustExist: boolean; command: string; stderr: Stream; color: ChalkInstance },
): Promise<CopFile> {
  const exists = await stat(path).then(() => true, () => false);
  if (!exists) {
    if (options.mustExist) throw new DocumentError(display, `${display} not found`, { hint: 'Run `copkit init` to start a design.' });
    return CopFile.create(path, display);
  }
  const file = await CopFile.load(path, display);
  const findings = file.placedFindings;
  for (const finding of findings) options.stderr.write(`${findingLine(display, finding, options.color)}\n`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) {
    throw new ProblemsFound(
      `${display} has ${errors === 1 ? 'an error' : `${errors} errors`} (above); ${options.command} changes only a valid design, so nothing was written`,
      `Correct ${errors === 1 ? 'it' : 'them'} in ${display} (\`copkit check\` lists ${errors === 1 ? 'it' : 'them'} too), then run the command again.`,
    );
  }
  return file;
}
