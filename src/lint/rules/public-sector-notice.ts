import type { LintRule } from '../types.js';
import type { AnswerLocation } from '../../model/answers.js';
import { answer, items } from '../read.js';
import { hostRegion, publicSectorRules } from '../jurisdiction.js';

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
  reads: ['setup.organizationType', 'setup.hostRegion', 'inquire.needsEvidence[].method', 'prototype.feedbackMethods'],
  source: 'Digital.gov community guidelines; US GSA Communities of Practice toolkit; Regulation (EU) 2016/679 (GDPR); UK Data Protection Act 2018 and Freedom of Information Act 2000.',
  summary: 'A government community that runs surveys knows the public-sector rules that apply where it is.',
  why: 'Public bodies work under rules that private communities do not, and which rules depend on where the body is: in the US, survey clearance under the Paperwork Reduction Act, federal records and FOIA, official accounts and no product endorsement; in the EU and the UK, the GDPR for what a survey collects and public access to documents. copkit names the rules for `setup.hostRegion`, and the US and EU ones when it is not set.',
  fix: "Set `setup.hostRegion`, check the survey plans and the community's spaces with your records officer and legal counsel, and add what applies to `design.norms`. Once handled, switch the note off with `lint: { disable: [public-sector-notice] }`.",
  check(data) {
    if (answer(data, 'setup', 'organizationType') !== 'government') return [];
    const survey = firstSurvey(data);
    if (!survey) return [];
    const region = hostRegion(data);
    const rules = region ? publicSectorRules[region] : `${publicSectorRules.unitedStates}; ${publicSectorRules.europeanUnion} (answer Setup: host region to see the rules for where you are)`;
    return [
      {
        path: survey,
        message: `Government communities that run surveys work under public-sector rules: ${rules}. Check with your records officer and counsel before the survey goes out.`,
      },
    ];
  },
} satisfies LintRule;
