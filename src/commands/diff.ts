import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Deps } from '../deps.js';
import type { GlobalOptions } from '../options.js';
import type { CommandDeps, Result } from './report.js';
import { readDesignVersion } from '../document/design-version.js';
import { UsageError } from '../errors.js';
import { gitShow } from '../io/git-show.js';
import { readTextFile } from '../io/read-text.js';
import { diffDesigns, hasChanges } from '../model/diff.js';
import type { DesignVersion } from '../model/diff.js';
import type { DiffFormat, DiffReport } from './diff-messages.js';
import { designFile } from './shared.js';

export interface DiffOptions extends GlobalOptions {
  versions: string[];
  format: string;
  exitCode: boolean;
}

const FORMATS: readonly DiffFormat[] = ['text', 'markdown', 'json'];

/**
 * `copkit diff [A] [B]`: what changed in the design between two versions. A and B are git
 * revisions of the design file or files; the default compares HEAD with the working file.
 */
export async function diffCommand(options: DiffOptions, deps: CommandDeps): Promise<Result<{ format: DiffFormat; report: DiffReport }>> {
  const format = options.format as DiffFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, markdown or json, not ${JSON.stringify(options.format)}`);
  if (options.versions.length > 2) throw new UsageError('copkit diff compares two versions: give at most two revisions or files');
  const design = designFile(options, deps);
  const [a = 'HEAD', b] = options.versions;
  const from = await openVersion(a, design, deps);
  const to = b === undefined ? await workingFile(design) : await openVersion(b, design, deps);
  const diff = diffDesigns(from.version, to.version);
  const report = { file: design.display, from: from.label, to: to.label, diff };
  return { exitCode: options.exitCode && hasChanges(diff) ? 1 : 0, data: { format, report } };
}

interface Opened {
  label: string;
  version: DesignVersion;
}

async function workingFile(design: { path: string; display: string }): Promise<Opened> {
  const file = await readTextFile(design.path, design.display);
  return { label: 'working file', version: readDesignVersion(file.bytes, design.display) };
}

/** A file when one exists at that path, otherwise a git revision of the design file. */
async function openVersion(spec: string, design: { path: string; display: string }, deps: Deps): Promise<Opened> {
  const path = resolve(deps.cwd, spec);
  if (await isFile(path)) {
    const file = await readTextFile(path, spec);
    return { label: spec, version: readDesignVersion(file.bytes, spec) };
  }
  const display = `${design.display} at ${spec}`;
  const bytes = await gitShow(spec, design.path, display);
  return { label: spec, version: readDesignVersion(bytes, display) };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
