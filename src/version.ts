import { readFileSync } from 'node:fs';

let version: string | undefined;

/**
 * copkit's own version, read from package.json next to `dist/` so it cannot drift; once per
 * process (a batch render asks for it several times a design).
 */
export function copkitVersion(): string {
  if (version === undefined) {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    version = (JSON.parse(text) as { version: string }).version;
  }
  return version;
}

let build: string | undefined;

/**
 * Which build of copkit this is: a hash of the bundle, written by scripts/build.mjs beside it
 * (dist/build-id.txt). Two builds of one version differ in it whenever their code does, so that
 * a render made by one is not taken as current by the other (render/unchanged.ts). Run from the
 * sources (the tests) there is no such file, and the build is `sources`.
 */
export function copkitBuild(): string {
  if (build === undefined) {
    try {
      build = readFileSync(new URL('./build-id.txt', import.meta.url), 'utf8').trim() || 'sources';
    } catch {
      build = 'sources';
    }
  }
  return build;
}
