/**
 * What `copkit init` and `copkit stage` share: decide before anything else whether a person can
 * be asked, open or create cop.yaml, take an answers file, then either ask or run unattended.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { designFile, outputFor } from '../commands/shared.js';
import { findingLine } from '../commands/findings-output.js';
import type { Deps } from '../deps.js';
import type { Output } from '../io/output.js';
import type { CopFile } from '../document/cop-file.js';
import { SaveFailed } from '../document/cop-file.js';
import { Cancelled, CopkitError, ProblemsFound, UsageError } from '../errors.js';
import { withFileLock } from '../io/file-lock.js';
import type { StageSpec } from '../model/spec.js';
import { loadAnswers } from './answers-file.js';
import type { Answers } from './answers-file.js';
import { runBatch } from './batch.js';
import { batchReport, stoppedMessage } from './messages.js';
import { openDesign } from './open-design.js';
import { runInit, runStage } from './run.js';
import { WizardSession } from './session.js';
import { unsavedReport } from './unsaved.js';

export interface WizardOptions extends GlobalOptions {
  dir?: string;
  answers?: string;
  yes: boolean;
}

/** What a command built on the wizard adds: its own name, and a last step once the answers are in. */
export interface WizardPlan {
  command?: string;
  /** Runs inside the same hold on the file; what it returns is reported on stderr. */
  after?: (session: WizardSession, options: WizardOptions) => Promise<readonly string[]>;
}

/** `stage` for `copkit stage <name>`; none for `copkit init`. */
export async function startWizard(stage: StageSpec | undefined, options: WizardOptions, deps: Deps, plan: WizardPlan = {}): Promise<number> {
  const command = plan.command ?? (stage ? `copkit stage ${stage.id}` : 'copkit init');
  const interactive = terminalFor(deps);
  if (interactive !== true && !options.answers && !options.yes) {
    throw new UsageError(`${command} asks its questions on a terminal, and ${interactive}`, 'Pass --answers FILE to give the answers in a YAML or JSON file, or --yes to accept the defaults for every question.');
  }
  const { path, display } = await designPath(options, deps);
  const output = outputFor(options, deps);
  const resumeCommand = [command, ...commandFlags(options, stage === undefined)].join(' ');
  const batch = options.yes || interactive !== true;
  const run = async () => {
    const file = await openDesign(path, display, { mustExist: stage !== undefined, command, stderr: deps.stderr, color: output.color });
    const answers = options.answers ? await readAnswers(options.answers, file, deps, output.color) : undefined;
    if (answers?.ignored.length) deps.stderr.write(`${answers.display}: ignored ${answers.ignored.join(', ')} (copkit keeps these itself)\n`);
    const session = new WizardSession(file, deps.today, deps.signal);
    try {
      if (batch) {
        const result = await runBatch(session, { ...(stage ? { stage } : {}), ...(answers ? { answers } : {}), yes: options.yes });
        deps.stderr.write(batchReport(session, display, result, output.color));
      } else {
        await ask(stage, session, answers, resumeCommand, output.color, deps);
      }
      for (const line of plan.after ? await plan.after(session, options) : []) deps.stderr.write(`${line}\n`);
    } catch (error) {
      if (error instanceof Cancelled) throw stoppedMessage(session, display, resumeCommand);
      if (error instanceof SaveFailed) throw await unsavedReport(session, error, { resumeCommand, yes: options.yes });
      throw error;
    }
  };
  // An unattended run reads, decides and saves in a moment: it holds the lock throughout, so two
  // of them on one file take turns instead of one refusing. A person answering questions cannot
  // hold it for minutes; each of their saves takes it and checks the file is still as read.
  if (batch) await lockedFor(path, display, run);
  else await run();
  return 0;
}

async function lockedFor(path: string, display: string, work: () => Promise<void>): Promise<void> {
  let started = false;
  try {
    await withFileLock(path, display, () => {
      started = true;
      return work();
    });
  } catch (error) {
    // The system refused even the lock file (a read-only folder, a full disk): go on without it,
    // so that a run with nothing to save still succeeds and one with answers says what it kept.
    if (started || error instanceof CopkitError) throw error;
    await work();
  }
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
  const fresh = session.file.isNew;
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
