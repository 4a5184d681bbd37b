import { collectFindings, countFindings } from '../check/collect.js';
import { CopFile } from '../document/cop-file.js';
import { DocumentError } from '../errors.js';
import type { Finding } from '../findings.js';
import { momentumWarnings } from '../model/momentum.js';
import type { MomentumWarning } from '../model/momentum.js';
import { nextStep } from '../model/next-step.js';
import { designProgress } from '../model/progress.js';
import { lifecycleStageIds } from '../model/registry.js';
import type { GlobalOptions } from '../options.js';
import type { CommandDeps, Result } from './report.js';
import { designFile } from './shared.js';
import type { StatusResult } from './status-messages.js';
import { unreadableView } from './status-messages.js';

export interface StatusOptions extends GlobalOptions {
  json: boolean;
}

/**
 * `copkit status`: where each stage stands, what is missing, dates that have slipped, and the one
 * next step. A design that does not validate is still described (the next step is to repair it),
 * but its errors are listed on stderr as `copkit check` shows them and the exit code is 1.
 */
export async function statusCommand(options: StatusOptions, deps: CommandDeps): Promise<Result<StatusResult>> {
  const { path, display } = designFile(options, deps);
  const today = deps.today();
  const file = await CopFile.load(path, display).catch((error: unknown) => {
    // Scripts reading --json get JSON even when the file cannot be read; the message goes to stderr too.
    if (options.json && error instanceof DocumentError) deps.reporter.show(unreadableView, { file: display, error });
    throw error;
  });
  const stages = designProgress(file.data, today);
  const findings = collectFindings(file, { today });
  const warnings = momentumWarnings(file.data, stages, today);
  const next = nextStep(stages, findings.filter(isSchemaError).length, {
    lintErrors: findings.filter((f) => f.severity === 'error' && !isSchemaError(f)).map((f) => ({ message: f.message, stage: stageOf(f) })),
    reviewOverdue: reviewOverdue(warnings),
  });
  const community = typeof file.data.setup?.communityName === 'string' ? file.data.setup.communityName : undefined;
  const invalid = file.placedFindings.filter((f) => f.severity === 'error');
  const data: StatusResult = {
    json: options.json,
    file: display,
    community,
    revision: file.data.revision,
    updated: file.data.updated,
    stages,
    counts: countFindings(findings),
    warnings: warnings.map((w) => ({ ...w, position: file.positionOf(w.path) })),
    next,
    invalid,
  };
  return { exitCode: invalid.length > 0 ? 1 : 0, data };
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
