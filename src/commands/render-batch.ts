/**
 * Rendering many designs in one run (`copkit render clients/*\/cop.yaml`): each renders beside
 * itself, prints one summary line, and a failure is reported and passed over. An error in a
 * shared template pack is printed once, in full, and the designs it stopped point back at it.
 *
 * A large batch is spread over worker threads (one per core, or `--jobs N`), each with its own
 * compiled templates: the main thread hands out designs one at a time and prints their lines in
 * the order given, each as soon as it and every design before it are done.
 */
import { CopkitError, DocumentError, ProblemsFound, UsageError } from '../errors.js';
import type { Position } from '../errors.js';
import type { FilePlan } from '../render/plan.js';
import type { PackNotice } from '../render/pack.js';
import type { RenderOutcome } from '../render/render-design.js';
import { clientView } from './render-messages.js';
import type { BatchRender, ClientRender } from './render-messages.js';
import { carryOut, planFor } from './render-run.js';
import type { RenderOptions, RenderRun } from './render-run.js';
import type { Result } from './report.js';
import { designFile } from './shared.js';
import { inOrderOnThreads, threadsFor } from './thread-pool.js';

export { parseJobs, THREADS_FROM } from './thread-pool.js';

/** The worker's module, beside this one in the build (absent when running from the sources). */
const WORKER = new URL('./render-worker.js', import.meta.url);

export async function renderBatch(files: readonly string[], run: RenderRun): Promise<Result<BatchRender>> {
  const shownErrors = new Set<string>();
  const given = new Set<string>();
  const counts: BatchRender['counts'] = { done: 0, stale: 0, failed: 0 };
  const threads = threadsFor(WORKER, files.length, run.options.jobs);
  const results = threads > 1 ? renderOnThreads(files, run, threads) : renderHere(files, run);
  for await (const client of results) {
    counts[client.result]++;
    // Each design's line as soon as it is done: a run over many designs shows its progress.
    run.deps.reporter.show(clientView, settle(client, shownErrors, given));
  }
  const { check, dryRun } = run.options;
  return { exitCode: counts.failed + counts.stale > 0 ? 1 : 0, data: { designs: files.length, counts, check, dryRun } };
}

/**
 * What the main thread adds to a design's result before it is shown: each pack notice once per
 * run, and an error in a pack's template in full only the first time.
 */
function settle(client: ClientRender, shownErrors: Set<string>, given: Set<string>): ClientRender {
  const notices = client.notices.filter((n) => {
    const key = `${n.file}\0${n.position?.line}\0${n.message}`;
    if (given.has(key)) return false;
    given.add(key);
    return true;
  });
  if (client.result !== 'failed') return { ...client, notices };
  const { error } = client;
  let repeated = false;
  if (error instanceof DocumentError && error.position && error.file !== client.shown) {
    const key = `${error.file}:${error.position.line}:${error.position.column} ${error.source} ${error.message}`;
    repeated = shownErrors.has(key);
    shownErrors.add(key);
  }
  return { ...client, notices, repeated };
}

async function* renderHere(files: readonly string[], run: RenderRun): AsyncGenerator<ClientRender> {
  for (const file of files) yield await renderClient(file, run);
}

/** Plan and carry out one design; its failure is its result. */
export async function renderClient(fileArg: string, run: RenderRun): Promise<ClientRender> {
  const shown = designFile({ file: fileArg }, run.deps).display;
  const base = { shown, check: run.options.check, preview: run.preview, debug: run.options.debug };
  let notices: readonly PackNotice[] = [];
  try {
    const { outcome } = await planFor(fileArg, run);
    notices = outcome.notices;
    await carryOut(outcome, run);
    return { ...base, notices, outcome, result: run.options.check && outcome.plan.changes ? 'stale' : 'done' };
  } catch (error) {
    return { ...base, notices, result: 'failed', error, repeated: false };
  }
}

/** What a worker is given to set up its own run. */
export interface WorkerSetup {
  options: RenderOptions;
  cwd: string;
  env: Record<string, string | undefined>;
  today: string;
  packs: RenderRun['packs'];
}

async function* renderOnThreads(files: readonly string[], run: RenderRun, threads: number): AsyncGenerator<ClientRender> {
  const setup: WorkerSetup = { options: run.options, cwd: run.deps.cwd, env: { ...run.deps.env }, today: run.deps.today(), packs: run.packs };
  for await (const client of inOrderOnThreads<string, PortableClient>(WORKER, setup, files, threads)) yield fromPortable(client);
}

/** A design's result as it crosses between threads: plain data, errors included. */
export type PortableClient = Exclude<ClientRender, { result: 'failed' }> | (Omit<Extract<ClientRender, { result: 'failed' }>, 'error'> & { error: PortableError });

interface PortableError {
  kind: 'document' | 'problems' | 'usage' | 'copkit' | 'other';
  message: string;
  stack: string | undefined;
  causeStack: string | undefined;
  hint?: string | undefined;
  exitCode?: number;
  file?: string;
  position?: Position | undefined;
  source?: string;
}

const slim = <T extends Omit<FilePlan, 'content'>>(file: T & { content?: unknown }): Omit<T, 'content'> => {
  const { content: _content, ...rest } = file;
  return rest;
};

/** The result without the documents' text (only the plan's actions are shown). */
export function toPortable(client: ClientRender): PortableClient {
  if (client.result !== 'failed') {
    const { plan } = client.outcome;
    const outcome: RenderOutcome = { ...client.outcome, plan: { ...plan, files: plan.files.map(slim), manifest: slim(plan.manifest), conflicts: plan.conflicts.map(slim) } };
    return { ...client, outcome };
  }
  const { error, ...rest } = client;
  const e = error as Partial<DocumentError> & Error;
  const cause = (error as { cause?: unknown }).cause;
  const portable: PortableError = {
    kind: error instanceof DocumentError ? 'document' : error instanceof ProblemsFound ? 'problems' : error instanceof UsageError ? 'usage' : error instanceof CopkitError ? 'copkit' : 'other',
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
    causeStack: cause instanceof Error ? cause.stack : undefined,
  };
  if (error instanceof CopkitError) Object.assign(portable, { hint: error.hint, exitCode: error.exitCode });
  if (error instanceof DocumentError) Object.assign(portable, { file: e.file, position: e.position, source: e.source });
  return { ...rest, error: portable };
}

function fromPortable(client: PortableClient): ClientRender {
  if (client.result !== 'failed') return client;
  const p = client.error;
  const cause = p.causeStack === undefined ? undefined : Object.assign(new Error(p.message), { stack: p.causeStack });
  const hint = p.hint === undefined ? {} : { hint: p.hint };
  let error: Error;
  if (p.kind === 'document')
    error = new DocumentError(p.file!, p.message, { ...hint, ...(p.position ? { position: p.position } : {}), ...(p.source ? { source: p.source } : {}), ...(cause ? { cause } : {}) });
  else if (p.kind === 'problems') error = new ProblemsFound(p.message, p.hint);
  else if (p.kind === 'usage') error = new UsageError(p.message, p.hint);
  else if (p.kind === 'copkit') error = new CopkitError(p.message, { ...hint, exitCode: p.exitCode ?? 1, ...(cause ? { cause } : {}) });
  else error = new Error(p.message);
  if (p.stack !== undefined) error.stack = p.stack;
  return { ...client, error };
}
