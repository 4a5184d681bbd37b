/**
 * What every design of one `copkit render` run shares: the flags, the reporter, and the
 * templates, compiled once per distinct stack of packs.
 */
import { resolve } from 'node:path';
import { ProblemsFound, UsageError } from '../errors.js';
import { applyPlan } from '../render/render-files.js';
import { documentKinds, isDocumentKind } from '../render/documents.js';
import type { DocumentKind } from '../render/documents.js';
import { displayPath } from '../io/display-path.js';
import type { RenderOutcome, RenderRequest } from '../render/render-design.js';
import { unchangedRender } from '../render/unchanged.js';
import { parseFormats } from '../render/formats/parse.js';
import type { FormatName } from '../render/formats/formats.js';
import { templateSets } from '../render/template-sets.js';
import type { PackChoice, TemplateSets } from '../render/template-sets.js';
import type { GlobalOptions } from '../options.js';
import { noticesView } from './render-messages.js';
import type { CommandDeps } from './report.js';
import { designFile } from './shared.js';

export interface RenderOptions extends GlobalOptions {
  files: string[];
  out: string | undefined;
  only: string[];
  /** `--format`, as given (empty: render.formats of each design). */
  format: string[];
  templates: string | undefined;
  check: boolean;
  dryRun: boolean;
  force: boolean;
  /** `--jobs N`: render this many designs at once, each on its own thread. */
  jobs?: number | undefined;
}

export interface RenderRun {
  options: RenderOptions;
  deps: CommandDeps;
  kinds: DocumentKind[];
  /** `--format`, or undefined to use each design's render.formats. */
  formats: FormatName[] | undefined;
  templates: TemplateSets;
  /** `--templates`, if given. */
  packs: PackChoice[];
  /** `--check` or `--dry-run`: plan only, write nothing. */
  preview: boolean;
}

/** `--only charter,roles --only readme` as document kinds, in their usual order. */
export function parseOnly(values: readonly string[]): DocumentKind[] {
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const unknown = names.filter((n) => !isDocumentKind(n));
  if (unknown.length > 0) {
    throw new UsageError(`unknown document ${unknown.map((n) => `"${n}"`).join(', ')} for --only; choose from ${documentKinds.join(', ')}`);
  }
  return names.length === 0 ? [...documentKinds] : documentKinds.filter((k) => names.includes(k));
}

/** Check the flags and open `--templates` once, before any design is read. */
export async function prepareRun(options: RenderOptions, deps: CommandDeps): Promise<RenderRun> {
  // An empty --out would render into the working folder, beside whatever is there.
  if (options.out !== undefined && (options.out === '' || options.out.includes('\0'))) throw new UsageError('--out needs the path of a folder to render into');
  const kinds = parseOnly(options.only);
  const formats = parseFormats(options.format ?? []);
  const templates = templateSets(deps.cwd);
  const packs: PackChoice[] = [];
  if (options.templates !== undefined) {
    if (options.templates === '' || options.templates.includes('\0')) throw new UsageError('--templates needs the path of a template pack folder');
    const { resolvePack } = await import('../render/pack-choice.js');
    const { dir, origin } = await resolvePack(options.templates, deps.cwd, { setting: '--templates' });
    packs.push({ dir, display: displayPath(deps.cwd, dir), origin });
    const { notices } = await templates.source(packs);
    deps.reporter.show(noticesView, notices);
  }
  return { options, deps, kinds, formats, templates, packs, preview: options.check || options.dryRun };
}

/** Plan one design's render (nothing written yet); the outcome holds the pack warnings to give. */
export async function planFor(fileArg: string, run: RenderRun): Promise<{ outcome: RenderOutcome; display: string }> {
  const { path, display } = designFile({ file: fileArg }, run.deps);
  const request: RenderRequest = {
    copPath: path,
    copDisplay: display,
    outDir: run.options.out === undefined ? undefined : resolve(run.deps.cwd, run.options.out),
    kinds: run.kinds,
    formats: run.formats,
    force: run.options.force,
    templates: run.templates,
    packs: run.packs,
    cwd: run.deps.cwd,
  };
  // A design rendered before from the same inputs needs neither the YAML parser nor the templates.
  // --check (what CI trusts) and --force (asked to write anyway) always render in full: the inputs
  // hash knows copkit's version, not every change to its code between two builds of one version.
  const shortcut = !run.options.check && !run.options.force;
  const unchanged = shortcut ? await unchangedRender(request).catch(() => undefined) : undefined;
  if (unchanged) return { outcome: unchanged, display };
  const { planDesignRender } = await import('../render/render-design.js');
  return { outcome: await planDesignRender(request), display };
}

/** Carry out the plan (unless previewing); a plan with a file in the way is refused whole. */
export async function carryOut(outcome: RenderOutcome, run: RenderRun): Promise<void> {
  const { conflicts } = outcome.plan;
  if (conflicts.length > 0) {
    const names = conflicts.map((c) => `${outcome.outDisplay}${c.path}`).join(', ');
    const edited = conflicts.some((c) => c.reason?.startsWith('edited by hand'));
    const hint = edited
      ? 'Carry your changes over to cop.yaml (or keep them elsewhere), then render again; --force overwrites files edited by hand.'
      : 'Move the files that are in the way somewhere else, then render again.';
    const verb = run.preview ? 'would write nothing' : 'wrote nothing';
    const allEdited = conflicts.every((c) => c.reason?.startsWith('edited by hand'));
    const what = allEdited
      ? `${conflicts.length === 1 ? 'a file was' : `${conflicts.length} files were`} edited by hand`
      : `${conflicts.length === 1 ? 'a file is' : `${conflicts.length} files are`} in the way`;
    throw new ProblemsFound(`copkit ${verb}: ${what} (${names})`, hint);
  }
  if (!run.preview) await applyPlan(outcome.outDir, outcome.plan);
}
