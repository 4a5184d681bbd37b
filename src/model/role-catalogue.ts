/**
 * The roles a community of practice commonly needs, with default titles, duties and time
 * (DOMAIN.md section 4). The hours are indicative defaults for a community of 30 to 200 members,
 * not norms: the wizard offers them and the facilitator adjusts them.
 */
import type { roleKey } from './enums.js';

export type RoleKey = keyof typeof roleKey.labels;

export interface RoleGuidance {
  /** The title a new role of this kind gets by default. */
  title: string;
  /** Three to six short duties. */
  responsibilities: string[];
  /** A single default within the indicative range. */
  hoursPerMonth: number;
  /** The indicative range, in words. */
  timeNote: string;
  /** Who usually takes the role on. */
  whoFills: string;
  /** Advice for the person holding the role. */
  guidance: string;
  /** Leadership roles need a term or a successor (lint rule no-review-cycle). */
  leadership: boolean;
}

export const roleCatalogue: Record<RoleKey, RoleGuidance> = {
  sponsor: {
    title: 'Community sponsor',
    responsibilities: [
      "Tie the community to the organisation's goals",
      'Secure time, budget and recognition for members',
      'Clear obstacles the community cannot remove itself',
      'Speak up for the community at launch and at reviews',
      'Check in with the coordinator every six weeks or so',
    ],
    hoursPerMonth: 2,
    timeNote: 'About 1 to 3 hours a month: a check-in every six weeks or so, plus the launch and reviews',
    whoFills: 'A senior manager who is not involved in the day-to-day running of the community',
    guidance: 'Your support gives the community standing; your absence from its daily life gives it room. Ask what is in the way and remove it, rather than setting the agenda yourself.',
    leadership: true,
  },
  coordinator: {
    title: 'Community coordinator',
    responsibilities: [
      'Keep the community focused on its domain and goals',
      'Plan and run the rhythm of activities',
      'Connect members who should know each other',
      'Grow and support the core group',
      "Watch the community's health and report on it",
      'Manage the boundary with the wider organisation',
    ],
    hoursPerMonth: 24,
    timeNote: 'About 4 to 8 hours a week for an active community (10 to 20 % of a full-time post), more during the launch',
    whoFills: 'A respected practitioner of the domain with a gift for organising and connecting people; often shared by two to four co-leads',
    guidance: 'Spend most of your time connecting people and the least on logistics. Share leadership with the core group from the start, so that the community does not depend on you alone.',
    leadership: true,
  },
  facilitator: {
    title: 'Session facilitator',
    responsibilities: [
      'Prepare the agenda with the people presenting',
      'Keep the conversation on topic and on time',
      'Draw out quieter voices',
      'Help reconcile different views',
      'Summarise what was said and agreed',
    ],
    hoursPerMonth: 4,
    timeNote: 'About 2 to 4 hours per event for preparation, the session and follow-up',
    whoFills: 'The coordinator, or core group members taking turns',
    guidance: 'Your job is to make the room work, not to be the expert in it. Rotating the role spreads the skill and keeps sessions fresh.',
    leadership: true,
  },
  coreGroupMember: {
    title: 'Core group member',
    responsibilities: ["Help set the community's priorities", 'Plan and run activities', 'Start and feed discussions', 'Lead projects', 'Take newcomers under their wing'],
    hoursPerMonth: 4,
    timeNote: 'About 2 to 6 hours a month',
    whoFills: 'Three to twelve committed members, roughly a tenth of the membership',
    guidance: "The core group is the community's engine: together you carry the leadership the coordinator cannot carry alone. Agree who does what, and invite active members in as others step back.",
    leadership: true,
  },
  subjectMatterExpert: {
    title: 'Subject-matter expert',
    responsibilities: ['Bring depth and news from the wider field', 'Check and endorse practices the community develops', 'Speak at sessions'],
    hoursPerMonth: 2,
    timeNote: 'Occasional: about 1 to 4 hours a month',
    whoFills: 'Recognised experts, from inside the organisation or invited from outside',
    guidance: "Your knowledge keeps the community's thinking in step with the best of the field. Ask questions as often as you answer them, so that members keep thinking for themselves.",
    leadership: false,
  },
  knowledgeSteward: {
    title: 'Knowledge steward',
    responsibilities: [
      'Organise the shared library: structure, tags and summaries',
      'Archive sessions and their materials',
      "Keep the community's products current",
      'Retire material that is out of date',
    ],
    hoursPerMonth: 4,
    timeNote: 'About 2 to 6 hours a month',
    whoFills: 'A detail-minded member, sometimes an information professional',
    guidance: 'Turn good answers into things people can find again. A small, current library is worth more than a large, stale one.',
    leadership: false,
  },
  technologySteward: {
    title: 'Technology steward',
    responsibilities: [
      'Understand what the community needs from its tools',
      'Keep an eye on technology options',
      'Help the community choose and try out tools',
      'Help members with everyday use',
      'Lead the yearly review of the tools',
    ],
    hoursPerMonth: 4,
    timeNote: 'About 2 to 6 hours a month, more while the tools are being set up',
    whoFills: 'A member interested in technology; this is not the IT help desk',
    guidance: "Look at tools from the community's point of view: what helps members learn together, not what has the most features. Try changes with a few members before asking everyone to switch.",
    leadership: false,
  },
  peopleConnector: {
    title: 'People connector',
    responsibilities: ['Welcome and orient newcomers', 'Introduce members to each other', 'Help quieter members take a first step'],
    hoursPerMonth: 3,
    timeNote: 'About 2 to 4 hours a month',
    whoFills: 'A sociable member with a wide network',
    guidance: 'The first weeks decide whether a newcomer stays. A personal welcome and one good introduction do more than any orientation pack.',
    leadership: false,
  },
  communicationsLead: {
    title: 'Communications lead',
    responsibilities: ['Write the digest or newsletter', 'Collect highlights and success stories', 'Make the community visible inside and outside the organisation'],
    hoursPerMonth: 3,
    timeNote: 'About 2 to 4 hours a month',
    whoFills: 'A member, or a communications adviser lent part-time',
    guidance: 'Report what members did and what it changed, not only what is coming up. A good story in the digest recruits better than an invitation.',
    leadership: false,
  },
  evaluator: {
    title: 'Evaluator',
    responsibilities: ['Plan what evidence to collect and when', 'Run surveys and track indicators', 'Gather value-creation stories', 'Lead reflection sessions and report findings'],
    hoursPerMonth: 3,
    timeNote: 'About 2 to 4 hours a month, more around reviews',
    whoFills: 'A member interested in evaluation, or an adviser in knowledge management or evaluation',
    guidance: 'Act as a critical friend: collect evidence from the start and feed it back so the community can learn from it. Pair every number with a story that explains it.',
    leadership: false,
  },
  administrativeSupport: {
    title: 'Administrative support',
    responsibilities: ['Schedule sessions and book rooms', 'Manage licences and mailing lists', 'Arrange travel and catering'],
    hoursPerMonth: 4,
    timeNote: 'Varies with the number of events and the travel involved',
    whoFills: 'An administrator or a shared support service',
    guidance: "Taking logistics off the coordinator's plate frees them to connect people. Keep a simple checklist for each kind of event.",
    leadership: false,
  },
  mentor: {
    title: 'Mentor',
    responsibilities: ['Pair with a less experienced practitioner', 'Help them build skill and confidence', 'Point them to the right people and resources'],
    hoursPerMonth: 2,
    timeNote: 'About 1 to 2 hours a month per mentee',
    whoFills: 'Experienced members',
    guidance: 'Listen more than you tell, and share the stories behind your know-how. Introduce your mentee to others so they do not depend on you alone.',
    leadership: false,
  },
  member: {
    title: 'Member',
    responsibilities: ['Take part at the level that suits you', 'Ask and answer questions', 'Try out what you learn and report back', 'Give feedback on the community'],
    hoursPerMonth: 2,
    timeNote: 'About 1 to 3 hours a month, depending on how involved you are',
    whoFills: 'Practitioners of the domain',
    guidance: 'Watching and learning is a legitimate way to belong. When something you picked up works for you, say so: it tells others the community is worth their time.',
    leadership: false,
  },
};

/** One role as cop.yaml stores it in `design.roles` (a type alias, so it fits a question's `default`). */
export type RoleItem = {
  id: string;
  roleKey: RoleKey;
  title: string;
  holder: string;
  responsibilities: string[];
  hoursPerMonth: number;
};

function roleFromCatalogue(id: string, key: RoleKey): RoleItem {
  const guide = roleCatalogue[key];
  return {
    id,
    roleKey: key,
    title: guide.title,
    holder: 'TBD',
    responsibilities: [...guide.responsibilities],
    hoursPerMonth: guide.hoursPerMonth,
  };
}

/**
 * The minimum viable staffing: a coordinator and a sponsor at kickoff, and a technology
 * steward as soon as the community has an online channel.
 */
export const defaultRoles: readonly RoleItem[] = [roleFromCatalogue('R1', 'coordinator'), roleFromCatalogue('R2', 'sponsor'), roleFromCatalogue('R3', 'technologySteward')];
