import type { GlobalOptions } from '../cli.js';
import { collectReport, countFindings, describeCounts } from '../check/collect.js';
import type { CheckReport } from '../check/collect.js';
import type { Deps } from '../deps.js';
import { CopFile } from '../document/cop-file.js';
import { DocumentError, UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { disabledJson, disabledLine, findingsJson, findingLine } from './findings-output.js';
import { designFile, outputFor } from './shared.js';
import { copkitVersion } from '../version.js';

export interface CheckOptions extends GlobalOptions { json: boolean; strict: boolean; format?: string }

const FORMATS = ['text', 'json', 'github', 'sarif'];

/** `copkit check`: schema problems and design findings, one line each; reads, never writes. */
export async function checkCommand(options: CheckOptions, deps: Deps): Promise<number> {
  const format = options.json ? 'json' : options.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, json, github or sarif, not ${JSON.stringify(format)}`);
  const { path, display } = designFile(options, deps);
  const output = outputFor(options, deps);
  const today = deps.today();
  let report: CheckReport;
  try {
    report = collectReport(await CopFile.load(path, display), { today });
  } catch (error) {
    if (format === 'text' || !(error instanceof DocumentError)) throw error;
    report = { findings: [documentErrorFinding(error)], disabled: [] };
  }
  const { findings, disabled } = report;
  const counts = countFindings(findings);
  const failed = counts.errors > 0 || (options.strict && counts.warnings > 0);
  if (format === 'github' || format === 'sarif') {
    const { githubCommands, sarifLog } = await import('./check-annotations.js');
    deps.stdout.write(format === 'github' ? githubCommands(display, findings) : sarifLog(display, findings, copkitVersion()));
    return failed ? 1 : 0;
  }
  if (format === 'json') {
    const json = { file: display, ok: !failed, ...findingsJson(findings), disabled: disabledJson(disabled) };
    deps.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const c = output.outColor;
  for (const finding of findings) deps.stdout.write(`${findingLine(display, finding, c)}\n`);
  for (const entry of disabled) deps.stdout.write(`${disabledLine(display, entry, c)}\n`);
  const off = disabled.length ? ` (${disabled.length} rule${disabled.length === 1 ? '' : 's'} switched off in lint.disable)` : '';
  const summary = `${display}: ${describeCounts(counts)}${off}`;
  deps.stdout.write(`${findings.length + disabled.length ? '\n' : ''}${failed ? summary : c.green(summary)}\n`);
  return failed ? 1 : 0;
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
