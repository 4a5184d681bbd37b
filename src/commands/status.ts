import type { GlobalOptions } from '../cli.js';
import { collectFindings, countFindings, describeCounts } from '../check/collect.js';
import { formatPath } from '../findings.js';
import type { Finding } from '../findings.js';
import type { Deps } from '../deps.js';
import { CopFile } from '../document/cop-file.js';
import { stageStatus } from '../model/enums.js';
import { momentumWarnings } from '../model/momentum.js';
import type { MomentumWarning } from '../model/momentum.js';
import { nextStep } from '../model/next-step.js';
import { lifecycleStageIds } from '../model/registry.js';
import type { NextStep } from '../model/next-step.js';
import { designProgress } from '../model/progress.js';
import type { StageProgress } from '../model/progress.js';
import type { Output } from '../io/output.js';
import { findingLine } from './findings-output.js';
import { designFile, outputFor } from './shared.js';

export interface StatusOptions extends GlobalOptions { json: boolean }

/**
 * `copkit status`: where each stage stands, what is missing, dates that have slipped, and the one
 * next step. A design that does not validate is still described (the next step is to repair it),
 * but its errors are listed on stderr as `copkit check` shows them and the exit code is 1.
 */
export async function statusCommand(options: StatusOptions, deps: Deps): Promise<number> {
  const { path, display } = designFile(options, deps);
  const today = deps.today();
  const file = await CopFile.load(path, display);
  const stages = designProgress(file.data);
  const findings = collectFindings(file, { today });
  const counts = countFindings(findings);
  const warnings = momentumWarnings(file.data, stages, today);
  const next = nextStep(stages, findings.filter(isSchemaError).length, {
    lintErrors: findings.filter((f) => f.severity === 'error' && !isSchemaError(f)).map((f) => ({ message: f.message, stage: stageOf(f) })),
    reviewOverdue: reviewOverdue(warnings),
  });
  const community = typeof file.data.setup?.communityName === 'string' ? file.data.setup.communityName : undefined;
  const invalid = file.placedFindings.filter((f) => f.severity === 'error');
  const exitCode = invalid.length > 0 ? 1 : 0;
  if (options.json) {
    const report = {
      file: display,
      community: community ?? null,
      revision: file.data.revision ?? null,
      updated: file.data.updated ?? null,
      stages: stages.map((s) => ({
        id: s.id, title: s.title, status: s.status, answered: s.answered, required: s.required,
        optionalAnswered: s.optionalAnswered, optional: s.optional,
        missing: s.missing.map((m) => m.path), updated: s.updated ?? null,
      })),
      check: counts,
      warnings: warnings.map((w) => {
        const { line, column } = file.positionOf(w.path);
        return { code: w.code, message: w.message, date: w.date, path: formatPath(w.path), line, column };
      }),
      // null rather than a missing key, so that scripts always find the same fields.
      next: { stage: next.stage ?? null, command: next.command ?? null, message: next.message },
    };
    deps.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return exitCode;
  }
  const output = outputFor(options, deps);
  for (const finding of invalid) deps.stderr.write(`${findingLine(display, finding, output.color)}\n`);
  const heading = `${community ?? '(unnamed community)'}  ${display}, revision ${file.data.revision ?? 0}${file.data.updated ? `, updated ${file.data.updated}` : ''}`;
  deps.stdout.write(`${output.outColor.bold(heading)}\n\n${stageTable(stages, output)}\n\n`);
  deps.stdout.write(`Check: ${describeCounts(counts)}${counts.errors + counts.warnings > 0 ? ' (run `copkit check` for details)' : ''}\n`);
  for (const warning of warnings) deps.stdout.write(`${output.outColor.yellow('Warning:')} ${warning.message} ${output.outColor.dim(`(${display}:${file.positionOf(warning.path).line})`)}\n`);
  deps.stdout.write(`${nextLine(next, output)}\n`);
  return exitCode;
}

/** Errors that make the file itself wrong (as opposed to design lint errors). */
function isSchemaError(finding: Finding): boolean {
  return finding.severity === 'error' && (finding.rule === 'schema' || finding.rule === 'yaml' || finding.rule === 'copkit');
}

function stageOf(finding: Finding): string | undefined {
  const first = finding.path[0];
  return typeof first === 'string' && (lifecycleStageIds as readonly string[]).includes(first) ? first : undefined;
}

function reviewOverdue(warnings: readonly MomentumWarning[]): string | undefined {
  return warnings.find((w) => w.code === 'review-overdue')?.date;
}

function stageTable(stages: StageProgress[], output: Output): string {
  const c = output.outColor;
  const paint: Record<string, (t: string) => string> = { complete: c.green, inProgress: c.yellow, notStarted: c.dim, skipped: c.dim };
  const rows = [`  ${'Stage'.padEnd(11)}${'Status'.padEnd(13)}${'Required'.padEnd(10)}Updated`];
  for (const s of stages) {
    const label = stageStatus.labels[s.status].toLowerCase();
    const count = `${s.answered}/${s.required}`;
    rows.push(`  ${s.title.padEnd(11)}${paint[s.status]!(label.padEnd(13))}${count.padEnd(10)}${s.updated ?? ''}`.trimEnd());
    if (s.missing.length > 0 && s.status !== 'notStarted' && s.status !== 'skipped') {
      const names = s.missing.map((m) => (m.needs ? `${m.path} (${m.has} of ${m.needs})` : m.path));
      rows.push(c.dim(`  ${''.padEnd(11)}missing: ${names.join(', ')}`));
    }
  }
  return rows.join('\n');
}

function nextLine(next: NextStep, output: Output): string {
  return `${output.outColor.bold('Next:')} ${next.message}`;
}
