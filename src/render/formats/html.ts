/**
 * Markdown documents as self-contained HTML pages: the styles are inline, the gantt timeline is an
 * inline SVG, links between documents point at the other pages, and nothing is fetched from the
 * network. Every answer reaches the page as escaped text: raw HTML in the Markdown is not passed
 * through (markdown.ts) and markdown-it escapes text, attributes and code.
 */
import { posix } from 'node:path';
import type MarkdownIt from 'markdown-it';
import { chartOf } from './charts.js';
import { htmlPath, retarget } from './formats.js';
import { escapeHtml } from './html-escape.js';
import { PAGE_STYLE } from './html-style.js';
import { documentTitle, isComment, isLineBreakTag, markdownReader, parseMarkdown } from './markdown.js';

export interface MarkdownDocument {
  path: string;
  content: string;
}

/**
 * What the page template (`html/page.html.hbs`) and its partials get as `page`. Every text in it
 * is HTML already, answers escaped: the engine does not escape (it writes Markdown), so nothing
 * a template prints from here can become markup. `body` is the document made by markdown-it.
 */
export interface PageView {
  lang: string;
  title: string;
  style: string;
  body: string;
  navigation: { href: string; title: string; current: boolean }[];
  /** The community's name (setup), cop.yaml as a path from the page, and its revision. */
  community: string;
  source: string;
  revision: string;
}

export interface HtmlOptions {
  /** The `lang` of the pages (a pack's `strings.lang`, else English). */
  lang: string;
  /** A pack's extra style sheet, put after copkit's own. */
  extraStyle: string;
  /** The community's name; cop.yaml from the output folder (`../cop.yaml`), and its revision. */
  community: string;
  source: string;
  revision: string;
  /** The page template, rendered by the run's engine with the pack's partials. */
  renderPage: (page: PageView) => string;
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
    const chart = token.info.trim() === 'mermaid' ? chartOf(token.content) : undefined;
    if (chart) return `<figure class="chart">\n${chart.svg}\n<figcaption>${escapeHtml(chart.title)}</figcaption>\n</figure>\n`;
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
function navigation(path: string, all: readonly { path: string; title: string }[]): PageView['navigation'] {
  const top = all.filter((d) => !d.path.includes('/'));
  const ordered = [...top.filter((d) => d.path === 'README.md'), ...top.filter((d) => d.path !== 'README.md')];
  return ordered.map((d) => ({
    href: escapeHtml(posix.relative(posix.dirname(htmlPath(path)), htmlPath(d.path))),
    title: escapeHtml(d.title),
    current: d.path === path,
  }));
}

export function htmlPages(documents: readonly MarkdownDocument[], options: HtmlOptions): { path: string; content: string }[] {
  const titled = documents.map((d) => ({ path: d.path, title: documentTitle(parseMarkdown(d.content)) ?? d.path }));
  const style = `${PAGE_STYLE}${options.extraStyle === '' ? '' : `\n${options.extraStyle.replace(/<\/style/gi, '<\\/style')}`}`;
  return documents.map((doc, i) => {
    const path = htmlPath(doc.path);
    const source = posix.normalize(posix.join(posix.relative(posix.dirname(path), '.') || '.', options.source));
    const content = options.renderPage({
      lang: escapeHtml(options.lang),
      title: escapeHtml(titled[i]!.title),
      style,
      body: renderBody(doc.content, doc.path).trimEnd(),
      navigation: navigation(doc.path, titled),
      community: escapeHtml(options.community),
      source: escapeHtml(source),
      revision: escapeHtml(options.revision),
    });
    return { path, content };
  });
}
