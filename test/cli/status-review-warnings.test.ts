import { describe, expect, it } from 'vitest';
import { reviewWarnings, nextReviewDue } from '../../src/model/review-warnings.js';
import type { CopData } from '../../src/model/types.js';
import { copyExample } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

interface Warning {
  code: string;
  message: string;
  date: string;
  path: string;
  line: number;
  column: number;
}

const design = (reviews: object[], extra: object = {}) =>
  ({
    copkit: 1,
    inquire: {
      goals: [
        { id: 'G1', statement: 'Share rubrics', byDate: '2026-06-30' },
        { id: 'G2', statement: 'Faster feedback', byDate: '2027-06-30' },
      ],
    },
    grow: { healthIndicators: [{ indicator: 'Answered questions (%)', alertBelow: 75 }] },
    reviews,
    ...extra,
  }) as unknown as CopData;

describe('warnings from the reviews (pure)', () => {
  it('flags an indicator of the latest review below its alert level, and only the latest', () => {
    const data = design([
      { date: '2026-04-14', indicatorValues: [{ indicator: 'Answered questions (%)', value: 60 }], goalStatuses: [{ goalId: 'G1', status: 'met' }] },
      { date: '2026-10-13', indicatorValues: [{ indicator: 'answered questions (%) ', value: 68 }], goalStatuses: [{ goalId: 'G1', status: 'met' }] },
    ]);
    expect(reviewWarnings(data, '2026-11-26')).toEqual([
      {
        code: 'indicator-below-alert',
        message:
          'In the review of 2026-10-13, "answered questions (%)" measured 68, below its alert level of 75. Talk it over in the core group, and record what you decide in the next review (copkit review).',
        date: '2026-10-13',
        path: ['reviews', 1, 'indicatorValues', 0, 'value'],
      },
    ]);
  });

  it('flags a goal past its date that the latest review does not assess', () => {
    const none = reviewWarnings(design([]), '2026-11-26');
    expect(none.map((w) => [w.code, w.path])).toEqual([['goal-unassessed', ['inquire', 'goals', 0, 'byDate']]]);
    expect(none[0]!.message).toBe('Goal "Share rubrics" (G1) was due on 2026-06-30, but no review says yet whether it was met. Record its status with copkit review.');
    const assessed = design([{ date: '2026-10-13', goalStatuses: [{ goalId: 'G1', status: 'missed' }] }]);
    expect(reviewWarnings(assessed, '2026-11-26')).toEqual([]);
    expect(reviewWarnings(assessed, '2026-06-30')).toEqual([]);
  });

  it('flags falling participation and a shrinking core group between the last two reviews', () => {
    const data = design([
      { date: '2026-04-14', coreMembers: 9, activeMembers: 40, peripheralMembers: 200, goalStatuses: [{ goalId: 'G1', status: 'met' }] },
      { date: '2026-10-13', coreMembers: 7, activeMembers: 35, peripheralMembers: 190, goalStatuses: [{ goalId: 'G1', status: 'met' }] },
    ]);
    expect(reviewWarnings(data, '2026-11-26').map((w) => [w.code, w.path])).toEqual([
      ['core-shrinking', ['reviews', 1, 'coreMembers']],
      ['participation-falling', ['reviews', 1, 'activeMembers']],
    ]);
    const rising = design([
      { date: '2026-04-14', coreMembers: 7, activeMembers: 40, peripheralMembers: 200, goalStatuses: [{ goalId: 'G1', status: 'met' }] },
      { date: '2026-10-13', coreMembers: 7, activeMembers: 41, peripheralMembers: 200, goalStatuses: [{ goalId: 'G1', status: 'met' }] },
    ]);
    expect(reviewWarnings(rising, '2026-11-26')).toEqual([]);
  });

  it('once the planned review is held, expects the next one at the assessment cadence', () => {
    const data = design([{ date: '2026-10-13' }], { sustain: { nextReviewDate: '2026-10-01', assessmentCadence: 'biannually' } });
    expect(nextReviewDue(data)).toEqual({ date: '2027-04-13', path: ['reviews', 0, 'date'], held: '2026-10-13' });
    const notYet = design([{ date: '2026-09-01' }], { sustain: { nextReviewDate: '2026-10-01' } });
    expect(nextReviewDue(notYet)).toBeUndefined();
  });
});

describe('copkit status reads the latest review', () => {
  it('warns about the indicator below its threshold and the shrinking core group, with positions, in JSON and text', async () => {
    const dir = copyExample('assessment-practice-network');
    const json = await runIn(dir, ['status', '--json'], {}, '2026-11-26');
    const { warnings } = JSON.parse(json.stdout) as { warnings: Warning[] };
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['indicator-below-alert', 'reviews[2].indicatorValues[1].value'],
      ['core-shrinking', 'reviews[2].coreMembers'],
    ]);
    expect(warnings[0]!.message).toContain('measured 68, below its alert level of 75');
    const text = await runIn(dir, ['status'], {}, '2026-11-26');
    const lines = text.stdout.split('\n').filter((l) => l.startsWith('Warning: '));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`below its alert level of 75\\..* \\(cop\\.yaml:${warnings[0]!.line}\\)$`));
    // The planned review joins them once its date has passed.
    const later = JSON.parse((await runIn(dir, ['status', '--json'], {}, '2027-04-20')).stdout) as { warnings: Warning[] };
    expect(later.warnings.map((w) => w.code)).toEqual(['review-overdue', 'indicator-below-alert', 'core-shrinking']);
  });
});
