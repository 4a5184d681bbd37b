/**
 * From the rendered Markdown (and the view model) to the files of every asked-for format. Each
 * converter is imported only when its format is asked for, so that a Markdown-only render never
 * loads markdown-it, docx or the rasteriser (start-up stays lean; `npm run bench`).
 */
import type { CopData } from '../../model/types.js';
import type { RenderContext } from '../context/index.js';
import type { FormatName } from './formats.js';
import type { MarkdownDocument, PageView } from './html.js';

export interface FormatInputs {
  formats: readonly FormatName[];
  /** Every rendered Markdown document, in the order of the documents list. */
  documents: readonly MarkdownDocument[];
  context: RenderContext;
  /** The `lang` of the HTML pages, the pack's extra style sheet. */
  lang: string;
  extraStyle: string;
  /** The design itself, for the calendar and the version table of the Word files. */
  data: CopData;
  /** cop.yaml as a path from the output folder, for the pages' footer. */
  source: string;
  /** The HTML page template of the run's engine (pack partials included). */
  renderPage: (page: PageView) => string;
}

export type OutputFile = { path: string; content: string | Uint8Array };

export async function convertFormats(input: FormatInputs): Promise<OutputFile[]> {
  const out: OutputFile[] = [];
  // Word's chart images are drawn off the main thread from the start, while the pages are made.
  const charts = input.formats.includes('docx') ? import('./chart-images.js').then((m) => m.startChartImages(input.documents)) : undefined;
  charts?.catch(() => undefined); // awaited (and its failure thrown) by the Word step; no unhandled rejection before it
  if (input.formats.includes('md')) out.push(...input.documents);
  if (input.formats.includes('html')) {
    const { htmlPages } = await import('./html.js');
    const { lang, extraStyle, source, renderPage, data } = input;
    const community = typeof data.setup?.communityName === 'string' ? data.setup.communityName : '';
    const revision = typeof data.revision === 'number' ? String(data.revision) : '0';
    out.push(...htmlPages(input.documents, { lang, extraStyle, community, source, revision, renderPage }));
  }
  if (input.formats.includes('docx')) {
    const { docxFiles } = await import('./docx.js');
    out.push(...(await docxFiles(input.documents, { lang: input.lang, context: input.context, data: input.data, charts: charts! })));
  }
  if (input.formats.includes('ics')) {
    const { calendarFile } = await import('./ics.js');
    const calendar = calendarFile(input.data);
    if (calendar) out.push(calendar);
  }
  return out;
}
