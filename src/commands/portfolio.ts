import { cacheFolder } from '../io/cache-path.js';
import { rowsHere } from '../portfolio/collect.js';
import type { PortfolioInput, PortfolioRun, RowAnswer } from '../portfolio/collect.js';
import { readRowCache, writeRowCache } from '../portfolio/row-cache.js';
import type { StoredRow } from '../portfolio/row-cache.js';
import { portfolioTotals } from '../portfolio/row.js';
import type { PortfolioRow } from '../portfolio/row.js';
import { copkitBuild, copkitVersion } from '../version.js';
import type { PortfolioResult } from './portfolio-messages.js';
import type { CommandDeps, Result } from './report.js';
import { designFile } from './shared.js';
import { inOrderOnThreads, threadsFor } from './thread-pool.js';

export interface PortfolioOptions {
  files: readonly string[];
  json: boolean;
  /** `--jobs N`: threads to read designs on; else one per core from 16 designs on. */
  jobs?: number | undefined;
  /** False with `--no-cache`: read every design afresh, and neither read nor write the cache. */
  cache: boolean;
}

/** The worker's module, beside this one in the build (absent when running from the sources). */
const WORKER = new URL('./portfolio-worker.js', import.meta.url);

/**
 * `copkit status a/cop.yaml b/cop.yaml ...`: one row per design, in the order given, and totals.
 * It reads and renders in memory only; what reading each design gave is kept in copkit's cache
 * folder (portfolio/row-cache.ts) for the next run. Exit 1 when a design could not be read or
 * rendered or is not valid.
 */
export async function portfolioCommand(options: PortfolioOptions, deps: CommandDeps): Promise<Result<PortfolioResult>> {
  const run: PortfolioRun = { cwd: deps.cwd, today: deps.today(), version: copkitVersion(), build: copkitBuild() };
  const folder = options.cache ? cacheFolder(deps.env) : undefined;
  const earlier = folder === undefined ? new Map<string, StoredRow>() : await readRowCache(folder);
  const designs: PortfolioInput[] = options.files.map((file) => {
    const design = designFile({ file }, deps);
    return { ...design, cached: earlier.get(design.path) };
  });
  const threads = threadsFor(WORKER, designs.length, options.jobs);
  const answers = threads > 1 ? inOrderOnThreads<PortfolioInput, RowAnswer>(WORKER, run, designs, threads) : rowsHere(designs, run);
  const rows: PortfolioRow[] = [];
  const fresh = new Map<string, StoredRow>();
  let index = 0;
  for await (const answer of answers) {
    rows.push(answer.row);
    if (answer.cache) fresh.set(designs[index]!.path, { ...answer.cache, today: run.today });
    index++;
  }
  if (folder !== undefined) await writeRowCache(folder, earlier, fresh, run.today);
  const totals = portfolioTotals(rows);
  return { exitCode: rows.some((r) => r.failure !== null || r.invalid) ? 1 : 0, data: { rows, totals, json: options.json } };
}
