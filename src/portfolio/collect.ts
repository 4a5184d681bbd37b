/**
 * The portfolio: every design named and read, one row each; nothing is written here (the command
 * keeps the cache of rows, row-cache.ts, and hands each design its cached row). Whether its
 * documents are current is first asked of its manifest (render/unchanged.ts: the inputs hash,
 * which names copkit's build, and the files' hashes), and only a design that this cannot vouch
 * for is rendered in memory to tell. A design that cannot be read is a row with its error, and
 * the rest carry on. The templates are compiled once per distinct pack.
 */
import { collectFindings } from '../check/collect.js';
import { CopFile } from '../document/cop-file.js';
import { CopkitError, DocumentError } from '../errors.js';
import { documentKinds } from '../render/documents.js';
import { planDesignRender } from '../render/render-design.js';
import type { RenderOutcome } from '../render/render-design.js';
import { templateSets } from '../render/template-sets.js';
import { unchangedRender } from '../render/unchanged.js';
import type { TemplateSets } from '../render/template-sets.js';
import type { TextFile } from '../io/read-text.js';
import type { CachedRow } from './row-cache.js';
import { rowKey } from './row-key.js';
import type { KeyRun } from './row-key.js';
import { designRow, failedRow } from './row.js';
import type { DocsState, PortfolioRow } from './row.js';

export interface PortfolioInput {
  path: string;
  display: string;
  /** The row an earlier run cached for this design: used if its key still matches (row-key.ts). */
  cached?: CachedRow | undefined;
}

export interface PortfolioRun extends KeyRun {
  cwd: string;
}

/** A design's row, and what to cache for it (absent when the file could not be read at all). */
export interface RowAnswer {
  row: PortfolioRow;
  cache?: CachedRow;
}

/** The rows of `designs` in their order, read one after another on this thread (commands/portfolio.ts spreads a large portfolio over threads). */
export async function* rowsHere(designs: readonly PortfolioInput[], run: PortfolioRun): AsyncGenerator<RowAnswer> {
  const templates = templateSets(run.cwd);
  for (const design of designs) yield await rowFor(design, templates, run);
}

/**
 * One design's row. The part that reading the design gives is taken from the cache when its key
 * matches the bytes just read; whether the documents are current is always found out afresh.
 */
export async function rowFor(design: PortfolioInput, templates: TemplateSets, run: PortfolioRun): Promise<RowAnswer> {
  let source: TextFile;
  try {
    source = await CopFile.read(design.path, design.display);
  } catch (error) {
    if (!(error instanceof CopkitError)) throw error;
    return { row: failedRow(design.display, failureText(error)) };
  }
  const key = rowKey(source.bytes, design.display, run);
  const read = design.cached?.key === key ? { row: design.cached.row, file: undefined } : readDesign(design, source, run.today);
  const cache = { key, row: read.row };
  if (read.row.failure !== null || read.row.invalid) return { row: read.row, cache }; // copkit renders only a valid design
  const request = { copPath: design.path, outDir: undefined, kinds: documentKinds, formats: undefined, templates, packs: [], cwd: run.cwd };
  const unchanged = await unchangedRender(request).catch(() => undefined);
  if (unchanged) return { row: { ...read.row, docs: 'current', pack: packOf(unchanged.packs) }, cache };
  try {
    const file = read.file ?? CopFile.parse(design.path, design.display, source);
    const outcome = await planDesignRender({ ...request, copDisplay: design.display, force: false, file });
    return { row: { ...read.row, docs: docsState(outcome), pack: packOf(outcome.packs) }, cache };
  } catch (error) {
    if (!(error instanceof CopkitError)) throw error;
    return { row: { ...read.row, failure: failureText(error) }, cache };
  }
}

/** Parse, validate and lint: the part of the row that the cache keeps. */
function readDesign(design: PortfolioInput, source: TextFile, today: string): { row: PortfolioRow; file: CopFile | undefined } {
  let file: CopFile;
  try {
    file = CopFile.parse(design.path, design.display, source);
  } catch (error) {
    if (!(error instanceof CopkitError)) throw error;
    return { row: failedRow(design.display, failureText(error)), file: undefined };
  }
  return { row: designRow(design.display, file.data, collectFindings(file, { today }), today), file };
}

function packOf(packs: RenderOutcome['packs']): PortfolioRow['pack'] {
  const pack = packs.find((p) => !p.builtin);
  return pack ? { name: pack.name, version: pack.version } : null;
}

function docsState(outcome: RenderOutcome): DocsState {
  if (!outcome.plan.changes) return 'current';
  const written = outcome.plan.files.some((f) => f.action !== 'create');
  return written ? 'stale' : 'not rendered';
}

/** The error as one line, with its position when it has one (`cop.yaml:3:9: message`). */
function failureText(error: CopkitError): string {
  if (error instanceof DocumentError && error.position) return `${error.file}:${error.position.line}:${error.position.column}: ${error.message}`;
  return error.message;
}
