import { collectPortfolio } from '../portfolio/collect.js';
import { portfolioTotals } from '../portfolio/row.js';
import type { PortfolioResult } from './portfolio-messages.js';
import type { CommandDeps, Result } from './report.js';
import { designFile } from './shared.js';

export interface PortfolioOptions {
  files: readonly string[];
  json: boolean;
}

/**
 * `copkit status a/cop.yaml b/cop.yaml ...`: one row per design and totals. It reads and renders
 * in memory only. Exit 1 when a design could not be read or rendered or is not valid.
 */
export async function portfolioCommand(options: PortfolioOptions, deps: CommandDeps): Promise<Result<PortfolioResult>> {
  const designs = options.files.map((file) => designFile({ file }, deps));
  const rows = await collectPortfolio(designs, { cwd: deps.cwd, today: deps.today() });
  const totals = portfolioTotals(rows);
  return { exitCode: rows.some((r) => r.failure !== null || r.invalid) ? 1 : 0, data: { rows, totals, json: options.json } };
}
