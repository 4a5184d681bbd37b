import { launchTimeline, MAX_GAP_WEEKS, PHASES } from '../../model/launch-timeline.js';
import { checkDate } from '../../model/values.js';
import type { LintRule, RuleFinding } from '../types.js';
import { answer, finiteNumber, items } from '../read.js';

const day = (value: unknown) => (typeof value === 'string' && checkDate(value) === undefined ? value : null);
const phaseName = (id: string) => `${id} ${PHASES.find((p) => p.id === id)!.name}`;

export const momentumGap = {
  id: 'momentum-gap',
  severity: 'warning',
  appliesWhen: { stage: 'launch', from: 'started', orWhenSet: ['launch.launchDate'] },
  reads: ['prototype.pilotStartDate', 'prototype.pilotEndDate', 'launch.launchDate', 'launch.rolloutWaves[].startWeek'],
  source:
    'Cambridge, Kaplan & Suter (2005): move from the pilot to the launch while its energy and its success story are fresh, and roll out over time in steps; Wenger, McDermott & Snyder (2002): a coalescing community needs a steady rhythm.',
  summary: `No more than ${MAX_GAP_WEEKS} quiet weeks lie between the pilot and the launch, or between the first wave and the next.`,
  why: 'A pilot creates energy: committed people, a story to tell, a sponsor who has just seen results. Months of silence before the launch, or between the first wave and the next, let that energy drain away, and the people who took part in the pilot drift back to their old habits. The launch plan shows each such gap.',
  fix: `Bring the launch closer to the end of the pilot (or the next wave closer to the first), or plan something that keeps the pilot group and the first members together through the gap, such as a session, a digest or a visit. If the gap cannot be helped (a summer closure, say), say so with \`lint: { disable: [momentum-gap] }\` and a comment.`,
  check(data) {
    const launchDate = day(answer(data, 'launch', 'launchDate'));
    if (!launchDate) return [];
    const waves = items(data, 'launch', 'rolloutWaves');
    const waveWeeks = waves.map((w) => finiteNumber(w.fields.startWeek)).filter((w): w is number => w !== undefined);
    const { gaps } = launchTimeline({
      launchDate,
      pilotStart: day(answer(data, 'prototype', 'pilotStartDate')),
      pilotEnd: day(answer(data, 'prototype', 'pilotEndDate')),
      waveWeeks,
    });
    return gaps.map((gap): RuleFinding => {
      const later = waveWeeks.filter((x) => x > 0);
      const second = waves.find((w) => finiteNumber(w.fields.startWeek) === Math.min(...later));
      return {
        path: gap.after === 'P1' || !second ? ['launch', 'launchDate'] : [...second.path, 'startWeek'],
        message: `${gap.weeks} quiet weeks (${gap.from} to ${gap.to}) lie between ${phaseName(gap.after)} and ${phaseName(gap.before)}, more than ${MAX_GAP_WEEKS}. Bring the dates closer, or plan something that keeps the people already involved together through the gap.`,
      };
    });
  },
} satisfies LintRule;
