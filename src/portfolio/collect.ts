/**
 * The portfolio: every design named and read, one row each; nothing is written. Whether its
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
import { designRow, failedRow } from './row.js';
import type { DocsState, PortfolioRow } from './row.js';

export interface PortfolioInput {
  path: string;
  display: string;
}

export interface PortfolioRun {
  cwd: string;
  today: string;
}

/** The rows of `designs` in their order, read one after another on this thread (commands/portfolio.ts spreads a large portfolio over threads). */
export async function* rowsHere(designs: readonly PortfolioInput[], run: PortfolioRun): AsyncGenerator<PortfolioRow> {
  const templates = templateSets(run.cwd);
  for (const design of designs) yield await rowFor(design, templates, run);
}

export async function rowFor(design: PortfolioInput, templates: TemplateSets, options: { cwd: string; today: string }): Promise<PortfolioRow> {
  let file: CopFile;
  try {
    file = await CopFile.load(design.path, design.display);
  } catch (error) {
    if (!(error instanceof CopkitError)) throw error;
    return failedRow(design.display, failureText(error));
  }
  const row = designRow(design.display, file.data, collectFindings(file, { today: options.today }), options.today);
  if (row.invalid) return row; // copkit renders only a valid design
  const request = { copPath: design.path, outDir: undefined, kinds: documentKinds, formats: undefined, templates, packs: [], cwd: options.cwd };
  const unchanged = await unchangedRender(request).catch(() => undefined);
  if (unchanged) return { ...row, docs: 'current', pack: packOf(unchanged.packs) };
  try {
    const outcome = await planDesignRender({
      copPath: design.path,
      copDisplay: design.display,
      outDir: undefined,
      kinds: documentKinds,
      formats: undefined,
      force: false,
      templates,
      packs: [],
      cwd: options.cwd,
      file,
    });
    return { ...row, docs: docsState(outcome), pack: packOf(outcome.packs) };
  } catch (error) {
    if (!(error instanceof CopkitError)) throw error;
    return { ...row, failure: failureText(error) };
  }
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
