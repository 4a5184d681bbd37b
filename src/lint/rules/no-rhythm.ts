import type { LintRule, RuleFinding } from '../types.js';
import { answer, items, text } from '../read.js';

export const noRhythm = {
  id: 'no-rhythm',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.rhythmSummary', 'design.activities[].frequency'],
  source: 'Cambridge, Kaplan & Suter (2005): a predictable rhythm of activities; Wenger, McDermott & Snyder (2002), principle 7: create a rhythm for the community.',
  summary: 'The community has a regular rhythm members can count on.',
  why: 'A steady, predictable beat is what makes a shared space feel like a place people return to. When everything happens "when needed", nobody knows when to show up, and activity fades.',
  fix: 'Describe the rhythm in `design.rhythmSummary` ("a live session every month, a digest every Friday") and give at least one activity a regular `frequency` (anything but `adHoc`).',
  check(data) {
    const findings: RuleFinding[] = [];
    if (!text(answer(data, 'design', 'rhythmSummary'))) {
      findings.push({
        path: ['design', 'rhythmSummary'],
        atKey: true,
        message: 'The design does not say what regular rhythm members can count on. Describe it in Design: rhythm, for example "a live session every month, a digest every Friday".',
      });
    }
    const activities = items(data, 'design', 'activities');
    const regular = activities.some((a) => typeof a.fields.frequency === 'string' && a.fields.frequency !== 'adHoc');
    if (activities.length > 0 && !regular) {
      findings.push({
        path: ['design', 'activities'],
        atKey: true,
        message: 'None of the activities happens on a regular schedule (all are ad hoc or have no frequency). Give at least one a fixed frequency, such as monthly, so members know when to come back.',
      });
    }
    return findings;
  },
} satisfies LintRule;
