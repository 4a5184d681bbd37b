import type { GlobalOptions } from '../cli.js';
import { collectFindings, countFindings, describeCounts } from '../check/collect.js';
import type { Deps } from '../deps.js';
import { CopFile } from '../document/cop-file.js';
import { DocumentError } from '../errors.js';
import type { Finding } from '../findings.js';
import { findingsJson, findingLine } from './findings-output.js';
import { designFile, outputFor } from './shared.js';

export interface CheckOptions extends GlobalOptions { json: boolean; strict: boolean }

/** `copkit check`: schema problems and design findings, one line each; reads, never writes. */
export async function checkCommand(options: CheckOptions, deps: Deps): Promise<number> {
  const { path, display } = designFile(options, deps);
  const output = outputFor(options, deps);
  let findings: Finding[];
  try {
    findings = collectFindings(await CopFile.load(path, display));
  } catch (error) {
    if (!(options.json && error instanceof DocumentError)) throw error;
    findings = [documentErrorFinding(error)];
  }
  const counts = countFindings(findings);
  const failed = counts.errors > 0 || (options.strict && counts.warnings > 0);
  if (options.json) {
    deps.stdout.write(`${JSON.stringify({ file: display, ok: !failed, ...findingsJson(findings) }, null, 2)}\n`);
  } else {
    for (const finding of findings) deps.stdout.write(`${findingLine(display, finding, output.outColor)}\n`);
    const summary = `${display}: ${describeCounts(counts)}`;
    deps.stdout.write(`${findings.length ? '\n' : ''}${failed ? summary : output.outColor.green(summary)}\n`);
  }
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
