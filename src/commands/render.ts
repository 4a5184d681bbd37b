import { UsageError } from '../errors.js';
import { renderBatch } from './render-batch.js';
import type { RenderResult } from './render-messages.js';
import { carryOut, planFor, prepareRun } from './render-run.js';
import type { RenderOptions, RenderRun } from './render-run.js';
import type { CommandDeps, Result } from './report.js';

export type { RenderOptions } from './render-run.js';
export { parseOnly } from './render-run.js';
export { parseJobs } from './render-batch.js';

/**
 * `copkit render [FILE...]`: one design shows its plan file by file; several designs each render
 * beside themselves with one summary line each, and one failure does not stop the rest.
 */
export async function renderCommand(options: RenderOptions, deps: CommandDeps): Promise<Result<RenderResult>> {
  const files = options.files.length > 0 ? options.files : [options.file];
  if (options.out !== undefined && files.length > 1) throw new UsageError('--out takes a single design file; render the others separately');
  const run = await prepareRun(options, deps);
  if (files.length > 1) {
    const { exitCode, data } = await renderBatch(files, run);
    return { exitCode, data: { kind: 'batch', ...data } };
  }
  return renderSingle(files[0]!, run);
}

async function renderSingle(fileArg: string, run: RenderRun): Promise<Result<RenderResult>> {
  const { outcome, display } = await planFor(fileArg, run);
  const data = { kind: 'single' as const, outcome, display, fileArg, preview: run.preview, stale: false, failed: false };
  try {
    await carryOut(outcome, run);
  } catch (failure) {
    return { exitCode: 1, data: { ...data, failed: true }, failure };
  }
  const stale = run.options.check && outcome.plan.changes;
  return { exitCode: stale ? 1 : 0, data: { ...data, stale } };
}
