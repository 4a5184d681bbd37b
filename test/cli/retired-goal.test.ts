/**
 * A filed review is a record of its day. When the design later retires a goal that reviews
 * assessed, the reviews stay as written: check notes it (a warning, not an error that would stop
 * rendering), and the evaluation report keeps the goal's row, marked as no longer in the design.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

function withoutGoalG4(): string {
  const dir = copyExample('assessment-practice-network');
  const path = join(dir, 'cop.yaml');
  let text = readFileSync(path, 'utf8');
  text = text.replace(/ {4}- id: G4\n[\s\S]*?(?= {4}- id: G5)/, '');
  // The design's own references go with the goal, as the wizard's removal does.
  text = text.replace(
    /supportsGoals: \[([^\]]*)\]/g,
    (_all, ids: string) =>
      `supportsGoals: [${ids
        .split(',')
        .map((s) => s.trim())
        .filter((id) => id !== 'G4')
        .join(', ')}]`,
  );
  writeFileSync(path, text);
  return dir;
}

describe('a goal retired after reviews assessed it', () => {
  it('leaves the reviews as written, warns instead of refusing, and keeps its row in the report', async () => {
    const dir = withoutGoalG4();
    const before = readFileSync(join(dir, 'cop.yaml'), 'utf8');
    const check = JSON.parse((await runIn(dir, ['check', '--json'])).stdout) as { findings: { severity: string; path: string; message: string }[] };
    const aboutG4 = check.findings.filter((f) => f.message.includes('G4'));
    expect(aboutG4.length).toBeGreaterThan(0);
    expect(aboutG4.every((f) => f.severity === 'warning' && f.path.startsWith('reviews'))).toBe(true);
    expect(aboutG4[0]!.message).toContain('which Inquire no longer has');

    expect((await runIn(dir, ['render', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toBe(before);
    const report = readFileSync(join(dir, 'docs/evaluation-report.md'), 'utf8');
    expect(report).toMatch(/^\| G4 \(no longer in the design\) .*\| On track \| At risk \| Missed \| 138 teaching assistants/m);
  });
});
