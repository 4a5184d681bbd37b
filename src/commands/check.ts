import { collectReport, countFindings } from '../check/collect.js';
import type { CheckReport } from '../check/collect.js';
import { CopFile } from '../document/cop-file.js';
import { DocumentError, UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { GlobalOptions } from '../options.js';
import type { CheckFormat, CheckResult } from './check-messages.js';
import type { CommandDeps, Result } from './report.js';
import { designFile } from './shared.js';

export interface CheckOptions extends GlobalOptions {
  json: boolean;
  strict: boolean;
  format?: string;
}

const FORMATS: readonly CheckFormat[] = ['text', 'json', 'github', 'sarif'];

/** `copkit check`: schema problems and design findings, one line each; reads, never writes. */
export async function checkCommand(options: CheckOptions, deps: CommandDeps): Promise<Result<CheckResult>> {
  const format = (options.json ? 'json' : (options.format ?? 'text')) as CheckFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, json, github or sarif, not ${JSON.stringify(format)}`);
  const { path, display } = designFile(options, deps);
  const today = deps.today();
  let report: CheckReport;
  try {
    report = collectReport(await CopFile.load(path, display), { today });
  } catch (error) {
    if (format === 'text' || !(error instanceof DocumentError)) throw error;
    report = { findings: [documentErrorFinding(error)], disabled: [] };
  }
  const counts = countFindings(report.findings);
  const failed = counts.errors > 0 || (options.strict && counts.warnings > 0);
  return { exitCode: failed ? 1 : 0, data: { ...report, file: display, format, failed } };
}

function documentErrorFinding(error: DocumentError): Finding {
  return {
    rule: error.source,
    severity: 'error',
    message: error.hint ? `${error.message}. ${error.hint}` : error.message,
    path: [],
    ...(error.position ? { position: error.position } : {}),
  };
}
