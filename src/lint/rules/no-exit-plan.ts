import type { LintRule } from '../types.js';
import { answer } from '../read.js';

export const noExitPlan = {
  id: 'no-exit-plan',
  severity: 'info',
  appliesWhen: { stage: 'sustain', from: 'started' },
  reads: ['sustain.futureDirection'],
  source: "Wenger, McDermott & Snyder (2002): transformation, the last stage of a community's life; Griffith University (2006) guidelines: closing a community of practice.",
  summary: 'The review says where the community is heading: continue, renew, merge, spin off or close.',
  why: 'Every community ends, merges or changes form at some point. Deciding the direction at each review, and treating a well-run close with its knowledge archived and members thanked as a valid outcome, is better than letting a community fade without anyone deciding.',
  fix: 'Set `sustain.futureDirection` to continue, renew, merge, spinOff or closeAndArchive at each review.',
  check(data) {
    if (typeof answer(data, 'sustain', 'futureDirection') === 'string') return [];
    return [
      {
        path: ['sustain', 'futureDirection'],
        atKey: true,
        message: 'The review does not say where the community is heading. Choose a future direction: continue, renew, merge, spin off, or close and archive its knowledge.',
      },
    ];
  },
} satisfies LintRule;
