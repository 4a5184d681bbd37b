import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deps } from '../../src/deps.js';
import { run } from '../../src/run.js';
import { tempDir } from './tmp.js';

export interface RunResult { code: number; stdout: string; stderr: string }

/**
 * Run copkit in-process with the given cop.yaml and a fixed date. The command code is the same
 * as the built CLI's; only the process boundary (main.ts) is skipped, which keeps table tests fast.
 */
export async function runWith(yaml: string, args: readonly string[], today = '2026-11-26'): Promise<RunResult> {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), yaml);
  let stdout = '';
  let stderr = '';
  const deps: Deps = {
    cwd: dir,
    env: {},
    stdin: process.stdin,
    stdout: { write: (text: string) => { stdout += text; return true; } },
    stderr: { write: (text: string) => { stderr += text; return true; } },
    today: () => today,
  };
  const code = await run(args, deps);
  return { code, stdout, stderr };
}
