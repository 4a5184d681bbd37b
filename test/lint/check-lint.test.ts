import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { copyExample, tempDir } from '../helpers/tmp.js';

function dirWith(text: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), text);
  return dir;
}

const check = (dir: string, args: string[] = [], today = '2026-11-26') => runIn(dir, ['check', ...args], { COPKIT_TODAY: today });

/**
 * Design complete (Inquire skipped): a TBD coordinator (error), too few coordinator hours
 * (warning), an activity that serves no goal (note), a wrong value (schema error), and a
 * lint.disable list with a known rule, a misspelt one and a repeat.
 */
const DESIGN = `copkit: 1
progress:
  inquire: { status: skipped }
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Breakfast table, frequency: monthly, targetLevels: [core, occasional] }
  rhythmSummary: A breakfast table every month.
  channels:
    - { id: C1, name: Depot notice board, purposes: [asyncDiscussion], mode: faceToFace, visibility: organizationWide }
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: TBD, hoursPerMonth: 6 }
  membershipModel: everyone
  norms: [Disagree with the fix, not with the technician.]
lint:
  disable: [no-sponsor, no-sponsr, no-sponsor]
`;

const COORDINATOR = 'Nobody is named as coordinator: role "Coordinator" (R1) is held by "TBD". Write the name of the person who will run the community day to day in its holder.';

describe('copkit check: design lint', () => {
  it('reports lint findings with position and rule, lists disabled rules, and exits 1 on a lint error', async () => {
    const result = await check(dirWith(DESIGN));
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'cop.yaml:6:3  warning  No activity says where it happens. For each activity, list the channels it uses (channels: [C1]), so every tool has a reason to be visited.  channel-without-life',
      'cop.yaml:6:3  info  Every activity is a regular routine; nothing occasional brings something new. Add a yearly gathering, a workshop, a visit or a guest, so the community keeps its spark.  familiarity-and-excitement',
      'cop.yaml:7:7  info  Activity "Breakfast table" (A1) serves none of the goals. List the goals it serves, or ask whether it is needed.  goal-without-activity',
      `cop.yaml:12:67  error  ${COORDINATOR}  no-coordinator`,
      'cop.yaml:12:87  warning  Coordinating the community has only 6 hours a month in all; it needs about 4 to 8 hours a week while the community is active. Give it at least 17 hours a month (about 4 hours a week), or share it with a co-coordinator.  unresourced-roles',
      'cop.yaml:13:20  error  Design: membership: "everyone" is not an allowed value; use one of: Open to anyone (open), Open to anyone in the organisation (openWithinOrganization), By invitation (inviteOnly), By application (application), Compulsory for everyone in the target group (compulsory)  schema',
      'cop.yaml:16:25  warning  Lint settings, rules switched off, entry 2: "no-sponsr" is not a lint rule copkit knows; did you mean no-sponsor?  schema',
    ]);
    // A disabled rule is not run, and says so once, after the findings, at its lint.disable entry.
    expect(result.stdout).not.toMatch(/ {2}(error|warning|info) {2}.* {2}no-sponsor$/m);
    const disabled = lines.filter((l) => l.includes('  disabled  '));
    expect(disabled).toEqual(['cop.yaml:16:13  disabled  A named sponsor backs the community.  no-sponsor']);
    expect(lines[7]).toBe(disabled[0]);
    expect(lines.slice(8)).toEqual(['', 'cop.yaml: 2 errors, 3 warnings, 2 notes (1 rule switched off in lint.disable)']);
  });

  it('runs a rule again once it leaves lint.disable', async () => {
    const result = await check(dirWith(DESIGN.replace('[no-sponsor, no-sponsr, no-sponsor]', '[]')));
    expect(result.stdout).toContain('cop.yaml:11:3  warning  The design has no sponsor.');
    expect(result.stdout).not.toContain('disabled');
  });

  it('fails on lint warnings only with --strict, and never on notes', async () => {
    const warningOnly = dirWith(`copkit: 1
progress:
  inquire: { status: complete }
inquire:
  benefits: [{ beneficiary: organization, benefit: Fewer repeat visits }]
  existingAlternatives: None that cover field faults.
`);
    const relaxed = await check(warningOnly);
    expect(relaxed.stdout).toContain('cop.yaml:5:3  warning  No benefit is written for the members themselves.');
    expect(relaxed.code).toBe(0);
    expect((await check(warningOnly, ['--strict'])).code).toBe(1);

    const noteOnly = dirWith('copkit: 1\nprogress:\n  inquire: { status: complete }\ninquire:\n  benefits: [{ beneficiary: members, benefit: Answers }]\n');
    const notes = await check(noteOnly, ['--strict']);
    expect(notes.stdout).toContain('overlap-unchecked');
    expect(notes.stdout).toContain('cop.yaml: 1 note');
    expect(notes.code).toBe(0);
  });

  it('prints the same JSON document, field for field and in this order, every time', async () => {
    const dir = dirWith(DESIGN);
    const first = await check(dir, ['--json']);
    const expected = {
      file: 'cop.yaml',
      ok: false,
      summary: { errors: 2, warnings: 3, infos: 2 },
      findings: [
        {
          rule: 'channel-without-life',
          severity: 'warning',
          message: 'No activity says where it happens. For each activity, list the channels it uses (channels: [C1]), so every tool has a reason to be visited.',
          path: 'design.activities',
          line: 6,
          column: 3,
        },
        {
          rule: 'familiarity-and-excitement',
          severity: 'info',
          message: 'Every activity is a regular routine; nothing occasional brings something new. Add a yearly gathering, a workshop, a visit or a guest, so the community keeps its spark.',
          path: 'design.activities',
          line: 6,
          column: 3,
        },
        {
          rule: 'goal-without-activity',
          severity: 'info',
          message: 'Activity "Breakfast table" (A1) serves none of the goals. List the goals it serves, or ask whether it is needed.',
          path: 'design.activities[0]',
          line: 7,
          column: 7,
        },
        { rule: 'no-coordinator', severity: 'error', message: COORDINATOR, path: 'design.roles[0].holder', line: 12, column: 67 },
        {
          rule: 'unresourced-roles',
          severity: 'warning',
          message:
            'Coordinating the community has only 6 hours a month in all; it needs about 4 to 8 hours a week while the community is active. Give it at least 17 hours a month (about 4 hours a week), or share it with a co-coordinator.',
          path: 'design.roles[0].hoursPerMonth',
          line: 12,
          column: 87,
        },
        {
          rule: 'schema',
          severity: 'error',
          message:
            '"everyone" is not an allowed value; use one of: Open to anyone (open), Open to anyone in the organisation (openWithinOrganization), By invitation (inviteOnly), By application (application), Compulsory for everyone in the target group (compulsory)',
          path: 'design.membershipModel',
          line: 13,
          column: 20,
        },
        { rule: 'schema', severity: 'warning', message: '"no-sponsr" is not a lint rule copkit knows; did you mean no-sponsor?', path: 'lint.disable[1]', line: 16, column: 25 },
      ],
      disabled: [{ rule: 'no-sponsor', severity: 'warning', summary: 'A named sponsor backs the community.', line: 16, column: 13 }],
    };
    // Byte for byte: the same keys in the same order, two-space indentation, one final newline.
    expect(first.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect((await check(dir, ['--json'])).stdout).toBe(first.stdout);
    expect(first.code).toBe(1);
  });

  it('finds nothing in the complete example, and warns once its review date has passed', async () => {
    const dir = copyExample('field-service-technicians');
    const today = await check(dir, ['--json']);
    // The one rule it switches off says why in a comment beside lint.disable.
    expect(JSON.parse(today.stdout)).toMatchObject({ ok: true, findings: [], disabled: [{ rule: 'member-data-protection' }] });
    const later = await check(dir, [], '2027-02-01');
    const line =
      readFileSync(join(dir, 'cop.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('nextReviewDate:')) + 1;
    expect(later.stdout).toContain(`cop.yaml:${line}:19  warning  The next review was due on 2027-01-20, which has passed. Hold the review, record it with copkit review`);
    expect(later.code).toBe(0);
    expect((await check(dir, ['--strict'], '2027-02-01')).code).toBe(1);
  });

  it('refuses a COPKIT_TODAY that is not a date, with a usage error', async () => {
    const result = await check(dirWith('copkit: 1\n'), [], 'next tuesday');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('COPKIT_TODAY must be a date written YYYY-MM-DD, not "next tuesday"');
    expect(result.stdout).toBe('');
  });
});
