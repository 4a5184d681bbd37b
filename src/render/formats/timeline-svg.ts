/**
 * The launch timeline as an inline SVG, drawn by copkit itself from the Mermaid gantt block that
 * the Markdown carries (the same sections, names and dates), so that HTML and Word show it with
 * no browser and no Mermaid. Pure: the same block gives the same bytes.
 */
import { escapeHtml } from './html-escape.js';

export interface TimelineTask {
  name: string;
  start: string;
  end?: string;
}
export interface TimelineSection {
  name: string;
  tasks: TimelineTask[];
}
export interface Timeline {
  title: string;
  sections: TimelineSection[];
}

const DATE = /^\d{4}-\d\d-\d\d$/;

/** Read the gantt lines copkit writes (gantt.ts); undefined when the block is not a gantt. */
export function parseGantt(source: string): Timeline | undefined {
  const lines = source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines[0] !== 'gantt') return undefined;
  const timeline: Timeline = { title: '', sections: [] };
  for (const line of lines.slice(1)) {
    if (line.startsWith('title ')) timeline.title = line.slice(6);
    else if (line.startsWith('section ')) timeline.sections.push({ name: line.slice(8), tasks: [] });
    else if (line.includes(' :')) addTask(timeline, line);
  }
  return timeline.sections.some((s) => s.tasks.length > 0) ? timeline : undefined;
}

function addTask(timeline: Timeline, line: string): void {
  const at = line.lastIndexOf(' :');
  const name = line.slice(0, at).trim();
  const data = line
    .slice(at + 2)
    .split(',')
    .map((d) => d.trim());
  if (timeline.sections.length === 0) timeline.sections.push({ name: '', tasks: [] });
  const section = timeline.sections[timeline.sections.length - 1]!;
  if (data[0] === 'milestone' && DATE.test(data[2] ?? '')) section.tasks.push({ name, start: data[2]! });
  else if (DATE.test(data[1] ?? '') && DATE.test(data[2] ?? '')) section.tasks.push({ name, start: data[1]!, end: data[2]! });
}

const day = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const iso = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

const WIDTH = 880;
const LABEL = 300;
const ROW = 24;
const TOP = 44;
const COLOURS = ['#2f6f9f', '#5b8c3a', '#a0522d', '#7a4f9a'];

/** The first day of each month inside the range, for the axis. */
function monthTicks(first: number, last: number): number[] {
  const ticks: number[] = [];
  const start = iso(first);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  for (;;) {
    const tick = Date.UTC(year, month, 1) / 86_400_000;
    if (tick > last) return ticks;
    ticks.push(tick);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
}

/** The SVG text (an `<svg>` element with its own size, fonts and colours). */
export function timelineSvg(timeline: Timeline): string {
  const tasks = timeline.sections.flatMap((s) => s.tasks);
  const first = Math.min(...tasks.map((t) => day(t.start)));
  const last = Math.max(...tasks.map((t) => day(t.end ?? t.start) + (t.end ? 0 : 1)));
  const span = Math.max(1, last - first);
  const x = (d: number) => (LABEL + ((d - first) / span) * (WIDTH - LABEL - 16)).toFixed(1);
  const rows = timeline.sections.reduce((n, s) => n + 1 + s.tasks.length, 0);
  const height = TOP + rows * ROW + 12;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="12">`,
  );
  out.push(`<title>${escapeHtml(timeline.title || 'Timeline')}: ${iso(first)} to ${iso(last - 1)}</title>`);
  out.push(`<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  for (const tick of monthTicks(first, last)) {
    out.push(`<line x1="${x(tick)}" y1="${TOP - 14}" x2="${x(tick)}" y2="${height - 8}" stroke="#d0d7de" stroke-width="1"/>`);
    out.push(`<text x="${x(tick)}" y="${TOP - 20}" fill="#57606a" font-size="10" text-anchor="middle">${iso(tick).slice(0, 7)}</text>`);
  }
  let y = TOP;
  timeline.sections.forEach((section, s) => {
    const colour = COLOURS[s % COLOURS.length]!;
    out.push(`<text x="4" y="${y + 16}" font-weight="bold" fill="#24292f">${escapeHtml(section.name)}</text>`);
    y += ROW;
    for (const task of section.tasks) {
      out.push(`<text x="16" y="${y + 16}" fill="#24292f">${escapeHtml(shorten(task.name))}</text>`);
      out.push(taskMark(task, y, x, colour));
      y += ROW;
    }
  });
  out.push('</svg>');
  return out.join('\n');
}

function taskMark(task: TimelineTask, y: number, x: (d: number) => string, colour: string): string {
  const label = `${escapeHtml(task.name)}: ${task.end ? `${task.start} to ${iso(day(task.end) - 1)}` : task.start}`;
  if (!task.end) {
    const cx = Number(x(day(task.start)));
    const cy = y + 12;
    return `<path d="M${cx} ${cy - 7} L${cx + 7} ${cy} L${cx} ${cy + 7} L${cx - 7} ${cy} Z" fill="${colour}"><title>${label}</title></path>`;
  }
  const from = Number(x(day(task.start)));
  const width = Math.max(2, Number(x(day(task.end))) - from);
  return `<rect x="${from}" y="${y + 5}" width="${width.toFixed(1)}" height="${ROW - 10}" rx="3" fill="${colour}"><title>${label}</title></rect>`;
}

/** Labels stay inside their column (about 45 characters at this size). */
function shorten(name: string): string {
  return name.length <= 44 ? name : `${name.slice(0, 43).trimEnd()}…`;
}
