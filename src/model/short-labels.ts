/**
 * Each question's short label, for the places that name an answer rather than ask it: status
 * lines, summaries, messages, documents ("Prototype: success stories"). The question itself
 * (`label` in the stage files) stays the long form the wizard asks.
 */
import { capitalise, plainKey } from '../words.js';
import type { ItemField, QuestionField } from './spec.js';

const short: Readonly<Record<string, string>> = {
  'setup.communityName': 'Community name',
  'setup.organizationType': 'Kind of organisation',
  'setup.hostName': 'Host organisation',
  'setup.hostSites': 'Sites or units',
  'setup.hostRegion': 'Host region',
  'setup.currency': 'Currency',
  'setup.facilitatorName': 'Facilitator',
  'setup.origin': 'Origin of the community',
  'setup.informalPractice': 'What already happens',
  'setup.protect': 'What must be protected',
  'inquire.domain': 'Area of practice',
  'inquire.audience': 'Audience',
  'inquire.stakeholders': 'Stakeholders',
  'inquire.purposeStatement': 'Purpose',
  'inquire.purposeAreas': 'Kinds of purpose',
  'inquire.goals': 'Goals',
  'inquire.benefits': 'Benefits',
  'inquire.pursuedBenefits': 'Benefits pursued',
  'inquire.vision': 'Vision',
  'inquire.needsEvidence': 'Evidence of need',
  'inquire.faceToFaceImportance': 'Meeting in person',
  'inquire.existingAlternatives': 'Existing groups',
  'design.communityType': 'Kind of community',
  'design.learningAgenda': 'Learning agenda',
  'design.activities': 'Activities',
  'design.rhythmSummary': 'Rhythm',
  'design.channels': 'Channels',
  'design.roles': 'Roles',
  'design.membershipModel': 'Membership',
  'design.decisionMaking': 'Decision making',
  'design.norms': 'Ground rules',
  'design.knowledgeCapture': 'Knowledge capture',
  'design.budget': 'Budget',
  'prototype.pilotParticipants': 'Pilot participants',
  'prototype.pilotStartDate': 'Pilot start',
  'prototype.pilotEndDate': 'Pilot end',
  'prototype.pilotActivities': 'Pilot activities',
  'prototype.assumptions': 'Assumptions',
  'prototype.pilotSuccessCriteria': 'Success criteria',
  'prototype.commitmentsSecured': 'Commitments',
  'prototype.feedbackMethods': 'Feedback methods',
  'prototype.successStories': 'Success stories',
  'prototype.refinements': 'Refinements',
  'prototype.launchDecision': 'Launch decision',
  'launch.launchDate': 'Launch date',
  'launch.rolloutWaves': 'Roll-out waves',
  'launch.kickoffEvents': 'Kickoff events',
  'launch.launchCommunications': 'Communications',
  'launch.quickWins': 'Quick wins',
  'launch.onboardingSteps': 'Onboarding steps',
  'launch.peripheralOnRamps': 'Ways in for occasional members',
  'launch.launchMetrics': 'Launch measures',
  'launch.sponsorLaunchRole': "Sponsor's part in the launch",
  'grow.growthActivities': 'Activities for growth',
  'grow.groupProjects': 'Group projects',
  'grow.participationTargets': 'Participation targets',
  'grow.participationPathways': 'Participation pathways',
  'grow.successionPlan': 'Succession plan',
  'grow.recognition': 'Recognition',
  'grow.knowledgeAssets': 'Knowledge assets',
  'grow.externalConnections': 'Outside connections',
  'grow.healthIndicators': 'Health indicators',
  'grow.healthCheckCadence': 'Health checks',
  'sustain.lifecycleStage': 'Stage of life',
  'sustain.assessmentCadence': 'Assessments',
  'sustain.nextReviewDate': 'Next review',
  'sustain.valueIndicators': 'Value indicators',
  'sustain.valueCreationStories': 'Value creation stories',
  'sustain.productsInventory': 'Products',
  'sustain.strategyChanges': 'Strategy changes',
  'sustain.resourcingModel': 'Resourcing',
  'sustain.technologyReview': 'Technology review',
  'sustain.futureDirection': 'Future direction',
  'review.date': 'Review date',
  'review.indicatorValues': 'Health indicator values',
  'review.coreMembers': 'Core group',
  'review.activeMembers': 'Active members',
  'review.peripheralMembers': 'Peripheral members',
  'review.newcomers': 'Newcomers',
  'review.goalStatuses': 'Goal statuses',
  'review.stories': 'Value stories',
  'review.healthCheck': 'Health check',
  'review.decisions': 'Decisions',
  'review.nextSteps': 'Next steps',
};

/** "Success stories" for `prototype.successStories`; a question copkit does not know gets its key in words. */
export function shortLabel(stageId: string, key: string, _field?: QuestionField): string {
  return short[`${stageId}.${key}`] ?? keyInWords(key);
}

/** `purposeStatement` as words: "Purpose statement". */
export function keyInWords(key: string): string {
  return capitalise(plainKey(key));
}

/** Every short label, for the registry test. */
export function knownShortLabels(): readonly string[] {
  return Object.keys(short);
}

/** "success stories": a short label inside a sentence (kept capitalised where it is a name). */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * An item field's short name inside a sentence ("hours per month", "role title", "goal"): its
 * label when that is a name, without the typing hint in parentheses or a leading "The"; else,
 * when the label is a question ("Who holds it?"), the key in words, where a reference's `Id`
 * says nothing a person needs ("goalId" is "goal").
 */
export function itemFieldLabel(key: string, field: ItemField | undefined): string {
  if (field && !field.label.includes('?')) {
    const name = field.label.replace(/\s*\([^)]*\)\s*$/, '').replace(/^The\s+/, '');
    if (name) return inSentence(name);
  }
  const words = plainKey(key);
  return field?.kind === 'ref' ? words.replace(/ id$/, '') : words;
}
