/**
 * `copkit render --jobs N` renders on worker threads, and the worker is a file of the built
 * bundle (dist/), so this runs the built CLI: the threaded run prints and writes what a run one
 * design at a time does.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SPARSE } from '../helpers/fixtures.js';
import { writeFiles } from '../helpers/packs.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';
import { join } from 'node:path';

function clients(designs: Record<string, string>): string {
  const root = tempDir();
  for (const [name, yaml] of Object.entries(designs)) writeFiles(join(root, 'clients', name), { 'cop.yaml': yaml });
  return root;
}

const named = (name: string) => SPARSE.replace('Copier Tips', name);

describe('copkit render --jobs', () => {
  it('on threads, prints the same lines in the order given and writes the same files as one at a time', async () => {
    const designs = { alpha: named('Alpha'), broken: 'copkit: 1\nsetup: [unclosed\n', gamma: named('Gamma'), delta: named('Delta'), eps: named('Eps') };
    const list = ['gamma', 'broken', 'alpha', 'eps', 'delta', 'missing'].map((c) => `clients/${c}/cop.yaml`);
    const one = clients(designs);
    const many = clients(designs);
    const alone = await runCli(['render', '--jobs', '1', ...list], { cwd: one });
    const threaded = await runCli(['render', '--jobs', '3', ...list], { cwd: many });
    expect(threaded.code).toBe(1);
    expect(threaded.stderr).toBe(alone.stderr);
    expect(threaded.stderr.split('\n')[0]).toMatch(/^clients\/gamma\/cop\.yaml: \d+ created \(clients\/gamma\/docs\/\)$/);
    expect(snapshotTree(many)).toEqual(snapshotTree(one));
  });
});
