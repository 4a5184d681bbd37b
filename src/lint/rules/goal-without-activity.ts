import type { LintRule, RuleFinding } from '../types.js';
import { hasEntries, items, label, strings, text } from '../read.js';

export const goalWithoutActivity = {
  id: 'goal-without-activity',
  severity: 'error',
  alsoReports: { severity: 'info', when: 'an activity serves none of the goals' },
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['inquire.goals[].id', 'design.activities[].supportsGoals'],
  source: "Cambridge, Kaplan & Suter (2005): the community's purpose and goals determine which activities fit.",
  summary: 'Every goal is served by at least one activity (and, as a note, every activity serves a goal).',
  why: 'A goal that no activity works toward will not be met: it stays a wish in the charter. The reverse is milder: an activity that serves no goal may still build relationships, but it is worth asking what it is for.',
  fix: 'Link each goal from the `supportsGoals` of an activity that works toward it, add an activity for it, or drop the goal. For an activity that serves no goal, add the goals it serves or ask whether it is needed.',
  check(data) {
    const findings: RuleFinding[] = [];
    const activities = items(data, 'design', 'activities');
    const served = new Set(activities.flatMap((a) => strings(a.fields.supportsGoals)));
    for (const goal of items(data, 'inquire', 'goals')) {
      const id = text(goal.fields.id);
      if (!id || served.has(id)) continue; // a goal without an id is the validator's to report
      findings.push({
        path: goal.path,
        message: `${label(goal, 'Goal', 'statement')} is served by no activity. Add it to the goals of an activity that works toward it, add such an activity, or drop the goal.`,
      });
    }
    for (const activity of activities) {
      if (hasEntries(activity.fields.supportsGoals)) continue;
      findings.push({
        path: activity.fields.supportsGoals === undefined ? activity.path : [...activity.path, 'supportsGoals'],
        severity: 'info',
        message: `${label(activity, 'Activity', 'name')} serves none of the goals. List the goals it serves, or ask whether it is needed.`,
      });
    }
    return findings;
  },
} satisfies LintRule;
