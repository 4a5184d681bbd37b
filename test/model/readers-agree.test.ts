import { describe, expect, it } from 'vitest';
import { runWith } from '../helpers/in-process.js';

// Ground rules written as blank entries: before one definition of "no answer", status counted
// them as answered (Design 1/9) while the lint rule said the community had no ground rules.
// Prototype has begun, so Design counts as passed and the rule applies. (Marked complete, Design
// would read as in progress: a stage missing a required answer is never complete.)
const BLANK_NORMS = `copkit: 1
setup:
  communityName: Copier Clinic
design:
  norms: ["", "  "]
progress:
  prototype: { status: inProgress }
`;

describe('status and check agree on what is unanswered', () => {
  it('a list of blank entries is missing in status and in check', async () => {
    const status = await runWith(BLANK_NORMS, ['status', '--json']);
    expect(status.code, status.stderr).toBe(0);
    const design = (JSON.parse(status.stdout) as { stages: { id: string; answered: number; missing: string[] }[] }).stages.find((s) => s.id === 'design')!;
    expect(design.answered).toBe(0);
    expect(design.missing).toContain('design.norms');

    const check = await runWith(BLANK_NORMS, ['check', '--json']);
    const rules = (JSON.parse(check.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toContain('no-code-of-conduct');
  });

  it('the text table shows the same count', async () => {
    const status = await runWith(BLANK_NORMS, ['status']);
    expect(status.stdout).toMatch(/Design\s+not started\s+0\/9/);
  });
});
