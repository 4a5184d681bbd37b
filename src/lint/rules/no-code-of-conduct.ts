import type { LintRule } from '../types.js';
import { answer, strings, text } from '../read.js';

export const noCodeOfConduct = {
  id: 'no-code-of-conduct',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.norms'],
  source: 'Digital.gov community guidelines; Community Canvas (Pfortmüller, Luchsinger & Mombartz 2017): Rules.',
  summary: 'The community has written ground rules.',
  why: 'Ground rules say what members owe each other and what they can expect in return. Agreed before the first conflict, they let the coordinator point to something everyone accepted, instead of improvising a ruling.',
  fix: 'List a few ground rules in `design.norms`: confidentiality, how quickly questions get answers, how to disagree, what is out of bounds.',
  check(data) {
    if (strings(answer(data, 'design', 'norms')).some((n) => text(n))) return [];
    return [
      {
        path: ['design', 'norms'],
        atKey: true,
        message: 'The community has no ground rules. List a few norms: what members owe each other, what stays private, how to disagree.',
      },
    ];
  },
} satisfies LintRule;
