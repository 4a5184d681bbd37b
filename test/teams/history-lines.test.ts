import { describe, expect, it } from 'vitest';
import { describeChanges, SUMMARY_LIMIT } from '../../src/document/change-summary.js';
import type { CopData } from '../../src/model/types.js';

const data = {
  copkit: 1,
  design: {
    roles: [
      { id: 'R1', roleKey: 'coordinator', title: 'Coordinator' },
      { id: 'R2', roleKey: 'sponsor', title: 'Sponsor' },
      { id: 'R3', roleKey: 'member', title: 'Member' },
      { id: 'R4', roleKey: 'member', title: 'Member' },
      { id: 'R5', roleKey: 'member', title: 'Member' },
    ],
  },
  progress: { design: { status: 'complete' } },
} as CopData;

describe('history lines', () => {
  it('name the answers changed, and list items by their ids', () => {
    const line = describeChanges(
      [
        ['design', 'rhythmSummary'],
        ['design', 'roles', 1, 'holder'],
        ['design', 'roles', 4, 'hoursPerMonth'],
        ['design', 'roles', 1, 'title'],
        ['progress', 'design'],
      ],
      data,
    );
    expect(line).toBe('design: rhythm summary and roles R2 and R5 changed; design marked complete');
  });

  it('name a whole list when it changed as a whole', () => {
    expect(
      describeChanges(
        [
          ['design', 'roles'],
          ['inquire', 'domain'],
        ],
        data,
      ),
    ).toBe('inquire: domain changed; design: roles changed');
  });

  it('count the answers instead when naming them would make the line too long', () => {
    const keys = ['learningAgenda', 'activities', 'rhythmSummary', 'channels', 'norms', 'decisionMaking', 'membershipModel', 'knowledgeCapture'];
    const line = describeChanges(
      keys.map((k) => ['design', k]),
      data,
    );
    expect(line).toBe('design: 8 answers changed');
    expect(line.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
  });
});
