/**
 * Rendering many designs in one run (`copkit render clients/*\/cop.yaml`): each renders beside
 * itself, prints one summary line, and a failure is reported and passed over. An error in a
 * shared template pack is printed once, in full, and the designs it stopped point back at it.
 */
import { CopkitError, DocumentError } from '../errors.js';
import { formatError } from '../format-error.js';
import { packsText, planCounts } from './render-report.js';
import { carryOut, planFor, printNotices } from './render-run.js';
import type { RenderRun } from './render-run.js';
import { designFile } from './shared.js';

type Result = 'done' | 'stale' | 'failed';

export async function renderBatch(files: readonly string[], run: RenderRun): Promise<number> {
  const printed = new Set<string>();
  const counts: Record<Result, number> = { done: 0, stale: 0, failed: 0 };
  for (const file of files) counts[await renderClient(file, run, printed)]++;
  const { color } = run.output;
  const done = run.options.check ? 'up to date' : run.options.dryRun ? 'planned' : 'rendered';
  const parts = [`${counts.done} ${done}`];
  if (run.options.check) parts.push(`${counts.stale} out of date`);
  parts.push(`${counts.failed} failed`);
  const preview = run.preview && !run.options.check ? '; nothing was written (preview)' : '';
  run.deps.stderr.write(`${files.length} designs: ${parts.join(', ')}${preview}\n`);
  if (counts.failed > 0) {
    run.deps.stderr.write(`${color.dim('hint:')} Render a failed design on its own (copkit render FILE) to see its plan file by file.\n`);
  }
  return counts.failed + counts.stale > 0 ? 1 : 0;
}

async function renderClient(fileArg: string, run: RenderRun, printed: Set<string>): Promise<Result> {
  const { deps } = run;
  const shown = designFile({ file: fileArg }, deps).display;
  try {
    const { outcome } = await planFor(fileArg, run);
    printNotices(outcome, run);
    await carryOut(outcome, run);
    const where = ` (${outcome.outDisplay})${packsText(outcome)}`;
    if (run.options.check && outcome.plan.changes) {
      deps.stderr.write(`${shown}: ${run.output.color.red('out of date')}: ${planCounts(outcome, 'preview')}${where}\n`);
      return 'stale';
    }
    const counts = run.options.check ? 'up to date' : planCounts(outcome, run.preview ? 'preview' : 'done');
    deps.stderr.write(`${shown}: ${counts}${where}\n`);
    return 'done';
  } catch (error) {
    for (const line of failureLines(shown, error, run, printed)) deps.stderr.write(`${line}\n`);
    return 'failed';
  }
}

/**
 * One line naming the design: the error itself when it points into the design's own file (it
 * starts with that file's path), else `<design>: error: <message>`. An error in a pack file is
 * printed once before it, in the `file:line:col  error  message  source` form.
 */
function failureLines(shown: string, error: unknown, run: RenderRun, printed: Set<string>): string[] {
  const { color } = run.output;
  const { text } = formatError(error, { debug: run.options.debug, color });
  const [first = '', ...rest] = text.replace(/\n$/, '').split('\n');
  const debug = run.options.debug ? rest.filter((l) => !l.startsWith(color.dim('hint:'))) : [];
  if (error instanceof DocumentError && error.position) {
    if (error.file === shown) return [first, ...debug];
    const lines = printed.has(first) ? [] : [first, ...debug];
    printed.add(first);
    const at = `${error.file}:${error.position.line}:${error.position.column}`;
    return [...lines, `${shown}: ${color.red('error:')} not rendered: its templates have an error (${at})`];
  }
  const message = error instanceof CopkitError ? error.message : first.replace(/^.*?error:\s*/, '');
  return [`${shown}: ${color.red('error:')} ${message}`, ...debug];
}
