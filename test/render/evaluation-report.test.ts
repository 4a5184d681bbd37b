import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/tmp.js';
import { mermaidBlock } from '../helpers/mermaid.js';
import { runIn } from '../helpers/in-process.js';

interface XyDb {
  getXYChartConfig?: unknown;
}

/** Parse a Mermaid block with Mermaid itself, as GitHub draws it; returns the diagram type. */
async function mermaidType(text: string): Promise<string> {
  (globalThis as { window?: unknown }).window ??= new Window();
  const mermaid = (await import('mermaid')).default as unknown as {
    initialize(config: object): void;
    mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: XyDb }> };
  };
  mermaid.initialize({ startOnLoad: false });
  return (await mermaid.mermaidAPI.getDiagramFromText(text)).type;
}

const read = (dir: string, name: string) => readFileSync(join(dir, 'docs', name), 'utf8');

describe('the evaluation report', () => {
  it('compares three reviews six months apart: scorecard, thresholds and a chart Mermaid can draw, the same bytes twice', async () => {
    const dir = copyExample('assessment-practice-network');
    rmSync(join(dir, 'docs'), { recursive: true });
    expect((await runIn(dir, ['render'])).code).toBe(0);
    const report = read(dir, 'evaluation-report.md');
    expect(report).toContain('| Goal | Due | 2025-10-14 | 2026-04-14 | 2026-10-13 | Latest evidence |');
    expect(report).toMatch(/\| G4 Give teaching assistants a place to learn marking from experienced colleagues\. \(changed\) \| 2026-06-30 \| On track \| At risk \| Missed \|/);
    expect(report).toContain('| Questions that get an answer within three working days (%) | 75% | 84% | 86% | 68% | **Below its alert level** |');
    const chart = mermaidBlock(report);
    expect(chart).toContain('x-axis ["2025-10-14", "2026-04-14", "2026-10-13"]');
    expect(chart).toContain('bar [178, 246, 292]');
    expect(chart).toContain('line [8, 9, 7]');
    expect(await mermaidType(chart)).toBe('xychart');
    expect(report).toContain('| Applied value (changed practice) | The oral defence that replaced a take-home essay (2026-10-13) | Assessments redesigned with a documented rationale |');
    expect(report).toMatch(/\| Hand a role over to someone else \| R6 Welcome and connections, to Ines Duarte \|/);
    const first = read(dir, 'evaluation-report.md');
    const again = await runIn(dir, ['render']);
    expect(again.stderr).toContain('docs: 19 unchanged');
    expect(read(dir, 'evaluation-report.md')).toBe(first);
  });

  it('says which command fills each section while no review is recorded', async () => {
    const dir = copyExample('assessment-practice-network');
    const text = readFileSync(join(dir, 'cop.yaml'), 'utf8').replace(/\nreviews:\n[\s\S]*?\nrender:\n/, '\nrender:\n');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'cop.yaml'), text);
    expect((await runIn(dir, ['render', '--only', 'evaluation-report', '--force'])).code).toBe(0);
    const report = read(dir, 'evaluation-report.md').replace(/\s+/g, ' ');
    expect(report).toContain('No review has been recorded yet. > **Not answered yet:** Reviews. To fill in this part, run `copkit review`.');
    expect(report).toContain('No review has assessed the goals yet. Run `copkit review` to record how each one stands.');
    expect(report).toContain('No review has counted the members yet.');
    expect(report).not.toContain('```mermaid');
  });

  it('renders the pilot report and growth plan from the answers that fill them', async () => {
    const dir = copyExample('assessment-practice-network');
    expect((await runIn(dir, ['render', '--only', 'pilot-report,growth-plan'])).code).toBe(0);
    const pilot = read(dir, 'pilot-report.md');
    expect(pilot).toContain('| Conversation continues between sessions | Questions posted between sessions | 15 | 11 | Partly met |');
    expect(pilot).toContain('In the light of the pilot: **Proceed to launch**');
    const growth = read(dir, 'growth-plan.md');
    expect(growth).toContain('| Occasional | Active | Bring one of your own assessments to a clinic. |');
    expect(growth).toContain('| R1 Network coordinator | Hannah Lindqvist | Dr. Samuel Osei | 2026-12-31 |');
    expect(read(dir, 'README.md')).toContain('| [Evaluation report](evaluation-report.md) |');
  });
});
