/**
 * `copkit templates eject`: copy built-in templates into a pack so a consultant can change them.
 * It only ever adds files: a file already in the pack is kept as it is, and nothing is written
 * through a symbolic link inside the pack.
 */
import { lstat, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { createNewFile } from '../io/create-new.js';
import { diskState } from './render-files.js';
import { closest } from '../model/suggest.js';
import { copkitVersion } from '../version.js';
import { documentTemplates } from './documents.js';
import { PACK_FILE } from './pack.js';
import { builtinLayer, partialFiles } from './template-source.js';

export interface EjectStep {
  /** Path inside the pack, with `/`. */
  path: string;
  action: 'create' | 'kept' | 'refused';
  reason?: string;
}

/** Every built-in template file, templates first, then partials. */
export async function builtinFiles(cwd: string): Promise<string[]> {
  return [...documentTemplates, ...(await partialFiles(builtinLayer(cwd)))];
}

/** Names as the user may write them: the file (`partials/header.hbs`), or short (`header`, `charter`). */
function aliases(file: string): string[] {
  const base = file.split('/').pop()!;
  return [file, file.replace(/\.hbs$/, ''), base.replace(/\.hbs$/, ''), base.replace(/\.md\.hbs$/, '')].map((a) => a.toLowerCase());
}

/** The files named, in the usual order; all of them when no name is given. */
export function selectFiles(names: readonly string[], all: readonly string[]): string[] {
  if (names.length === 0) return [...all];
  const wanted = new Set<string>();
  for (const name of names) {
    const file = all.find((f) => aliases(f).includes(name.toLowerCase()));
    if (!file) {
      const guess = closest(name, all.flatMap(aliases));
      throw new UsageError(`no built-in template is called "${name}"${guess ? ` (did you mean ${guess}?)` : ''}`, 'Run `copkit templates list` to see the names.');
    }
    wanted.add(file);
  }
  return all.filter((f) => wanted.has(f));
}

/** Copy `files` from the built-in templates into the pack at `packDir`, creating pack.yaml if needed. */
export async function ejectTemplates(files: readonly string[], packDir: string, cwd: string): Promise<EjectStep[]> {
  const info = await lstat(packDir).catch(() => null);
  if (info && !info.isDirectory() && !info.isSymbolicLink()) throw new UsageError(`${packDir} is not a folder`);
  await mkdir(packDir, { recursive: true });
  const steps: EjectStep[] = [await place(packDir, PACK_FILE, packYaml(packDir))];
  const builtin = builtinLayer(cwd);
  for (const file of files) steps.push(await place(packDir, file, await readFile(join(builtin.root, ...file.split('/')))));
  return steps;
}

async function place(packDir: string, path: string, data: string | Buffer): Promise<EjectStep> {
  const state = await diskState(packDir, path);
  if (state.kind === 'file' || ((state.kind === 'symlink' || state.kind === 'other') && state.at === path)) {
    return { path, action: 'kept', reason: "already in the pack; copkit never overwrites a pack's files" };
  }
  if (state.kind !== 'missing') {
    return { path, action: 'refused', reason: `${state.at} is ${state.kind === 'symlink' ? 'a symbolic link' : 'not a folder'}; copkit does not write through it` };
  }
  await mkdir(dirname(join(packDir, ...path.split('/'))), { recursive: true });
  const created = await createNewFile(join(packDir, ...path.split('/')), data);
  return created ? { path, action: 'create' } : { path, action: 'kept', reason: 'appeared while copkit was copying; kept as it is' };
}

/** A pack.yaml for a new pack, named after its folder. */
function packYaml(packDir: string): string {
  const name = basename(packDir).replace(/[^\w.-]+/g, '-') || 'my-pack';
  return [
    `name: ${JSON.stringify(name)}`,
    'version: "0.1.0"',
    `description: ${JSON.stringify(`Templates started from copkit ${copkitVersion()}`)}`,
    '# strings:            # text your templates use as {{strings.name}} ({{@root.strings.name}} inside blocks)',
    '#   tagline: "..."',
    '',
  ].join('\n');
}
