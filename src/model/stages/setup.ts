import { communityOrigin, hostRegion, organizationType } from '../enums.js';
import type { StageSpec } from '../spec.js';

/** Asked once, before Inquire. */
export const setup = {
  id: 'setup',
  title: 'Setup',
  intro: 'A few facts about the community and who is designing it.',
  questions: {
    communityName: {
      kind: 'string',
      label: 'What is the community called?',
      help: 'A working name is fine; you can change it at any time.',
      required: true,
    },
    organizationType: {
      kind: 'enum',
      values: organizationType,
      label: 'What kind of organisation hosts it?',
      help: 'This tunes a few suggestions, such as the reminders public bodies need about records and surveys.',
      required: true,
    },
    hostName: {
      kind: 'string',
      label: 'What is the host organisation called?',
      help: 'Its name as members know it, such as "Northwind Imaging" or "the Regional Health Board". The charter says who hosts the community.',
    },
    hostSites: {
      kind: 'stringList',
      label: 'Which of its sites or units take part, if it has several?',
      help: 'The hospitals, offices, campuses or departments the members come from. Leave it empty if the organisation is in one place.',
    },
    hostRegion: {
      kind: 'enum',
      values: hostRegion,
      label: 'Where is the host organisation?',
      help: 'copkit uses it to name the data-protection and public-sector rules that apply to member data, surveys and stories.',
    },
    timeZone: {
      kind: 'string',
      format: 'timeZone',
      label: 'Which time zone does the community meet in?',
      help: "An IANA time zone name such as Europe/Paris, America/Chicago or Asia/Singapore. The calendar of the community's rhythm (community.ics) says which time zone its dates belong to.",
    },
    currency: {
      kind: 'string',
      format: 'currency',
      label: 'Which currency are its costs in?',
      help: 'A three-letter ISO 4217 code such as GBP, EUR or USD. Every cost in the budget is in it unless its amount is typed with another (9600 EUR), so you type it once here.',
    },
    facilitatorName: {
      kind: 'string',
      label: 'Who is facilitating the design?',
      help: 'Usually you: the person answering these questions, who will often go on to coordinate the community.',
      required: true,
    },
    origin: {
      kind: 'enum',
      values: communityOrigin,
      label: 'Is the community being cultivated from scratch, or does it already exist informally?',
      help: 'Many communities are found rather than founded: people already trade tips over coffee or in a chat group. Supporting such a community means building on what works and not breaking it; a pilot is then optional. Left unanswered, copkit treats the community as cultivated from scratch.',
    },
    informalPractice: {
      kind: 'text',
      label: 'Where and how do the members already learn from one another?',
      help: 'Describe the informal practice as it is today: where people meet, how often, what they talk about and who keeps it going.',
      askIf: { key: 'origin', equals: 'emergent' },
    },
    protect: {
      kind: 'stringList',
      label: 'What about the way they meet now must be kept as it is?',
      help: 'Name what people value in the informal practice and would lose if it were formalised: the place, the time of day, the absence of managers, the tone. The charter promises to protect it.',
      askIf: { key: 'origin', equals: 'emergent' },
    },
  },
} as const satisfies StageSpec;
