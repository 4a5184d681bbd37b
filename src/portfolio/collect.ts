/**
 * The portfolio: every design named, read and rendered in memory (nothing written), one row each.
 * A design that cannot be read is a row with its error, and the rest carry on. The templates are
 * compiled once per distinct pack, so a thousand clients cost little more than their files.
 */
import { collectFindings } from '../check/collect.js';
import { CopFile } from '../document/cop-file.js';
import { CopkitError, DocumentError } from '../errors.js';
import { documentKinds } from '../render/documents.js';
import { planDesignRender } from '../render/render-design.js';
import type { RenderOutcome } from '../render/render-design.js';
import { templateSets } from '../render/template-sets.js';
import type { TemplateSets } from '../render/template-sets.js';
import { designRow, failedRow } from './row.js';
import type { DocsState, PortfolioRow } from './row.js';

export interface PortfolioInput {
  path: string;
  display: string;
}

export async function collectPortfolio(designs: readonly PortfolioInput[], options: { cwd: string; today: string }): Promise<PortfolioRow[]> {
  const templates = templateSets(options.cwd);
  const rows: PortfolioRow[] = [];
  for (const design of designs) rows.push(await rowFor(design, templates, options));
  return rows;
}

async function rowFor(design: PortfolioInput, templates: TemplateSets, options: { cwd: string; today: string }): Promise<PortfolioRow> {
  let file: CopFile;
  try {
    file = await CopFile.load(design.path, design.display);
  } catch (error) {
    if (!(error instanceof CopkitError)) throw error;
    return failedRow(design.display, failureText(error));
  }
  const row = designRow(design.display, file.data, collectFindings(file, { today: options.today }), options.today);
  if (row.invalid) return row; // copkit renders only a valid design
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
    const pack = outcome.packs.find((p) => !p.builtin);
    return { ...row, docs: docsState(outcome), pack: pack ? { name: pack.name, version: pack.version } : null };
  } catch (error) {
    if (!(error instanceof CopkitError)) throw error;
    return { ...row, failure: failureText(error) };
  }
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
