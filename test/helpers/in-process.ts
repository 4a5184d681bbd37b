import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type Deps, todayFrom } from '../../src/deps.js';
import { run } from '../../src/run.js';
import { tempDir, testCacheHome } from './tmp.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Run copkit in-process in `cwd`, the way the built CLI runs it without a terminal: same
 * commands, messages and exit codes; only the process boundary (main.ts: signals, the exit
 * itself) is skipped. Stdin is empty, stdout and stderr are captured and are not terminals.
 * `env` is all copkit sees of the environment, with XDG_CACHE_HOME set to the test's own cache
 * folder (tmp.ts testCacheHome) unless `env` has that key. Today is `today`, else COPKIT_TODAY from `env`
 * (checked as the CLI checks it), else 2026-11-26. `stdin` replaces the empty input, for a test
 * that watches whether it is read. `ms` is for time bounds on hostile inputs, never for asserting
 * speed. Only test/e2e/ spawns the built CLI instead (test/helpers/cli.ts).
 */
export async function runIn(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, today?: string, stdin: Deps['stdin'] = Readable.from([])): Promise<RunResult> {
  // The test's own cache folder unless it names one (XDG_CACHE_HOME: undefined leaves it unset).
  const seen: NodeJS.ProcessEnv = 'XDG_CACHE_HOME' in env ? env : { XDG_CACHE_HOME: testCacheHome(), ...env };
  let stdout = '';
  let stderr = '';
  const deps: Deps = {
    cwd,
    env: seen,
    stdin,
    stdout: {
      write: (text: string) => {
        stdout += text;
        return true;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    },
    today: today === undefined ? () => todayFrom({ COPKIT_TODAY: '2026-11-26', ...seen }, new Date()) : () => today,
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
