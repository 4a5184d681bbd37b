/**
 * `copkit status a b c --jobs N` reads the designs on worker threads, and the worker is a file of
 * the built bundle (dist/), so this runs the built CLI: the threaded run prints what a run one
 * design at a time does, one row per design in the order given.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

describe('copkit status over several designs --jobs', () => {
  it('on threads, prints the same rows in the order given as one at a time', async () => {
    const dir = tempDir();
    cpSync(join(repoRoot, 'examples'), join(dir, 'clients'), { recursive: true });
    cpSync(join(dir, 'clients/packs'), join(dir, 'packs'), { recursive: true });
    writeFileSync(join(dir, 'clients/broken.yaml'), 'copkit: 1\nsetup:\n  communityName: [Tips\n');
    // One design rendered by this build (current from its manifest), one changed since (stale).
    expect((await runCli(['render', 'clients/field-service-technicians/cop.yaml'], { cwd: dir })).code).toBe(0);
    const changed = join(dir, 'clients/assessment-practice-network/cop.yaml');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/communityName: .*/, 'communityName: Another Network'));
    const list = [
      'clients/secretaires-de-mairie/cop.yaml',
      'clients/broken.yaml',
      'clients/field-service-technicians/cop.yaml',
      'clients/missing/cop.yaml',
      'clients/assessment-practice-network/cop.yaml',
    ];
    const alone = await runCli(['status', '--no-cache', '--jobs', '1', ...list], { cwd: dir });
    const threaded = await runCli(['status', '--no-cache', '--jobs', '3', ...list], { cwd: dir });
    expect(threaded.code).toBe(1);
    expect(threaded.stdout).toBe(alone.stdout);
    expect(threaded.stderr).toBe(alone.stderr);
    const rows = threaded.stdout.split('\n').slice(1, 6);
    expect(rows.map((r) => r.split(' ')[0])).toEqual(list);
    expect(rows[2]).toMatch(/ current /);
    expect(rows[4]).toMatch(/Another Network.+ stale /);
  });

  it('on threads, prints the same rows from the cache as read afresh', async () => {
    const dir = tempDir();
    cpSync(join(repoRoot, 'examples'), join(dir, 'clients'), { recursive: true });
    cpSync(join(dir, 'clients/packs'), join(dir, 'packs'), { recursive: true });
    const list = ['clients/secretaires-de-mairie/cop.yaml', 'clients/field-service-technicians/cop.yaml', 'clients/assessment-practice-network/cop.yaml'];
    // Rendered by this build, so each run tells the documents current from the manifest rather
    // than by rendering every format in memory (the committed ones come from another build).
    expect((await runCli(['render', ...list], { cwd: dir })).code).toBe(0);
    const afresh = await runCli(['status', '--no-cache', '--jobs', '1', '--json', ...list], { cwd: dir });
    // The first run fills the cache on the threads, the second takes every row's reading from it.
    for (let run = 0; run < 2; run++) {
      const threaded = await runCli(['status', '--jobs', '2', '--json', ...list], { cwd: dir });
      expect(threaded).toMatchObject({ code: afresh.code, stdout: afresh.stdout, stderr: '' });
    }
  });
});
