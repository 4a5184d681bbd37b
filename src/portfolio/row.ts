/**
 * One design's row in the portfolio (`copkit status clients/*\/cop.yaml`): where it stands, what
 * is wrong with it, what has slipped, and what to do next. Pure: it reads a loaded design.
 */
import { countFindings } from '../check/collect.js';
import type { Finding } from '../findings.js';
import { momentumWarnings } from '../model/momentum.js';
import type { MomentumCode } from '../model/momentum.js';
import { nextStep } from '../model/next-step.js';
import { designProgress } from '../model/progress.js';
import { lifecycleStageIds } from '../model/registry.js';
import type { StageStatus } from '../model/types.js';
import type { CopData } from '../model/types.js';

export type DocsState = 'current' | 'stale' | 'not rendered' | 'unknown';

export interface PortfolioRow {
  file: string;
  /** Why the design could not be read at all; the other fields are then empty. */
  failure: string | null;
  /** The file has schema errors (it reads, but is not a valid cop.yaml). */
  invalid: boolean;
  community: string | null;
  /** The first stage not complete or skipped, or the last stage once all are done. */
  stage: { id: string; title: string; status: StageStatus } | null;
  errors: number;
  warnings: number;
  overdue: { code: MomentumCode; date: string; message: string }[];
  next: { command: string | null; message: string } | null;
  pack: { name: string; version: string } | null;
  docs: DocsState;
}

export function failedRow(file: string, failure: string): PortfolioRow {
  return { file, failure, invalid: true, community: null, stage: null, errors: 1, warnings: 0, overdue: [], next: null, pack: null, docs: 'unknown' };
}

/** Everything but the documents, which need a render plan (see collect.ts). */
export function designRow(file: string, data: CopData, findings: readonly Finding[], today: string): PortfolioRow {
  const stages = designProgress(data);
  const counts = countFindings(findings);
  const warnings = momentumWarnings(data, stages, today);
  const schemaErrors = findings.filter(isSchemaError).length;
  const next = nextStep(stages, schemaErrors, {
    lintErrors: findings.filter((f) => f.severity === 'error' && !isSchemaError(f)).map((f) => ({ message: f.message, stage: stageOf(f) })),
    ...reviewOverdue(warnings),
  });
  const current = stages.find((s) => s.status !== 'complete' && s.status !== 'skipped') ?? stages.at(-1)!;
  return {
    file,
    failure: null,
    invalid: schemaErrors > 0,
    community: typeof data.setup?.communityName === 'string' ? data.setup.communityName : null,
    stage: { id: current.id, title: current.title, status: current.status },
    errors: counts.errors,
    warnings: counts.warnings,
    overdue: warnings.map((w) => ({ code: w.code, date: w.date, message: w.message })),
    next: { command: next.command ?? null, message: next.message },
    pack: null,
    docs: 'unknown',
  };
}

function isSchemaError(finding: Finding): boolean {
  return finding.severity === 'error' && (finding.rule === 'schema' || finding.rule === 'yaml' || finding.rule === 'copkit');
}

function stageOf(finding: Finding): string | undefined {
  const first = finding.path[0];
  return typeof first === 'string' && (lifecycleStageIds as readonly string[]).includes(first) ? first : undefined;
}

function reviewOverdue(warnings: ReturnType<typeof momentumWarnings>): { reviewOverdue?: string } {
  const date = warnings.find((w) => w.code === 'review-overdue')?.date;
  return date === undefined ? {} : { reviewOverdue: date };
}

export interface PortfolioTotals {
  designs: number;
  failed: number;
  errors: number;
  warnings: number;
  overdue: number;
  stale: number;
  /** How many designs are at each stage, in stage order. */
  byStage: Record<string, number>;
}

export function portfolioTotals(rows: readonly PortfolioRow[]): PortfolioTotals {
  const byStage: Record<string, number> = {};
  for (const id of lifecycleStageIds) byStage[id] = rows.filter((r) => r.stage?.id === id).length;
  return {
    designs: rows.length,
    failed: rows.filter((r) => r.failure !== null).length,
    errors: rows.reduce((n, r) => n + r.errors, 0),
    warnings: rows.reduce((n, r) => n + r.warnings, 0),
    overdue: rows.filter((r) => r.overdue.length > 0).length,
    stale: rows.filter((r) => r.docs === 'stale' || r.docs === 'not rendered').length,
    byStage,
  };
}
