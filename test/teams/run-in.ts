import type { Deps } from '../../src/deps.js';
import { run } from '../../src/run.js';
import type { RunResult } from '../helpers/in-process.js';

/** Run copkit in-process in `cwd` with these environment variables and a fixed date. */
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
  const code = await run(args, deps);
  return { code, stdout, stderr };
}
