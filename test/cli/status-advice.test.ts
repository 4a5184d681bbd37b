import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { copyExample, snapshotTree, tempDir } from '../helpers/tmp.js';

interface Warning {
  code: string;
  message: string;
  date: string;
  path: string;
  line: number;
  column: number;
}
interface Next {
  stage: string | null;
  command: string | null;
  message: string;
}
interface StatusJson {
  warnings: Warning[];
  next: Next;
  check: { errors: number; warnings: number };
}

function dirWith(text: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), text);
  return dir;
}

async function status(dir: string, today: string, json = true) {
  const before = snapshotTree(dir);
  const result = await runIn(dir, json ? ['status', '--json'] : ['status'], { COPKIT_TODAY: today });
  expect(result.code).toBe(0);
  expect(snapshotTree(dir)).toEqual(before);
  return result;
}

const statusJson = async (dir: string, today: string) => JSON.parse((await status(dir, today)).stdout) as StatusJson;

/** Stages recorded done without their answers are skipped (recorded complete, they would count as in progress). Still designing, while the pilot, the launch, a review and two terms were due before 2026-11-26. */
const SLIPPING = `copkit: 1
progress:
  inquire: { status: skipped }
  design: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk, termEnds: 2026-09-30 }
    - { id: R2, roleKey: facilitator, title: Clinic host, holder: Lucia Ferreira, termEnds: 2026-09-30 }
    - { id: R3, roleKey: mentor, title: Veteran mentor, holder: Walt Jennings, termEnds: 2026-09-30 }
prototype:
  pilotStartDate: 2026-10-01
launch:
  launchDate: 2026-11-01
grow:
  successionPlan:
    - { roleId: R2, currentHolder: Lucia Ferreira, successor: Sam Whitaker }
sustain:
  nextReviewDate: 2026-11-20
`;

describe('copkit status: momentum warnings', () => {
  it('lists each date that has passed, with a stable code, the date and its position', async () => {
    const report = await statusJson(dirWith(SLIPPING), '2026-11-26');
    expect(report.warnings).toEqual([
      {
        code: 'pilot-overdue',
        date: '2026-10-01',
        path: 'prototype.pilotStartDate',
        line: 11,
        column: 19,
        message: 'The pilot was planned to start on 2026-10-01, but Design is still in progress. Finish Design (copkit stage design) or move the date.',
      },
      {
        code: 'launch-overdue',
        date: '2026-11-01',
        path: 'launch.launchDate',
        line: 13,
        column: 15,
        message: 'The launch was planned to start on 2026-11-01, but Design is still in progress. Finish Design (copkit stage design) or move the date.',
      },
      {
        code: 'review-overdue',
        date: '2026-11-20',
        path: 'sustain.nextReviewDate',
        line: 18,
        column: 19,
        message: 'The review planned for 2026-11-20 is overdue. Hold it, record what you found with copkit review, and set the next review date (copkit stage sustain).',
      },
      {
        // R2's term ended too, but a successor is named; R3 is not a leadership role.
        code: 'term-ended',
        date: '2026-09-30',
        path: 'design.roles[0].termEnds',
        line: 7,
        column: 93,
        message:
          'The term of role "Coordinator" (R1), held by "Dale Kowalczyk", ended on 2026-09-30 and no successor is named. Renew the term or name a successor in the succession plan (copkit stage grow).',
      },
    ]);
  });

  it('says nothing on the day before the dates', async () => {
    const report = await statusJson(dirWith(SLIPPING), '2026-09-29');
    expect(report.warnings).toEqual([]);
  });

  it('names a stage that has not started when its planned date has passed', async () => {
    const report = await statusJson(
      dirWith(`copkit: 1
progress:
  inquire: { status: skipped }
  design: { status: skipped }
  prototype: { status: skipped }
  launch: { status: notStarted }
launch:
  launchDate: 2026-11-01
`),
      '2026-11-26',
    );
    expect(report.warnings.map((w) => [w.code, w.message])).toEqual([
      ['launch-overdue', 'The launch was planned to start on 2026-11-01, but the Launch stage has not started. Run copkit stage launch, or move the date.'],
    ]);
  });

  it('prints the warnings in the text report, before the next step', async () => {
    const { stdout } = await status(dirWith(SLIPPING), '2026-11-26', false);
    const lines = stdout.trim().split('\n');
    const warnings = lines.filter((l) => l.startsWith('Warning: '));
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toBe('Warning: The pilot was planned to start on 2026-10-01, but Design is still in progress. Finish Design (copkit stage design) or move the date. (cop.yaml:11)');
    expect(lines.at(-1)).toMatch(/^Next: /);
    expect(lines.indexOf(warnings[3]!)).toBe(lines.length - 2);
  });

  it('keeps the complete example free of warnings until its review falls due', async () => {
    const dir = copyExample('field-service-technicians');
    expect((await statusJson(dir, '2026-11-26')).warnings).toEqual([]);
    const later = await statusJson(dir, '2027-02-01');
    expect(later.warnings.map((w) => w.code)).toEqual(['review-overdue']);
    expect(later.next).toEqual({
      stage: 'sustain',
      command: 'copkit review',
      message: 'The review planned for 2027-01-20 is due: hold it, then record it with `copkit review`.',
    });
  });
});

describe('copkit status: the next step takes advice', () => {
  const designed = (holder: string) => `copkit: 1
setup: { communityName: Copier Tips, organizationType: corporate, facilitatorName: Ana Lima }
progress:
  inquire: { status: skipped }
  design: { status: complete }
design:
  learningAgenda: [Error codes]
  activities: [{ id: A1, name: Breakfast table }]
  rhythmSummary: A breakfast every month
  channels: [{ id: C1, name: Teams }]
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: ${holder}, hoursPerMonth: 16 }
  membershipModel: openWithinOrganization
  decisionMaking: consent
  norms: [Reply within two days]
  knowledgeCapture: Tips go to the wiki
`;

  it('puts a design error before starting the next stage', async () => {
    const report = await statusJson(dirWith(designed('TBD')), '2026-11-26');
    expect(report.next).toEqual({
      stage: 'design',
      command: 'copkit stage design',
      message:
        'Settle this before going on: Nobody is named as coordinator: role "Coordinator" (R1) is held by "TBD". Write the name of the person who will run the community day to day in its holder.',
    });
    const fixed = await statusJson(dirWith(designed('Dale Kowalczyk')), '2026-11-26');
    expect(fixed.next.command).toBe('copkit stage prototype');
    expect(fixed.next.message).toMatch(/^Start Prototype: run `copkit stage prototype`/);
  });

  it('sends a launch that outran its pilot back to Prototype, counting the other errors', async () => {
    const report = await statusJson(dirWith(SLIPPING), '2026-11-26');
    expect(report.next).toEqual({
      stage: 'prototype',
      command: 'copkit stage prototype',
      message:
        'Settle this before going on: The launch is planned for 2026-11-01, but the pilot has no success story yet. Record at least one story from the pilot before launching: it is what convinces the next people to join. (1 more design error: see `copkit check`)',
    });
  });
});
