/**
 * The output formats, as data: which file each format makes from each Markdown document. Light on
 * purpose: it is loaded by every render, while the converters (and their libraries) load only when
 * their format is asked for (see convert.ts).
 */
import { posix } from 'node:path';
import { formatNames } from '../../model/render-formats.js';
import type { FormatName } from '../../model/render-formats.js';
import { kindOfPath } from '../documents.js';
import type { DocumentKind } from '../documents.js';

export { formatNames };
export type { FormatName };

/** Markdown alone unless cop.yaml or `--format` says otherwise. */
export const DEFAULT_FORMATS: readonly FormatName[] = ['md'];

/** The calendar is one file for the whole design, at the top of the output folder. */
export const CALENDAR_PATH = 'community.ics';

export function isFormatName(name: string): name is FormatName {
  return (formatNames as readonly string[]).includes(name);
}

/** Names in the usual order (md, html, docx, ics), each once. */
export function orderFormats(names: readonly FormatName[]): FormatName[] {
  return formatNames.filter((f) => names.includes(f));
}

/** `charter.md` as `html/charter.html`; the README (the index of the documents) as `html/index.html`. */
export function htmlPath(markdownPath: string): string {
  return `html/${markdownPath === 'README.md' ? 'index.html' : markdownPath.replace(/\.md$/, '.html')}`;
}

/** `roles/R1-x.md` as `docx/roles/R1-x.docx`; the README as `docx/index.docx`. */
export function docxPath(markdownPath: string): string {
  return `docx/${markdownPath === 'README.md' ? 'index.docx' : markdownPath.replace(/\.md$/, '.docx')}`;
}

/**
 * The Markdown document a generated path was made from (`html/roles/R1-x.html` gives
 * `roles/R1-x.md`), so that `--only` and removals treat every format of a document alike; the
 * calendar answers with its own path.
 */
export function markdownSourceOf(path: string): string {
  const match = /^(html|docx)\/(.+)\.(html|docx)$/.exec(path);
  if (!match || (match[1] === 'html') !== (match[3] === 'html')) return path;
  return match[2] === 'index' ? 'README.md' : `${match[2]}.md`;
}

/** Which document kind a generated file of any format belongs to (the calendar: the launch plan). */
export function kindOfOutput(path: string): DocumentKind | undefined {
  return path === CALENDAR_PATH ? 'launch-plan' : kindOfPath(markdownSourceOf(path));
}

/**
 * A relative link of a Markdown document, rewritten for a format: `charter.md#x` becomes
 * `charter.html#x`, and `../cop.yaml` still reaches cop.yaml from the format's subfolder.
 * Web addresses and in-page anchors are left alone (undefined).
 */
export function retarget(href: string, from: string, to: (markdownPath: string) => string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/') || href === '') return undefined;
  const [file = '', hash] = href.split('#');
  const target = posix.normalize(posix.join(posix.dirname(from), file));
  const mapped = file.endsWith('.md') && !target.startsWith('../') ? to(target) : target;
  const rel = posix.relative(posix.dirname(to(from)), mapped) || posix.basename(mapped);
  return hash === undefined ? rel : `${rel}#${hash}`;
}
