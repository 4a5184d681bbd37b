/**
 * `.copkit-manifest.json` in the output folder: the sha256 of every file copkit generated there,
 * so that a later render can tell its own untouched output from a hand edit. Keys are sorted and
 * the formatting fixed, so the file itself is deterministic and reviews well in git.
 */
import { createHash } from 'node:crypto';
import { DocumentError } from '../errors.js';
import { isPlainObject } from '../model/values.js';

export const MANIFEST_NAME = '.copkit-manifest.json';
const MANIFEST_VERSION = 1;

/** Output path (with `/`) to the sha256 of the bytes copkit wrote. */
export type Manifest = Record<string, string>;

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export function serializeManifest(files: Manifest): string {
  const sorted: Manifest = {};
  for (const key of Object.keys(files).sort()) sorted[key] = files[key]!;
  const body = { copkit: MANIFEST_VERSION, generator: 'copkit render', files: sorted };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Read a manifest's text; a file that is not a manifest is an error rather than a fresh start. */
export function parseManifest(text: string, display: string): Manifest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new DocumentError(display, `${display} is not valid JSON`, {
      hint: 'Restore it from git, or delete it: copkit will then treat the files in that folder as not its own.',
    });
  }
  const files = isPlainObject(body) ? body.files : undefined;
  if (!isPlainObject(body) || body.copkit !== MANIFEST_VERSION || !isPlainObject(files)) {
    throw new DocumentError(display, `${display} is not a copkit ${MANIFEST_VERSION} manifest`, {
      hint: 'Restore it from git, or delete it: copkit will then treat the files in that folder as not its own.',
    });
  }
  const manifest: Manifest = {};
  for (const [path, hash] of Object.entries(files)) {
    if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)) manifest[path] = hash;
  }
  return manifest;
}
