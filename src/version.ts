import { readFileSync } from 'node:fs';

/** copkit's own version, read from package.json next to `dist/` so it cannot drift. */
export function copkitVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
