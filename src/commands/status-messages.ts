/** What `copkit status` prints: the stage table, the check summary, warnings and the next step. */
import { describeCounts } from '../check/collect.js';
import type { FindingCounts } from '../check/collect.js';
import type { DocumentError, Position } from '../errors.js';
import { formatPath } from '../findings.js';
import type { Finding } from '../findings.js';
import { stageStatus } from '../model/enums.js';
import type { MomentumWarning } from '../model/momentum.js';
import type { NextStep } from '../model/next-step.js';
import type { StageProgress } from '../model/progress.js';
import { findingLine } from './findings-output.js';
import { err, json, out } from './report.js';
import type { Line, Style } from './report.js';
import { table } from './table.js';
import { inSentence } from '../model/short-labels.js';

export interface StatusResult {
  json: boolean;
  /** The design file as the user named it. */
  file: string;
  community: string | undefined;
  revision: number | undefined;
  updated: string | undefined;
  stages: StageProgress[];
  counts: FindingCounts;
  warnings: (MomentumWarning & { position: Position })[];
  next: NextStep;
  /** Schema errors: the design is described anyway, and they are listed as `copkit check` would. */
  invalid: Finding[];
}

export function statusView(result: StatusResult, style: Style): Line[] {
  if (result.json) return [json(statusJson(result))];
  const { file, counts } = result;
  const c = style.out;
  const heading = `${result.community ?? '(unnamed community)'}  ${file}, revision ${result.revision ?? 0}${result.updated ? `, updated ${result.updated}` : ''}`;
  return [
    ...result.invalid.map((finding) => err(findingLine(file, finding, style.err))),
    out(`${c.bold(heading)}\n\n${stageTable(result.stages, style)}\n`),
    out(`Check: ${describeCounts(counts)}${counts.errors + counts.warnings > 0 ? ' (run `copkit check` for details)' : ''}`),
    ...result.warnings.map((warning) => out(`${c.yellow('Warning:')} ${warning.message} ${c.dim(`(${result.file}:${warning.position.line})`)}`)),
    out(`${c.bold('Next:')} ${result.next.message}`),
  ];
}

/** The stable JSON form (README "copkit status --json"). */
function statusJson(result: StatusResult) {
  const { next } = result;
  return {
    file: result.file,
    community: result.community ?? null,
    revision: result.revision ?? null,
    updated: result.updated ?? null,
    stages: result.stages.map((s) => ({
      id: s.id,
      title: s.title,
      status: s.status,
      answered: s.answered,
      required: s.required,
      optionalAnswered: s.optionalAnswered,
      optional: s.optional,
      missing: s.missing.map((m) => m.path),
      updated: s.updated ?? null,
    })),
    check: result.counts,
    warnings: result.warnings.map((w) => {
      const { line, column } = w.position;
      return { code: w.code, message: w.message, date: w.date, path: formatPath(w.path), line, column };
    }),
    // null rather than a missing key, so that scripts always find the same fields.
    next: { stage: next.stage ?? null, command: next.command ?? null, message: next.message },
  };
}

function stageTable(stages: StageProgress[], style: Style): string {
  const c = style.out;
  const paint: Record<string, (t: string) => string> = { complete: c.green, inProgress: c.yellow, notStarted: c.dim, skipped: c.dim };
  const rows = stages.map((s) => ({
    cells: [s.title, stageStatus.labels[s.status].toLowerCase(), `${s.answered}/${s.required}`, s.updated ?? ''],
    paint: [undefined, paint[s.status]],
    below:
      s.missing.length > 0 && s.status !== 'notStarted' && s.status !== 'skipped'
        ? c.dim(`  ${''.padEnd(11)}missing: ${s.missing.map((m) => (m.needs ? `${inSentence(m.short)} (${m.has} of ${m.needs})` : inSentence(m.short))).join(', ')}`)
        : undefined,
  }));
  // Fixed least widths: the longest stage title and status, so the columns do not shift as a design progresses.
  return table(['Stage', 'Status', 'Required', 'Updated'], rows, { indent: '  ', least: [9, 11, 8] });
}

/** `status --json` on a file that cannot be read: scripts still get JSON (the message goes to stderr too). */
export function unreadableView({ file, error }: { file: string; error: DocumentError }): Line[] {
  return [json({ file, readable: false, error: { message: error.message, line: error.position?.line ?? null, column: error.position?.column ?? null } })];
}
