/**
 * The documents copkit renders, as data: which template makes which file. `--only` selects
 * document kinds by these names.
 */
import { posix } from 'node:path';
import type { RenderContext } from './context/index.js';

/** The frame of every HTML page: a pack may replace it, or only its partials, like any template. */
export const HTML_PAGE_TEMPLATE = 'html/page.html.hbs';

export const documentKinds = ['charter', 'roles', 'launch-plan', 'pilot-report', 'growth-plan', 'evaluation-report', 'readme'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * Every template the built-in documents use, compiled before anything is rendered; the last one
 * frames each HTML page around the document's body (its partials `html-header` and `html-footer`).
 */
export const documentTemplates = [
  'charter.md.hbs',
  'roles/role.md.hbs',
  'launch-plan.md.hbs',
  'pilot-report.md.hbs',
  'growth-plan.md.hbs',
  'evaluation-report.md.hbs',
  'README.md.hbs',
  HTML_PAGE_TEMPLATE,
] as const;

/** The documents that are one file each, named after their kind (`pilot-report.md`). */
const singleFiles = ['launch-plan', 'pilot-report', 'growth-plan', 'evaluation-report'] as const;

export interface DocumentJob {
  kind: DocumentKind;
  /** Output path inside the output folder, with `/` separators. */
  path: string;
  template: Exclude<(typeof documentTemplates)[number], typeof HTML_PAGE_TEMPLATE>;
  /** What the template receives besides the shared view model. */
  extra: Record<string, unknown>;
}

export function isDocumentKind(name: string): name is DocumentKind {
  return (documentKinds as readonly string[]).includes(name);
}

/** Which output paths a kind owns (to find files it no longer produces). */
export function kindOfPath(path: string): DocumentKind | undefined {
  if (path === 'charter.md') return 'charter';
  for (const kind of singleFiles) if (path === `${kind}.md`) return kind;
  if (path === 'README.md') return 'readme';
  if (path.startsWith('roles/')) return 'roles';
  return undefined;
}

export function documentJobs(context: RenderContext, kinds: readonly DocumentKind[]): DocumentJob[] {
  const jobs: DocumentJob[] = [];
  if (kinds.includes('charter')) jobs.push({ kind: 'charter', path: 'charter.md', template: 'charter.md.hbs', extra: {} });
  if (kinds.includes('roles')) {
    for (const role of context.roles) jobs.push({ kind: 'roles', path: role.path, template: 'roles/role.md.hbs', extra: { role } });
  }
  for (const kind of singleFiles) {
    if (kinds.includes(kind)) jobs.push({ kind, path: `${kind}.md`, template: `${kind}.md.hbs`, extra: {} });
  }
  if (kinds.includes('readme')) jobs.push({ kind: 'readme', path: 'README.md', template: 'README.md.hbs', extra: {} });
  return jobs;
}

/** The relative way from a generated file back to the output folder's root (`""` or `"../"`). */
export function rootFrom(path: string): string {
  return '../'.repeat(posix.dirname(path) === '.' ? 0 : posix.dirname(path).split('/').length);
}
