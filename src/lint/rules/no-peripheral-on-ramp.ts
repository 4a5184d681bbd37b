import type { LintRule } from '../types.js';
import { answer, hasEntries, items, strings } from '../read.js';

const LIGHT_LEVELS = new Set(['occasional', 'peripheral']);

export const noPeripheralOnRamp = {
  id: 'no-peripheral-on-ramp',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.activities[].targetLevels', 'launch.peripheralOnRamps'],
  source: 'Wenger, McDermott & Snyder (2002), principle 3: invite different levels of participation; Lave & Wenger (1991): legitimate peripheral participation.',
  summary: 'People can take part without committing much time.',
  why: "Most members of a healthy community watch more than they speak, and many of today's core members started at the edge. If every activity asks for full commitment, newcomers and busy practitioners have no way in.",
  fix: "Mark at least one activity's `targetLevels` with `occasional` or `peripheral` (a digest, an open session people can just listen to), or list low-commitment ways in under `launch.peripheralOnRamps`.",
  check(data) {
    const forLight = items(data, 'design', 'activities').some((a) => strings(a.fields.targetLevels).some((l) => LIGHT_LEVELS.has(l)));
    if (forLight || hasEntries(answer(data, 'launch', 'peripheralOnRamps'))) return [];
    return [
      {
        path: ['design', 'activities'],
        atKey: true,
        message:
          'No activity is meant for occasional or peripheral members, and there are no light ways in. Open an activity to occasional or peripheral members (a digest, an open session), or list ways in for occasional members in the Launch stage.',
      },
    ];
  },
} satisfies LintRule;
