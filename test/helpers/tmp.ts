import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not imported from cli.ts, which imports this module for testCacheHome.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const made: string[] = [];
let cacheHome: string | undefined;

/**
 * Remove the folders made during the test. test/helpers/setup.ts runs this after every test of
 * every file: a hook registered here would run only for the first file that imports this module,
 * since test files share modules (vitest.config.ts: isolate is off).
 */
export function removeTempDirs(): void {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
  cacheHome = undefined;
}

/**
 * The XDG_CACHE_HOME of the running test: a folder of its own, made on first use and removed
 * after the test. runIn, runCli and the pty sessions give it to copkit unless the test names
 * another, so the portfolio's cache of rows (src/portfolio/row-cache.ts) never reaches the real
 * ~/.cache, and one test's rows never serve another's: the runs of one test share it, as one
 * person's runs do.
 */
export function testCacheHome(): string {
  cacheHome ??= tempDir('copkit-test-cache-');
  return cacheHome;
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'copkit-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary copy of an example (`examples/<name>`), removed after the test. */
export function copyExample(name: string): string {
  const dir = tempDir();
  cpSync(join(repoRoot, 'examples', name), dir, { recursive: true });
  return dir;
}

/** Every file under `dir` with its bytes, to prove that a command wrote nothing. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return out;
}
