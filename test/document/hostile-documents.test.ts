import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { runIn } from '../helpers/in-process.js';
import { hostileCases } from '../helpers/hostile-cases.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';

/**
 * Files copkit did not write, or that someone broke: each is refused in one clear line (with a
 * position where there is one), exit 1, no stack trace, and nothing on disk changes.
 */
async function refused(content: string | Buffer): Promise<string[]> {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), content);
  const before = snapshotTree(dir);
  const result = await runIn(dir, ['check']);
  expect(snapshotTree(dir)).toEqual(before);
  expect(result.code).toBe(1);
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(/\n\s+at |Error:/);
  const problems = output.split('\n').filter((l) => /error/.test(l));
  expect(problems.length).toBeGreaterThanOrEqual(1);
  return problems;
}

describe('hostile and broken documents', () => {
  it.each(hostileCases.map((c) => [c.name, c] as const))('refuses %s', async (_name, { content, line }) => {
    expect(await refused(content)).toContainEqual(expect.stringMatching(line));
  });

  it('refuses a folder named cop.yaml', async () => {
    const dir = tempDir();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'cop.yaml'));
    const result = await runIn(dir, ['check']);
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
    const result = await runIn(dir, ['check']);
    expect(result).toMatchObject({ code: 0, stdout: 'cop.yaml: no problems found\n' });
  });
});
