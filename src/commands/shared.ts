import { isAbsolute, relative, resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import type { Deps } from '../deps.js';
import { createOutput } from '../io/output.js';
import type { Output } from '../io/output.js';

/** The design file: an absolute path to use and the path to show in messages. */
export function designFile(options: Pick<GlobalOptions, 'file'>, deps: Pick<Deps, 'cwd'>): { path: string; display: string } {
  const path = resolve(deps.cwd, options.file);
  const rel = relative(deps.cwd, path);
  return { path, display: rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel };
}

export function outputFor(options: Pick<GlobalOptions, 'color'>, deps: Deps): Output {
  return createOutput(deps.stdout, deps.stderr, deps.env, options.color ? undefined : false);
}
