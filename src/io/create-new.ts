import { link, open, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Create `path` with `data` only if nothing is there, atomically: the bytes go to a temporary
 * file first, which is then hard-linked into place. A link never replaces anything (not even a
 * symbolic link), so a file that appeared meanwhile is kept. Returns false when `path` exists.
 */
export async function createNewFile(path: string, data: string | Uint8Array): Promise<boolean> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid.toString(36)}-${Date.now().toString(36)}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    try {
      await link(tmp, path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      // No hard links on this file system: exclusive create still never replaces a file.
      return await exclusiveWrite(path, data);
    }
  } finally {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true });
  }
}

async function exclusiveWrite(path: string, data: string | Uint8Array): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}
