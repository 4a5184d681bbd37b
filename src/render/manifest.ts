/**
 * `.copkit-manifest.json` in the output folder: the sha256 of every file copkit generated there,
 * so that a later render can tell its own untouched output from a hand edit. Keys are sorted and
 * the formatting fixed, so the file itself is deterministic and reviews well in git.
 */
import { createHash } from 'node:crypto';
import { DocumentError } from '../errors.js';
import { MANIFEST_LIMITS } from '../io/limits.js';
import { isPlainObject } from '../model/values.js';

export const MANIFEST_NAME = '.copkit-manifest.json';
const MANIFEST_VERSION = 1;

/** Output path (with `/`) to the sha256 of the bytes copkit wrote. */
export type Manifest = Record<string, string>;

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * What the files were rendered from, so that a later render of the same inputs can tell, without
 * rendering, that nothing would change (render-design.ts, `unchangedRender`).
 */
export interface RenderInputs {
  /** sha256 over cop.yaml's bytes, copkit's version, every template file of the stack, the documents chosen and where. */
  sha256: string;
  /** The template packs rendered with, first consulted first, as paths relative to the output folder. */
  packs: string[];
  /** Their names and versions, as messages show them. */
  named: { name: string; version: string }[];
  /** The files rendered, in the order a render lists them. */
  order: string[];
}

function sorted(files: Manifest): Manifest {
  const out: Manifest = {};
  for (const key of Object.keys(files).sort()) out[key] = files[key]!;
  return out;
}

/**
 * The manifest's text. `previous` is written only while a render is under way: the hash each file
 * it replaces or removes had before, so that if the render is killed part way, the next one still
 * knows both the files it already replaced and the ones it had not reached yet as its own.
 */
export function serializeManifest(files: Manifest, inputs?: RenderInputs, previous: Manifest = {}): string {
  const body = {
    copkit: MANIFEST_VERSION,
    generator: 'copkit render',
    ...(inputs ? { inputs } : {}),
    files: sorted(files),
    ...(Object.keys(previous).length ? { previous: sorted(previous) } : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A manifest's files, and the hashes a render that did not finish was replacing. */
export interface ManifestData {
  files: Manifest;
  previous: Manifest;
}

/** The inputs a manifest records, if it records them in full (older manifests do not). */
export function parseInputs(text: string | undefined): RenderInputs | undefined {
  if (text === undefined) return undefined;
  try {
    const inputs = (JSON.parse(text) as { inputs?: Partial<RenderInputs> }).inputs;
    const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
    if (!isPlainObject(inputs) || typeof inputs.sha256 !== 'string' || !strings(inputs.packs) || !strings(inputs.order) || !Array.isArray(inputs.named)) return undefined;
    if (!inputs.named.every((n) => isPlainObject(n) && typeof n.name === 'string' && typeof n.version === 'string')) return undefined;
    return { sha256: inputs.sha256, packs: inputs.packs!, named: inputs.named, order: inputs.order! };
  } catch {
    return undefined;
  }
}

/** Read a manifest's text; a file that is not a manifest is an error rather than a fresh start. */
export function parseManifest(text: string, display: string): Manifest {
  return parseManifestData(text, display).files;
}

export function parseManifestData(text: string, display: string): ManifestData {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new DocumentError(display, `${display} is not valid JSON`, { hint: RESTORE });
  }
  const files = isPlainObject(body) ? body.files : undefined;
  if (!isPlainObject(body) || body.copkit !== MANIFEST_VERSION || !isPlainObject(files)) {
    throw new DocumentError(display, `${display} is not a copkit ${MANIFEST_VERSION} manifest`, { hint: RESTORE });
  }
  return { files: entriesOf(files, display), previous: isPlainObject(body.previous) ? entriesOf(body.previous, display) : {} };
}

function entriesOf(files: Record<string, unknown>, display: string): Manifest {
  const entries = Object.entries(files);
  if (entries.length > MANIFEST_LIMITS.maxEntries) {
    throw new DocumentError(display, `${display} lists ${entries.length} files; copkit reads a manifest of at most ${MANIFEST_LIMITS.maxEntries}`, { hint: RESTORE });
  }
  const manifest: Manifest = {};
  for (const [path, hash] of entries) {
    if (!isOutputPath(path)) {
      // Another spelling of a real output (roles//R1.md, roles/./R1.md) would be taken for a file
      // copkit no longer makes, and removed: refuse the manifest rather than guess what it meant.
      throw new DocumentError(display, `${display} lists ${JSON.stringify(path)}, which is not a path copkit writes (${MANIFEST_PATH_RULE})`, { hint: RESTORE });
    }
    if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)) manifest[path] = hash;
  }
  return manifest;
}

const RESTORE = 'Restore it from git, or delete it: copkit will then treat the files in that folder as not its own.';
const MANIFEST_PATH_RULE = 'names separated by single slashes, none of them empty, "." or ".."';

/**
 * Whether a manifest key is written the one way copkit writes output paths: relative, `/` between
 * non-empty names, no `.` or `..`, no backslash, control character or the manifest itself.
 */
export function isOutputPath(path: string): boolean {
  if (path === MANIFEST_NAME || path.length > 1024 || /[\\\u0000-\u001f\u007f]/.test(path)) return false;
  return path.split('/').every((name) => name !== '' && name !== '.' && name !== '..');
}
