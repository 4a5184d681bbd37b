import type { ChalkInstance } from 'chalk';
import { countFindings } from '../check/collect.js';
import type { DisabledEntry } from '../check/collect.js';
import type { Finding, Severity } from '../findings.js';
import { formatPath } from '../findings.js';
import { pathWords } from '../model/path-words.js';

const severityColor: Record<Severity, keyof ChalkInstance> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** `cop.yaml:14:7  error  <message>  <rule>`, the format editors and CI can point at. */
export function findingLine(file: string, finding: Finding, color: ChalkInstance): string {
  const where = finding.position ? `${file}:${finding.position.line}:${finding.position.column}` : file;
  const paint = color[severityColor[finding.severity]] as (text: string) => string;
  return `${where}  ${paint(finding.severity)}  ${findingMessage(finding)}  ${color.dim(finding.rule)}`;
}

/** The message as people read it (text, PR annotations); a schema finding names its field in words. */
export function findingMessage(finding: Finding): string {
  const where = finding.rule === 'schema' && finding.path.length ? (finding.where ?? pathWords(finding.path)) : '';
  const subject = where ? `${where}: ` : '';
  return `${subject}${finding.message}`;
}

/** `cop.yaml:210:7  disabled  <what the rule checks>  <rule>`, at the `lint.disable` entry. */
export function disabledLine(file: string, entry: DisabledEntry, color: ChalkInstance): string {
  const { line, column } = entry.position;
  return `${file}:${line}:${column}  ${color.dim('disabled')}  ${entry.rule.summary}  ${color.dim(entry.rule.id)}`;
}

/** The stable JSON form of findings (documented in README "copkit check --json"). */
export function findingsJson(findings: readonly Finding[]) {
  return {
    summary: countFindings(findings),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      path: formatPath(f.path),
      line: f.position?.line ?? null,
      column: f.position?.column ?? null,
    })),
  };
}

/** The rules switched off in `lint.disable`, in the order they are listed there. */
export function disabledJson(disabled: readonly DisabledEntry[]) {
  return disabled.map((d) => ({
    rule: d.rule.id,
    severity: d.rule.severity,
    summary: d.rule.summary,
    line: d.position.line,
    column: d.position.column,
  }));
}
