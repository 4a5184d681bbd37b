import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDesign } from '../../src/lint/index.js';
import type { CopData } from '../../src/model/types.js';
import { copyExample } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';
import { readDesign, readText } from '../helpers/designs.js';

/** The field-service example with its Prototype skipped and its prototype answers removed. */
function skippedPilot(origin: 'emergent' | 'cultivated'): string {
  const dir = copyExample('field-service-technicians');
  let text = readFileSync(join(dir, 'cop.yaml'), 'utf8')
    .replace('  prototype: { status: complete, updated: 2026-05-29 }', '  prototype: { status: skipped, updated: 2026-05-29 }')
    .replace('  origin: emergent', `  origin: ${origin}`);
  text = text.replace(/\nprototype:\n[\s\S]*?\nlaunch:\n/, '\nlaunch:\n');
  writeFileSync(join(dir, 'cop.yaml'), text);
  return dir;
}

describe('the emergent path', () => {
  it('lets a community that already exists skip Prototype without an error, and says why', async () => {
    const dir = skippedPilot('emergent');
    const result = await runIn(dir, ['check', '--json']);
    const report = JSON.parse(result.stdout) as { findings: { rule: string; severity: string; message: string }[] };
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'launch-before-prototype-gate',
        severity: 'info',
        message: expect.stringContaining('Prototype was skipped because the community already exists informally'),
      }),
    );
    expect(result.code).toBe(0);
  });

  it('keeps the errors for a community cultivated from scratch, and names the way out', () => {
    const dir = skippedPilot('cultivated');
    const findings = lintDesign(readDesign(dir)).findings.filter((f) => f.rule === 'launch-before-prototype-gate');
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(findings[0]!.message).toContain('Prototype may be skipped only by a community that already exists informally');
  });

  it('adjusts the launch plan and the pilot report, and the charter says what is protected', async () => {
    const dir = skippedPilot('emergent');
    expect((await runIn(dir, ['render'])).code).toBe(0);
    const plan = readText(dir, 'docs/launch-plan.md').replace(/\s+/g, ' ');
    expect(plan).toContain('## P1 Building on the existing practice (2026-04-06 to 2026-05-31)');
    expect(plan).toContain('There is no pilot: the community already exists informally, so Prototype was skipped');
    expect(plan).toContain('- [ ] The launch keeps this as it is: No managers at the table unless the technicians invite them.');
    expect(plan).not.toContain('Not answered yet');
    const report = readText(dir, 'docs/pilot-report.md').replace(/\s+/g, ' ');
    expect(report).toContain('so it skipped the pilot');
    expect(report).not.toContain('Not answered yet');
    const charter = readText(dir, 'docs/charter.md').replace(/\s+/g, ' ');
    expect(charter).toContain('What this charter protects, and every change must respect:');
    expect(charter).toContain("- Breakfast before the first call, in the technicians' own diners, with no agenda");
  });

  it('says nothing about protection for a community cultivated from scratch', async () => {
    const dir = copyExample('assessment-practice-network');
    expect((await runIn(dir, ['render', '--only', 'charter'])).code).toBe(0);
    expect(readText(dir, 'docs/charter.md')).not.toContain('What this charter protects');
  });

  it('asks the follow-up questions only of an existing community', async () => {
    const { questionsOf } = await import('../../src/wizard/plan.js');
    const { setup } = await import('../../src/model/registry.js');
    const followUps = questionsOf(setup)
      .filter((q) => q.field.askIf)
      .map((q) => [q.key, q.field.askIf]);
    expect(followUps).toEqual([
      ['informalPractice', { key: 'origin', equals: 'emergent' }],
      ['protect', { key: 'origin', equals: 'emergent' }],
    ]);
    const data = { copkit: 1, setup: { origin: 'cultivated', protect: ['x'] } } as unknown as CopData;
    const { emergentView } = await import('../../src/render/context/launch-plan.js');
    expect(emergentView(data).protect).toEqual([]);
  });
});
