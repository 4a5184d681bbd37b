/**
 * The portfolio's cache of rows (`copkit status a b c`): a repeat run takes what reading each
 * unchanged design gave from `$XDG_CACHE_HOME/copkit/status-rows.json` instead of parsing it
 * again. These runs name their own XDG_CACHE_HOME, as a person's runs share theirs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { runIn } from '../helpers/in-process.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * Both examples as clients (the pack beside them), rendered once by this code so that their
 * documents are current from the manifest (the committed ones were rendered by a build, and
 * telling whether they are current would mean rendering every format in memory on every run).
 */
let rendered: string | undefined;

beforeAll(async () => {
  rendered = mkdtempSync(join(tmpdir(), 'copkit-portfolio-cache-'));
  cpSync(join(repoRoot, 'examples'), join(rendered, 'clients'), { recursive: true });
  cpSync(join(rendered, 'clients/packs'), join(rendered, 'packs'), { recursive: true });
  const render = await runIn(rendered, ['render', FILES[0]!, FILES[1]!]);
  expect(render.code, render.stderr).toBe(0);
});

afterAll(() => {
  if (rendered) rmSync(rendered, { recursive: true, force: true });
});

/** The rendered clients in a folder of the test's own, and a file that is not YAML. */
function clients(): { dir: string; cache: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir();
  cpSync(rendered!, dir, { recursive: true });
  writeFileSync(join(dir, 'clients/broken.yaml'), 'copkit: 1\nsetup:\n  communityName: [Tips\n');
  const cache = join(tempDir(), 'cache');
  return { dir, cache, env: { XDG_CACHE_HOME: cache } };
}

const FILES = ['clients/field-service-technicians/cop.yaml', 'clients/secretaires-de-mairie/cop.yaml', 'clients/broken.yaml'];
const BREAKFAST = 'clients/field-service-technicians/cop.yaml';
const cacheFile = (cache: string) => join(cache, 'copkit/status-rows.json');

describe('the portfolio keeps its rows in a cache', () => {
  it('prints byte for byte the same text and JSON from the cache as without it', async () => {
    const { dir, cache, env } = clients();
    const plain = await runIn(dir, ['status', '--no-cache', ...FILES], env);
    const plainJson = await runIn(dir, ['status', '--no-cache', '--json', ...FILES], env);
    const first = await runIn(dir, ['status', ...FILES], env);
    expect(existsSync(cacheFile(cache))).toBe(true);
    const second = await runIn(dir, ['status', ...FILES], env);
    const secondJson = await runIn(dir, ['status', '--json', ...FILES], env);
    expect(plain.code).toBe(1); // the broken file
    for (const run of [first, second]) expect(run).toMatchObject({ code: plain.code, stdout: plain.stdout, stderr: '' });
    expect(secondJson).toMatchObject({ code: plainJson.code, stdout: plainJson.stdout, stderr: '' });
  });

  it("takes a second run's rows from the cache: a cached row changed by hand shows", async () => {
    // Only the cache itself can tell a reused row from one read again, since both print the same.
    const { dir, cache, env } = clients();
    await runIn(dir, ['status', BREAKFAST], env);
    const text = readFileSync(cacheFile(cache), 'utf8');
    expect(text).toContain('"community":"The Breakfast Table');
    writeFileSync(cacheFile(cache), text.replace('"community":"The Breakfast Table', '"community":"Read from the cache'));
    expect((await runIn(dir, ['status', BREAKFAST], env)).stdout).toMatch(/Read from the cache/);
    expect((await runIn(dir, ['status', '--no-cache', BREAKFAST], env)).stdout).toMatch(/The Breakfast Table/);
  });

  it('reads an edited design again: one answer changed changes its row', async () => {
    const { dir, env } = clients();
    expect((await runIn(dir, ['status', BREAKFAST], env)).stdout).toMatch(/The Breakfast Table .+ none .+ current /);
    const file = join(dir, BREAKFAST);
    writeFileSync(file, readFileSync(file, 'utf8').replace('communityName: The Breakfast Table', 'communityName: The Lunch Table'));
    const edited = await runIn(dir, ['status', BREAKFAST], env);
    expect(edited.stdout).toMatch(/The Lunch Table .+ stale /);
    expect(edited.stdout).not.toContain('Breakfast');
  });

  it('judges the dates again on another day: a review becomes overdue', async () => {
    const { dir, env } = clients();
    expect((await runIn(dir, ['status', BREAKFAST], { ...env, COPKIT_TODAY: '2026-11-26' })).stdout).toMatch(/Sustain \(complete\) +none +- /);
    const later = await runIn(dir, ['status', BREAKFAST], { ...env, COPKIT_TODAY: '2027-02-01' });
    expect(later.stdout).toMatch(/The Breakfast Table.+ 1 warning +review 2027-01-20 /);
    expect(later.stdout).toContain('1 with dates overdue');
  });

  it('takes a corrupt cache file as empty, gives the right rows and exit code, and replaces it', async () => {
    const { dir, cache, env } = clients();
    const expected = await runIn(dir, ['status', '--no-cache', ...FILES], env);
    await runIn(dir, ['status', ...FILES], env);
    const good = readFileSync(cacheFile(cache), 'utf8');
    const damaged = [
      good.slice(0, good.length / 2), // cut short
      'not json at all',
      '{"format":1,"entries":{"x":', // an unfinished object
      good.replace(/"errors":0/g, '"errors":"none"'), // JSON, but rows of the wrong shape
      good.replace(/"status":"complete"/g, '"status":"nearly"'),
      '\u0000\u0001\u0002',
    ];
    for (const text of damaged) {
      writeFileSync(cacheFile(cache), text);
      expect(await runIn(dir, ['status', ...FILES], env)).toMatchObject({ code: expected.code, stdout: expected.stdout, stderr: '' });
      expect(JSON.parse(readFileSync(cacheFile(cache), 'utf8'))).toEqual(JSON.parse(good));
    }
  });

  it('runs without a cache where the folder cannot be made or the file cannot be read', async () => {
    const { dir, cache, env } = clients();
    const expected = await runIn(dir, ['status', '--no-cache', ...FILES], env);
    // A file where copkit's cache folder would go: nothing can be made under it, even by root.
    writeFileSync(cache, 'in the way\n');
    for (let run = 0; run < 2; run++) expect(await runIn(dir, ['status', ...FILES], env)).toMatchObject({ code: expected.code, stdout: expected.stdout, stderr: '' });
    // A folder where the cache file would go.
    const other = join(tempDir(), 'cache');
    mkdirSync(cacheFile(other), { recursive: true });
    const inFolder = { XDG_CACHE_HOME: other };
    expect(await runIn(dir, ['status', ...FILES], inFolder)).toMatchObject({ code: expected.code, stdout: expected.stdout, stderr: '' });
    expect(readdirSync(join(other, 'copkit'))).toEqual(['status-rows.json']);
    expect(readdirSync(cacheFile(other))).toEqual([]);
  });

  it('--no-cache reads nothing from the cache and writes nothing in its folder', async () => {
    const { dir, cache, env } = clients();
    expect((await runIn(dir, ['status', '--no-cache', ...FILES], env)).code).toBe(1);
    expect(existsSync(cache)).toBe(false);
    // Rows changed by hand in the cache are neither shown nor rewritten.
    await runIn(dir, ['status', ...FILES], env);
    const altered = readFileSync(cacheFile(cache), 'utf8').replace('"community":"The Breakfast Table', '"community":"Read from the cache');
    writeFileSync(cacheFile(cache), altered);
    const edited = join(dir, BREAKFAST);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('communityName: The Breakfast Table', 'communityName: The Lunch Table'));
    const result = await runIn(dir, ['status', '--no-cache', '--json', ...FILES], env);
    expect(result.stdout).toContain('"community": "The Lunch Table');
    expect(readFileSync(cacheFile(cache), 'utf8')).toBe(altered);
    expect(readdirSync(join(cache, 'copkit'))).toEqual(['status-rows.json']);
  });

  it('keeps the rows of other designs read the same day, and drops those of another day', async () => {
    const { dir, cache, env } = clients();
    const today = { ...env, COPKIT_TODAY: '2026-11-26' };
    await runIn(dir, ['status', FILES[0]!], today);
    await runIn(dir, ['status', FILES[1]!], today);
    const files = () => Object.keys((JSON.parse(readFileSync(cacheFile(cache), 'utf8')) as { entries: object }).entries).sort();
    expect(files()).toEqual([join(dir, FILES[0]!), join(dir, FILES[1]!)].sort());
    await runIn(dir, ['status', FILES[1]!], { ...env, COPKIT_TODAY: '2026-11-27' });
    expect(files()).toEqual([join(dir, FILES[1]!)]);
  });
});
