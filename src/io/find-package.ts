/**
 * Finding an installed template pack package the way Node finds modules: `node_modules/<name>`
 * in the given folder, then in each folder above it. Only looked at, never loaded: a pack is data.
 */
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The package's folder if one above `from` holds `<name>/<marker>`, else undefined. */
export async function findInstalledPackage(name: string, from: string, marker: string): Promise<string | undefined> {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', ...name.split('/'));
    if (await isFile(join(candidate, marker))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
