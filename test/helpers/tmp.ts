import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './cli.js';

const made: string[] = [];

/**
 * Remove the folders made during the test. test/helpers/setup.ts runs this after every test of
 * every file: a hook registered here would run only for the first file that imports this module,
 * since test files share modules (vitest.config.ts: isolate is off).
 */
export function removeTempDirs(): void {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
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
