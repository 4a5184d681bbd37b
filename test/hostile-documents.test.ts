import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../src/document/cop-file.js';
import { runCli } from './helpers/cli.js';
import { snapshotTree, tempDir } from './helpers/tmp.js';

/**
 * Files copkit did not write, or that someone broke: each is refused in one clear line (with a
 * position where there is one), exit 1, no stack trace, and nothing on disk changes.
 */
async function refused(content: string | Buffer): Promise<string[]> {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), content);
  const before = snapshotTree(dir);
  const result = await runCli(['check'], { cwd: dir });
  expect(snapshotTree(dir)).toEqual(before);
  expect(result.code).toBe(1);
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(/\n\s+at |Error:/);
  const problems = output.split('\n').filter((l) => /error/.test(l));
  expect(problems.length).toBeGreaterThanOrEqual(1);
  return problems;
}

const deepBlockMap = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';

describe('hostile and broken documents', () => {
  it.each([
    ['an alias bomb', `copkit: 1\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`,
      /^cop\.yaml:2:7 {2}error {2}YAML anchors \(&a\) are not supported/],
    ['very deep flow nesting', `copkit: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /^cop\.yaml:2:\d+ {2}error {2}the YAML is nested more than 64 levels deep/],
    ['very deep block lists', `copkit: 1\nx:\n${'- '.repeat(2000)}x\n`, /^cop\.yaml:3:\d+ {2}error {2}the YAML is nested more than 64 levels deep/],
    ['a very deep block mapping', `copkit: 1\n${deepBlockMap}`, /^cop\.yaml:\d+:\d+ {2}error {2}the YAML is nested more than 64 levels deep/],
    ['nested complex keys', `copkit: 1\n${'? '.repeat(500)}x\n`, /^cop\.yaml:2:\d+ {2}error {2}(a list or mapping is used as a key|the YAML is nested more than 64 levels deep)/],
    ['a duplicate key', 'copkit: 1\nsetup:\n  communityName: A\n  communityName: B\n',
      /^cop\.yaml:4:3 {2}error {2}the key communityName appears twice in the same mapping \(first at line 3, column 3\); keep one {2}yaml$/],
    ['an explicit tag', 'copkit: 1\nsetup:\n  communityName: !!binary aGVsbG8=\n', /^cop\.yaml:3:\d+ {2}error {2}YAML tags \(!!binary\) are not supported/],
    ['several documents', 'copkit: 1\n---\ncopkit: 1\n', /^cop\.yaml:2:1 {2}error {2}the file holds more than one YAML document/],
    ['a top-level list', '- copkit: 1\n', /^cop\.yaml:1:1 {2}error {2}cop\.yaml must be a set of named fields \(key: value lines\), not a list/],
    ['a top-level scalar', 'just some words\n', /^cop\.yaml:1:1 {2}error {2}cop\.yaml must be a set of named fields \(key: value lines\), not a single value/],
    ['an empty file', '', /^cop\.yaml:1:1 {2}error {2}cop\.yaml is empty/],
    ['only comments', '# nothing yet\n', /^cop\.yaml:1:1 {2}error {2}cop\.yaml is empty/],
    ['a string format version', 'copkit: "1"\n', /^cop\.yaml:1:9 {2}error {2}copkit: must be the format version, a whole number/],
    ['a stage that is a list', 'copkit: 1\nsetup: [a, b]\n', /^cop\.yaml:2:8 {2}error {2}setup should be a set of named fields, not a list/],
    ['an item field of the wrong type', 'copkit: 1\ninquire:\n  goals:\n    - { id: G1, byDate: [2026] }\n', /^cop\.yaml:4:25 {2}error {2}inquire\.goals\[0\]\.byDate should be a date written YYYY-MM-DD, not a list/],
    ['a status that does not exist', 'copkit: 1\nprogress:\n  inquire: { status: done }\n', /^cop\.yaml:3:22 {2}error {2}progress\.inquire\.status "done" is not an allowed value/],
    ['a date that does not exist', 'copkit: 1\nlaunch:\n  launchDate: 2027-02-29\n', /^cop\.yaml:3:15 {2}error {2}launch\.launchDate 2027-02-29 is not a date that exists/],
    ['a __proto__ key', 'copkit: 1\nsetup:\n  __proto__: { polluted: true }\n', /^cop\.yaml:3:3 {2}error {2}setup\.__proto__ is a reserved name/],
    ['a constructor key', 'copkit: 1\nconstructor: x\n', /^cop\.yaml:2:1 {2}error {2}constructor is a reserved name/],
    ['a control character in an answer', 'copkit: 1\nsetup:\n  communityName: "Tips \\e[31m"\n', /^cop\.yaml:3:18 {2}error {2}setup\.communityName contains an invisible control character \(U\+001B\)/],
  ])('refuses %s', async (_name, content, line) => {
    expect(await refused(content)).toContainEqual(expect.stringMatching(line));
  });

  it('refuses invalid UTF-8, naming the line', async () => {
    const latin1 = Buffer.concat([Buffer.from('copkit: 1\nsetup:\n  communityName: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(await refused(latin1)).toContainEqual(expect.stringMatching(/^cop\.yaml:3:\d+ {2}error {2}cop\.yaml is not valid UTF-8 \(byte \d+\); save it as UTF-8/));
  });

  it('refuses UTF-16', async () => {
    expect(await refused(Buffer.from('\uFEFFcopkit: 1\n', 'utf16le'))).toContainEqual(expect.stringMatching(/^error: cop\.yaml is saved as UTF-16; save it as UTF-8/));
  });

  it('refuses binary junk', async () => {
    const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256));
    expect(await refused(junk)).toContainEqual(expect.stringMatching(/^cop\.yaml:\d+:\d+ {2}error {2}cop\.yaml (is not valid UTF-8|contains binary data)/));
  });

  it('refuses a file over the size limit before reading it, and says the limit', async () => {
    const big = `copkit: 1\nnotes: "${'x'.repeat(2 * 1024 * 1024)}"\n`;
    expect(await refused(big)).toContainEqual(expect.stringMatching(/^error: cop\.yaml is \d+ bytes; copkit reads files of at most 1048576 bytes \(1 MiB\)$/));
  });

  it('refuses a folder named cop.yaml', async () => {
    const dir = tempDir();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'cop.yaml'));
    const result = await runCli(['check'], { cwd: dir });
    expect(result).toMatchObject({ code: 1, stderr: 'error: cop.yaml is a folder, not a file\n' });
  });

  it('does not let __proto__ or constructor keys reach any prototype', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), 'copkit: 1\n__proto__: { polluted: yes }\nsetup:\n  constructor: { prototype: { polluted: yes } }\n');
    const file = await CopFile.load(join(dir, 'cop.yaml'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(file.data)).toBe(Object.prototype);
    expect(file.findings.filter((f) => f.severity === 'error').map((f) => f.path.join('.'))).toEqual(['__proto__', 'setup.constructor']);
  });

  it('accepts a byte-order mark and CRLF line endings', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), '\uFEFFcopkit: 1\r\nsetup:\r\n  communityName: Tips\r\n');
    const result = await runCli(['check'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: 'cop.yaml: no problems found\n' });
  });
});
