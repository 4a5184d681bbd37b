import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

/** A consultant's folder: both examples as clients (the pack beside them) and a broken file. */
function clients(): string {
  const dir = tempDir();
  cpSync(join(repoRoot, 'examples'), join(dir, 'clients'), { recursive: true });
  cpSync(join(repoRoot, 'examples/packs'), join(dir, 'packs'), { recursive: true });
  cpSync(join(dir, 'clients/packs'), join(dir, 'packs'), { recursive: true });
  writeFileSync(join(dir, 'clients/broken.yaml'), 'copkit: 1\nsetup:\n  communityName: [Tips\n');
  return dir;
}

const FILES = ['clients/field-service-technicians/cop.yaml', 'clients/secretaires-de-mairie/cop.yaml', 'clients/broken.yaml'];

describe('copkit status over several designs (portfolio)', () => {
  it('prints one row per design and totals; a broken file is a row with its error, and exit 1', async () => {
    const dir = clients();
    const before = snapshotTree(dir);
    const { code, stdout, stderr } = await runIn(dir, ['status', ...FILES]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Design +Community +Stage +Problems +Overdue +Pack +Docs +Next$/);
    const rows = lines.slice(1, lines.indexOf(''));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^clients\/field-service-technicians\/cop\.yaml +The Breakfast Table .+ +Sustain \(complete\) +none +- +built-in +current /);
    expect(rows[1]).toMatch(/^clients\/secretaires-de-mairie\/cop\.yaml +Réseau .+atelier-praxis 2\.3\.0 +current /);
    expect(rows[2]).toMatch(/^clients\/broken\.yaml +could not be read: clients\/broken\.yaml:\d+:\d+: invalid YAML/);
    expect(stdout).toContain('Total: 3 designs; 1 could not be read or rendered;');
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('shows overdue reviews and documents that are out of date', async () => {
    const dir = clients();
    const file = join(dir, 'clients/field-service-technicians/cop.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('communityName: The Breakfast Table', 'communityName: The Lunch Table'));
    const { code, stdout } = await runIn(dir, ['status', FILES[0]!, FILES[1]!], {}, '2027-02-01');
    expect(code).toBe(0);
    expect(stdout).toMatch(/The Lunch Table.+review 2027-01-20 +built-in +stale/);
    expect(stdout).toContain('Total: 2 designs; 0 errors, 1 warning; 1 with dates overdue; 1 with documents not up to date');
  });

  it('gives the same rows and totals as JSON', async () => {
    const { code, stdout } = await runIn(clients(), ['status', ...FILES, '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { designs: Record<string, unknown>[]; totals: Record<string, unknown> };
    expect(json.designs).toHaveLength(3);
    expect(json.designs[1]).toMatchObject({
      file: 'clients/secretaires-de-mairie/cop.yaml',
      failure: null,
      invalid: false,
      stage: { id: 'sustain', status: 'complete' },
      errors: 0,
      warnings: 0,
      overdue: [],
      pack: { name: 'atelier-praxis', version: '2.3.0' },
      docs: 'current',
    });
    expect(json.designs[2]).toMatchObject({ file: 'clients/broken.yaml', stage: null, docs: 'unknown' });
    expect(json.designs[2]!.failure).toMatch(/^clients\/broken\.yaml:\d+:\d+: invalid YAML/);
    expect(json.totals).toMatchObject({ designs: 3, failed: 1, stale: 0 });
  });

  it('a design rendered by this copkit is current from its manifest; a hand edit since makes it stale', async () => {
    const dir = clients();
    const design = 'clients/field-service-technicians/cop.yaml';
    expect((await runIn(dir, ['render', '--file', design, '--force'])).code).toBe(0);
    expect((await runIn(dir, ['status', design])).stdout).toMatch(/built-in +current /);
    writeFileSync(join(dir, 'clients/field-service-technicians/docs/charter.md'), 'edited\n');
    expect((await runIn(dir, ['status', design])).stdout).toMatch(/built-in +stale /);
  });

  it('refuses a number of jobs that is not a whole number from 1 to 64', async () => {
    const result = await runIn(clients(), ['status', '--jobs', '0', ...FILES]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs needs a whole number');
  });
});
