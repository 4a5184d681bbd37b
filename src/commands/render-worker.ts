/**
 * A worker thread of a large batch render (render-batch.ts): it sets up its own run (its own
 * compiled templates) and renders the designs it is handed, one at a time, answering each with
 * the design's result as plain data. A `null` means there is no more work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { templateSets } from '../render/template-sets.js';
import { renderClient, toPortable } from './render-batch.js';
import type { WorkerSetup } from './render-batch.js';
import { serveJobs } from './thread-pool.js';
import { parseFormats } from '../render/formats/parse.js';
import { parseOnly } from './render-run.js';
import type { RenderRun } from './render-run.js';
import type { CommandDeps } from './report.js';

const setup = workerData as WorkerSetup;
const deps = { cwd: setup.cwd, env: setup.env, today: () => setup.today } as unknown as CommandDeps;
const run: RenderRun = {
  options: setup.options,
  deps,
  kinds: parseOnly(setup.options.only),
  formats: parseFormats(setup.options.format ?? []),
  templates: templateSets(setup.cwd),
  packs: setup.packs,
  preview: setup.options.check || setup.options.dryRun,
};

serveJobs(parentPort!, async (file: string) => toPortable(await renderClient(file, run)));
