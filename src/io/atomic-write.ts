import { link, lstat, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './is-running.js';

/**
 * A seam for tests: lets a test fail the write at a chosen step (a full disk, a kill before the
 * rename) without needing a real full disk.
 */
export interface WriteHooks {
  /** Writes the bytes into the open temporary file; a test can make it fail part-way. */
  write?: (handle: FileHandle, bytes: Uint8Array) => Promise<void>;
  beforeRename?: (tmpPath: string) => Promise<void> | void;
}

/**
 * Replace `file` with `data` so that readers see either the old file or the new one, never a mix.
 *
 * Hand-rolled on purpose (ENGINEERING.md 2.4): write-file-atomic ignores short writes on a full
 * disk and can rename a truncated file over a good one. Here the temp file is created exclusively
 * in the same folder, written in full, size-checked and fsynced before the rename, and removed on
 * any failure. When `file` is a symbolic link, its target is replaced and the link kept.
 * With `exclusive`, an existing file is never replaced: the write fails with EEXIST instead.
 */
export async function atomicWrite(file: string, data: string | Uint8Array, options: { mode?: number; hooks?: WriteHooks; exclusive?: boolean } = {}): Promise<void> {
  const target = await resolveLink(file);
  const dir = dirname(target);
  const tmp = tempName(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const mode = options.mode ?? (await existingMode(target)) ?? 0o644;
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'wx', mode);
    await (options.hooks?.write ?? ((h, b) => h.writeFile(b)))(handle, bytes);
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== bytes.length) throw new Error(`short write: ${size} of ${bytes.length} bytes reached the disk`);
    await handle.close();
    handle = undefined;
    await options.hooks?.beforeRename?.(tmp);
    if (options.exclusive) {
      // link() refuses an existing name where rename() would replace it; the name appears whole.
      await link(tmp, target);
      await rm(tmp, { force: true });
    } else {
      await rename(tmp, target);
    }
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/**
 * Refuse to replace what the user protected or what cannot be replaced safely: a file without any
 * write permission (the rename would replace it, since only its folder's permission counts, and
 * root ignores permissions altogether), and a symbolic link to nothing (the rename would turn it
 * into a regular file). Throws an error whose `code` is EREADONLY or EDANGLING.
 */
export async function checkReplaceable(file: string): Promise<void> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return;
  const target = info.isSymbolicLink() ? await stat(file).catch(() => undefined) : info;
  if (!target) throw Object.assign(new Error(`${file} is a symbolic link to nothing`), { code: 'EDANGLING' });
  if (target.isFile() && (target.mode & 0o222) === 0) throw Object.assign(new Error(`${file} is read-only`), { code: 'EREADONLY' });
}

/** The temporary name a new version of `file` is written under, beside it. */
export function tempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${tempSuffix()}.tmp`);
}

/**
 * A name no other writer uses at the same moment. It need not be unpredictable: the file is
 * opened with O_EXCL, so a clash fails instead of writing through someone else's file.
 */
function tempSuffix(): string {
  return `${process.pid.toString(36)}-${Date.now().toString(36)}${Math.floor(Math.random() * 0xffffffff).toString(36)}`;
}

/** Any temporary file older than this is stale whoever made it: no write takes anywhere near so long. */
const STALE_TEMP_MS = 2 * 60 * 1000;

/**
 * Remove the temporary files a killed writer left in `dir` for the files named in `names`
 * (`.charter.md.<pid>-<id>.tmp`, as `atomicWrite` names them), or for any file when `names` is
 * not given: those of a process that no longer runs, and any older than two minutes. Nothing else
 * is touched; a failure to remove is ignored.
 */
export async function removeStaleTempFiles(dir: string, names?: ReadonlySet<string>): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = /^\.(.+)\.([0-9a-z]+?)(-?)[0-9a-z]+\.tmp$/.exec(entry);
    if (!match || (names && !names.has(match[1]!))) continue;
    const path = join(dir, entry);
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isFile()) continue;
    const pid = match[3] === '-' ? Number.parseInt(match[2]!, 36) : undefined;
    const stale = Date.now() - info.mtimeMs > STALE_TEMP_MS || (pid !== undefined && pid !== process.pid && !isRunning(pid));
    if (stale) await rm(path, { force: true }).catch(() => undefined);
  }
}

/** Keep a file's permissions (a private 0600 cop.yaml stays private). */
async function existingMode(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Follow a symbolic link so the write lands on its target and the link survives. */
async function resolveLink(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return file;
    throw error;
  }
}

/** Make the rename itself durable; some filesystems refuse to fsync a directory, which is fine. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort only: the data is already safely renamed.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
