/**
 * What `copkit init` and `copkit stage` share: decide before anything else whether a person can
 * be asked, open or create cop.yaml, take an answers file, then either ask or run unattended.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadSettings } from '../document/settings-file.js';
import { settingsLocation } from '../io/settings-path.js';
import { packForDesign } from '../model/pack-name.js';
import type { CopFile } from '../document/cop-file.js';
import { SaveFailed } from '../document/cop-file.js';
import { Cancelled, CopkitError, ProblemsFound, UsageError } from '../errors.js';
import { withFileLock } from '../io/file-lock.js';
import type { StageSpec } from '../model/spec.js';
import type { GlobalOptions } from '../options.js';
import { loadAnswers } from '../wizard/answers-file.js';
import type { Answers } from '../wizard/answers-file.js';
import { runBatch } from '../wizard/batch.js';
import { batchSummary, stoppedMessage } from '../wizard/messages.js';
import { openDesign } from '../wizard/open-design.js';
import { runInit, runStage } from '../wizard/run.js';
import { WizardSession } from '../wizard/session.js';
import { unsavedReport } from '../wizard/unsaved.js';
import { plural, shellQuote } from '../words.js';
import type { CommandDeps, Result } from './report.js';
import { designFile } from './shared.js';
import { ignoredView, placedFindingsView } from './wizard-messages.js';
import type { WizardResult } from './wizard-messages.js';

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
export async function startWizard(stage: StageSpec | undefined, options: WizardOptions, deps: CommandDeps, plan: WizardPlan = {}): Promise<Result<WizardResult>> {
  const command = plan.command ?? (stage ? `copkit stage ${stage.id}` : 'copkit init');
  const interactive = terminalFor(deps);
  if (interactive !== true && !options.answers && !options.yes) {
    throw new UsageError(
      `${command} asks its questions on a terminal, and ${interactive}`,
      'Pass --answers FILE to give the answers in a YAML or JSON file, or --yes to accept the defaults for every question.',
    );
  }
  const { path, display } = await designPath(options, deps);
  const resumeCommand = [command, ...commandFlags(options, stage === undefined)].join(' ');
  const batch = options.yes || interactive !== true;
  let result: WizardResult = { batch: undefined };
  const run = async () => {
    const opened = await openDesign(path, display, { mustExist: stage !== undefined, command });
    // Shown before anything is asked (or refused), as `copkit check` shows them.
    deps.reporter.show(placedFindingsView, { file: display, findings: opened.findings });
    if (opened.refusal) throw opened.refusal;
    const answers = options.answers ? await readAnswers(options.answers, opened.file, deps) : undefined;
    if (answers?.ignored.length) deps.reporter.show(ignoredView, answers);
    const session = new WizardSession(opened.file, deps.today, deps.signal);
    if (!stage) await offerSettings(session, path, deps);
    try {
      if (batch) {
        const done = await runBatch(session, { ...(stage ? { stage } : {}), ...(answers ? { answers } : {}), yes: options.yes });
        result = { batch: batchSummary(session, display, done) };
      } else {
        await ask(stage, session, answers, resumeCommand, deps);
      }
      if (plan.after) result = { ...result, after: await plan.after(session, options) };
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
  return { exitCode: 0, data: result };
}

/**
 * `copkit init` offers the user's personal settings: their name and usual currency as defaults,
 * and their default pack as the template pack of a new design.
 */
async function offerSettings(session: WizardSession, designPath: string, deps: CommandDeps): Promise<void> {
  const location = settingsLocation(deps.env, deps.cwd);
  const settings = await loadSettings(location, location.path);
  session.personal = settings;
  if (settings.defaultPack && session.file.isNew && session.data.render?.templates === undefined) {
    session.file.set(['render', 'templates'], packForDesign(settings.defaultPack, dirname(location.path), dirname(designPath)));
  }
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

/** The interactive run: prompts on the terminal (stdin, and stderr) for whatever is left. */
async function ask(stage: StageSpec | undefined, session: WizardSession, answers: Answers | undefined, resumeCommand: string, deps: CommandDeps): Promise<void> {
  const { inquirerAsker } = await import('./terminal-asker.js');
  const asker = inquirerAsker({
    input: deps.stdin,
    output: deps.stderr as unknown as NodeJS.WritableStream & { columns?: number },
    color: deps.reporter.style.err,
    // A block pasted into the shell goes on arriving after `copkit init`: none of it is an answer.
    discardTypedAhead: true,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const fresh = session.file.isNew;
  if (answers) await session.saveAll(answers.changes);
  const run = { answered: answers?.answered ?? new Set<string>(), resumeCommand, fresh };
  if (stage) await runStage({ asker, session }, stage, run);
  else await runInit({ asker, session }, run);
}

/** True if a person can answer here; otherwise why not, as the end of a sentence. */
function terminalFor(deps: CommandDeps): true | string {
  const ci = deps.env.CI !== undefined && deps.env.CI !== '' && deps.env.CI !== 'false' && deps.env.CI !== '0';
  if (deps.stdin.isTTY !== true) return 'its input is not a terminal';
  if (deps.stderr.isTTY !== true) return 'its messages do not go to a terminal';
  if (ci) return 'this looks like a CI run (CI is set)';
  return true;
}

async function designPath(options: WizardOptions, deps: CommandDeps): Promise<{ path: string; display: string }> {
  if (options.dir === '' || options.dir?.includes('\0')) throw new UsageError('--dir needs a folder');
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

async function readAnswers(given: string, file: CopFile, deps: CommandDeps): Promise<Answers> {
  const { path, display } = designFile({ file: given }, deps);
  const { answers, problems } = await loadAnswers(path, display, file);
  if (problems.length === 0) return answers;
  for (const { file: where, finding } of problems) deps.reporter.show(placedFindingsView, { file: where, findings: [finding] });
  throw new ProblemsFound(`the answers in ${display} cannot be used (${plural(problems.length, 'problem')}); nothing was written`);
}

/** The flags that point a later command at the same design. */
function commandFlags(options: WizardOptions, withDir: boolean): string[] {
  const flags: string[] = [];
  if (withDir && options.dir) flags.push(`--dir ${shellQuote(options.dir)}`);
  if (options.file !== 'cop.yaml') flags.push(`--file ${shellQuote(options.file)}`);
  return flags;
}
