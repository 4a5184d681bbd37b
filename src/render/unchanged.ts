/**
 * Recognising a design whose render would change nothing, before anything heavy is loaded: no
 * YAML parser, no lint rules, no templates (render-run.ts tries this first for each design).
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../io/display-path.js';
import { LIMITS } from '../io/limits.js';
import { copkitBuild, copkitVersion } from '../version.js';
import { MANIFEST_NAME, parseInputs, sha256 } from './manifest.js';
import { diskStateNow, readManifestNow, readRegularFile } from './unchanged-disk.js';
import type { DocumentKind } from './documents.js';
import type { PackNotice } from './pack.js';
import type { RenderPlan } from './plan.js';
import type { PackChoice, TemplateSets } from './template-sets.js';

/** What render-design.ts's RenderRequest holds that this needs (the same fields). */
export interface InputsRequest {
  copPath: string;
  outDir: string | undefined;
  kinds: readonly DocumentKind[];
  /** `--format`, or undefined when the design's own render.formats (part of its bytes) decides. */
  formats?: readonly string[] | undefined;
  templates: TemplateSets;
  packs: readonly PackChoice[];
  cwd: string;
  /** Which build of copkit renders: copkitBuild() unless a test names another. */
  build?: string | undefined;
}

/** The same shape as render-design.ts's RenderOutcome. */
interface UnchangedOutcome {
  outDir: string;
  outDisplay: string;
  plan: RenderPlan;
  packs: { name: string; version: string; builtin: boolean }[];
  notices: PackNotice[];
}
import { builtinLayer } from './template-source.js';

export const relativeTo = (from: string, to: string) => relative(from, to).split(sep).join('/');

/**
 * The inputs of a render as one hash: cop.yaml's bytes, copkit's version and build, every file of every
 * template folder on the stack (copkit's own included; in a build, whose id covers its precompiled
 * templates, that folder is not read), the documents and formats chosen, and where the output folder
 * is and how it was chosen. Same hash, same documents (rendering is deterministic).
 */
export async function inputsHash(request: InputsRequest, outDir: string, bytes: Uint8Array, stack: readonly string[]): Promise<string> {
  const folders = [...stack, builtinLayer(request.cwd).root];
  const templates = await Promise.all(folders.map((dir) => request.templates.folderHash(dir)));
  return sha256(
    JSON.stringify({
      copkit: copkitVersion(),
      build: request.build ?? copkitBuild(),
      design: sha256(bytes),
      from: relativeTo(outDir, request.copPath),
      out: request.outDir === undefined ? 'design' : '--out',
      kinds: request.kinds,
      formats: request.formats ?? 'design',
      packs: stack.map((dir) => relativeTo(outDir, dir)),
      templates,
    }),
  );
}

/**
 * A design rendered before from the same inputs, its files untouched since: recognised from the
 * manifest without reading the design as YAML or rendering anything. The output folder looked in
 * is `--out` or `docs/` beside cop.yaml; a design that renders elsewhere takes the full path.
 * Undefined whenever anything differs or cannot be told; the full render then decides.
 */
export async function unchangedRender(request: InputsRequest): Promise<UnchangedOutcome | undefined> {
  const outDir = request.outDir ?? join(dirname(request.copPath), 'docs');
  const outDisplay = displayPath(request.cwd, outDir);
  const found = readManifestNow(outDir, `${outDisplay}${MANIFEST_NAME}`);
  const inputs = parseInputs(found?.text);
  if (!found || !inputs) return undefined;
  const { manifest } = found;
  const given = request.packs.map((p) => relativeTo(outDir, p.dir));
  if (given.some((dir, i) => inputs.packs[i] !== dir)) return undefined;
  const bytes = readRegularFile(request.copPath, LIMITS.design.maxBytes);
  if (!bytes) return undefined;
  const stack = inputs.packs.map((dir) => resolve(outDir, dir));
  if ((await inputsHash(request, outDir, bytes, stack)) !== inputs.sha256) return undefined;
  const order = inputs.order;
  if (order.length !== Object.keys(manifest).length || order.some((path) => manifest[path] === undefined)) return undefined;
  // One file after another, stopping at the first that differs.
  for (const path of order) {
    const state = diskStateNow(outDir, path);
    if (state.kind !== 'file' || state.hash !== manifest[path]) return undefined;
  }
  const files = order.map((path) => ({ path, action: 'unchanged' as const }));
  return {
    outDir,
    outDisplay,
    plan: { files, manifest: { path: MANIFEST_NAME, action: 'unchanged' }, conflicts: [], changes: false },
    packs: [...inputs.named.map((p) => ({ ...p, builtin: false })), { name: 'built-in', version: copkitVersion(), builtin: true }],
    notices: [],
  };
}
