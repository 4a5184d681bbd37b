/**
 * The file side of rendering: look at what is in the output folder (never following a symbolic
 * link inside it), and carry out a plan with atomic writes. Every path is checked to stay inside
 * the output folder before anything touches the disk.
 */
import { lstat, mkdir, readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { DocumentError } from '../errors.js';
import { MANIFEST_NAME, parseManifest, sha256 } from '../render/manifest.js';
import type { Manifest } from '../render/manifest.js';
import type { DiskState, FilePlan, RenderPlan } from '../render/plan.js';
import { atomicWrite } from './atomic-write.js';

/** Whether `path` (absolute) lies inside `root` (absolute), not at it and not above it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}

/** The absolute path of an output path, refusing anything that would leave the folder. */
export function outputPath(outDir: string, path: string): string {
  const full = join(outDir, ...path.split('/'));
  if (path.includes('\0') || path.includes('\\') || isAbsolute(path) || !isInside(outDir, full)) {
    throw new DocumentError(path, `refusing to write ${path}: it would land outside the output folder`);
  }
  return full;
}

async function lstatOrNull(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
}

/** What is at one output path, checking each folder on the way from the output folder. */
export async function diskState(outDir: string, path: string): Promise<DiskState> {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join('/');
    const info = await lstatOrNull(outputPath(outDir, at));
    if (!info) return { kind: 'missing' };
    if (info.isSymbolicLink()) return { kind: 'symlink', at };
    const last = i === parts.length;
    if (!last && !info.isDirectory()) return { kind: 'other', at };
    if (last && !info.isFile()) return { kind: 'other', at };
  }
  return { kind: 'file', hash: sha256(await readFile(outputPath(outDir, path))) };
}

export async function diskStates(outDir: string, paths: Iterable<string>): Promise<Map<string, DiskState>> {
  const states = new Map<string, DiskState>();
  for (const path of paths) states.set(path, await diskState(outDir, path));
  return states;
}

/** The manifest and its text, or an empty manifest when there is none. */
export async function readManifest(outDir: string, display: string): Promise<{ manifest: Manifest; text: string | undefined }> {
  const state = await diskState(outDir, MANIFEST_NAME);
  if (state.kind !== 'file') return { manifest: {}, text: undefined };
  const text = await readFile(outputPath(outDir, MANIFEST_NAME), 'utf8');
  return { manifest: parseManifest(text, display), text };
}

/** The output folder itself must be a folder (or not exist yet). */
export async function checkOutDir(outDir: string, display: string): Promise<void> {
  const info = await lstatOrNull(outDir);
  if (info && !info.isDirectory() && !(info.isSymbolicLink())) {
    throw new DocumentError(display, `${display} is not a folder; copkit renders into a folder`);
  }
}

/** Carry out a plan that holds no conflict: writes, then removals, then the manifest last. */
export async function applyPlan(outDir: string, plan: RenderPlan): Promise<void> {
  if (plan.conflicts.length > 0) throw new Error('a plan with conflicts must not be applied');
  // Each write is atomic on its own, so they may overlap: their fsyncs then wait on the disk
  // together rather than one after another. The manifest still comes last, once all are done.
  await inParallel(plan.files.filter((f) => f.action === 'create' || f.action === 'update'), (file) => write(outDir, file));
  for (const file of plan.files) if (file.action === 'remove') await remove(outDir, file.path);
  if (plan.manifest.action !== 'unchanged') await write(outDir, plan.manifest);
}

const WRITES_AT_ONCE = 8;

/** Run `task` on every item, a few at a time; wait for all, then throw the first failure. */
async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  const errors: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length && errors.length === 0) {
      const item = items[next++]!;
      await task(item).catch((error: unknown) => { errors.push(error); });
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, items.length) }, worker));
  if (errors.length > 0) throw errors[0];
}

async function write(outDir: string, file: FilePlan): Promise<void> {
  const full = outputPath(outDir, file.path);
  await mkdir(dirname(full), { recursive: true });
  // Checked again right before writing: nothing on the way may have become a link meanwhile.
  const state = await diskState(outDir, file.path);
  if (state.kind === 'symlink' || state.kind === 'other') {
    throw new DocumentError(file.path, `${state.at} changed while copkit was rendering; run it again`);
  }
  await atomicWrite(full, file.content ?? '');
}

async function remove(outDir: string, path: string): Promise<void> {
  const full = outputPath(outDir, path);
  await rm(full, { force: true });
  // Tidy up a folder the removal left empty (roles/), but never the output folder itself.
  for (let dir = dirname(full); isInside(outDir, dir); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      break;
    }
  }
}
