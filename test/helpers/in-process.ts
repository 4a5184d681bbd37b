import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deps } from '../../src/deps.js';
import { run } from '../../src/run.js';
import { tempDir } from './tmp.js';

export interface RunResult { code: number; stdout: string; stderr: string; ms: number }

/**
 * Run copkit in-process in `cwd` with captured streams, the given environment and a fixed date.
 * The command code is the same as the built CLI's; only the process boundary (main.ts) is
 * skipped, which keeps table tests fast. `ms` is for time bounds on hostile inputs, never for
 * asserting speed.
 */
export async function runIn(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, today = '2026-11-26'): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const deps: Deps = {
    cwd,
    env,
    stdin: process.stdin,
    stdout: { write: (text: string) => { stdout += text; return true; } },
    stderr: { write: (text: string) => { stderr += text; return true; } },
    today: () => today,
  };
  const start = performance.now();
  const code = await run(args, deps);
  return { code, stdout, stderr, ms: performance.now() - start };
}

/** Run copkit in-process in a new folder holding the given cop.yaml. */
export async function runWith(yaml: string, args: readonly string[], today = '2026-11-26'): Promise<RunResult> {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), yaml);
  return runIn(dir, args, {}, today);
}
