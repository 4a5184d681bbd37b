import type { Deps } from '../../src/deps.js';
import { run } from '../../src/run.js';

export interface RunResult { code: number; stdout: string; stderr: string; ms: number }

/** Run copkit in-process in `dir` with captured streams and a fixed date. */
export async function runIn(dir: string, args: readonly string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const deps: Deps = {
    cwd: dir,
    env: {},
    stdin: process.stdin,
    stdout: { write: (text: string) => { stdout += text; return true; } },
    stderr: { write: (text: string) => { stderr += text; return true; } },
    today: () => '2026-11-26',
  };
  const start = performance.now();
  const code = await run(args, deps);
  return { code, stdout, stderr, ms: performance.now() - start };
}
