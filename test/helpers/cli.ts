import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testCacheHome } from './tmp.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const copkitBin = fileURLToPath(new URL('../../bin/copkit.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built copkit as a user would, without a terminal: stdin is closed (or fed `input`),
 * colour variables are cleared so output is plain unless a test asks otherwise, and the cache folder
 * is the test's own (tmp.ts testCacheHome). `prefix` runs it
 * under another command (`setpriv ... --` to run it as another user).
 */
export function runCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number; prefix?: readonly string[] }): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', CI: 'true', XDG_CACHE_HOME: testCacheHome(), ...options.env };
  return new Promise((resolve, reject) => {
    const [command, ...rest] = [...(options.prefix ?? []), process.execPath, copkitBin, ...args];
    const child = spawn(command!, rest, {
      cwd: options.cwd,
      env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 100_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}
