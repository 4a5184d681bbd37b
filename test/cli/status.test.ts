import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { copyExample, snapshotTree, tempDir } from '../helpers/tmp.js';

interface StageJson {
  id: string;
  status: string;
  answered: number;
  required: number;
  missing: string[];
}
interface StatusJson {
  revision: number;
  stages: StageJson[];
  check: { errors: number };
  next: { stage: string | null; command: string | null; message: string };
}

async function statusJson(dir: string, code = 0): Promise<StatusJson> {
  const before = snapshotTree(dir);
  const result = await runIn(dir, ['status', '--json'], { COPKIT_TODAY: '2026-11-26' });
  expect(result.code).toBe(code);
  expect(snapshotTree(dir)).toEqual(before);
  return JSON.parse(result.stdout) as StatusJson;
}

const HALF_FILLED = `copkit: 1
revision: 3
setup:
  communityName: Copier Tips
  organizationType: corporate
  facilitatorName: Ana Lima
progress:
  inquire: { status: complete, updated: 2026-11-20 }
  design: { status: inProgress, updated: 2026-11-25 }
inquire:
  domain: Fixing copiers the manuals do not explain.
  audience: [{ segment: Field technicians, estimatedSize: 40 }]
  purposeStatement: Share what works.
  purposeAreas: [learningAndDevelopingPractice]
  goals: [{ id: G1, statement: Fix more faults on the first visit }]
  benefits: [{ beneficiary: members, benefit: Fewer return visits }]
  vision: Every technician finds a tip in minutes.
  faceToFaceImportance: important
design:
  learningAgenda: [Intermittent paper jams]
  rhythmSummary: Breakfast every Tuesday.
  norms: []
prototype:
  pilotParticipants:
    - { name: Ana }
`;

describe('copkit status', () => {
  it('counts every required answer of the complete example', async () => {
    const report = await statusJson(copyExample('field-service-technicians'));
    expect(report.stages.map((s) => [s.id, s.status, s.answered, s.required])).toEqual([
      ['setup', 'complete', 3, 3],
      ['inquire', 'complete', 8, 8],
      ['design', 'complete', 9, 9],
      ['prototype', 'complete', 9, 9],
      ['launch', 'complete', 7, 7],
      ['grow', 'complete', 5, 5],
      ['sustain', 'complete', 7, 7],
    ]);
    expect(report.stages.every((s) => s.missing.length === 0)).toBe(true);
    expect(report.check.errors).toBe(0);
  });

  it('lists what a half-filled design is missing, by path, and the next step', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), HALF_FILLED);
    const report = await statusJson(dir);
    const design = report.stages.find((s) => s.id === 'design')!;
    expect(design).toMatchObject({ status: 'inProgress', answered: 2, required: 9 });
    expect(design.missing).toEqual(['design.activities', 'design.channels', 'design.roles', 'design.membershipModel', 'design.decisionMaking', 'design.norms', 'design.knowledgeCapture']);
    const prototype = report.stages.find((s) => s.id === 'prototype')!;
    // One pilot participant is not enough: the pilot needs at least three.
    expect(prototype).toMatchObject({ status: 'inProgress', answered: 0 });
    expect(prototype.missing).toContain('prototype.pilotParticipants');
    expect(report.stages.find((s) => s.id === 'launch')).toMatchObject({ status: 'notStarted', answered: 0, required: 7 });
    expect(report.next).toEqual({
      stage: 'design',
      command: 'copkit stage design',
      message: 'Finish Design: 7 required answers missing. Run `copkit stage design`.',
    });
  });

  it('prints a readable table with the missing fields and the next step', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), HALF_FILLED);
    const result = await runIn(dir, ['status'], { COPKIT_TODAY: '2026-11-26' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Copier Tips  cop.yaml, revision 3');
    expect(result.stdout).toMatch(/Design {5}in progress {2}2\/9 {7}2026-11-25/);
    expect(result.stdout).toContain('missing: activities, channels');
    expect(result.stdout).not.toMatch(/design\.\w/);
    expect(result.stdout).toContain('pilot participants (1 of 3)');
    expect(result.stdout).toContain('Next: Finish Design: 7 required answers missing. Run `copkit stage design`.');
  });

  it('sends a design with errors to copkit check first, and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), 'copkit: 1\nsetup:\n  organizationType: 12\n');
    const report = await statusJson(dir, 1);
    expect(report.next.command).toBe('copkit check');
    expect(report.next.stage).toBeNull();
    const text = await runIn(dir, ['status']);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^cop\.yaml:3:21 {2}error {2}Setup: kind of organisation: /);
    expect(text.stdout).toContain('Next: Fix the 1 error in the design first');
  });

  it('counts the errors in its next step as the check line beside it does (file and design errors together)', async () => {
    const dir = tempDir();
    const design = [
      'copkit: 1',
      'setup:',
      '  organizationType: 12',
      '  communityName: Copier Tips',
      'design:',
      '  roles:',
      '    - { id: R1, title: Helper, roleKey: mentor, holder: Ana Lima, hoursPerMonth: lots }',
      'launch:',
      '  launchDate: 2026-01-10',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'cop.yaml'), design);
    const text = await runIn(dir, ['status']);
    const checked = /Check: (\d+) errors/.exec(text.stdout)?.[1];
    const step = /Next: Fix the (\d+) errors/.exec(text.stdout)?.[1];
    expect(Number(checked)).toBeGreaterThan(2);
    expect(step).toBe(checked);
  });
});
