/**
 * The portfolio's cache of rows where the disk lets it down: a write that fills the disk half-way
 * and a cache folder copkit may not write. The cache is then silently done without: the same
 * rows and exit code, nothing said, and never a partial cache file. Through the built CLI, since
 * the faults come from the fault-injection preload and from running as another user.
 */
import { execFileSync } from 'node:child_process';
import { cpSync as copy, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { failingWrites, readOnlyRunner } from '../helpers/faults.js';
import { tempDir } from '../helpers/tmp.js';

const FILES = ['clients/field-service-technicians/cop.yaml', 'clients/secretaires-de-mairie/cop.yaml', 'clients/broken.yaml'];

/**
 * Both examples, rendered once by this build so that their documents are current from the
 * manifest: the committed ones were rendered by another build, and telling whether they are
 * current would mean rendering every format in memory on every run.
 */
let rendered: string | undefined;

beforeAll(async () => {
  rendered = mkdtempSync(join(tmpdir(), 'copkit-portfolio-faults-'));
  copy(join(repoRoot, 'examples'), join(rendered, 'clients'), { recursive: true });
  copy(join(rendered, 'clients/packs'), join(rendered, 'packs'), { recursive: true });
  const render = await runCli(['render', FILES[0]!, FILES[1]!], { cwd: rendered });
  expect(render.code, render.stderr).toBe(0);
});

afterAll(() => {
  if (rendered) rmSync(rendered, { recursive: true, force: true });
});

function clients(): { dir: string; cache: string } {
  const dir = tempDir();
  copy(join(rendered!, 'clients'), join(dir, 'clients'), { recursive: true });
  copy(join(rendered!, 'packs'), join(dir, 'packs'), { recursive: true });
  writeFileSync(join(dir, 'clients/broken.yaml'), 'copkit: 1\nsetup:\n  communityName: [Tips\n');
  return { dir, cache: join(dir, 'cache') };
}

describe('the portfolio cache on a full disk', () => {
  it('leaves no cache file at all when its write fails half-way, and the rows are right', async () => {
    const { dir, cache } = clients();
    const expected = await runCli(['status', '--no-cache', ...FILES], { cwd: dir });
    const full = await runCli(['status', ...FILES], { cwd: dir, env: { XDG_CACHE_HOME: cache, ...failingWrites('ENOSPC:1+', /status-rows/) } });
    expect(full).toMatchObject({ code: expected.code, stdout: expected.stdout, stderr: '' });
    expect(readdirSync(join(cache, 'copkit'))).toEqual([]);
    // With room again, the next run writes it whole, and the one after reads it.
    for (let run = 0; run < 2; run++) expect(await runCli(['status', ...FILES], { cwd: dir, env: { XDG_CACHE_HOME: cache } })).toMatchObject({ code: expected.code, stdout: expected.stdout });
    expect(readdirSync(join(cache, 'copkit'))).toEqual(['status-rows.json']);
    expect(() => JSON.parse(readFileSync(join(cache, 'copkit/status-rows.json'), 'utf8'))).not.toThrow();
  });
});

describe.skipIf(readOnlyRunner === undefined)('a cache folder copkit may not write', () => {
  // As root (CI), copkit runs as nobody through setpriv, since root ignores permission bits.
  it('gives the right rows and exit code, says nothing, and leaves the cache as it was', async () => {
    const { dir, cache } = clients();
    const env = { XDG_CACHE_HOME: cache };
    // A cache written by a run of its owner, then a design changed: its row must be read again.
    await runCli(['status', ...FILES], { cwd: dir, env });
    const edited = join(dir, FILES[0]!);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('communityName: The Breakfast Table', 'communityName: The Lunch Table'));
    const expected = await runCli(['status', '--no-cache', ...FILES], { cwd: dir, env });
    expect(expected.stdout).toContain('The Lunch Table');
    const before = readFileSync(join(cache, 'copkit/status-rows.json'));
    readOnlyRunner!.lock(dir);
    readOnlyRunner!.lock(cache);
    readOnlyRunner!.lock(join(cache, 'copkit'));
    try {
      const result = await runCli(['status', ...FILES], { cwd: dir, env, prefix: readOnlyRunner!.prefix });
      expect(result).toMatchObject({ code: expected.code, stdout: expected.stdout, stderr: '' });
      expect(readFileSync(join(cache, 'copkit/status-rows.json'))).toEqual(before);
      expect(readdirSync(join(cache, 'copkit'))).toEqual(['status-rows.json']);
    } finally {
      execFileSync('chmod', ['-R', 'u+w', dir]);
    }
  });
});
