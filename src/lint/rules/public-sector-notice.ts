import type { LintRule } from '../types.js';
import type { AnswerLocation } from '../../model/answers.js';
import { answer, items } from '../read.js';

const SURVEYS = new Set(['postSessionSurvey', 'prePostSurvey']);

/** Where the design plans or records a survey, if anywhere. */
function firstSurvey(data: Parameters<LintRule['check']>[0]): AnswerLocation | undefined {
  const evidence = items(data, 'inquire', 'needsEvidence').find((e) => e.fields.method === 'survey');
  if (evidence) return [...evidence.path, 'method'];
  const methods = answer(data, 'prototype', 'feedbackMethods');
  const index = Array.isArray(methods) ? methods.findIndex((m) => typeof m === 'string' && SURVEYS.has(m)) : -1;
  return index >= 0 ? ['prototype', 'feedbackMethods', index] : undefined;
}

export const publicSectorNotice = {
  id: 'public-sector-notice',
  severity: 'info',
  appliesWhen: { stage: 'inquire', from: 'started' },
  reads: ['setup.organizationType', 'inquire.needsEvidence[].method', 'prototype.feedbackMethods'],
  source: 'Digital.gov community guidelines; US GSA Communities of Practice toolkit.',
  summary: 'A government community that runs surveys knows the public-sector rules that apply.',
  why: 'Public bodies work under rules that private communities do not: in the US, surveying members of the public needs clearance under the Paperwork Reduction Act, messages in a government community can be federal records open to FOIA requests, staff should use official accounts, and the community must not endorse commercial products. Other countries have similar rules.',
  fix: 'Check the survey plans and the community\'s spaces with your records officer and legal counsel, and add what applies to `design.norms`. Once handled, switch the note off with `lint: { disable: [public-sector-notice] }`.',
  check(data) {
    if (answer(data, 'setup', 'organizationType') !== 'government') return [];
    const survey = firstSurvey(data);
    if (!survey) return [];
    return [{
      path: survey,
      message: 'Government communities that run surveys may need clearance first (in the US, under the Paperwork Reduction Act), and their messages can be public records open to FOIA requests. Check with your records officer and counsel, use official accounts, and do not endorse products.',
    }];
  },
} satisfies LintRule;
