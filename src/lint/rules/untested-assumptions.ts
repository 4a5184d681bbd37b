import type { LintRule } from '../types.js';
import { items, quote, text } from '../read.js';

export const untestedAssumptions = {
  id: 'untested-assumptions',
  severity: 'warning',
  appliesWhen: { stage: 'prototype', from: 'finished' },
  reads: ['prototype.assumptions[].result'],
  source: 'Cambridge, Kaplan & Suter (2005): the prototype tests the assumptions the design rests on.',
  summary: 'Every assumption has a result once the pilot is over.',
  why: 'An assumption the pilot never tested is still a guess, and the launch will rest on it. Recording a result, even "inconclusive", says what you now know and what you still need to find out.',
  fix: 'For each assumption in `prototype.assumptions`, set `result` to confirmed, refuted or inconclusive and note the `evidence`; carry the ones you could not test into the launch plan as things to watch.',
  check(data) {
    return items(data, 'prototype', 'assumptions')
      .filter((a) => a.fields.result === 'untested' || a.fields.result === undefined || a.fields.result === null)
      .map((a) => {
        const statement = text(a.fields.statement);
        const which = statement ? `The assumption ${quote(statement)}` : `Assumption ${a.index + 1}`;
        return {
          path: a.fields.result === 'untested' ? [...a.path, 'result'] : a.path,
          message: `${which} was not tested in the pilot. Record its result (confirmed, refuted or inconclusive) and what showed it, or plan how the launch will test it.`,
        };
      });
  },
} satisfies LintRule;
