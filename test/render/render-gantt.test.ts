import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { mermaidBlock, parseGantt } from '../helpers/mermaid.js';
import { copyExample, tempDir } from '../helpers/tmp.js';

async function renderedPlan(dir: string): Promise<string> {
  const result = await runIn(dir, ['render', '--only', 'launch-plan']);
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(join(dir, 'docs', 'launch-plan.md'), 'utf8');
}

describe('the launch plan timeline', () => {
  it('is a gantt that Mermaid parses into the phases, waves, recurring activities and milestones of the example', async () => {
    const tasks = await parseGantt(mermaidBlock(await renderedPlan(copyExample('field-service-technicians'))));
    expect(tasks.map((t) => [t.section, t.id, t.name, t.start, t.end, t.milestone])).toEqual([
      ['Phases', 'p0', 'P0 Readiness', '2026-02-16', '2026-03-16', false],
      ['Phases', 'p1', 'P1 Pilot', '2026-03-16', '2026-05-23', false],
      ['Phases', 'p2', 'P2 Pre-launch', '2026-05-23', '2026-06-15', false],
      ['Phases', 'p3', 'P3 Launch and first wave', '2026-06-15', '2026-07-13', false],
      ['Phases', 'p4', 'P4 Roll-out in waves', '2026-07-13', '2026-10-05', false],
      ['Phases', 'p5', 'P5 Hand-over to Grow', '2026-10-05', '2026-12-14', false],
      ['Roll-out waves', 'w1', 'Wave 1 North and the support desk', '2026-06-15', '2026-07-13', false],
      ['Roll-out waves', 'w2', 'Wave 2 Central', '2026-07-13', '2026-08-10', false],
      ['Roll-out waves', 'w3', 'Wave 3 South', '2026-08-10', '2026-09-07', false],
      ['Roll-out waves', 'w4', 'Wave 4 Coastal', '2026-09-07', '2026-10-05', false],
      ...[
        ['a1', 'Breakfast table (monthly)'],
        ['a2', 'War-story clinic (every two weeks)'],
        ['a3', 'Tip writing and review (weekly)'],
        ['a4', 'Ask the table (weekly)'],
        ['a5', 'Ride-along mentoring for first-year…'],
        ['a6', 'Friday tip digest (weekly)'],
      ].map(([id, name]) => ['Recurring activities, first months', id, name, '2026-06-15', '2026-09-14', false]),
      ['Milestones', 'launch', 'Launch day', '2026-06-15', '2026-06-15', true],
      ['Milestones', 'k1', 'North kickoff breakfast', '2026-06-16', '2026-06-16', true],
      ['Milestones', 'k2', 'Central kickoff breakfast', '2026-07-14', '2026-07-14', true],
    ]);
  });

  it('keeps every task intact when names contain Mermaid syntax', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'cop.yaml'),
      [
        'copkit: 1',
        'launch:',
        '  launchDate: 2026-06-15',
        '  rolloutWaves:',
        '    - { name: "section: evil; #1 %%{init: {}}%%", startWeek: 0 }',
        '    - { name: "Title: click here", startWeek: 4 }',
        '    - { name: "2026-01-01 x :crit, done", startWeek: 8 }',
        '    - { name: "A very long wave name that goes on and on well past what fits on a line of the chart", startWeek: 12 }',
        '  kickoffEvents:',
        '    - { title: "<b>Kick</b> off: «ünïcødé» 開始", date: 2026-06-16 }',
        '',
      ].join('\n'),
    );
    const block = mermaidBlock(await renderedPlan(dir));
    for (const line of block.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const tasks = await parseGantt(block);
    expect(tasks.map((t) => t.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'w1', 'w2', 'w3', 'w4', 'launch', 'k1']);
    expect(tasks.map((t) => t.section)).toEqual([...Array(6).fill('Phases'), ...Array(4).fill('Roll-out waves'), 'Milestones', 'Milestones']);
    expect(tasks.find((t) => t.id === 'w2')).toMatchObject({ start: '2026-07-13', end: '2026-08-10' });
    expect(tasks.find((t) => t.id === 'k1')).toMatchObject({ name: '‹b›Kick‹/b› off «ünïcødé» 開始', milestone: true, start: '2026-06-16' });
  });
});
