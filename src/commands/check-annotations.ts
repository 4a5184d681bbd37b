/**
 * `copkit check --format github|sarif`: findings in the formats that put them on the lines of
 * cop.yaml in a pull request (GitHub Actions workflow commands; SARIF 2.1.0 for code scanning).
 */
import type { Finding, Severity } from '../findings.js';
import { findRule } from '../lint/index.js';
import { findingMessage } from './findings-output.js';

const githubLevel: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const sarifLevel: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** What rules that are not lint rules check, for SARIF's rule list. */
const builtInRules: Record<string, string> = {
  schema: 'cop.yaml follows the copkit format (fields, kinds of values, ids)',
  yaml: 'cop.yaml is well-formed YAML',
  copkit: 'cop.yaml can be read and is a format this copkit understands',
};

/** The escaping of the Actions toolkit: in the message `%`, CR and LF; in properties also `:` and `,`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=cop.yaml,line=14,col=7,title=copkit no-sponsor::message`, one per finding. */
export function githubCommands(file: string, findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [`file=${escapeProperty(uriPath(file))}`];
      if (f.position) props.push(`line=${f.position.line}`, `col=${f.position.column}`);
      props.push(`title=${escapeProperty(`copkit ${f.rule}`)}`);
      return `::${githubLevel[f.severity]} ${props.join(',')}::${escapeData(findingMessage(f))}\n`;
    })
    .join('');
}

/** A SARIF 2.1.0 log with one run of copkit and a result per finding. */
export function sarifLog(file: string, findings: readonly Finding[], version: string): string {
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copkit',
            version,
            informationUri: 'https://www.npmjs.com/package/copkit',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: findRule(id)?.summary ?? builtInRules[id] ?? id } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: sarifLevel[f.severity],
          message: { text: findingMessage(f) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(uriPath(file)) },
                ...(f.position ? { region: { startLine: f.position.line, startColumn: f.position.column } } : {}),
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Forward slashes, as both formats want whatever system copkit ran on. */
function uriPath(file: string): string {
  return file.replace(/\\/g, '/');
}
