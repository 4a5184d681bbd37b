/**
 * Markdown documents as self-contained HTML pages: the styles are inline, the gantt timeline is an
 * inline SVG, links between documents point at the other pages, and nothing is fetched from the
 * network. Every answer reaches the page as escaped text: raw HTML in the Markdown is not passed
 * through (markdown.ts) and markdown-it escapes text, attributes and code.
 */
import { posix } from 'node:path';
import type MarkdownIt from 'markdown-it';
import { htmlPath, retarget } from './formats.js';
import { escapeHtml } from './html-escape.js';
import { PAGE_STYLE } from './html-style.js';
import { documentTitle, isComment, isLineBreakTag, markdownReader, parseMarkdown } from './markdown.js';
import { parseGantt, timelineSvg } from './timeline-svg.js';

export interface MarkdownDocument { path: string; content: string }

export interface HtmlOptions {
  /** The `lang` of the pages (a pack's `strings.lang`, else English). */
  lang: string;
  /** A pack's extra style sheet, put after copkit's own. */
  extraStyle: string;
}

type Rules = MarkdownIt['renderer']['rules'];
type Rule = NonNullable<Rules[string]>;

/** One renderer per document: links are rewritten relative to the page being written. */
function renderBody(markdown: string, path: string): string {
  const md = markdownReader();
  const tokens = parseMarkdown(markdown);
  const rules: Rules = { ...md.renderer.rules };
  const keep = md.renderer.rules;
  const fence: Rule = (list, i, options, env, self) => {
    const token = list[i]!;
    const timeline = token.info.trim() === 'mermaid' ? parseGantt(token.content) : undefined;
    if (timeline) return `<figure class="chart">\n${timelineSvg(timeline)}\n<figcaption>${escapeHtml(timeline.title || 'Timeline')}</figcaption>\n</figure>\n`;
    return keep.fence!(list, i, options, env, self);
  };
  const linkOpen: Rule = (list, i, options, _env, self) => {
    const token = list[i]!;
    const href = token.attrGet('href');
    const moved = href === null ? undefined : retarget(href, path, htmlPath);
    if (moved === undefined || href === null) return self.renderToken(list, i, options);
    // The tokens are shared with the Word converter (markdown.ts): the link is changed for this page only.
    token.attrSet('href', moved);
    try {
      return self.renderToken(list, i, options);
    } finally {
      token.attrSet('href', href);
    }
  };
  const htmlBlock: Rule = (list, i) => (isComment(list[i]!.content) ? '' : `<p>${escapeHtml(list[i]!.content)}</p>\n`);
  const htmlInline: Rule = (list, i) => {
    const content = list[i]!.content;
    return isLineBreakTag(content) ? '<br>' : content.startsWith('<!--') ? '' : escapeHtml(content);
  };
  Object.assign(md.renderer.rules, { fence, link_open: linkOpen, html_block: htmlBlock, html_inline: htmlInline });
  try {
    return md.renderer.render(tokens, md.options, {});
  } finally {
    md.renderer.rules = rules;
  }
}

/** The other top-level pages, for the navigation bar (role pages are reached from the index). */
function navigation(path: string, all: readonly { path: string; title: string }[]): string {
  const top = all.filter((d) => !d.path.includes('/'));
  const ordered = [...top.filter((d) => d.path === 'README.md'), ...top.filter((d) => d.path !== 'README.md')];
  const links = ordered.map((d) => {
    const href = posix.relative(posix.dirname(htmlPath(path)), htmlPath(d.path));
    const here = d.path === path ? ' aria-current="page"' : '';
    return `<a href="${escapeHtml(href)}"${here}>${escapeHtml(d.title)}</a>`;
  });
  return `<nav aria-label="Documents">\n${links.join('\n')}\n</nav>`;
}

export function htmlPages(documents: readonly MarkdownDocument[], options: HtmlOptions): { path: string; content: string }[] {
  const titled = documents.map((d) => ({ path: d.path, title: documentTitle(parseMarkdown(d.content)) ?? d.path }));
  return documents.map((doc, i) => {
    const page = [
      '<!DOCTYPE html>',
      `<html lang="${escapeHtml(options.lang)}">`,
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="generator" content="copkit">',
      `<title>${escapeHtml(titled[i]!.title)}</title>`,
      `<style>\n${PAGE_STYLE}${options.extraStyle === '' ? '' : `\n${options.extraStyle.replace(/<\/style/gi, '<\\/style')}`}\n</style>`,
      '</head>',
      '<body>',
      navigation(doc.path, titled),
      '<main>',
      renderBody(doc.content, doc.path).trimEnd(),
      '</main>',
      '</body>',
      '</html>',
      '',
    ];
    return { path: htmlPath(doc.path), content: page.join('\n') };
  });
}
