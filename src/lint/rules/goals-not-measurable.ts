import { isPast } from '../../model/people.js';
import type { LintRule, RuleFinding } from '../types.js';
import { items, label, listWords, text } from '../read.js';
import type { Item } from '../read.js';
import { assessedInLatestReview } from '../../model/reviews.js';
import type { CopData } from '../../model/types.js';

/** Words people write for "not decided yet": a target like this measures nothing. */
const UNDECIDED = /^(tbd|tbc|tba|to be (decided|confirmed|defined|agreed)|n\/?a|none|unknown|later|\?+|-+|x+)$/i;

function missingParts(goal: Item<'inquire', 'goals'>) {
  return PARTS.filter((p) => {
    const value = goal.fields[p.field];
    if (typeof value === 'number') return false;
    const written = text(value);
    return written === undefined || UNDECIDED.test(written);
  });
}

/** A goal whose date has passed is due for its verdict (only when today is known). */
function pastGoal(data: CopData, goal: Item<'inquire', 'goals'>, today: string | undefined): RuleFinding[] {
  const by = goal.fields.byDate;
  if (!isPast(by, today) || assessedInLatestReview(data, goal.fields.id)) return [];
  return [
    {
      path: [...goal.path, 'byDate'],
      message: `${label(goal, 'Goal', 'statement')} was due by ${by}, which has passed. Check whether it was met, then set the next date or replace the goal.`,
    },
  ];
}

const PARTS = [
  { field: 'indicator', words: 'how you will know it is met (indicator)' },
  { field: 'target', words: 'what level counts as success (target)' },
  { field: 'byDate', words: 'by when' },
] as const;

export const goalsNotMeasurable = {
  id: 'goals-not-measurable',
  severity: 'warning',
  appliesWhen: { stage: 'inquire', from: 'finished' },
  reads: ['inquire.goals[].indicator', 'inquire.goals[].target', 'inquire.goals[].byDate'],
  source: 'CDC Communities of Practice Resource Kit (SMART objectives template); EU JRC Communities of Practice Playbook (objectives as SMART steps).',
  summary: 'Every goal says how it is measured, what counts as success (not "TBD") and by a date still ahead.',
  why: 'A goal without an indicator, a target and a date cannot be checked, so the community cannot show its value or notice when it drifts. Measurable goals also let the sponsor see what their support buys.',
  fix: "Give each goal in `inquire.goals` an `indicator` (what you will count or observe), a `target` (the level that counts as success; TBD and the like do not count) and a `byDate`. When a goal's date has passed, check whether it was met and set the next date or replace it.",
  check(data, context) {
    return items(data, 'inquire', 'goals').flatMap((goal) => {
      const missing = missingParts(goal);
      if (missing.length === 0) return pastGoal(data, goal, context.today);
      return [
        {
          path: goal.path,
          message: `${label(goal, 'Goal', 'statement')} cannot be measured yet. Add ${listWords(missing.map((p) => p.words))}.`,
        },
      ];
    });
  },
} satisfies LintRule;
