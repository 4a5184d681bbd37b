import type { Deps } from '../deps.js';
import { UsageError } from '../errors.js';
import { renderBatch } from './render-batch.js';
import { describePlan, planLines } from './render-report.js';
import { carryOut, planFor, prepareRun, printNotices } from './render-run.js';
import type { RenderOptions, RenderRun } from './render-run.js';

export type { RenderOptions } from './render-run.js';
export { parseOnly } from './render-run.js';

/**
 * `copkit render [FILE...]`: one design shows its plan file by file; several designs each render
 * beside themselves with one summary line each, and one failure does not stop the rest.
 */
export async function renderCommand(options: RenderOptions, deps: Deps): Promise<number> {
  const files = options.files.length > 0 ? options.files : [options.file];
  if (options.out !== undefined && files.length > 1) throw new UsageError('--out takes a single design file; render the others separately');
  const run = await prepareRun(options, deps);
  return files.length === 1 ? renderSingle(files[0]!, run) : renderBatch(files, run);
}

async function renderSingle(fileArg: string, run: RenderRun): Promise<number> {
  const { deps, output } = run;
  const { outcome, display } = await planFor(fileArg, run);
  printNotices(outcome, run);
  for (const line of planLines(outcome, output.color)) deps.stderr.write(`${line}\n`);
  await carryOut(outcome, run);
  deps.stderr.write(`${describePlan(outcome, run.preview ? 'preview' : 'done')}\n`);
  if (run.options.check && outcome.plan.changes) {
    deps.stderr.write(`${output.color.red('error:')} ${outcome.outDisplay} is out of date with ${display}\n`);
    deps.stderr.write(`${output.color.dim('hint:')} Run \`copkit render${fileArg === 'cop.yaml' ? '' : ` ${fileArg}`}\` and commit the result.\n`);
    return 1;
  }
  return 0;
}
