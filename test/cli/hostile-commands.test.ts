/**
 * Every command that reads cop.yaml refuses a hostile or broken one the way `copkit check` does:
 * the same line (with its position where there is one), exit 1, no stack trace, nothing written.
 * Fields copkit does not know, a byte-order mark and CRLF line endings are not refused: they are
 * kept when the wizard saves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runIn } from '../helpers/in-process.js';
import { hostileCase, hostileCases } from '../helpers/hostile-cases.js';
import type { HostileCase } from '../helpers/hostile-cases.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';

const ANSWERS = 'design:\n  rhythmSummary: A breakfast every month\n';

/** Run `args` on a folder holding `content` as cop.yaml (and an answers file); return what it printed. */
async function refusedBy(args: string[], { content }: HostileCase): Promise<string[]> {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), content);
  writeFileSync(join(dir, 'answers.yaml'), ANSWERS);
  const before = snapshotTree(dir);
  const result = await runIn(dir, args);
  expect(snapshotTree(dir)).toEqual(before); // nothing written, no lock or temporary file left
  expect(result.code).toBe(1);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |Error:|looks like a bug/);
  return result.stderr.split('\n').filter((line) => line !== '');
}

describe('copkit stage refuses every hostile document, writing nothing', () => {
  it.each(hostileCases.map((c) => [c.name, c] as const))('%s', async (_name, hostile) => {
    const lines = await refusedBy(['stage', 'inquire', '--yes'], hostile);
    expect(lines).toContainEqual(expect.stringMatching(hostile.line));
    if (hostile.schema) {
      expect(lines.at(-2)).toMatch(/^error: cop\.yaml has (an error|\d+ errors) \(above\); copkit stage inquire changes only a valid design, so nothing was written$/);
    }
  });
});

const representative = [
  'an alias bomb',
  'very deep flow nesting',
  'a duplicate key',
  'several documents',
  'a top-level list',
  'invalid UTF-8',
  'a file over the size limit',
  'a __proto__ key',
  'an item field of the wrong type',
  'a date that does not exist',
].map(hostileCase);

const commands: [string, string[]][] = [
  ['status', ['status']],
  ['render', ['render']],
  ['init --yes (resuming)', ['init', '--yes']],
  ['stage --answers', ['stage', 'design', '--answers', 'answers.yaml']],
];

describe.each(commands)('copkit %s refuses hostile documents like check', (_label, args) => {
  it.each(representative.map((c) => [c.name, c] as const))('%s', async (_name, hostile) => {
    const lines = await refusedBy(args, hostile);
    if (args[0] === 'render' && hostile.schema) {
      // render's own refusal (src/render), without the position: check names it.
      expect(lines[0]).toMatch(/^error: cop\.yaml has (an error|\d+ errors); copkit renders only a valid design$/);
    } else {
      expect(lines).toContainEqual(expect.stringMatching(hostile.line));
    }
  });
});

describe('what is not refused is kept', () => {
  const WITH_EXTRAS = `# Our design; the x- fields belong to our intranet tooling.
copkit: 1
revision: 2
x-intranet-id: 4711   # keep this
setup:
  communityName: Copier Tips
  colour: teal
  organizationType: corporate
inquire:
  goals:
    - id: G1
      statement: Fix more faults on the first visit
      owner: Ana   # not a copkit field either
`;

  it.each([
    ['copkit stage', ['stage', 'setup', '--answers', 'answers.yaml']],
    ['copkit init', ['init', '--answers', 'answers.yaml', '--yes']],
  ])('%s warns about unknown fields, with their positions, and keeps them and their comments on save', async (_label, args) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), WITH_EXTRAS);
    writeFileSync(join(dir, 'answers.yaml'), 'setup:\n  facilitatorName: Ana Lima\n');
    const result = await runIn(dir, args);
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(warnings).toEqual([
      'cop.yaml:4:1  warning  "x-intranet-id" is not a field copkit knows; copkit keeps it but does not use it  schema',
      'cop.yaml:7:3  warning  Setup: "colour" is not a field copkit knows; copkit keeps it but does not use it  schema',
      'cop.yaml:13:7  warning  Inquire: goals, Fix more faults on the first visit (G1): "owner" is not a field copkit knows; copkit keeps it but does not use it  schema',
    ]);
    const text = readFileSync(join(dir, 'cop.yaml'), 'utf8');
    for (const line of ['x-intranet-id: 4711   # keep this', '  colour: teal', '      owner: Ana   # not a copkit field either', '# Our design; the x- fields belong to our intranet tooling.']) {
      expect(text).toContain(line);
    }
    const data = parse(text) as { setup: Record<string, unknown>; revision: number };
    expect(data.setup).toMatchObject({ colour: 'teal', facilitatorName: 'Ana Lima' });
    expect(data.revision).toBe(3);
  });

  it('a byte-order mark and CRLF line endings survive a wizard save', async () => {
    const dir = tempDir();
    const original = '\uFEFF# Saved on Windows\r\ncopkit: 1\r\nrevision: 1\r\nsetup:\r\n  communityName: Copier Tips # working name\r\n';
    writeFileSync(join(dir, 'cop.yaml'), original);
    writeFileSync(join(dir, 'answers.yaml'), 'setup:\n  organizationType: corporate\n  facilitatorName: Ana Lima\n');
    const result = await runIn(dir, ['stage', 'setup', '--answers', 'answers.yaml']);
    expect(result.code).toBe(0);
    const bytes = readFileSync(join(dir, 'cop.yaml'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8', 3);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toMatch(/^# yaml-language-server: [^\r\n]+\r\n# Saved on Windows\r\ncopkit: 1\r\nrevision: 2\r\n/);
    expect(text).toContain('  communityName: Copier Tips # working name\r\n  organizationType: corporate\r\n  facilitatorName: Ana Lima\r\n');
  });
});
