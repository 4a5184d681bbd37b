/**
 * The file side of rendering: look at what is in the output folder (never following a symbolic
 * link inside it), and carry out a plan with atomic writes. Every path is checked to stay inside
 * the output folder before anything touches the disk.
 */
import { lstat, mkdir, open, readFile, rename, rm, rmdir } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { writeFailure } from '../document/save-failed.js';
import { CopkitError, DocumentError } from '../errors.js';
import { MANIFEST_NAME, parseManifest, parseManifestData, serializeManifest, sha256 } from './manifest.js';
import type { Manifest } from './manifest.js';
import type { DiskState, FilePlan, RenderPlan } from './plan.js';
import { atomicWrite, removeStaleTempFiles, syncDirectory, tempName } from '../io/atomic-write.js';
import { byteSize, MANIFEST_LIMITS } from '../io/limits.js';

/** How many files of one render are open, written and synced at once. */
const WRITE_BATCH = 16;

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
  const found = await pathKind(outDir, path);
  if (found.kind === 'missing') return { kind: 'missing' };
  if (found.kind === 'symlink' || found.kind === 'other') return { kind: found.kind, at: found.at };
  return { kind: 'file', hash: sha256(await readFile(outputPath(outDir, path))) };
}

export async function diskStates(outDir: string, paths: Iterable<string>): Promise<Map<string, DiskState>> {
  const list = [...paths];
  const found: DiskState[] = [];
  for (let start = 0; start < list.length; start += WRITE_BATCH) {
    found.push(...(await Promise.all(list.slice(start, start + WRITE_BATCH).map((path) => diskState(outDir, path)))));
  }
  return new Map(list.map((path, i) => [path, found[i]!]));
}

/** What is at one output path, like diskState but without reading the file: its mode, if a file. */
async function pathKind(outDir: string, path: string): Promise<{ kind: 'missing' | 'file'; mode?: number } | { kind: 'symlink' | 'other'; at: string }> {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join('/');
    const info = await lstatOrNull(outputPath(outDir, at));
    if (!info) return { kind: 'missing' };
    if (info.isSymbolicLink()) return { kind: 'symlink', at };
    const last = i === parts.length;
    if (!last && !info.isDirectory()) return { kind: 'other', at };
    if (last) return info.isFile() ? { kind: 'file', mode: info.mode & 0o777 } : { kind: 'other', at };
  }
  return { kind: 'missing' };
}

/** The manifest and its text, or an empty manifest when there is none. */
export async function readManifest(outDir: string, display: string): Promise<{ manifest: Manifest; previous: Manifest; text: string | undefined }> {
  const info = await lstatOrNull(outputPath(outDir, MANIFEST_NAME));
  if (!info?.isFile()) return { manifest: {}, previous: {}, text: undefined };
  // Checked before reading: a manifest is a few kilobytes, and a huge one would cost minutes.
  if (info.size > MANIFEST_LIMITS.maxBytes) {
    throw new DocumentError(display, `${display} is ${info.size} bytes; copkit reads a manifest of at most ${MANIFEST_LIMITS.maxBytes} bytes (${byteSize(MANIFEST_LIMITS.maxBytes)})`, {
      hint: 'Restore it from git, or delete it: copkit will then treat the files in that folder as not its own.',
    });
  }
  const text = await readFile(outputPath(outDir, MANIFEST_NAME), 'utf8');
  const { files, previous } = parseManifestData(text, display);
  return { manifest: files, previous, text };
}

/** The output folder itself must be a folder (or not exist yet). */
export async function checkOutDir(outDir: string, display: string): Promise<void> {
  const info = await lstatOrNull(outDir);
  if (info && !info.isDirectory() && !info.isSymbolicLink()) {
    throw new DocumentError(display, `${display} is not a folder; copkit renders into a folder`);
  }
}

/**
 * Carry out a plan that holds no conflict: writes, then removals, then the manifest last. Each
 * file is replaced atomically; if a step fails (a full disk), the files done so far stay done,
 * the manifest is made to record exactly what is on disk, and the error lists both.
 */
export async function applyPlan(outDir: string, plan: RenderPlan, display = `${basename(outDir)}/`): Promise<void> {
  if (plan.conflicts.length > 0) throw new Error('a plan with conflicts must not be applied');
  const done: FilePlan[] = [];
  const attempt = async (step: FilePlan) => {
    try {
      if (step.action === 'remove') await remove(outDir, step.path);
      else await write(outDir, step);
    } catch (error) {
      throw new StepFailed(step, error);
    }
    done.push(step);
  };
  try {
    // First what the render is about to do, so that a kill part way leaves every file known.
    if (plan.pending !== undefined) {
      try {
        await write(outDir, { path: MANIFEST_NAME, action: 'update', content: plan.pending });
      } catch (error) {
        throw new CopkitError(`could not write ${display}${MANIFEST_NAME}: ${error instanceof CopkitError ? error.message : writeFailure(error)}\nNothing was written: every file is as it was.`, {
          cause: error,
        });
      }
    }
    await removeStaleTemps(outDir, plan);
    // Written and synced together, replaced in the plan's order: a failure leaves a prefix of the
    // plan done and the rest untouched, and the report can say exactly which is which.
    const failure = await writeAll(
      outDir,
      plan.files.filter((f) => f.action === 'create' || f.action === 'update'),
      done,
    );
    if (failure) throw failure;
    for (const file of plan.files) if (file.action === 'remove') await attempt(file);
    if (plan.manifest.action !== 'unchanged' || plan.manifest.refresh) await attempt(plan.manifest);
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    throw await stoppedPartWay(outDir, display, plan, done, error.step, error.cause);
  }
}

/** Which step of a plan failed, and why. */
class StepFailed extends Error {
  constructor(
    readonly step: FilePlan,
    override readonly cause: unknown,
  ) {
    super(`${step.path} failed`);
  }
}

/**
 * After a failed step: record in the manifest what is really on disk (so that the next render does
 * not take the files this one wrote for hand edits), and say what was and was not written.
 */
async function stoppedPartWay(outDir: string, display: string, plan: RenderPlan, done: FilePlan[], failed: FilePlan, error: unknown): Promise<CopkitError> {
  const reason = error instanceof CopkitError ? error.message : writeFailure(error);
  const lines = [`could not ${failed.action === 'remove' ? 'remove' : 'write'} ${display}${failed.path}: ${reason}`];
  const files = done.filter((f) => f.path !== MANIFEST_NAME);
  if (files.length === 0) {
    // The manifest written before the first file goes back to what it said before.
    if (plan.pending !== undefined) await recordWhatIsOnDisk(outDir, display, plan, files);
    lines.push(failed.path === MANIFEST_NAME ? 'Every file was already up to date.' : 'Nothing was written: every file is as it was.');
    return new CopkitError(lines.join('\n'), { cause: error });
  }
  const list = (title: string, items: FilePlan[]) => {
    if (items.length) lines.push(`${title} (${items.length}):`, ...items.map((f) => `  ${display}${f.path}`));
  };
  list(
    'Written',
    files.filter((f) => f.action !== 'remove'),
  );
  list(
    'Removed',
    files.filter((f) => f.action === 'remove'),
  );
  list(
    'Not written or removed, each still as it was',
    plan.files.filter((f) => ['create', 'update', 'remove'].includes(f.action) && !files.includes(f)),
  );
  const recorded = await recordWhatIsOnDisk(outDir, display, plan, files);
  lines.push(
    recorded
      ? `${display}${MANIFEST_NAME} records exactly these, so the next render carries on from here.`
      : // The manifest written before the first file still knows each file's old and new version.
        `${display}${MANIFEST_NAME} could not be tidied up, but it lists each of these files as it was and as it is now, so the next render carries on from here.`,
  );
  return new CopkitError(lines.join('\n'), { cause: error, hint: 'Once the cause is fixed, render again to write the rest.' });
}

/** The planned manifest, with the old entry kept for every file that was not written or removed. */
async function recordWhatIsOnDisk(outDir: string, display: string, plan: RenderPlan, done: FilePlan[]): Promise<boolean> {
  try {
    const { text: oldText } = await readManifest(outDir, `${display}${MANIFEST_NAME}`);
    // The pending manifest holds the hash of every file this render meant to replace or remove.
    const pending = parseManifestData(plan.pending ?? serializeManifest({}), MANIFEST_NAME);
    const old = pending.previous;
    const next: Manifest = plan.manifest.content === undefined ? pending.files : parseManifest(plan.manifest.content, MANIFEST_NAME);
    for (const file of plan.files) {
      if (!['create', 'update', 'remove'].includes(file.action) || done.includes(file)) continue;
      if (old[file.path] === undefined) delete next[file.path];
      else next[file.path] = old[file.path]!;
    }
    const text = serializeManifest(next);
    if (text !== oldText) await write(outDir, { path: MANIFEST_NAME, action: 'update', content: text });
    return true;
  } catch {
    return false;
  }
}

/**
 * Temporary files a killed render left in the folders it writes (`roles/.R1-x.md.<pid>-<id>.tmp`),
 * removed once their writer no longer runs: only names of copkit's own pattern. Any such name
 * counts, since the file it was for may no longer be made (a role renamed since).
 */
async function removeStaleTemps(outDir: string, plan: RenderPlan): Promise<void> {
  const folders = new Set([...plan.files, plan.manifest].map((file) => dirname(outputPath(outDir, file.path))));
  for (const folder of folders) await removeStaleTempFiles(folder);
}

/** A file of the plan written and synced under a temporary name beside it, not yet in place. */
interface Staged {
  file: FilePlan;
  full: string;
  tmp: string;
}

/**
 * Write the files of a plan, each old or new whatever happens: every file goes to a temporary name
 * in its folder and is synced there, up to WRITE_BATCH at once (the disk's time is spent on all of
 * them together, not one after another); then each is renamed over its target in the plan's order,
 * and each folder holding one is synced once. Before a file's temporary is created and again just
 * before the renames, the way to it is checked to hold no symbolic link (a rename replaces a link
 * itself and never writes through it). On a failure, the files before the failing one in the
 * plan's order are put in place and the rest are left as they were (their temporaries removed);
 * `done` lists the first, and the failure is returned.
 */
async function writeAll(outDir: string, files: readonly FilePlan[], done: FilePlan[]): Promise<StepFailed | undefined> {
  const staged: Staged[] = [];
  const folders = new Map<string, Promise<string[]>>();
  let failure: StepFailed | undefined;
  for (let start = 0; start < files.length && !failure; start += WRITE_BATCH) {
    const batch = files.slice(start, start + WRITE_BATCH);
    const opened = await Promise.allSettled(batch.map((file) => openStaged(outDir, file, folders)));
    // The writes start in the plan's order (so the first to fail is the first in the plan); the
    // disk then works on all of them at once.
    const written = await Promise.allSettled(opened.map((o, i) => (o.status === 'fulfilled' ? fill(o.value.handle, batch[i]!.content ?? '') : Promise.reject(o.reason))));
    for (let i = 0; i < batch.length; i++) {
      const o = opened[i]!;
      const w = written[i]!;
      if (!failure && w.status === 'rejected') failure = new StepFailed(batch[i]!, w.reason);
      if (o.status === 'fulfilled') {
        if (!failure) staged.push(o.value.staged);
        else await rm(o.value.staged.tmp, { force: true });
      }
    }
  }
  const placed = new Set<string>();
  for (const [i, item] of staged.entries()) {
    try {
      const state = await pathKind(outDir, item.file.path);
      if (state.kind === 'symlink' || state.kind === 'other') {
        throw new DocumentError(item.file.path, `${state.at} changed while copkit was rendering; run it again`);
      }
      await rename(item.tmp, item.full);
      placed.add(dirname(item.full));
      done.push(item.file);
    } catch (error) {
      failure ??= new StepFailed(item.file, error);
      for (const rest of staged.slice(i)) await rm(rest.tmp, { force: true });
      break;
    }
  }
  // A folder made for this render is synced into its parent as well.
  const made = (await Promise.allSettled(folders.values())).flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  await Promise.all([...new Set([...placed, ...made])].map((dir) => syncDirectory(dir)));
  return failure;
}

/** Make a file's folder (once per folder); the folders whose entries changed, to be synced. */
function ensureFolder(dir: string, folders: Map<string, Promise<string[]>>): Promise<string[]> {
  let made = folders.get(dir);
  if (!made) {
    made = mkdir(dir, { recursive: true }).then((first) => {
      if (first === undefined) return [];
      const changed = [dirname(first)];
      for (let at = dir; at !== dirname(first) && at !== dirname(at); at = dirname(at)) changed.push(at);
      return changed;
    });
    folders.set(dir, made);
  }
  return made;
}

/** Check the way to a file, then create its temporary file beside it (exclusively). */
async function openStaged(outDir: string, file: FilePlan, folders: Map<string, Promise<string[]>>): Promise<{ staged: Staged; handle: FileHandle }> {
  const full = outputPath(outDir, file.path);
  await ensureFolder(dirname(full), folders);
  // Checked again right before writing: nothing on the way may have become a link meanwhile.
  const state = await pathKind(outDir, file.path);
  if (state.kind === 'symlink' || state.kind === 'other') {
    throw new DocumentError(file.path, `${state.at} changed while copkit was rendering; run it again`);
  }
  const tmp = tempName(full);
  const handle = await open(tmp, 'wx', state.kind === 'file' ? (state.mode ?? 0o644) : 0o644);
  return { staged: { file, full, tmp }, handle };
}

/**
 * Write all of `text`, sync it and check that every byte arrived (a full disk can take part of a
 * write and report success), then close. The write is started before the first await, so that
 * writes begin in the order this is called.
 */
async function fill(handle: FileHandle, content: string | Uint8Array): Promise<void> {
  // Text is written as UTF-8; a binary format (.docx) arrives as bytes.
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== bytes.length) throw new Error(`short write: ${size} of ${bytes.length} bytes reached the disk`);
  } finally {
    await handle.close().catch(() => undefined);
  }
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
