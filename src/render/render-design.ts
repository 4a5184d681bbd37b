/**
 * Rendering one design, up to the plan: load cop.yaml, build the view model, render every
 * selected document through the templates, look at the output folder and decide what to do with
 * each file. Nothing here writes; the command applies the plan (or only prints it).
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { collectFindings } from '../check/collect.js';
import { CopFile } from '../document/cop-file.js';
import { DocumentError, ProblemsFound } from '../errors.js';
import { displayPath } from '../io/display-path.js';
import { checkOutDir, diskStates, isInside, readManifest } from './render-files.js';
import { buildContext } from './context/index.js';
import { documentJobs, HTML_PAGE_TEMPLATE, rootFrom } from './documents.js';
import type { DocumentKind } from './documents.js';
import { convertFormats } from './formats/convert.js';
import { escapeStrings } from './formats/html-escape.js';
import { DEFAULT_FORMATS, kindOfOutput, orderFormats } from './formats/formats.js';
import type { FormatName } from './formats/formats.js';
import { layoutMarkdown } from './layout.js';
import { MANIFEST_NAME } from './manifest.js';
import { inputsHash, relativeTo } from './unchanged.js';
import { resolvePack } from './pack-choice.js';
import { planRender } from './plan.js';
import type { RenderPlan } from './plan.js';
import type { PackNotice, Strings } from './pack.js';
import type { PackChoice, TemplateSets } from './template-sets.js';

export interface RenderRequest {
  /** cop.yaml: where it is and how messages name it. */
  copPath: string;
  copDisplay: string;
  /** `--out`, already absolute; otherwise `render.outDir` from cop.yaml, or `docs/` beside it. */
  outDir: string | undefined;
  kinds: readonly DocumentKind[];
  /** `--format`; otherwise `render.formats` from cop.yaml, or Markdown alone. */
  formats: readonly FormatName[] | undefined;
  force: boolean;
  /** The compiled templates of this run, shared by every design it renders. */
  templates: TemplateSets;
  /** `--templates`: a pack put before the design's own `render.templates`. */
  packs: readonly PackChoice[];
  /** To show paths relative to where the user is. */
  cwd: string;
  /** The design already loaded (the portfolio reads it first), to save reading it twice. */
  file?: CopFile;
}

export interface RenderOutcome {
  outDir: string;
  /** The output folder as messages show it, ending in `/`. */
  outDisplay: string;
  plan: RenderPlan;
  /** The packs rendered with, first consulted first (built-in last). */
  packs: { name: string; version: string; builtin: boolean }[];
  /** Warnings about the packs, each given once per run. */
  notices: PackNotice[];
}

export async function planDesignRender(request: RenderRequest): Promise<RenderOutcome> {
  const file = request.file ?? (await CopFile.load(request.copPath, request.copDisplay));
  const findings = collectFindings(file);
  const errors = findings.filter((f) => f.rule === 'schema' && f.severity === 'error');
  if (errors.length > 0) {
    throw new ProblemsFound(
      `${request.copDisplay} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}; copkit renders only a valid design`,
      `Run \`copkit check --file ${request.copDisplay}\` to see ${errors.length === 1 ? 'it' : 'them'}.`,
    );
  }
  const outDir = request.outDir ?? (await outDirFromDesign(file, request.copPath, request.cwd));
  const outDisplay = displayPath(request.cwd, outDir);
  await checkOutDir(outDir, outDisplay);
  const stack = [...request.packs, ...(await designPacks(file, request.copPath, request.cwd))];
  const { set, notices } = await request.templates.get(stack);
  const { engine } = set;
  const context = buildContext({ data: file.data, findings: findings.filter((f) => f.rule !== 'schema') });
  const documents = documentJobs(context, request.kinds).map((job) => {
    const source = relative(dirname(join(outDir, job.path)), request.copPath)
      .split(sep)
      .join('/');
    const fileInfo = { path: job.path, root: rootFrom(job.path), source: isAbsolute(source) ? 'cop.yaml' : source };
    const text = engine.render(job.template, { ...context, ...job.extra, file: fileInfo, strings: engine.strings });
    return { path: job.path, content: layoutMarkdown(text) };
  });
  // The calendar belongs to the launch plan (kindOfOutput): `--only charter` leaves it alone.
  const formats = (request.formats ?? designFormats(file)).filter((f) => f !== 'ics' || request.kinds.includes('launch-plan'));
  const copFromOut = relative(outDir, request.copPath).split(sep).join('/');
  let pageStrings: Strings | undefined;
  const outputs =
    formats.length === 1 && formats[0] === 'md'
      ? documents
      : await convertFormats({
          formats,
          documents,
          context,
          data: file.data,
          lang: htmlLang(engine.strings),
          source: isAbsolute(copFromOut) ? 'cop.yaml' : copFromOut,
          renderPage: (page) => engine.render(HTML_PAGE_TEMPLATE, { page, strings: (pageStrings ??= escapeStrings(engine.strings)) }),
          // Each pack's style sheet, the furthest first, so the first pack consulted has the last word.
          extraStyle: [...set.source.layers]
            .reverse()
            .map((l) => l.styles ?? '')
            .filter((s) => s !== '')
            .join('\n'),
        });
  checkFileNames(outputs, outDisplay, file.display);
  const { manifest, previous, text } = await readManifest(outDir, `${outDisplay}${MANIFEST_NAME}`);
  const paths = new Set([...outputs.map((o) => o.path), ...Object.keys(manifest), ...Object.keys(previous), MANIFEST_NAME]);
  const plan = planRender({
    outputs,
    manifest,
    previous,
    manifestText: text,
    disk: await diskStates(outDir, paths),
    inScope: (path) => {
      const kind = kindOfOutput(path);
      return kind !== undefined && request.kinds.includes(kind);
    },
    force: request.force,
    inputs: file.sourceBytes && {
      sha256: await inputsHash(
        request,
        outDir,
        file.sourceBytes,
        stack.map((p) => p.dir),
      ),
      packs: stack.map((p) => relativeTo(outDir, p.dir)),
      named: set.source.layers.filter((l) => !l.builtin).map(({ name, version }) => ({ name, version })),
      order: outputs.map((o) => o.path),
    },
  });
  const packs = set.source.layers.map(({ name, version, builtin }) => ({ name, version, builtin }));
  return { outDir, outDisplay, plan, packs, notices };
}

/** The longest file name most file systems take (ext4, APFS, NTFS: 255 bytes or characters). */
export const MAX_FILE_NAME_BYTES = 255;

/** Refuse the whole render up front rather than fail half way with ENAMETOOLONG. */
function checkFileNames(outputs: readonly { path: string }[], outDisplay: string, copDisplay: string): void {
  const long = outputs.find((o) => o.path.split('/').some((name) => Buffer.byteLength(name) > MAX_FILE_NAME_BYTES));
  if (long) {
    throw new DocumentError(copDisplay, `${outDisplay}${long.path.slice(0, 80)}... would have a file name longer than ${MAX_FILE_NAME_BYTES} bytes, which file systems refuse; nothing was written`, {
      source: 'render',
    });
  }
}

/** `render.formats` from cop.yaml (the validator has checked each name), or Markdown alone. */
function designFormats(file: CopFile): FormatName[] {
  const value = file.data.render?.formats;
  if (!Array.isArray(value) || value.length === 0) return [...DEFAULT_FORMATS];
  return orderFormats(value.filter((v): v is FormatName => typeof v === 'string'));
}

/** The language of the HTML pages: a pack's `strings.lang` when it has one (a French pack says fr). */
function htmlLang(strings: Strings): string {
  const lang = strings.lang;
  return typeof lang === 'string' && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'en';
}

/**
 * `render.templates`, relative to cop.yaml: a pack folder may be anywhere (it is only read), or
 * an npm package installed in node_modules beside cop.yaml or above it.
 */
export async function designPacks(file: CopFile, copPath: string, cwd: string): Promise<PackChoice[]> {
  const value = file.data.render?.templates;
  if (value === undefined || value === null || value === '') return [];
  const position = file.positionOf(['render', 'templates']);
  if (typeof value !== 'string' || value.includes('\0')) {
    throw new DocumentError(file.display, `Render settings: the template pack (templates) must be the path of a template pack folder, not ${JSON.stringify(value)}`, { position, source: 'render' });
  }
  const { dir, origin } = await resolvePack(value, dirname(copPath), { setting: 'render.templates', file: file.display, position });
  return [{ dir, display: displayPath(cwd, dir), origin }];
}

/**
 * `render.outDir` from cop.yaml, relative to it. A design file must not send writes outside its
 * own folder, not even through a symbolic link; `--out` is the way to choose any other place.
 */
async function outDirFromDesign(file: CopFile, copPath: string, cwd: string): Promise<string> {
  const base = dirname(copPath);
  const value = file.data.render?.outDir;
  const inside = (dir: string, path: string) => path === dir || isInside(dir, path);
  if (value === undefined || value === null || value === '') {
    // The default docs/ is held to the same rule: a cloned repository can carry a docs link.
    const full = join(base, 'docs');
    if (!inside(await realpath(base), await realExisting(full))) {
      throw new DocumentError(file.display, `${displayPath(cwd, full)} is a symbolic link that leads outside the folder of ${file.display}; copkit renders only into a folder inside it`, {
        source: 'render',
        hint: 'Replace the link with a folder, or use --out to render somewhere else.',
      });
    }
    return full;
  }
  const full = resolve(base, String(value));
  if (typeof value !== 'string' || isAbsolute(value) || value.includes('\0') || !inside(base, full) || !inside(await realpath(base), await realExisting(full))) {
    throw new DocumentError(file.display, `Render settings: the output folder (outDir) must be a folder inside the one that holds ${file.display}, not ${JSON.stringify(value)}`, {
      position: file.positionOf(['render', 'outDir']),
      source: 'render',
      hint: 'Use --out to render somewhere else.',
    });
  }
  return full;
}

/** The real path of `path`, or of its nearest ancestor that exists, with the rest appended. */
async function realExisting(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realExisting(parent), basename(path));
  }
}
