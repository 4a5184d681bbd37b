/**
 * Rendering many designs in one run (`copkit render clients/*\/cop.yaml`): each renders beside
 * itself, prints one summary line, and a failure is reported and passed over. An error in a
 * shared template pack is printed once, in full, and the designs it stopped point back at it.
 */
import { DocumentError } from '../errors.js';
import { clientView } from './render-messages.js';
import type { BatchRender, ClientRender } from './render-messages.js';
import { carryOut, planFor } from './render-run.js';
import type { RenderRun } from './render-run.js';
import type { PackNotice } from '../render/pack.js';
import type { Result } from './report.js';
import { designFile } from './shared.js';

export async function renderBatch(files: readonly string[], run: RenderRun): Promise<Result<BatchRender>> {
  const shownErrors = new Set<string>();
  const counts: BatchRender['counts'] = { done: 0, stale: 0, failed: 0 };
  for (const file of files) {
    const client = await renderClient(file, run, shownErrors);
    counts[client.result]++;
    // Each design's line as soon as it is done: a run over many designs shows its progress.
    run.deps.reporter.show(clientView, client);
  }
  const { check, dryRun } = run.options;
  return { exitCode: counts.failed + counts.stale > 0 ? 1 : 0, data: { designs: files.length, counts, check, dryRun } };
}

async function renderClient(fileArg: string, run: RenderRun, shownErrors: Set<string>): Promise<ClientRender> {
  const shown = designFile({ file: fileArg }, run.deps).display;
  const base = { shown, check: run.options.check, preview: run.preview, debug: run.options.debug };
  let notices: readonly PackNotice[] = [];
  try {
    const { outcome } = await planFor(fileArg, run);
    notices = outcome.notices;
    await carryOut(outcome, run);
    return { ...base, notices, outcome, result: run.options.check && outcome.plan.changes ? 'stale' : 'done' };
  } catch (error) {
    // An error in a pack's template stops every design using the pack: print it in full once.
    let repeated = false;
    if (error instanceof DocumentError && error.position && error.file !== shown) {
      const key = `${error.file}:${error.position.line}:${error.position.column} ${error.source} ${error.message}`;
      repeated = shownErrors.has(key);
      shownErrors.add(key);
    }
    return { ...base, notices, result: 'failed', error, repeated };
  }
}
