/**
 * Plan, then apply: what rendering will do to each file, decided from the rendered outputs, the
 * manifest and what is on disk. Pure; `--dry-run` and `--check` print this plan, and a real run
 * carries out exactly this plan (or nothing at all when it holds a conflict).
 */
import type { Manifest } from './manifest.js';
import { MANIFEST_NAME, parseInputs, serializeManifest, sha256 } from './manifest.js';
import type { RenderInputs } from './manifest.js';

export type Action = 'create' | 'update' | 'unchanged' | 'remove' | 'keep' | 'conflict';

export interface FilePlan {
  /** Path inside the output folder, with `/`. */
  path: string;
  action: Action;
  /** Why, when it is not obvious: a conflict's cause, a forced overwrite, a kept edit. */
  reason?: string;
  /** What to write, for create and update (bytes for binary formats such as .docx). */
  content?: string | Uint8Array;
  /**
   * The manifest only: its files are unchanged but the inputs it records are not (or it records
   * none yet). A render writes `content` quietly; --check and --dry-run see nothing to do.
   */
  refresh?: boolean;
}

/** What is at a path now; `at` names the symbolic link or the non-folder found on the way. */
export type DiskState = { kind: 'missing' } | { kind: 'file'; hash: string } | { kind: 'symlink'; at: string } | { kind: 'other'; at: string };

export interface PlanInputs {
  outputs: readonly { path: string; content: string | Uint8Array }[];
  manifest: Manifest;
  /** Hashes a render that was killed part way was replacing (see `serializeManifest`). */
  previous?: Manifest;
  /** The manifest's current text, or undefined if there is none. */
  manifestText: string | undefined;
  disk: ReadonlyMap<string, DiskState>;
  /** Whether a manifest entry belongs to the documents being rendered (see `--only`). */
  inScope: (path: string) => boolean;
  force: boolean;
  /** What this render is made from, to record in the manifest. */
  inputs?: RenderInputs | undefined;
}

/** The manifest's own step: its content is always text. */
export type ManifestPlan = Omit<FilePlan, 'content'> & { content?: string };

export interface RenderPlan {
  files: FilePlan[];
  manifest: ManifestPlan;
  /**
   * The manifest to write before any file, when files are written or removed: the new hashes, and
   * the hash each replaced or removed file has now, so that a render killed part way leaves every
   * file recognisable as copkit's own.
   */
  pending?: string;
  conflicts: FilePlan[];
  /** Whether a real run would change anything on disk. */
  changes: boolean;
}

function blocked(path: string, state: DiskState): ManifestPlan | undefined {
  if (state.kind === 'symlink') return { path, action: 'conflict', reason: `${state.at} is a symbolic link; copkit does not write through links` };
  if (state.kind === 'other') return { path, action: 'conflict', reason: `${state.at} is in the way (not a regular file)` };
  return undefined;
}

function planOutput(path: string, content: string | Uint8Array, input: PlanInputs): FilePlan {
  const state = input.disk.get(path) ?? { kind: 'missing' };
  const stop = blocked(path, state);
  if (stop) return stop;
  if (state.kind === 'missing') return { path, action: 'create', content };
  const hash = sha256(content);
  if (state.kind === 'file' && state.hash === hash) return { path, action: 'unchanged' };
  const recorded = input.manifest[path];
  const before = input.previous?.[path];
  if (recorded === undefined && before === undefined) {
    return { path, action: 'conflict', reason: `not made by copkit (not in ${MANIFEST_NAME}); move it away to let copkit write here` };
  }
  if (state.kind === 'file' && state.hash !== recorded && state.hash !== before) {
    return input.force ? { path, action: 'update', content, reason: 'overwrites hand edits (--force)' } : { path, action: 'conflict', reason: 'edited by hand since copkit wrote it' };
  }
  return { path, action: 'update', content };
}

function planOrphan(path: string, input: PlanInputs): FilePlan | undefined {
  const state = input.disk.get(path) ?? { kind: 'missing' };
  if (state.kind === 'missing') return undefined;
  if (state.kind !== 'file') return { path, action: 'keep', reason: 'no longer generated; left in place because it is not a regular file' };
  const own = state.hash === input.manifest[path] || state.hash === input.previous?.[path];
  if (own || input.force) {
    return { path, action: 'remove', ...(own ? {} : { reason: 'removes hand edits (--force)' }) };
  }
  return { path, action: 'keep', reason: 'no longer generated, but edited by hand: kept; delete it yourself when done with it' };
}

function foldName(path: string): string {
  return path
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function planRender(input: PlanInputs): RenderPlan {
  const files = input.outputs.map((o) => planOutput(o.path, o.content, input));
  const produced = new Set(input.outputs.map((o) => o.path));
  const previous = input.previous ?? {};
  const orphans = [...new Set([...Object.keys(input.manifest), ...Object.keys(previous)])].filter((p) => !produced.has(p) && input.inScope(p)).sort();
  // On a file system that ignores case or accents, such a name is an output under another
  // spelling: removing it would remove the output.
  const folded = new Set(input.outputs.map((o) => foldName(o.path)));
  for (const path of orphans) {
    const plan = folded.has(foldName(path))
      ? { path, action: 'keep' as const, reason: 'no longer generated, but its name differs from a file copkit writes only in case or accents: kept, in case it is that file' }
      : planOrphan(path, input);
    if (plan) files.push(plan);
  }
  const next: Manifest = {};
  for (const [path, hash] of Object.entries(input.manifest)) if (!input.inScope(path) && !produced.has(path)) next[path] = hash;
  for (const output of input.outputs) next[output.path] = sha256(output.content);
  // What an unfinished render was replacing outside this one's documents (--only) stays known.
  const carried: Manifest = {};
  for (const [path, hash] of Object.entries(previous)) if (!input.inScope(path) && !produced.has(path)) carried[path] = hash;
  const text = serializeManifest(next, input.inputs, carried);
  const manifestState = input.disk.get(MANIFEST_NAME) ?? { kind: 'missing' };
  const sameFiles = input.manifestText !== undefined && input.manifestText === serializeManifest(next, parseInputs(input.manifestText), carried);
  const manifest: ManifestPlan =
    blocked(MANIFEST_NAME, manifestState) ??
    (input.manifestText === undefined
      ? { path: MANIFEST_NAME, action: 'create', content: text }
      : input.manifestText === text
        ? { path: MANIFEST_NAME, action: 'unchanged' }
        : sameFiles
          ? { path: MANIFEST_NAME, action: 'unchanged', content: text, refresh: true }
          : { path: MANIFEST_NAME, action: 'update', content: text });
  const all = [...files, manifest];
  const replaced: Manifest = { ...carried };
  for (const file of files) {
    const state = input.disk.get(file.path);
    if ((file.action === 'update' || file.action === 'remove') && state?.kind === 'file') replaced[file.path] = state.hash;
  }
  const writes = files.some((f) => f.action === 'create' || f.action === 'update' || f.action === 'remove');
  return {
    files,
    manifest,
    ...(writes ? { pending: serializeManifest(next, undefined, replaced) } : {}),
    conflicts: all.filter((f) => f.action === 'conflict'),
    changes: all.some((f) => f.action !== 'unchanged'),
  };
}
