import { hostRegion, organizationType } from '../enums.js';
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
      help: 'An IANA time zone name such as Europe/Paris, America/Chicago or Asia/Singapore. The calendar of the community\'s rhythm (community.ics) says which time zone its dates belong to.',
    },
    facilitatorName: {
      kind: 'string',
      label: 'Who is facilitating the design?',
      help: 'Usually you: the person answering these questions, who will often go on to coordinate the community.',
      required: true,
    },
  },
} as const satisfies StageSpec;
