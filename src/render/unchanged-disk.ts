/**
 * What the unchanged check (unchanged.ts) reads, read synchronously: the manifest, cop.yaml and
 * every output file, with the same checks as render-files.ts's readManifest and diskState (never
 * through a symbolic link inside the output folder, the manifest's size checked before reading).
 * The check writes nothing and reads a few dozen small files; through the thread pool each file
 * costs four round trips (open, stat, read, close) and each folder on the way one more, which
 * cost more than the reads (measured over 1,000 unchanged designs on two threads: the same reads
 * took 2.6 times the CPU asynchronously). Nothing here is used on the way to a write.
 */
import { lstatSync, readFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { MANIFEST_LIMITS } from '../io/limits.js';
import { MANIFEST_NAME, parseManifestData, sha256 } from './manifest.js';
import type { Manifest } from './manifest.js';
import type { DiskState } from './plan.js';
import { outputPath } from './render-files.js';

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
}

/** The manifest and its text; undefined when there is none or it is too large to vouch for anything. */
export function readManifestNow(outDir: string, display: string): { manifest: Manifest; text: string } | undefined {
  const info = lstatOrNull(outputPath(outDir, MANIFEST_NAME));
  if (!info?.isFile() || info.size > MANIFEST_LIMITS.maxBytes) return undefined;
  const text = readFileSync(outputPath(outDir, MANIFEST_NAME), 'utf8');
  return { manifest: parseManifestData(text, display).files, text };
}

/** A regular file's bytes, or undefined for anything else or one larger than `maxBytes`. */
export function readRegularFile(path: string, maxBytes: number): Buffer | undefined {
  const info = lstatOrNull(path);
  return info?.isFile() && info.size <= maxBytes ? readFileSync(path) : undefined;
}

/** What is at one output path, checking each folder on the way from the output folder. */
export function diskStateNow(outDir: string, path: string): DiskState {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join('/');
    const info = lstatOrNull(outputPath(outDir, at));
    if (!info) return { kind: 'missing' };
    if (info.isSymbolicLink()) return { kind: 'symlink', at };
    const last = i === parts.length;
    if (!last && !info.isDirectory()) return { kind: 'other', at };
    if (last) return info.isFile() ? { kind: 'file', hash: sha256(readFileSync(outputPath(outDir, path))) } : { kind: 'other', at };
  }
  return { kind: 'missing' };
}
