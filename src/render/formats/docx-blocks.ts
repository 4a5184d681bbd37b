/**
 * Markdown block tokens as Word paragraphs and tables: headings with Word's own heading styles
 * (so the navigation pane lists them), bulleted and numbered lists, real tables with a repeated
 * header row, notes as indented paragraphs, and the gantt timeline as an image. A table row with
 * empty cells (the endorsement table) gets room and a line to sign on in each empty cell.
 */
import { BorderStyle, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild } from 'docx';
import { inlineRuns, inlineText } from './docx-inline.js';
import type { Token } from './markdown.js';
import type { ChartImages } from './chart-images.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

interface State {
  from: string;
  charts: ChartImages;
  lists: { ordered: boolean; instance: number }[];
  quote: number;
  itemStart: boolean;
  instances: number;
}

/** The blocks of one document; `charts` holds the images of its Mermaid blocks, drawn beforehand. */
export function blocksOf(tokens: readonly Token[], from: string, charts: ChartImages): FileChild[] {
  const out: FileChild[] = [];
  const state: State = { from, charts, lists: [], quote: 0, itemStart: false, instances: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'heading_open':
        out.push(heading(Number(token.tag.slice(1)), tokens[i + 1]!.children ?? [], from));
        i += 2;
        break;
      case 'paragraph_open':
        out.push(paragraph(tokens[i + 1]!.children ?? [], state));
        i += 2;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        state.lists.push({ ordered: token.type === 'ordered_list_open', instance: ++state.instances });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        state.lists.pop();
        break;
      case 'list_item_open':
        state.itemStart = true;
        break;
      case 'blockquote_open':
        state.quote++;
        break;
      case 'blockquote_close':
        state.quote--;
        break;
      case 'table_open': {
        const end = tokens.findIndex((t, j) => j > i && t.type === 'table_close');
        out.push(table(tokens.slice(i, end), from));
        i = end;
        break;
      }
      case 'fence':
      case 'code_block':
        out.push(...codeBlock(token, state.charts));
        break;
      case 'hr':
        out.push(new Paragraph({ thematicBreak: true }));
        break;
      default:
        break;
    }
  }
  return out;
}

/** A heading in Word's heading style, with its outline level set too (the navigation pane reads it). */
function heading(level: number, children: readonly Token[], from: string): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1]!, outlineLevel: level - 1, keepNext: true, children: inlineRuns(children, from) });
}

function paragraph(children: readonly Token[], state: State): Paragraph {
  const runs = inlineRuns(children, state.from);
  const list = state.lists[state.lists.length - 1];
  const quote = state.quote > 0 ? { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'D4A72C', space: 8 } } } : {};
  if (list && state.itemStart) {
    state.itemStart = false;
    const level = state.lists.length - 1;
    return list.ordered
      ? new Paragraph({ children: runs, numbering: { reference: 'ordered', level, instance: list.instance }, ...quote })
      : new Paragraph({ children: runs, bullet: { level }, ...quote });
  }
  if (list) return new Paragraph({ children: runs, indent: { left: 720 * state.lists.length } });
  return new Paragraph({ children: runs, ...quote });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '8C959F' };
const signLine = { style: BorderStyle.SINGLE, size: 12, color: '24292F' };

function table(tokens: readonly Token[], from: string): Table {
  const rows: { header: boolean; cells: Token[][] }[] = [];
  let header = false;
  for (const token of tokens) {
    if (token.type === 'thead_open') header = true;
    if (token.type === 'thead_close') header = false;
    if (token.type === 'tr_open') rows.push({ header, cells: [] });
    if (token.type === 'inline') rows[rows.length - 1]!.cells.push(token.children ?? []);
  }
  const columns = Math.max(...rows.map((r) => r.cells.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row) => {
      const signing = !row.header && row.cells.some((c) => inlineText(c).trim() === '');
      return new TableRow({
        ...(row.header ? { tableHeader: true } : {}),
        cantSplit: true,
        ...(signing ? { height: { value: 720, rule: 'atLeast' as const } } : {}),
        children: row.cells.map(
          (cell) =>
            new TableCell({
              width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE },
              ...(row.header ? { shading: { fill: 'EAEEF2' } } : {}),
              borders: { top: cellBorder, left: cellBorder, right: cellBorder, bottom: signing && inlineText(cell).trim() === '' ? signLine : cellBorder },
              children: [new Paragraph({ children: inlineRuns(cell, from, { bold: row.header }) })],
            }),
        ),
      });
    }),
  });
}

function codeBlock(token: Token, charts: ChartImages): FileChild[] {
  const chart = token.info.trim() === 'mermaid' ? charts.get(token.content) : undefined;
  if (chart) {
    const { png, width, height, title } = chart;
    const scale = Math.min(1, 620 / width);
    return [
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
            altText: { name: title, title, description: `${title} (its figures are also in the tables of this document)` },
          }),
        ],
      }),
    ];
  }
  return token.content
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }));
}
