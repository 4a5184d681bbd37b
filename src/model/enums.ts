/**
 * The closed sets of values that cop.yaml uses, with the labels people see (DOMAIN.md 3.8).
 * A value is what cop.yaml stores; a label is what prompts and documents show. The vocabularies
 * of a review (goal status, health check, decisions) are in review-enums.ts.
 */
import type { EnumSpec } from './spec.js';

export function defineEnum<const L extends Record<string, string>>(name: string, labels: L) {
  return { name, labels } satisfies EnumSpec;
}

export const organizationType = defineEnum('organizationType', {
  higherEducation: 'Higher education',
  school: 'School or school district',
  government: 'Government or public agency',
  healthcare: 'Healthcare',
  nonprofit: 'Non-profit or charity',
  association: 'Professional association',
  corporate: 'Company',
  crossOrganizational: 'Across several organisations',
  other: 'Other',
});

/** Where the host organisation is, for the data-protection and public-sector rules that apply. */
export const hostRegion = defineEnum('hostRegion', {
  europeanUnion: 'European Union or European Economic Area',
  unitedKingdom: 'United Kingdom',
  unitedStates: 'United States',
  canada: 'Canada',
  other: 'Elsewhere',
});

export const stageStatus = defineEnum('stageStatus', {
  notStarted: 'Not started',
  inProgress: 'In progress',
  complete: 'Complete',
  skipped: 'Skipped',
});

export const stakeholderRelation = defineEnum('stakeholderRelation', {
  sponsor: 'Sponsor',
  funder: 'Funder',
  beneficiary: 'Beneficiary of the results',
  partner: 'Partner',
  gatekeeper: 'Gatekeeper (their approval is needed)',
  other: 'Other',
});

export const purposeArea = defineEnum('purposeArea', {
  developingRelationships: 'Developing relationships',
  learningAndDevelopingPractice: 'Learning and developing practice',
  carryingOutTasksAndProjects: 'Carrying out tasks and projects',
  creatingNewKnowledge: 'Creating new knowledge',
});

export const beneficiary = defineEnum('beneficiary', {
  members: 'Members',
  sponsor: 'The sponsor',
  organization: 'The organisation',
  otherStakeholders: 'Other stakeholders',
});

/** The eight benefits a community of practice can bring (Cambridge, Kaplan & Suter 2005, paraphrased). */
export const copBenefit = defineEnum('copBenefit', {
  connectPeople: 'Connects people who would otherwise rarely meet',
  sharedContext: 'Gives a shared context for exchanging information, stories and experience',
  dialogue: 'Enables dialogue to explore possibilities and solve hard problems',
  stimulateLearning: 'Stimulates learning through real conversation, mentoring, coaching and reflection',
  spreadKnowledge: 'Captures and spreads existing knowledge and good practice',
  collaborativeProcesses: 'Brings collaborative ways of working into and across organisations',
  purposefulAction: 'Helps people organise around purposeful action with tangible results',
  newKnowledge: 'Generates new knowledge that transforms practice',
});

export const needsMethod = defineEnum('needsMethod', {
  informalConversation: 'Informal conversations',
  interview: 'Interviews',
  survey: 'Survey',
  focusGroup: 'Focus group',
  documentReview: 'Review of documents or data',
  other: 'Other',
});

export const faceToFaceImportance = defineEnum('faceToFaceImportance', {
  essential: 'Essential',
  important: 'Important',
  niceToHave: 'Nice to have',
  notFeasible: 'Not feasible',
});

export const communityType = defineEnum('communityType', {
  helping: 'Helping: members solve everyday problems together',
  bestPractice: 'Best practice: develop and spread proven ways of working',
  knowledgeStewarding: 'Knowledge stewarding: organise and maintain what the field knows',
  innovation: 'Innovation: create new ideas and approaches',
});

export const mode = defineEnum('mode', {
  faceToFace: 'Face to face',
  onlineSynchronous: 'Online, live',
  onlineAsynchronous: 'Online, any time',
  hybrid: 'Hybrid (in the room and remote at once)',
});

export const frequency = defineEnum('frequency', {
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  bimonthly: 'Every two months',
  quarterly: 'Quarterly',
  biannually: 'Twice a year',
  annually: 'Once a year',
  adHoc: 'When needed (no fixed rhythm)',
});

export const activityFormat = defineEnum('activityFormat', {
  meeting: 'Meeting',
  webinar: 'Webinar',
  discussionThread: 'Discussion thread',
  caseClinic: 'Case clinic',
  showAndTell: 'Show and tell',
  workshop: 'Workshop',
  workingSession: 'Working session',
  groupProject: 'Group project',
  documentationProject: 'Documentation project',
  inquiryProject: 'Inquiry project',
  knowledgeMapping: 'Knowledge mapping',
  siteVisit: 'Site visit',
  mentoring: 'Mentoring',
  networkingEvent: 'Networking event',
  socialEvent: 'Social event',
  newsletter: 'Newsletter or digest',
  other: 'Other',
});

export const channelPurpose = defineEnum('channelPurpose', {
  liveMeetings: 'Live meetings',
  asyncDiscussion: 'Discussion at any time',
  resourceLibrary: 'Resource library',
  sessionArchive: 'Archive of past sessions',
  eventsCalendar: 'Events calendar',
  memberDirectory: 'Member directory',
  announcements: 'Announcements',
  projectWorkspace: 'Project workspace',
  publicShowcase: 'Public showcase',
});

/**
 * The kinds of interaction a channel carries: the channels Cambridge, Kaplan & Suter (2005) and
 * Suter's follow-up work name, kept closed so that lint can reason about them; "other" catches
 * the rest.
 */
export const channelKind = defineEnum('channelKind', {
  faceToFace: 'Face-to-face gatherings',
  formalMeetings: 'Formal meetings',
  casualConversation: 'Casual conversation',
  email: 'Email',
  webForum: 'Web forum or shared online space',
  socialMedia: 'Social media',
  video: 'Video calls or recordings',
  other: 'Other',
});

export const visibility = defineEnum('visibility', {
  membersOnly: 'Members only',
  organizationWide: 'Whole organisation',
  public: 'Public',
});

export const participationLevel = defineEnum('participationLevel', {
  core: 'Core group',
  active: 'Active',
  occasional: 'Occasional',
  peripheral: 'Peripheral',
  transactional: 'Transactional (outsiders who use what the community produces)',
});

export const roleKey = defineEnum('roleKey', {
  sponsor: 'Sponsor',
  coordinator: 'Coordinator',
  facilitator: 'Facilitator',
  coreGroupMember: 'Core group member',
  subjectMatterExpert: 'Subject-matter expert',
  knowledgeSteward: 'Knowledge steward',
  technologySteward: 'Technology steward',
  peopleConnector: 'People connector',
  communicationsLead: 'Communications lead',
  evaluator: 'Evaluator',
  administrativeSupport: 'Administrative support',
  mentor: 'Mentor',
  member: 'Member',
});

export const membershipModel = defineEnum('membershipModel', {
  open: 'Open to anyone',
  openWithinOrganization: 'Open to anyone in the organisation',
  inviteOnly: 'By invitation',
  application: 'By application',
  compulsory: 'Compulsory for everyone in the target group',
});

export const decisionMaking = defineEnum('decisionMaking', {
  consensus: 'Consensus',
  consent: 'Consent (no serious objection)',
  coordinatorDecides: 'The coordinator decides',
  coreGroupVote: 'The core group votes',
  sponsorApproves: 'The sponsor approves',
  mixed: 'A mix, depending on the decision',
});

export const budgetCategory = defineEnum('budgetCategory', {
  technology: 'Technology',
  technologySupport: 'Technical support',
  facilitation: 'Facilitation',
  contentAndResources: 'Content and resources',
  participantSupport: 'Participant support (travel, cover)',
  events: 'Events',
  other: 'Other',
});

export const pilotRole = defineEnum('pilotRole', {
  member: 'Member',
  coreGroup: 'Core group',
  sponsor: 'Sponsor',
  expert: 'Expert',
  observer: 'Observer',
});

export const yesPendingNo = defineEnum('yesPendingNo', {
  yes: 'Yes',
  pending: 'Pending',
  no: 'No',
});

export const assumptionResult = defineEnum('assumptionResult', {
  untested: 'Not tested yet',
  confirmed: 'Confirmed',
  refuted: 'Refuted',
  inconclusive: 'Inconclusive',
});

export const criterionMet = defineEnum('criterionMet', {
  yes: 'Met',
  no: 'Not met',
  partly: 'Partly met',
  notMeasured: 'Not measured yet',
});

export const commitmentStatus = defineEnum('commitmentStatus', {
  requested: 'Requested',
  agreed: 'Agreed',
  declined: 'Declined',
});

export const feedbackMethod = defineEnum('feedbackMethod', {
  postSessionSurvey: 'Short survey after each session',
  prePostSurvey: 'Survey before and after the pilot',
  interview: 'Interviews',
  focusGroup: 'Focus group',
  retrospective: 'Retrospective',
  analytics: 'Platform analytics',
  observation: 'Observation',
});

export const valueCycle = defineEnum('valueCycle', {
  immediate: 'Immediate value (the activity itself)',
  potential: 'Potential value (knowledge capital)',
  applied: 'Applied value (changed practice)',
  realized: 'Realized value (better performance)',
  reframing: 'Reframing value (new definitions of success)',
  strategic: 'Strategic value (alignment with what matters)',
  enabling: 'Enabling value (conditions for learning)',
});

export const refinementArea = defineEnum('refinementArea', {
  purpose: 'Purpose',
  goals: 'Goals',
  activities: 'Activities',
  channels: 'Channels',
  roles: 'Roles',
  processes: 'Group processes',
  norms: 'Norms',
});

export const launchDecision = defineEnum('launchDecision', {
  proceed: 'Proceed to launch',
  extendPilot: 'Extend the pilot',
  redesign: 'Go back and redesign',
  stop: 'Stop',
});

export const commsChannel = defineEnum('commsChannel', {
  personalInvitation: 'Personal invitation',
  email: 'Email',
  mailingList: 'Mailing list',
  intranet: 'Intranet',
  newsletter: 'Newsletter',
  sponsorMessage: 'Message from the sponsor',
  existingNetwork: 'Existing network',
  conferenceOrEvent: 'Conference or event',
  socialMedia: 'Social media',
  wordOfMouth: 'Word of mouth',
  other: 'Other',
});

export const growthActivityType = defineEnum('growthActivityType', {
  collaborativeLearning: 'Collaborative learning',
  knowledgeSharing: 'Knowledge sharing',
  groupProject: 'Group project',
  networkingEvent: 'Networking event',
  mentoring: 'Mentoring',
  showcase: 'Showcase',
});

export const projectStatus = defineEnum('projectStatus', {
  proposed: 'Proposed',
  active: 'Active',
  done: 'Done',
  dropped: 'Dropped',
});

export const assetType = defineEnum('assetType', {
  faq: 'FAQ',
  caseStudy: 'Case study',
  toolkit: 'Toolkit',
  guide: 'Guide',
  recording: 'Recording',
  template: 'Template',
  dataset: 'Dataset',
  other: 'Other',
});

export const healthCheckCadence = defineEnum('healthCheckCadence', {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  biannually: 'Twice a year',
});

export const lifecycleStage = defineEnum('lifecycleStage', {
  potential: 'Potential: people are discovering shared issues',
  coalescing: 'Coalescing: members come together and build trust',
  maturing: 'Maturing: the community clarifies its focus and role',
  stewardship: 'Stewardship: keeping the practice current and the energy alive',
  transformation: 'Transformation: ending, merging, splitting or becoming formal',
});

export const assessmentCadence = defineEnum('assessmentCadence', {
  quarterly: 'Quarterly',
  biannually: 'Twice a year',
  annually: 'Once a year',
});

export const productStatus = defineEnum('productStatus', {
  active: 'Active',
  needsUpdate: 'Needs an update',
  retire: 'To retire',
});

export const strategyArea = defineEnum('strategyArea', {
  goals: 'Goals',
  activities: 'Activities',
  roles: 'Roles',
  channels: 'Channels',
  membership: 'Membership',
  resourcing: 'Resourcing',
  purpose: 'Purpose',
});

export const resourcingModel = defineEnum('resourcingModel', {
  sponsorFunded: 'Funded by the sponsor',
  unitBudget: 'From a unit budget',
  memberContributions: 'Member contributions',
  grantFunded: 'Grant funded',
  volunteerOnly: 'Volunteers only',
  mixed: 'A mix',
});

export const technologyDecision = defineEnum('technologyDecision', {
  keep: 'Keep',
  change: 'Change',
  retire: 'Retire',
});

export const futureDirection = defineEnum('futureDirection', {
  continue: 'Continue as now',
  renew: 'Renew (new purpose or strategy)',
  merge: 'Merge with another community',
  spinOff: 'Spin off new communities',
  closeAndArchive: 'Close and archive its knowledge',
});

/** Where a community comes from: designed from nothing, or an informal one being supported. */
export const communityOrigin = defineEnum('communityOrigin', {
  cultivated: 'Cultivated from scratch',
  emergent: 'It already exists informally',
});
