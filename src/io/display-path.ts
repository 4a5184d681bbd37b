import { isAbsolute, relative, sep } from 'node:path';

/** A file as messages show it: relative to the working folder when below it, else absolute. */
export function displayFile(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** A folder as messages show it: like `displayFile`, `.` for the working folder, with a `/`. */
export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path) === '' ? '.' : displayFile(cwd, path);
  return `${shown.split(sep).join('/')}/`;
}
