import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

const preload = join(repoRoot, 'test/fixtures/fail-writes.mjs');

/**
 * Environment that makes the spawned copkit's `spec` file write fail (test/fixtures/fail-writes.mjs):
 * `ENOSPC:2` fails the second write, `ENOSPC:2+` that one and every later one. `names` limits the
 * count to files whose name matches.
 */
export function failingWrites(spec: string, names?: RegExp): NodeJS.ProcessEnv {
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(),
    COPKIT_TEST_FAIL_WRITES: spec,
    ...(names ? { COPKIT_TEST_FAIL_NAMES: names.source } : {}),
  };
}

/** The temporary files copkit writes cop.yaml through (not those of other files beside it). */
export const COP_YAML_WRITES = /^\.cop\.yaml\.[0-9a-z-]+\.tmp$/;

function has(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const root = process.getuid?.() === 0;

/**
 * How to run copkit so that a folder it may read but not write really refuses writes. Permission
 * bits do not stop root (CI runs as root), so as root copkit runs as `nobody` through setpriv;
 * otherwise the folder is simply made read-only. Undefined when neither is possible.
 */
export const readOnlyRunner: { prefix: string[]; lock(dir: string): void } | undefined = !root
  ? { prefix: [], lock: (dir) => chmodSync(dir, 0o555) }
  : has('setpriv')
    ? { prefix: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'], lock: (dir) => chmodSync(dir, 0o755) }
    : undefined;
