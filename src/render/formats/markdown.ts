/**
 * The one Markdown reader the HTML and Word converters share: markdown-it in CommonMark mode with
 * GitHub's tables, reading exactly what copkit's templates write. Raw HTML in the Markdown is
 * never passed through: comments are dropped and only `<br>` (which table cells use) is kept.
 */
import MarkdownIt from 'markdown-it';

export type Token = ReturnType<MarkdownIt['parse']>[number];

let reader: MarkdownIt | undefined;

export function markdownReader(): MarkdownIt {
  reader ??= new MarkdownIt('commonmark', { html: true, xhtmlOut: false }).enable(['table', 'strikethrough']);
  return reader;
}

/** The last documents parsed: the HTML and Word converters read the same Markdown in one run. */
const parsed = new Map<string, Token[]>();

export function parseMarkdown(text: string): Token[] {
  let tokens = parsed.get(text);
  if (!tokens) {
    if (parsed.size >= 64) parsed.clear();
    tokens = markdownReader().parse(text, {});
    parsed.set(text, tokens);
  }
  return tokens;
}

/** Whether an inline HTML token is a line break (the one tag copkit's Markdown uses). */
export function isLineBreakTag(content: string): boolean {
  return /^<br\s*\/?>$/i.test(content.trim());
}

/** Whether an HTML block is only comments (the generated-file notice, markdownlint settings). */
export function isComment(content: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(content);
}

/** The plain text of the first level-1 heading, for titles. */
export function documentTitle(tokens: readonly Token[]): string | undefined {
  const at = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  if (at < 0) return undefined;
  return (tokens[at + 1]?.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline')
    .map((c) => c.content)
    .join('');
}
