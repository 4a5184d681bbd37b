import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { copyExample, snapshotTree, tempDir } from '../helpers/tmp.js';

const EXAMPLE = 'field-service-technicians';

function dirWith(text: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), text);
  return dir;
}

/** Run `copkit check` and prove it changed nothing on disk, whatever it found. */
async function checkIn(dir: string, ...args: string[]) {
  const before = snapshotTree(dir);
  const result = await runIn(dir, ['check', ...args], { COPKIT_TODAY: '2026-11-26' });
  expect(snapshotTree(dir)).toEqual(before);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return result;
}

describe('copkit check', () => {
  it('passes the complete example with exit 0', async () => {
    // The example's next review is on 2027-01-20; after that, no-review-cycle rightly warns.
    const result = await checkIn(copyExample(EXAMPLE));
    expect(result.stdout).toContain('cop.yaml: no problems found');
    expect(result.code).toBe(0);
  });

  it('names the line and column of a value of the wrong type and exits 1', async () => {
    const dir = dirWith(['copkit: 1', 'inquire:', '  audience:', '    - segment: Field technicians', '      estimatedSize: about forty', ''].join('\n'));
    const result = await checkIn(dir);
    expect(result.stdout).toContain('cop.yaml:5:22  error  Inquire: audience, Field technicians, estimated size: should be a number, not "about forty"  schema');
    expect(result.code).toBe(1);
  });

  it('reports broken YAML with its position in one line', async () => {
    const result = await checkIn(dirWith('copkit: 1\nsetup:\n  communityName: [Tips\n  facilitatorName: Ana\n'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^cop\.yaml:\d+:\d+ {2}error {2}invalid YAML: .+ {2}yaml$/m);
  });

  it('refuses a file written in a newer format, saying which format it reads', async () => {
    const result = await checkIn(dirWith('copkit: 99\nsetup:\n  communityName: Tips\n'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cop.yaml:1:9  error  cop.yaml uses format 99, which needs a newer copkit; copkit 0.1.0 reads format 1');
  });

  it('refuses a file without a format version, pointing at the top', async () => {
    const result = await checkIn(dirWith('setup:\n  communityName: Tips\n'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cop.yaml:1:1  error  the format version is missing');
  });

  it('says an empty file is empty and how to start', async () => {
    const result = await checkIn(dirWith(''));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cop.yaml:1:1  error  cop.yaml is empty');
    expect(result.stderr).toContain('copkit init');
  });

  it('says a missing file is missing', async () => {
    const result = await checkIn(tempDir());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: cop\.yaml not found$/m);
  });

  it('reads the file named by --file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'client.yaml'), 'copkit: 1\nsetup:\n  organizationType: goverment\n');
    const result = await checkIn(dir, '--file', 'client.yaml');
    expect(result.stdout).toContain('client.yaml:3:21  error  Setup: kind of organisation: "goverment" is not an allowed value; did you mean Government or public agency (government)?  schema');
    expect(result.code).toBe(1);
  });

  it('warns about an unknown field at its key, and fails on it only with --strict', async () => {
    const dir = dirWith('copkit: 1\ninquire:\n  goalz: []\n');
    const relaxed = await checkIn(dir);
    expect(relaxed.stdout).toContain('cop.yaml:3:3  warning  Inquire: "goalz" is not a field copkit knows; did you mean goals (goals)?  schema');
    expect(relaxed.code).toBe(0);
    expect((await checkIn(dir, '--strict')).code).toBe(1);
  });

  it('checks that cross-references point at existing ids', async () => {
    const dir = dirWith(
      [
        'copkit: 1',
        'inquire:',
        '  goals:',
        '    - { id: G1, statement: Fix more faults on the first visit }',
        'design:',
        '  activities:',
        '    - { id: A1, name: Breakfast table, supportsGoals: [G1, G7] }',
        '',
      ].join('\n'),
    );
    const result = await checkIn(dir);
    expect(result.stdout).toContain('cop.yaml:7:60  error  Design: activities, Breakfast table (A1), supports goals, entry 2: refers to G7, but Inquire has no goal with that id  schema');
    expect(result.code).toBe(1);
  });

  it('rejects dates that do not exist', async () => {
    const result = await checkIn(dirWith('copkit: 1\nprototype:\n  pilotStartDate: 2026-02-30\n'));
    expect(result.stdout).toContain('cop.yaml:3:19  error  Prototype: pilot start: 2026-02-30 is not a date that exists  schema');
  });

  it('prints stable JSON with --json, for problems and for unreadable files alike', async () => {
    const dir = dirWith('copkit: 1\nsetup:\n  communityName: [a, b]\n');
    const result = await checkIn(dir, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      file: 'cop.yaml',
      ok: false,
      summary: { errors: 1, warnings: 0, infos: 0 },
      findings: [
        {
          rule: 'schema',
          severity: 'error',
          message: 'should be text, not a list',
          path: 'setup.communityName',
          line: 3,
          column: 18,
        },
      ],
      disabled: [],
    });
    const broken = await checkIn(dirWith('copkit: 1\n  bad indent: x\n'), '--json');
    const json = JSON.parse(broken.stdout) as { ok: boolean; findings: { rule: string; line: number }[] };
    expect(json.ok).toBe(false);
    expect(json.findings[0]).toMatchObject({ rule: 'yaml', line: 1, column: 9 });
  });
});
