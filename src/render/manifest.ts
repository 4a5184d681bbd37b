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

export function serializeManifest(files: Manifest, inputs?: RenderInputs): string {
  const sorted: Manifest = {};
  for (const key of Object.keys(files).sort()) sorted[key] = files[key]!;
  const body = { copkit: MANIFEST_VERSION, generator: 'copkit render', ...(inputs ? { inputs } : {}), files: sorted };
  return `${JSON.stringify(body, null, 2)}\n`;
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
