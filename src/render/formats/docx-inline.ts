/** Markdown inline tokens as Word runs: bold, italics, code, line breaks and links. */
import { ExternalHyperlink, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import { docxPath, retarget } from './formats.js';
import { isLineBreakTag } from './markdown.js';
import type { Token } from './markdown.js';

interface Marks {
  bold: boolean;
  italics: boolean;
  strike: boolean;
}

export function inlineRuns(children: readonly Token[], from: string, base: Partial<Marks> = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const marks: Marks = { bold: false, italics: false, strike: false, ...base };
  let link: { href: string; runs: TextRun[] } | undefined;
  const push = (run: TextRun) => (link ? link.runs.push(run) : out.push(run));
  const styled = (text: string, extra: object = {}) => new TextRun({ text, bold: marks.bold, italics: marks.italics, strike: marks.strike, ...(link ? { style: 'Hyperlink' } : {}), ...extra });
  for (const token of children) {
    switch (token.type) {
      case 'text':
        push(styled(token.content));
        break;
      case 'code_inline':
        push(styled(token.content, { font: 'Consolas' }));
        break;
      case 'softbreak':
        push(styled(' '));
        break;
      case 'hardbreak':
        push(new TextRun({ break: 1 }));
        break;
      case 'html_inline':
        if (isLineBreakTag(token.content)) push(new TextRun({ break: 1 }));
        break;
      case 'strong_open':
        marks.bold = true;
        break;
      case 'strong_close':
        marks.bold = base.bold ?? false;
        break;
      case 'em_open':
        marks.italics = true;
        break;
      case 'em_close':
        marks.italics = false;
        break;
      case 's_open':
        marks.strike = true;
        break;
      case 's_close':
        marks.strike = false;
        break;
      case 'link_open': {
        const href = token.attrGet('href') ?? '';
        link = { href: retarget(href, from, docxPath) ?? href, runs: [] };
        break;
      }
      case 'link_close':
        if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
        link = undefined;
        break;
      default:
        break;
    }
  }
  return out;
}

/** The plain text of inline tokens (for cells that must be recognised as empty). */
export function inlineText(children: readonly Token[]): string {
  return children.map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join('');
}
