/** Run copkit in-process in a folder with a fixed date (the shared runner), and read what it wrote there. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CopData } from '../../src/model/types.js';
import { type RunResult, runIn as runInWith } from '../helpers/in-process.js';

export const runIn = (dir: string, args: readonly string[], today = '2026-11-26'): Promise<RunResult> => runInWith(dir, args, {}, today);

export const readText = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

export const readDesign = (dir: string) => parse(readText(dir, 'cop.yaml')) as CopData;
