/**
 * What `copkit init` and `copkit stage` share: decide before anything else whether a person can
 * be asked, open or create cop.yaml, take an answers file, then either ask or run unattended.
 */
import { stat } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { designFile, outputFor } from '../commands/shared.js';
import { findingLine } from '../commands/findings-output.js';
import type { Deps } from '../deps.js';
import type { Output } from '../io/output.js';
import { CopFile } from '../document/cop-file.js';
import { Cancelled, DocumentError, ProblemsFound, UsageError } from '../errors.js';
import type { StageSpec } from '../model/spec.js';
import { loadAnswers } from './answers-file.js';
import type { Answers } from './answers-file.js';
import { runBatch } from './batch.js';
import { batchReport, stoppedMessage } from './messages.js';
import { runInit, runStage } from './run.js';
import { WizardSession } from './session.js';

export interface WizardOptions extends GlobalOptions {
  dir?: string;
  answers?: string;
  yes: boolean;
}

/** `stage` for `copkit stage <name>`; none for `copkit init`. */
export async function startWizard(stage: StageSpec | undefined, options: WizardOptions, deps: Deps): Promise<number> {
  const command = stage ? `copkit stage ${stage.id}` : 'copkit init';
  const interactive = terminalFor(deps);
  if (interactive !== true && !options.answers && !options.yes) {
    throw new UsageError(`${command} asks its questions on a terminal, and ${interactive}`, 'Pass --answers FILE to give the answers in a YAML or JSON file, or --yes to accept the defaults for every question.');
  }
  const { path, display } = await designPath(options, deps);
  const file = await openDesign(path, display, stage !== undefined);
  const output = outputFor(options, deps);
  const answers = options.answers ? await readAnswers(options.answers, file, deps, output.color) : undefined;
  if (answers?.ignored.length) deps.stderr.write(`${answers.display}: ignored ${answers.ignored.join(', ')} (copkit keeps these itself)\n`);
  const session = new WizardSession(file, deps.today, deps.signal);
  const resumeCommand = [stage ? command : 'copkit init', ...commandFlags(options, stage === undefined)].join(' ');
  try {
    if (options.yes || interactive !== true) {
      const result = await runBatch(session, { ...(stage ? { stage } : {}), ...(answers ? { answers } : {}), yes: options.yes });
      deps.stderr.write(batchReport(session, display, result, output.color));
    } else {
      await ask(stage, session, answers, resumeCommand, output.color, deps);
    }
  } catch (error) {
    if (error instanceof Cancelled) throw stoppedMessage(session, display, resumeCommand);
    throw error;
  }
  return 0;
}

/** The interactive run: prompts on the terminal for whatever is left. */
async function ask(stage: StageSpec | undefined, session: WizardSession, answers: Answers | undefined, resumeCommand: string, color: Output['color'], deps: Deps): Promise<void> {
  const { inquirerAsker } = await import('./asker.js');
  const asker = inquirerAsker({
    input: deps.stdin,
    output: deps.stderr as unknown as NodeJS.WritableStream & { columns?: number },
    color,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const { file } = session;
  const errors = file.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) asker.note(`${file.display} has ${errors} ${errors === 1 ? 'error' : 'errors'} that \`copkit check\` lists; the wizard leaves them as they are.`, 'warning');
  const fresh = file.isNew;
  if (answers) await session.saveAll(answers.changes);
  const run = { answered: answers?.answered ?? new Set<string>(), resumeCommand, fresh };
  if (stage) await runStage({ asker, session }, stage, run);
  else await runInit({ asker, session }, run);
}

/** True if a person can answer here; otherwise why not, as the end of a sentence. */
function terminalFor(deps: Deps): true | string {
  const ci = deps.env.CI !== undefined && deps.env.CI !== '' && deps.env.CI !== 'false' && deps.env.CI !== '0';
  if (deps.stdin.isTTY !== true) return 'its input is not a terminal';
  if (deps.stderr.isTTY !== true) return 'its messages do not go to a terminal';
  if (ci) return 'this looks like a CI run (CI is set)';
  return true;
}

async function designPath(options: WizardOptions, deps: Deps): Promise<{ path: string; display: string }> {
  if (!options.dir) return designFile(options, deps);
  const dir = resolve(deps.cwd, options.dir);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--dir ${options.dir}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way of that folder' : `cannot create the folder (${code ?? String(error)})`}`);
  }
  return designFile({ file: resolve(dir, options.file) }, deps);
}

async function openDesign(path: string, display: string, mustExist: boolean): Promise<CopFile> {
  const exists = await stat(path).then(() => true, () => false);
  if (exists) return CopFile.load(path, display);
  if (mustExist) throw new DocumentError(display, `${display} not found`, { hint: 'Run `copkit init` to start a design.' });
  return CopFile.create(path, display);
}

async function readAnswers(given: string, file: CopFile, deps: Deps, color: Parameters<typeof findingLine>[2]): Promise<Answers> {
  const { path, display } = designFile({ file: given }, deps);
  const { answers, problems } = await loadAnswers(path, display, file);
  if (problems.length === 0) return answers;
  for (const { file: where, finding } of problems) deps.stderr.write(`${findingLine(where, finding, color)}\n`);
  throw new ProblemsFound(`the answers in ${display} cannot be used (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}); nothing was written`);
}

/** The flags that point a later command at the same design. */
function commandFlags(options: WizardOptions, withDir: boolean): string[] {
  const quote = (text: string) => (/^[\w./@:-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`);
  const flags: string[] = [];
  if (withDir && options.dir) flags.push(`--dir ${quote(options.dir)}`);
  if (options.file !== 'cop.yaml') flags.push(`--file ${quote(options.file)}`);
  return flags;
}
