/** The one table renderer: columns as wide as their widest cell plus a gap, the last one unpadded. */

type Paint = (text: string) => string;

export interface TableRow {
  cells: string[];
  /** A colour for each cell (padding included), or none. */
  paint?: (Paint | undefined)[];
  /** A line printed under the row as it is (a detail such as what is missing). */
  below?: string | undefined;
}

export interface TableLayout {
  /** Put before every line. */
  indent?: string;
  /** How the heading line is shown. */
  head?: Paint;
  /** The least width of each column before the gap, so that a table keeps its shape whatever it holds. */
  least?: readonly number[];
}

const GAP = 2;

export function table(head: string[], rows: readonly TableRow[], layout: TableLayout = {}): string {
  const { indent = '', head: paintHead = (text: string) => text, least = [] } = layout;
  const widths = head.map((h, i) => Math.max(least[i] ?? 0, h.length, ...rows.map((r) => r.cells[i]?.length ?? 0)) + GAP);
  const line = (cells: readonly string[], paint: readonly (Paint | undefined)[] = []) =>
    `${indent}${cells
      .map((cell, i) => {
        const padded = i === cells.length - 1 ? cell : cell.padEnd(widths[i]!);
        return paint[i] ? paint[i]!(padded) : padded;
      })
      .join('')}`.trimEnd();
  const lines = [paintHead(line(head))];
  for (const row of rows) {
    lines.push(line(row.cells, row.paint));
    if (row.below !== undefined) lines.push(row.below);
  }
  return lines.join('\n');
}
