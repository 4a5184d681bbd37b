import { rowsHere } from '../portfolio/collect.js';
import type { PortfolioInput, PortfolioRun } from '../portfolio/collect.js';
import { portfolioTotals } from '../portfolio/row.js';
import type { PortfolioRow } from '../portfolio/row.js';
import type { PortfolioResult } from './portfolio-messages.js';
import type { CommandDeps, Result } from './report.js';
import { designFile } from './shared.js';
import { inOrderOnThreads, threadsFor } from './thread-pool.js';

export interface PortfolioOptions {
  files: readonly string[];
  json: boolean;
  /** `--jobs N`: threads to read designs on; else one per core from 16 designs on. */
  jobs?: number | undefined;
}

/** The worker's module, beside this one in the build (absent when running from the sources). */
const WORKER = new URL('./portfolio-worker.js', import.meta.url);

/**
 * `copkit status a/cop.yaml b/cop.yaml ...`: one row per design, in the order given, and totals.
 * It reads and renders in memory only. Exit 1 when a design could not be read or rendered or is
 * not valid.
 */
export async function portfolioCommand(options: PortfolioOptions, deps: CommandDeps): Promise<Result<PortfolioResult>> {
  const designs = options.files.map((file) => designFile({ file }, deps));
  const run: PortfolioRun = { cwd: deps.cwd, today: deps.today() };
  const threads = threadsFor(WORKER, designs.length, options.jobs);
  const rows: PortfolioRow[] = [];
  const answers = threads > 1 ? inOrderOnThreads<PortfolioInput, PortfolioRow>(WORKER, run, designs, threads) : rowsHere(designs, run);
  for await (const row of answers) rows.push(row);
  const totals = portfolioTotals(rows);
  return { exitCode: rows.some((r) => r.failure !== null || r.invalid) ? 1 : 0, data: { rows, totals, json: options.json } };
}
