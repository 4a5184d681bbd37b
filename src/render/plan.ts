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
  /** What to write, for create and update. */
  content?: string;
  /**
   * The manifest only: its files are unchanged but the inputs it records are not (or it records
   * none yet). A render writes `content` quietly; --check and --dry-run see nothing to do.
   */
  refresh?: boolean;
}

/** What is at a path now; `at` names the symbolic link or the non-folder found on the way. */
export type DiskState =
  | { kind: 'missing' }
  | { kind: 'file'; hash: string }
  | { kind: 'symlink'; at: string }
  | { kind: 'other'; at: string };

export interface PlanInputs {
  outputs: readonly { path: string; content: string }[];
  manifest: Manifest;
  /** The manifest's current text, or undefined if there is none. */
  manifestText: string | undefined;
  disk: ReadonlyMap<string, DiskState>;
  /** Whether a manifest entry belongs to the documents being rendered (see `--only`). */
  inScope: (path: string) => boolean;
  force: boolean;
  /** What this render is made from, to record in the manifest. */
  inputs?: RenderInputs | undefined;
}

export interface RenderPlan {
  files: FilePlan[];
  manifest: FilePlan;
  conflicts: FilePlan[];
  /** Whether a real run would change anything on disk. */
  changes: boolean;
}

function blocked(path: string, state: DiskState): FilePlan | undefined {
  if (state.kind === 'symlink') return { path, action: 'conflict', reason: `${state.at} is a symbolic link; copkit does not write through links` };
  if (state.kind === 'other') return { path, action: 'conflict', reason: `${state.at} is in the way (not a regular file)` };
  return undefined;
}

function planOutput(path: string, content: string, input: PlanInputs): FilePlan {
  const state = input.disk.get(path) ?? { kind: 'missing' };
  const stop = blocked(path, state);
  if (stop) return stop;
  if (state.kind === 'missing') return { path, action: 'create', content };
  const hash = sha256(content);
  if (state.kind === 'file' && state.hash === hash) return { path, action: 'unchanged' };
  const recorded = input.manifest[path];
  if (recorded === undefined) {
    return { path, action: 'conflict', reason: `not made by copkit (not in ${MANIFEST_NAME}); move it away to let copkit write here` };
  }
  if (state.kind === 'file' && state.hash !== recorded) {
    return input.force
      ? { path, action: 'update', content, reason: 'overwrites hand edits (--force)' }
      : { path, action: 'conflict', reason: 'edited by hand since copkit wrote it' };
  }
  return { path, action: 'update', content };
}

function planOrphan(path: string, input: PlanInputs): FilePlan | undefined {
  const state = input.disk.get(path) ?? { kind: 'missing' };
  if (state.kind === 'missing') return undefined;
  if (state.kind !== 'file') return { path, action: 'keep', reason: 'no longer generated; left in place because it is not a regular file' };
  if (state.hash === input.manifest[path] || input.force) {
    return { path, action: 'remove', ...(state.hash === input.manifest[path] ? {} : { reason: 'removes hand edits (--force)' }) };
  }
  return { path, action: 'keep', reason: 'no longer generated, but edited by hand: kept; delete it yourself when done with it' };
}

export function planRender(input: PlanInputs): RenderPlan {
  const files = input.outputs.map((o) => planOutput(o.path, o.content, input));
  const produced = new Set(input.outputs.map((o) => o.path));
  const orphans = Object.keys(input.manifest).filter((p) => !produced.has(p) && input.inScope(p)).sort();
  for (const path of orphans) {
    const plan = planOrphan(path, input);
    if (plan) files.push(plan);
  }
  const next: Manifest = {};
  for (const [path, hash] of Object.entries(input.manifest)) if (!input.inScope(path) && !produced.has(path)) next[path] = hash;
  for (const output of input.outputs) next[output.path] = sha256(output.content);
  const text = serializeManifest(next, input.inputs);
  const manifestState = input.disk.get(MANIFEST_NAME) ?? { kind: 'missing' };
  const sameFiles = input.manifestText !== undefined && input.manifestText === serializeManifest(next, parseInputs(input.manifestText));
  const manifest: FilePlan = blocked(MANIFEST_NAME, manifestState)
    ?? (input.manifestText === undefined ? { path: MANIFEST_NAME, action: 'create', content: text }
      : input.manifestText === text ? { path: MANIFEST_NAME, action: 'unchanged' }
        : sameFiles ? { path: MANIFEST_NAME, action: 'unchanged', content: text, refresh: true }
          : { path: MANIFEST_NAME, action: 'update', content: text });
  const all = [...files, manifest];
  return {
    files,
    manifest,
    conflicts: all.filter((f) => f.action === 'conflict'),
    changes: all.some((f) => f.action !== 'unchanged'),
  };
}
