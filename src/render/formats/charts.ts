/**
 * The Mermaid blocks copkit draws itself, from the same text GitHub draws: the launch timeline
 * (`gantt`) and the evaluation report's participation chart (`xychart-beta`). Each gives an SVG
 * (inline in the HTML pages, rasterised for Word) and a title; a block copkit does not know
 * stays code.
 */
import { parseGantt, timelineSvg } from './timeline-svg.js';
import { parseXyChart, xyChartSvg } from './xychart-svg.js';

export interface Chart {
  svg: string;
  title: string;
}

const readers: readonly ((source: string) => Chart | undefined)[] = [
  (source) => {
    const timeline = parseGantt(source);
    return timeline && { svg: timelineSvg(timeline), title: timeline.title || 'Timeline' };
  },
  (source) => {
    const chart = parseXyChart(source);
    return chart && { svg: xyChartSvg(chart), title: chart.title || 'Chart' };
  },
];

/** The chart a Mermaid block draws, each block drawn once per run (HTML and Word share it). */
const drawn = new Map<string, Chart | undefined>();

export function chartOf(source: string): Chart | undefined {
  if (!drawn.has(source)) {
    if (drawn.size >= 64) drawn.clear();
    let chart: Chart | undefined;
    for (const read of readers) chart ??= read(source);
    drawn.set(source, chart);
  }
  return drawn.get(source);
}
