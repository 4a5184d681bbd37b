/**
 * The evaluation report's Mermaid `xychart-beta` block, read back into its numbers and drawn as
 * SVG: the bars and the line sit where the block's figures put them; a block copkit does not
 * draw stays code.
 */
import { describe, expect, it } from 'vitest';
import { chartOf } from '../../src/render/formats/charts.js';
import { parseXyChart, xyChartSvg } from '../../src/render/formats/xychart-svg.js';

const BLOCK = 'xychart-beta\n    title "Members at each review"\n    x-axis ["2026-10-16", "2026-11-20"]\n    y-axis "Members" 0 --> 160\n    bar [123, 142]\n    line [8, 9]\n';

describe('xychart-beta', () => {
  it('reads the title, the labels, the axis and each series', () => {
    expect(parseXyChart(BLOCK)).toEqual({ title: 'Members at each review', labels: ['2026-10-16', '2026-11-20'], yTitle: 'Members', yMin: 0, yMax: 160, bars: [[123, 142]], lines: [[8, 9]] });
  });

  it.each([
    ['another kind of chart', 'pie\n  "a" : 1\n'],
    ['a series longer than the labels', 'xychart-beta\n  x-axis ["a"]\n  bar [1, 2]\n'],
    ['a line it does not know', 'xychart-beta\n  x-axis ["a"]\n  bar [1]\n  horizontal\n'],
    ['no series at all', 'xychart-beta\n  x-axis ["a"]\n'],
  ])('leaves %s to stay code', (_name, source) => {
    expect(parseXyChart(source)).toBeUndefined();
  });

  it('puts each bar as high as its figure on the axis, and escapes the labels', () => {
    const svg = xyChartSvg(parseXyChart(BLOCK.replace('"2026-11-20"', '"<b>&"'))!);
    const heights = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#2f6f9f"/g)].map((m) => Number(m[2]));
    expect(heights).toHaveLength(2);
    expect(heights[1]! / heights[0]!).toBeCloseTo(142 / 123, 2);
    expect(svg).toContain('&lt;b&gt;&amp;: 142');
    expect(svg).not.toContain('<b>');
  });

  it('is one of the charts copkit draws, with its title for the caption', () => {
    expect(chartOf(BLOCK)?.title).toBe('Members at each review');
    expect(chartOf('flowchart LR\n  a --> b\n')).toBeUndefined();
  });
});
