import type { LintRule } from '../types.js';
import { items } from '../read.js';

export const memberValueMissing = {
  id: 'member-value-missing',
  severity: 'warning',
  appliesWhen: { stage: 'inquire', from: 'finished' },
  reads: ['inquire.benefits[].beneficiary'],
  source:
    'Cambridge, Kaplan & Suter (2005): benefits defined for every stakeholder, members included; Wenger, McDermott & Snyder (2002), principle 5: focus on value; Wenger-Trayner: passion for the domain is the key success factor.',
  summary: 'The design says what members themselves gain.',
  why: 'People give a community their time only if it is worth it to them, not just to the organisation. A design that lists benefits for the sponsor and the organisation but none for members is a plan for a community nobody chooses to join.',
  fix: 'Add an entry to `inquire.benefits` with `beneficiary: members` that says, in their words, what people get for their time: answers, contacts, recognition, less lonely work.',
  check(data) {
    if (items(data, 'inquire', 'benefits').some((b) => b.fields.beneficiary === 'members')) return [];
    return [
      {
        path: ['inquire', 'benefits'],
        atKey: true,
        message: 'No benefit is written for the members themselves. Add one with beneficiary members that says what people gain for their time; without it, few will come.',
      },
    ];
  },
} satisfies LintRule;
