import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { todayFrom, type Deps } from '../../src/deps.js';
import { run } from '../../src/run.js';
import { tempDir } from './tmp.js';

export interface RunResult { code: number; stdout: string; stderr: string }

export interface RunOptions {
  /** The folder copkit runs in (its working directory). */
  cwd: string;
  /** Environment variables copkit sees; nothing else of the test's environment leaks in. */
  env?: NodeJS.ProcessEnv;
  /** What copkit reads on stdin; without it stdin is empty, as with the built CLI given no input. */
  input?: string;
  /** Today's date (YYYY-MM-DD); without it copkit reads COPKIT_TODAY or the clock, as the CLI does. */
  today?: string;
}

/**
 * Run copkit in-process, the way the built CLI would run it without a terminal: same commands,
 * same messages and exit codes, only the process boundary (main.ts: signals, the exit itself) is
 * skipped. Stdout and stderr are not terminals, so output is plain unless the env forces colour.
 * Takes the same options as `runCli`, so a test moves between the two by changing the call.
 */
export async function runCopkit(args: readonly string[], options: RunOptions): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { CI: 'true', ...options.env };
  let stdout = '';
  let stderr = '';
  const deps: Deps = {
    cwd: options.cwd,
    env,
    stdin: Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]),
    stdout: { write: (text: string) => { stdout += text; return true; } },
    stderr: { write: (text: string) => { stderr += text; return true; } },
    today: options.today === undefined ? () => todayFrom(env, new Date()) : () => options.today!,
  };
  const code = await run(args, deps);
  return { code, stdout, stderr };
}

/** Run copkit in-process on a new folder holding this cop.yaml, with a fixed date. */
export async function runWith(yaml: string, args: readonly string[], today = '2026-11-26'): Promise<RunResult> {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), yaml);
  return runCopkit(args, { cwd: dir, today });
}
