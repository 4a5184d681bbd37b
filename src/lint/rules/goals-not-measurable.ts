import type { LintRule } from '../types.js';
import { items, label, listWords, text } from '../read.js';

const PARTS = [
  { field: 'indicator', words: 'how you will know it is met (indicator)' },
  { field: 'target', words: 'what level counts as success (target)' },
  { field: 'byDate', words: 'by when (byDate)' },
] as const;

export const goalsNotMeasurable = {
  id: 'goals-not-measurable',
  severity: 'warning',
  appliesWhen: { stage: 'inquire', from: 'finished' },
  reads: ['inquire.goals[].indicator', 'inquire.goals[].target', 'inquire.goals[].byDate'],
  source: 'CDC Communities of Practice Resource Kit (SMART objectives template); EU JRC Communities of Practice Playbook (objectives as SMART steps).',
  summary: 'Every goal says how it is measured, what counts as success and by when.',
  why: 'A goal without an indicator, a target and a date cannot be checked, so the community cannot show its value or notice when it drifts. Measurable goals also let the sponsor see what their support buys.',
  fix: 'Give each goal in `inquire.goals` an `indicator` (what you will count or observe), a `target` (the level that counts as success) and a `byDate`.',
  check(data) {
    return items(data, 'inquire', 'goals').flatMap((goal) => {
      const missing = PARTS.filter((p) => {
        const value = goal.fields[p.field];
        return typeof value === 'number' ? false : text(value) === undefined;
      });
      if (missing.length === 0) return [];
      return [{
        path: goal.path,
        message: `${label(goal, 'Goal', 'statement')} cannot be measured yet. Add ${listWords(missing.map((p) => p.words))}.`,
      }];
    });
  },
} satisfies LintRule;
