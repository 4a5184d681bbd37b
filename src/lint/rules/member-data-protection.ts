import type { LintRule, RuleFinding } from '../types.js';
import type { AnswerLocation } from '../../model/answers.js';
import type { CopData } from '../../model/types.js';
import { items } from '../read.js';
import { dataProtectionRules, hostRegion } from '../jurisdiction.js';

/** Where the design first holds personal data about members: stories, a directory, named pilot participants. */
function memberData(data: CopData): { path: AnswerLocation; what: string } | undefined {
  const stories = items(data, 'prototype', 'successStories');
  if (stories.length > 0) return { path: ['prototype', 'successStories'], what: "The pilot's stories are about real people" };
  const directory = items(data, 'design', 'channels').find((c) => Array.isArray(c.fields.purposes) && c.fields.purposes.includes('memberDirectory'));
  if (directory) return { path: [...directory.path, 'purposes'], what: 'The member directory holds personal data' };
  if (items(data, 'prototype', 'pilotParticipants').length > 0) return { path: ['prototype', 'pilotParticipants'], what: 'The pilot participants are named' };
  return undefined;
}

export const memberDataProtection = {
  id: 'member-data-protection',
  severity: 'info',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['setup.hostRegion', 'prototype.successStories', 'design.channels[].purposes', 'prototype.pilotParticipants'],
  source: 'Cambridge, Kaplan & Suter (2005): settle permissions for sharing artefacts early; Regulation (EU) 2016/679 (GDPR); UK Data Protection Act 2018; PIPEDA (Canada); US state privacy laws.',
  summary: 'Member data and stories are handled under the data-protection rules of the place the community is hosted.',
  why: 'A community keeps personal data from its first day: who the members are, what they said in a survey, the stories of what they did. Where the host organisation is decides the rules, from the GDPR in Europe to state privacy laws in the US, and a story told without the consent of the people in it can cost more trust than it wins.',
  fix: 'Set `setup.hostRegion`, agree with your data-protection officer or counsel how member data and stories are kept and shared, record `consentToShare` for each story, and add the promise to members to `design.norms`. Then switch the note off with `lint: { disable: [member-data-protection] }`.',
  check(data) {
    const found = memberData(data);
    if (!found) return [];
    const region = hostRegion(data);
    const rules = region
      ? dataProtectionRules[region]
      : `${dataProtectionRules.europeanUnion}; ${dataProtectionRules.unitedStates.replace(/^In/, 'in')} (answer Setup: host region to see the rules for where you are)`;
    return [{ path: found.path, atKey: true, message: `${found.what}. ${rules}.` } satisfies RuleFinding];
  },
} satisfies LintRule;
