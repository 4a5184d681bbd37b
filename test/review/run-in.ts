/** Run copkit in-process in a folder, with a fixed date, and read what it wrote there. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Deps } from '../../src/deps.js';
import type { CopData } from '../../src/model/types.js';
import { run } from '../../src/run.js';
import type { RunResult } from '../helpers/in-process.js';

export async function runIn(dir: string, args: readonly string[], today = '2026-11-26'): Promise<RunResult> {
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

export const readText = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

export const readDesign = (dir: string) => parse(readText(dir, 'cop.yaml')) as CopData;
