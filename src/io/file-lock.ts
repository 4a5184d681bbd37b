import { lstat, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { CopkitError } from '../errors.js';
import { isRunning } from './is-running.js';

/** A lock older than this is stale whatever it says: no save takes anywhere near so long. */
const STALE_AFTER_MS = 2 * 60 * 1000;
const HALF_WRITTEN_AFTER_MS = 2000;
const RETRY_EVERY_MS = 50;
const GIVE_UP_AFTER_MS = 5000;

interface LockOwner {
  pid: number;
  host: string;
}

/** Locks this process holds now: work under a lock may save through a nested `withFileLock`. */
const held = new Set<string>();

/**
 * Hold `<file>.lock` while `work` runs, so that two copkit processes never read-check-write the
 * same file at once. The lock file is created exclusively and holds its owner's pid; a lock left
 * by a process that no longer runs (killed with -9, a crashed machine) is recovered. A command
 * that already holds the lock (an unattended run holds it from reading to saving) takes it again
 * at once.
 */
export async function withFileLock<T>(file: string, display: string, work: () => Promise<T>, options: { giveUpAfterMs?: number } = {}): Promise<T> {
  const lock = `${file}.lock`;
  if (held.has(lock)) return work();
  const started = Date.now();
  for (;;) {
    if (await tryCreate(lock)) break;
    await refuseForeignLock(lock, display);
    if (await isStale(lock)) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() - started > (options.giveUpAfterMs ?? GIVE_UP_AFTER_MS)) {
      throw new CopkitError(`${display} is being saved by another copkit process`, {
        hint: `Wait for it to finish and run the command again. If no copkit is running, delete ${display}.lock.`,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
  }
  held.add(lock);
  try {
    return await work();
  } finally {
    held.delete(lock);
    await rm(lock, { force: true });
  }
}

/**
 * A lock copkit made is a small regular file. Anything else under its name (a FIFO, a folder, a
 * link) is not copkit's: reading a FIFO would block forever, and removing it is the user's call.
 */
async function refuseForeignLock(lock: string, display: string): Promise<void> {
  const info = await lstat(lock).catch(() => undefined);
  if (!info || info.isFile()) return;
  throw new CopkitError(`${display}.lock is in the way: it is not a lock file copkit made (not a regular file)`, {
    hint: `Remove ${display}.lock and run the command again.`,
  });
}

async function tryCreate(lock: string): Promise<boolean> {
  const owner: LockOwner = { pid: process.pid, host: hostname() };
  try {
    await writeFile(lock, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // Created but not filled (a full disk): leave no empty lock behind for others to wait on.
    await rm(lock, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function isStale(lock: string): Promise<boolean> {
  let text: string;
  let age: number;
  try {
    [text, age] = await Promise.all([readFile(lock, 'utf8'), stat(lock).then((info) => Date.now() - info.mtimeMs)]);
  } catch {
    return false; // released meanwhile: the next attempt will take it
  }
  if (age > STALE_AFTER_MS) return true;
  let owner: Partial<LockOwner>;
  try {
    owner = JSON.parse(text) as Partial<LockOwner>;
  } catch {
    // Empty or torn: its writer was killed between creating and filling it, or is filling it now.
    return age > HALF_WRITTEN_AFTER_MS;
  }
  // A pid means something only on the machine that wrote it (cop.yaml may sit on a shared drive).
  if (owner.host !== hostname() || typeof owner.pid !== 'number') return false;
  return !isRunning(owner.pid);
}
