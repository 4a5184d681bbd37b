/**
 * The rules that apply where the host organisation is (`setup.hostRegion`), in words for the
 * public-sector and data-protection notes. Not legal advice: names to look up with counsel.
 */
import type { CopData } from '../model/types.js';
import { answer } from './read.js';

export type Region = 'europeanUnion' | 'unitedKingdom' | 'unitedStates' | 'canada' | 'other' | undefined;

export function hostRegion(data: CopData): Region {
  const value = answer(data, 'setup', 'hostRegion');
  return ['europeanUnion', 'unitedKingdom', 'unitedStates', 'canada', 'other'].includes(value as string) ? (value as Region) : undefined;
}

/** Public-sector rules on surveys, records and conduct. */
export const publicSectorRules: Record<NonNullable<Region>, string> = {
  unitedStates:
    'in the US, surveying members of the public may need clearance under the Paperwork Reduction Act, messages can be federal records open to FOIA requests, staff should use official accounts, and the community must not endorse products',
  europeanUnion:
    'in the EU, a survey collects personal data under the GDPR (a lawful basis, a privacy notice, no more data than needed), and messages can be documents open to public access and archiving under national law',
  unitedKingdom: 'in the UK, a survey collects personal data under the UK GDPR and the Data Protection Act 2018, and messages can be records open to Freedom of Information Act requests',
  canada: "in Canada, a survey collects personal information under the Privacy Act (or the province's law), and messages can be records open to Access to Information requests",
  other: 'check the survey, public-records and privacy rules of your country with counsel',
};

/** Data-protection rules for member data and stories. */
export const dataProtectionRules: Record<NonNullable<Region>, string> = {
  europeanUnion: 'Under the GDPR, member data needs a lawful basis and a privacy notice, and a story that names people needs their consent before it is shared',
  unitedKingdom: 'Under the UK GDPR and the Data Protection Act 2018, member data needs a lawful basis and a privacy notice, and a story that names people needs their consent before it is shared',
  unitedStates: "In the US, state privacy laws (such as California's CCPA) and, for student or health data, FERPA or HIPAA may apply; ask the people in a story before it is shared",
  canada: 'In Canada, PIPEDA (or the Privacy Act for federal bodies) covers member data; ask the people in a story before it is shared',
  other: "Check your country's data-protection law for member data, and ask the people in a story before it is shared",
};
