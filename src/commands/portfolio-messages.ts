/** The portfolio as a table with totals, or as JSON with the same fields. */
import type { Line } from './report.js';
import { stageStatus } from '../model/enums.js';
import { findStage } from '../model/registry.js';
import { plural } from '../words.js';
import type { PortfolioRow, PortfolioTotals } from '../portfolio/row.js';

const COMMUNITY_WIDTH = 32;
const NEXT_WIDTH = 60;

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function problems(row: PortfolioRow): string {
  if (row.errors + row.warnings === 0) return 'none';
  return [row.errors ? plural(row.errors, 'error') : '', row.warnings ? plural(row.warnings, 'warning') : ''].filter(Boolean).join(', ');
}

function overdue(row: PortfolioRow): string {
  if (row.overdue.length === 0) return '-';
  const names: Record<string, string> = { 'pilot-overdue': 'pilot', 'launch-overdue': 'launch', 'review-overdue': 'review', 'term-ended': 'term' };
  return row.overdue.map((o) => `${names[o.code] ?? o.code} ${o.date}`).join(', ');
}

function cells(row: PortfolioRow): string[] {
  const stage = row.stage ? `${row.stage.title} (${stageStatus.labels[row.stage.status].toLowerCase()})` : '-';
  const next = row.next ? (row.next.command ?? row.next.message) : '-';
  return [
    row.file,
    clip(row.community ?? '(unnamed)', COMMUNITY_WIDTH),
    stage,
    problems(row),
    overdue(row),
    row.pack ? `${row.pack.name} ${row.pack.version}` : 'built-in',
    row.docs,
    clip(next, NEXT_WIDTH),
  ];
}

const HEADINGS = ['Design', 'Community', 'Stage', 'Problems', 'Overdue', 'Pack', 'Docs', 'Next'];

export function portfolioText(rows: readonly PortfolioRow[], totals: PortfolioTotals): string {
  const table = rows.filter((r) => r.failure === null || r.stage !== null).map(cells);
  const widths = HEADINGS.map((h, i) => Math.max(h.length, ...table.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i]! + 2)))
      .join('')
      .trimEnd();
  const out = [line(HEADINGS)];
  for (const row of rows) {
    if (row.failure !== null && row.stage === null) out.push(`${row.file.padEnd(widths[0]! + 2)}could not be read: ${row.failure}`);
    else out.push(line(cells(row)));
    if (row.failure !== null && row.stage !== null) out.push(`${''.padEnd(widths[0]! + 2)}could not be rendered: ${row.failure}`);
  }
  return `${out.join('\n')}\n\n${totalsLine(totals)}\n`;
}

function totalsLine(t: PortfolioTotals): string {
  const parts = [plural(t.designs, 'design')];
  if (t.failed) parts.push(`${t.failed} could not be read or rendered`);
  parts.push(`${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}`);
  parts.push(`${t.overdue} with dates overdue`, `${t.stale} with documents not up to date`);
  const stages = Object.entries(t.byStage)
    .filter(([, n]) => n > 0)
    .map(([id, n]) => `${findStage(id)?.title ?? id} ${n}`);
  return `Total: ${parts.join('; ')}${stages.length ? `. At stage: ${stages.join(', ')}` : ''}.`;
}

export function portfolioJson(rows: readonly PortfolioRow[], totals: PortfolioTotals): string {
  return `${JSON.stringify({ designs: rows, totals }, null, 2)}\n`;
}

export interface PortfolioResult {
  rows: readonly PortfolioRow[];
  totals: PortfolioTotals;
  json: boolean;
}

/** What `copkit status FILE...` prints: the table and totals, or the JSON report, on stdout. */
export function portfolioView(result: PortfolioResult): Line[] {
  const { rows, totals } = result;
  return [{ to: 'stdout', text: result.json ? portfolioJson(rows, totals) : portfolioText(rows, totals) }];
}
