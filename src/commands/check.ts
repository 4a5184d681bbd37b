import { collectReport, countFindings } from '../check/collect.js';
import type { CheckReport } from '../check/collect.js';
import { CopFile } from '../document/cop-file.js';
import { DocumentError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { GlobalOptions } from '../options.js';
import type { CheckResult } from './check-messages.js';
import type { CommandDeps, Result } from './report.js';
import { designFile } from './shared.js';

export interface CheckOptions extends GlobalOptions { json: boolean; strict: boolean }

/** `copkit check`: schema problems and design findings, one line each; reads, never writes. */
export async function checkCommand(options: CheckOptions, deps: CommandDeps): Promise<Result<CheckResult>> {
  const { path, display } = designFile(options, deps);
  const today = deps.today();
  let report: CheckReport;
  try {
    report = collectReport(await CopFile.load(path, display), { today });
  } catch (error) {
    if (!(options.json && error instanceof DocumentError)) throw error;
    report = { findings: [documentErrorFinding(error)], disabled: [] };
  }
  const counts = countFindings(report.findings);
  const failed = counts.errors > 0 || (options.strict && counts.warnings > 0);
  return { exitCode: failed ? 1 : 0, data: { ...report, file: display, json: options.json, failed } };
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
