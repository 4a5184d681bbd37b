import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/commands/check-annotations.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

const DESIGN = [
  'copkit: 1',
  'progress:',
  '  design: { status: complete }',
  'inquire:',
  '  audience:',
  '    - segment: Field technicians',
  '      estimatedSize: about forty',
  'design:',
  '  roles:',
  '    - { id: R1, roleKey: coordinator, title: "Coordinator: 100%, first", holder: TBD }',
  '',
].join('\n');

function design(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), DESIGN);
  return dir;
}

/** `::level key=value,...::message`, as the Actions runner reads a workflow command. */
const COMMAND = /^::(error|warning|notice) ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*)::(.*)$/;

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('copkit check --format github', () => {
  it('prints one workflow command per finding, at the line and column check names', async () => {
    const dir = design();
    const text = await runIn(dir, ['check']);
    const github = await runIn(dir, ['check', '--format', 'github']);
    expect(github.code).toBe(1);
    const lines = github.stdout.trimEnd().split('\n');
    const expected = text.stdout.split('\n').filter((l) => /^cop\.yaml:\d+:\d+ {2}/.test(l));
    expect(lines).toHaveLength(expected.length);
    expect(lines.length).toBeGreaterThan(1);
    lines.forEach((line, i) => {
      const match = COMMAND.exec(line);
      expect(match, line).not.toBeNull();
      const props = Object.fromEntries(match![2]!.split(',').map((p) => p.split('=') as [string, string]));
      const [, at, severity] = /^cop\.yaml:(\d+:\d+) {2}(\w+)/.exec(expected[i]!)!;
      expect(`${props.line}:${props.col}`).toBe(at);
      expect(unescapeData(props.file!)).toBe('cop.yaml');
      expect(match![1]).toBe(severity === 'info' ? 'notice' : severity);
      expect(expected[i]).toContain(unescapeData(match![3]!));
    });
    expect(github.stdout).toContain('role "Coordinator: 100%25, first" (R1)');
    expect(github.stdout).toContain('::error file=cop.yaml,line=7,col=22,title=copkit schema::Inquire: audience, Field technicians, estimated size: should be a number, not "about forty"\n');
  });

  it('escapes what the runner would otherwise read as syntax', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('copkit check --format sarif', () => {
  // The SARIF 2.1.0 JSON Schema (draft-04), vendored from the npm package @microsoft/jest-sarif
  // 1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json, MIT), the copy Microsoft's SARIF matchers use.
  const schema = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  // The schema's language pattern is not valid in Unicode mode, hence unicodeRegExp: false.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (v: string) => URL.canParse(v));
  ajv.addFormat('uri-reference', (v: string) => URL.canParse(v, 'file:///'));
  ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
  const validate = ajv.compile({ ...rest, $id: id as string });

  it('writes a log that the SARIF 2.1.0 schema accepts, with each finding at its line and column', async () => {
    const dir = design();
    const { code, stdout } = await runIn(dir, ['check', '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as {
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
        }[];
      }[];
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [run] = log.runs;
    const schemaResult = run!.results.find((r) => r.ruleId === 'schema')!;
    expect(schemaResult.level).toBe('error');
    expect(schemaResult.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'cop.yaml' }, region: { startLine: 7, startColumn: 22 } });
    for (const result of run!.results) expect(run!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const json = JSON.parse((await runIn(dir, ['check', '--json'])).stdout) as { findings: { rule: string; line: number; column: number }[] };
    expect(run!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn])).toEqual(
      json.findings.map((f) => [f.rule, f.line, f.column]),
    );
  });

  it('accepts a clean design as a log with no results, and exits 0', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), readFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml')));
    const { code, stdout } = await runIn(dir, ['check', '--format', 'sarif']);
    expect(code).toBe(0);
    const log = JSON.parse(stdout) as { runs: { results: unknown[] }[] };
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('refuses an unknown format as a usage error', async () => {
    expect((await runIn(design(), ['check', '--format', 'xml'])).code).toBe(2);
  });
});
