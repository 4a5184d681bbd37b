import { commsChannel, mode } from '../enums.js';
import type { StageSpec } from '../spec.js';

/** Launch: staged roll-out, newcomers and immediate benefits (DOMAIN.md 3.5). */
export const launch = {
  id: 'launch',
  title: 'Launch',
  intro: 'Open the community to a wider audience step by step, welcome newcomers and give them something useful straight away.',
  questions: {
    launchDate: {
      kind: 'date',
      label: 'When does the wider roll-out begin? (YYYY-MM-DD)',
      help: 'The launch plan counts its weeks from this date: negative weeks come before it, positive ones after.',
      required: true,
    },
    rolloutWaves: {
      kind: 'objectList',
      itemName: 'rollout wave',
      summary: 'name',
      label: 'Which groups will you invite, and when?',
      help: 'Open the community in waves rather than all at once, for example one region or team at a time. Each wave then gets proper attention, and members from earlier waves can welcome the next.',
      required: 1,
      fields: {
        name: { kind: 'string', label: 'Wave name', required: true },
        audienceSegments: { kind: 'stringList', pick: 'audience', label: 'Which audience groups does it invite?' },
        startWeek: { kind: 'number', integer: true, label: 'Starts in week (0 = launch date)' },
        targetNewMembers: { kind: 'number', integer: true, min: 0, label: 'How many new members do you expect?' },
      },
    },
    kickoffEvents: {
      kind: 'objectList',
      itemName: 'kickoff event',
      summary: 'title',
      label: 'Which kickoff event or events will you hold?',
      help: 'A good kickoff says why to join and what members get, shares the first ideas, asks everyone for their reactions and ends with a clear next step. Keep a list of who came: they are your first members.',
      required: 1,
      fields: {
        title: { kind: 'string', label: 'Title', required: true },
        date: { kind: 'date', label: 'Date (YYYY-MM-DD)' },
        mode: { kind: 'enum', values: mode, label: 'In person or online?' },
        agenda: { kind: 'stringList', label: 'Agenda items' },
        sponsorPart: { kind: 'text', label: 'What does the sponsor say or do?' },
      },
    },
    launchCommunications: {
      kind: 'objectList',
      itemName: 'message',
      summary: 'message',
      label: 'Which announcements and invitations will go out, and when?',
      help: 'Plan a short calendar of messages. A personal invitation or a word from the sponsor brings in far more people than a group email, so save those for the people you most want.',
      required: true,
      fields: {
        week: { kind: 'number', integer: true, label: 'Week (negative = before launch)' },
        channel: { kind: 'enum', values: commsChannel, label: 'Channel' },
        audience: { kind: 'string', pick: 'audience', label: 'To whom?' },
        message: { kind: 'text', label: 'The message', required: true },
        owner: { kind: 'string', pick: 'people', label: 'Who sends it?' },
      },
    },
    quickWins: {
      kind: 'objectList',
      itemName: 'quick win',
      summary: 'offer',
      label: 'What will newcomers get out of their first weeks?',
      help: 'Offer something useful soon after joining: an answer to a real problem, a starter pack of resources, a session with an expert, an introduction to the right colleague. Early benefits turn sign-ups into members.',
      required: 1,
      fields: {
        offer: { kind: 'text', label: 'The offer', required: true },
        availableByWeek: { kind: 'number', integer: true, label: 'Available by week' },
        forSegment: { kind: 'string', label: 'For which group?' },
      },
    },
    onboardingSteps: {
      kind: 'stringList',
      label: 'What happens after someone joins?',
      help: 'List the steps a newcomer goes through, from a personal welcome to a first small contribution. The first few days decide whether people come back.',
      required: true,
      default: [
        'Send a personal welcome message within two working days',
        'Offer a short orientation to the spaces, the rhythm and the ground rules',
        'Introduce the newcomer to a people connector who knows who is who',
        'Suggest a first low-effort action, such as a short introduction or a reply to one question',
      ],
    },
    peripheralOnRamps: {
      kind: 'stringList',
      label: 'How can people take part without committing much time?',
      help: 'Most members will mostly watch and listen, and that is fine: they still learn and apply what they pick up. Easy ways in let them move closer when they are ready.',
      default: ['Read the regular digest', 'Join a live session just to listen', 'React to a post or thank someone for an answer', 'Browse the resource library'],
    },
    launchMetrics: {
      kind: 'objectList',
      itemName: 'launch metric',
      summary: 'metric',
      label: 'Which few numbers will you watch during the launch?',
      help: 'Pick three or four, each with a target and the week by which you expect to reach it, for example 40 members by week 8 or 10 first contributions by week 4. A measure worded "Percentage of ..." or ending in (%) takes its figures in per cent: 70 or 70%.',
      required: true,
      fields: {
        metric: { kind: 'string', label: 'What is counted?', required: true },
        target: { kind: 'number', min: 0, unit: 'percent', measure: 'metric', label: 'Target' },
        byWeek: { kind: 'number', integer: true, label: 'By week' },
      },
    },
    sponsorLaunchRole: {
      kind: 'text',
      label: 'What will the sponsor visibly do at the launch?',
      help: 'For example a message to staff, a few minutes at the kickoff, a word on why the organisation cares. Visible but light support gives the community standing without taking it over.',
    },
  },
} as const satisfies StageSpec;
