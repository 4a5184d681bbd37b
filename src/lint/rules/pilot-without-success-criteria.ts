import type { LintRule } from '../types.js';
import { answer, finiteNumber, hasEntries, items } from '../read.js';

export const pilotWithoutSuccessCriteria = {
  id: 'pilot-without-success-criteria',
  severity: 'error',
  appliesWhen: { stage: 'prototype', from: 'finished' },
  reads: ['prototype.pilotSuccessCriteria[].target'],
  source: "Cambridge, Kaplan & Suter (2005): the pilot tests the design's assumptions; CDC Communities of Practice Resource Kit: SMART objectives.",
  summary: 'The pilot has success criteria, at least one with a numeric target.',
  why: 'Without criteria decided in advance, any pilot can be read as a success. A numeric target turns "it went well" into a judgement others can check, and makes the decision to launch defensible.',
  fix: 'Add criteria to `prototype.pilotSuccessCriteria` (copkit suggests seven), each with a `metric` and a numeric `target`, and fill in `actual` and `met` when the pilot ends.',
  check(data) {
    const list = answer(data, 'prototype', 'pilotSuccessCriteria');
    if (!hasEntries(list)) {
      return [
        {
          path: ['prototype', 'pilotSuccessCriteria'],
          atKey: true,
          message: 'The pilot has no success criteria. Decide what must be true at the end of the pilot to justify a launch, each with a number to reach.',
        },
      ];
    }
    if (items(data, 'prototype', 'pilotSuccessCriteria').some((c) => finiteNumber(c.fields.target) !== undefined)) return [];
    return [
      {
        path: ['prototype', 'pilotSuccessCriteria'],
        atKey: true,
        message: "None of the pilot's success criteria has a numeric target. Give at least one criterion a target number, so that the pilot's result can be checked.",
      },
    ];
  },
} satisfies LintRule;
