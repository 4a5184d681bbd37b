/**
 * A worker thread of a large portfolio (commands/portfolio.ts): it opens its own template sets
 * (compiled once per pack, in this thread) and answers each design it is handed with its row.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rowFor } from '../portfolio/collect.js';
import type { PortfolioInput, PortfolioRun } from '../portfolio/collect.js';
import { templateSets } from '../render/template-sets.js';
import { serveJobs } from './thread-pool.js';

const run = workerData as PortfolioRun;
const templates = templateSets(run.cwd);

serveJobs(parentPort!, (design: PortfolioInput) => rowFor(design, templates, run));
