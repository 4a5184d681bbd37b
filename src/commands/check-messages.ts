/** What `copkit check` prints: one line per finding and a summary, or the JSON report. */
import { countFindings, describeCounts } from '../check/collect.js';
import type { CheckReport } from '../check/collect.js';
import { plural } from '../words.js';
import { copkitVersion } from '../version.js';
import { githubCommands, sarifLog } from './check-annotations.js';
import { disabledJson, disabledLine, findingLine, findingsJson } from './findings-output.js';
import { json, out } from './report.js';
import type { Line, Style } from './report.js';

export type CheckFormat = 'text' | 'json' | 'github' | 'sarif';

export interface CheckResult extends CheckReport {
  /** The design file as the user named it. */
  file: string;
  format: CheckFormat;
  /** Errors, or warnings under --strict. */
  failed: boolean;
}

export function checkView(result: CheckResult, style: Style): Line[] {
  const { file, findings, disabled, failed } = result;
  if (result.format === 'github') return [{ to: 'stdout', text: githubCommands(file, findings) }];
  if (result.format === 'sarif') return [{ to: 'stdout', text: sarifLog(file, findings, copkitVersion()) }];
  if (result.format === 'json') return [json({ file, ok: !failed, ...findingsJson(findings), disabled: disabledJson(disabled) })];
  const c = style.out;
  const lines = [...findings.map((f) => out(findingLine(file, f, c))), ...disabled.map((d) => out(disabledLine(file, d, c)))];
  const off = disabled.length ? ` (${plural(disabled.length, 'rule')} switched off in lint.disable)` : '';
  const summary = `${file}: ${describeCounts(countFindings(findings))}${off}`;
  lines.push(out(`${lines.length ? '\n' : ''}${failed ? summary : c.green(summary)}`));
  return lines;
}
