/**
 * The evaluation report's charts (a Mermaid `xychart-beta` block: bars and lines over labelled
 * points) as an inline SVG, drawn by copkit from the numbers in the block itself, so that the page
 * and the Word file show the same figures GitHub draws, with no browser and no Mermaid. Only the
 * subset copkit's templates write is read (a title, an x-axis of labels, a y-axis with a title and
 * a range, bar and line series); any other block stays code. Pure: the same block, the same bytes.
 */
import { escapeHtml } from './html-escape.js';

export interface XyChart {
  title: string;
  labels: string[];
  yTitle: string;
  yMin: number;
  yMax: number;
  bars: number[][];
  lines: number[][];
}

const QUOTED = /^"([^"]*)"$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** `["a", "b"]` or `[1, 2]` as its items (quotes taken off); undefined if it is not a list. */
function list(text: string): string[] | undefined {
  const match = /^\[(.*)\]$/.exec(text.trim());
  if (!match) return undefined;
  if (match[1]!.trim() === '') return [];
  const items =
    match[1]!
      .match(/"[^"]*"|[^,]+/g)
      ?.map((item) => item.trim())
      .filter((item) => item !== '') ?? [];
  return items.map((item) => QUOTED.exec(item)?.[1] ?? item);
}

function numbers(text: string): number[] | undefined {
  const items = list(text);
  return items?.every((item) => NUMBER.test(item)) ? items.map(Number) : undefined;
}

/** One line of the block into `chart`; false when copkit does not read that line. */
function readLine(line: string, chart: XyChart): boolean {
  const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
  if (keyword === 'title') {
    chart.title = QUOTED.exec(rest)?.[1] ?? rest;
    return true;
  }
  if (keyword === 'x-axis') {
    const labels = list(rest.replace(/^"[^"]*"\s*/, ''));
    if (labels) chart.labels = labels;
    return labels !== undefined;
  }
  if (keyword === 'y-axis') {
    const axis = /^(?:"([^"]*)")?\s*(?:(-?\d+(?:\.\d+)?)\s*-->\s*(-?\d+(?:\.\d+)?))?$/.exec(rest);
    if (!axis) return false;
    chart.yTitle = axis[1] ?? '';
    if (axis[2] !== undefined) [chart.yMin, chart.yMax] = [Number(axis[2]), Number(axis[3])];
    return true;
  }
  const series = keyword === 'bar' || keyword === 'line' ? numbers(rest) : undefined;
  if (series) (keyword === 'bar' ? chart.bars : chart.lines).push(series);
  return series !== undefined;
}

/** Read an `xychart-beta` block; undefined when it is something else or uses what copkit does not draw. */
export function parseXyChart(source: string): XyChart | undefined {
  const lines = source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines[0] !== 'xychart-beta') return undefined;
  const chart: XyChart = { title: '', labels: [], yTitle: '', yMin: 0, yMax: Number.NaN, bars: [], lines: [] };
  if (!lines.slice(1).every((line) => readLine(line, chart))) return undefined;
  const series = [...chart.bars, ...chart.lines];
  if (chart.labels.length === 0 || series.length === 0 || series.some((s) => s.length !== chart.labels.length)) return undefined;
  if (Number.isNaN(chart.yMax)) chart.yMax = Math.max(...series.flat(), chart.yMin + 1);
  return chart.yMax > chart.yMin ? chart : undefined;
}

const WIDTH = 640;
const HEIGHT = 320;
const LEFT = 64;
const RIGHT = 16;
const TOP = 40;
const BOTTOM = 44;
const BAR_COLOURS = ['#2f6f9f', '#8fb8d8'];
const LINE_COLOURS = ['#a0522d', '#5b8c3a'];

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Five steps of the y-axis, from its minimum to its maximum. */
function yTicks(chart: XyChart): number[] {
  return [0, 1, 2, 3, 4, 5].map((i) => chart.yMin + ((chart.yMax - chart.yMin) * i) / 5);
}

/** The SVG text (an `<svg>` element with its own size, fonts and colours). */
export function xyChartSvg(chart: XyChart): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / chart.labels.length;
  const y = (v: number) => TOP + plotHeight - ((Math.min(Math.max(v, chart.yMin), chart.yMax) - chart.yMin) / (chart.yMax - chart.yMin)) * plotHeight;
  const centre = (i: number) => LEFT + step * (i + 0.5);
  const title = chart.title || 'Chart';
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="xychart" role="img" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="12">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="20" fill="#24292f" font-size="14" font-weight="bold" text-anchor="middle">${escapeHtml(title)}</text>`,
  ];
  for (const tick of yTicks(chart)) {
    out.push(`<line x1="${LEFT}" y1="${y(tick).toFixed(1)}" x2="${WIDTH - RIGHT}" y2="${y(tick).toFixed(1)}" stroke="#d0d7de" stroke-width="1"/>`);
    out.push(`<text x="${LEFT - 6}" y="${(y(tick) + 4).toFixed(1)}" fill="#57606a" font-size="10" text-anchor="end">${fmt(tick)}</text>`);
  }
  if (chart.yTitle)
    out.push(`<text x="14" y="${TOP + plotHeight / 2}" fill="#57606a" font-size="11" text-anchor="middle" transform="rotate(-90 14 ${TOP + plotHeight / 2})">${escapeHtml(chart.yTitle)}</text>`);
  const barWidth = (step * 0.6) / Math.max(1, chart.bars.length);
  chart.bars.forEach((series, s) => {
    series.forEach((value, i) => {
      const x = centre(i) - (barWidth * chart.bars.length) / 2 + barWidth * s;
      const top = y(value);
      const label = `${escapeHtml(chart.labels[i]!)}: ${fmt(value)}`;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(TOP + plotHeight - top).toFixed(1)}" fill="${BAR_COLOURS[s % BAR_COLOURS.length]}"><title>${label}</title></rect>`,
      );
    });
  });
  chart.lines.forEach((series, s) => {
    const colour = LINE_COLOURS[s % LINE_COLOURS.length]!;
    const points = series.map((value, i) => `${centre(i).toFixed(1)},${y(value).toFixed(1)}`);
    out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="3"/>`);
    series.forEach((value, i) => {
      out.push(`<circle cx="${centre(i).toFixed(1)}" cy="${y(value).toFixed(1)}" r="4" fill="${colour}"><title>${escapeHtml(chart.labels[i]!)}: ${fmt(value)}</title></circle>`);
    });
  });
  out.push(`<line x1="${LEFT}" y1="${TOP + plotHeight}" x2="${WIDTH - RIGHT}" y2="${TOP + plotHeight}" stroke="#57606a" stroke-width="1"/>`);
  chart.labels.forEach((label, i) => {
    out.push(`<text x="${centre(i).toFixed(1)}" y="${TOP + plotHeight + 18}" fill="#24292f" font-size="11" text-anchor="middle">${escapeHtml(label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
