import { resolve } from 'node:path';
import type { Deps } from '../deps.js';
import { displayFile } from '../io/display-path.js';
import type { GlobalOptions } from '../options.js';

/** The design file: an absolute path to use and the path to show in messages. */
export function designFile(options: Pick<GlobalOptions, 'file'>, deps: Pick<Deps, 'cwd'>): { path: string; display: string } {
  const path = resolve(deps.cwd, options.file);
  return { path, display: displayFile(deps.cwd, path) };
}
