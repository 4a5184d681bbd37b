import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';
import { readDesign, readText } from '../helpers/designs.js';

const REVIEW = `review:
  date: 2026-11-24
  coreMembers: 10
  activeMembers: 26
  peripheralMembers: 115
  newcomers: 9
  indicatorValues:
    - { indicator: Breakfast tables held as planned (%), value: 96 }
  goalStatuses:
    - { goalId: G2, status: met, evidence: 150 tips validated. }
  decisions:
    - decision: Add a goal on engineering feedback.
      change: addGoal
      newGoal: Get field findings accepted into fault trees and manuals.
    - { decision: Retire the ride-alongs for now., change: retireActivity, activityId: A5 }
    - { decision: Colleen hands the tip library over., change: handOverRole, roleId: R10, newHolder: Ravi Menon }
`;

function exampleWith(answers: string): string {
  const dir = copyExample('field-service-technicians');
  writeFileSync(join(dir, 'answers.yaml'), answers);
  return dir;
}

describe('copkit review', () => {
  it('files a new dated review after the earlier ones, applies its decisions and says so in one history line', async () => {
    const dir = exampleWith(REVIEW);
    const before = readDesign(dir);
    const result = await runIn(dir, ['review', '--answers', 'answers.yaml']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Review 3, of 2026-11-24, is filed under reviews in cop.yaml; earlier reviews are unchanged.');
    expect(result.stderr).toContain('Applied to the design: goal G5 added, activity A5 retired, role R10 handed over to "Ravi Menon".');
    const after = readDesign(dir);
    expect(after.reviews!.slice(0, 2)).toEqual(before.reviews);
    expect(after.reviews![2]).toMatchObject({ date: '2026-11-24', coreMembers: 10, goalStatuses: [{ goalId: 'G2', status: 'met' }] });
    expect(after.review).toBeUndefined();
    expect(after.inquire!.goals!.at(-1)).toEqual({ id: 'G5', statement: 'Get field findings accepted into fault trees and manuals.' });
    expect(after.design!.activities![4]).toMatchObject({ id: 'A5', retiredOn: '2026-11-24' });
    expect(after.design!.roles![9]).toMatchObject({ id: 'R10', holder: 'Ravi Menon' });
    expect(after.revision).toBe(before.revision! + 1);
    expect(after.history!.at(-1)).toEqual({
      revision: 15,
      date: '2026-11-26',
      summary: 'review of 2026-11-24 filed (1 indicator, 1 goal, 3 decisions); applied: goal G5 added, activity A5 retired, role R10 handed over to "Ravi Menon"',
    });
    // Comments in the file survive.
    expect(readText(dir, 'cop.yaml')).toContain("# The two reviews of the launch period, entered by hand from the core group's notes.");
  });

  it('files an earlier-dated review in date order, never overwriting one', async () => {
    const dir = exampleWith('review:\n  date: 2026-11-01\n  coreMembers: 8\n');
    expect((await runIn(dir, ['review', '--answers', 'answers.yaml'])).code).toBe(0);
    expect(readDesign(dir).reviews!.map((r) => r.date)).toEqual(['2026-10-16', '2026-11-01', '2026-11-20']);
  });

  it('keeps a review dated like a filed one as a draft, and says why', async () => {
    const dir = exampleWith('review:\n  date: 2026-11-20\n  coreMembers: 1\n');
    const result = await runIn(dir, ['review', '--answers', 'answers.yaml']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('A review dated 2026-11-20 is already filed, and copkit never overwrites one.');
    const after = readDesign(dir);
    expect(after.reviews![1]!.coreMembers).toBe(9);
    expect(after.review).toEqual({ date: '2026-11-20', coreMembers: 1 });
  });

  it('asks for the date unless --yes dates the review today', async () => {
    const dir = exampleWith('review:\n  coreMembers: 11\n');
    const original = readFileSync(join(dir, 'cop.yaml'));
    const refused = await runIn(dir, ['review', '--answers', 'answers.yaml']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('1 required answer is missing, so nothing was written');
    expect(refused.stderr).toContain('review.date');
    expect(readFileSync(join(dir, 'cop.yaml'))).toEqual(original);
    expect((await runIn(dir, ['review', '--answers', 'answers.yaml', '--yes'], {}, '2026-11-30')).code).toBe(0);
    expect(readDesign(dir).reviews!.at(-1)).toEqual({ date: '2026-11-30', coreMembers: 11 });
  });

  it('reports a mistake in the answers at its line, and writes nothing', async () => {
    const dir = exampleWith('review:\n  date: 2026-11-24\n  goalStatuses:\n    - { goalId: G9, status: done }\n');
    const original = readFileSync(join(dir, 'cop.yaml'));
    const result = await runIn(dir, ['review', '--answers', 'answers.yaml']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/answers\.yaml:4:\d+ {2}error {2}.*refers to G9/);
    expect(result.stderr).toContain(
      'Review: goal statuses, entry 1, status: "done" is not an allowed value; use one of: Met (met), On track (onTrack), At risk (atRisk), Missed (missed), Dropped (dropped)',
    );
    expect(readFileSync(join(dir, 'cop.yaml'))).toEqual(original);
  });

  it('needs an existing design', async () => {
    const dir = exampleWith('');
    writeFileSync(join(dir, 'cop.yaml'), '');
    const result = await runIn(join(dir, 'docs'), ['review', '--yes']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('copkit init');
  });
});
