import {
  activityFormat, budgetCategory, channelPurpose, communityType, decisionMaking, frequency,
  membershipModel, mode, participationLevel, roleKey, visibility,
} from '../enums.js';
import { defaultRoles } from '../role-catalogue.js';
import type { StageSpec } from '../spec.js';

/** Design: activities, technologies, group processes and roles (DOMAIN.md 3.3). */
export const design = {
  id: 'design',
  title: 'Design',
  intro: 'Decide what the community will do together, where it will meet, who will run it and how it will make decisions.',
  questions: {
    communityType: {
      kind: 'enum',
      values: communityType,
      label: 'What kind of community is this, mainly?',
      help: 'Pick the closest type; copkit uses it to suggest roles and activities. A helping community solves everyday problems together, an innovation community explores new ground.',
    },
    learningAgenda: {
      kind: 'stringList',
      label: 'Which topics or questions will members work through first?',
      help: 'This is the community\'s first learning agenda: what people want to figure out together. Example: "Which error codes send us down the wrong path?" It shapes the first sessions and tells newcomers what the community is about.',
      required: true,
    },
    activities: {
      kind: 'objectList',
      itemName: 'activity',
      idPrefix: 'A',
      summary: 'name',
      label: 'What will members do together?',
      help: 'Add the regular and one-off activities that give people a reason to show up. For each one, note the goals it helps reach and who it is meant for, so that occasional members have a way in too.',
      required: 1,
      fields: {
        name: { kind: 'string', label: 'Activity name', required: true },
        format: { kind: 'enum', values: activityFormat, label: 'Format' },
        mode: { kind: 'enum', values: mode, label: 'In person or online?' },
        frequency: { kind: 'enum', values: frequency, label: 'How often?' },
        supportsGoals: { kind: 'refList', to: 'goals', label: 'Which goals does it serve?' },
        targetLevels: { kind: 'enumList', values: participationLevel, label: 'Which participation levels is it for?' },
        leadRole: { kind: 'ref', to: 'roles', label: 'Which role leads it?' },
      },
    },
    rhythmSummary: {
      kind: 'text',
      label: 'What is the regular rhythm members can count on?',
      help: 'Sum up the community\'s heartbeat in a few lines, for example "a live session every month, a digest every Friday, two days together in person each year". A steady, predictable beat is what makes a shared space feel like a place people return to.',
      required: true,
    },
    channels: {
      kind: 'objectList',
      itemName: 'channel',
      idPrefix: 'C',
      summary: 'name',
      label: 'Where will members meet and work together?',
      help: 'Most communities need at least two tools: one for live meetings and an always-on space for discussion and shared files. Keep a members-only space for candid talk, and add a public page if outsiders should see the work.',
      required: 1,
      fields: {
        name: { kind: 'string', label: 'Tool or place', required: true },
        purposes: { kind: 'enumList', values: channelPurpose, label: 'What is it used for?' },
        mode: { kind: 'enum', values: mode, label: 'How is it used?' },
        visibility: { kind: 'enum', values: visibility, label: 'Who can see it?' },
        stewardRole: { kind: 'ref', to: 'roles', label: 'Which role looks after it?' },
      },
    },
    roles: {
      kind: 'objectList',
      itemName: 'role',
      idPrefix: 'R',
      summary: 'title',
      label: 'Who will do what, and how much time will it take?',
      help: 'Name each role, who holds it (a name, or TBD for now) and the hours per month it needs. A coordinator and a sponsor are the minimum at the start; early on, one person can wear more than one hat.',
      required: true,
      default: defaultRoles,
      fields: {
        roleKey: { kind: 'enum', values: roleKey, label: 'Kind of role', required: true },
        title: { kind: 'string', label: 'Role title', required: true },
        holder: { kind: 'string', label: 'Who holds it? (a name or TBD)' },
        responsibilities: { kind: 'stringList', label: 'Responsibilities' },
        hoursPerMonth: { kind: 'number', min: 0, label: 'Hours per month' },
        termEnds: { kind: 'date', label: 'Term ends (YYYY-MM-DD)' },
      },
    },
    membershipModel: {
      kind: 'enum',
      values: membershipModel,
      label: 'How do people join?',
      help: 'Decide how open the door is. An open community grows faster; invitation or application keeps the group small, for instance while a sensitive topic is being worked out.',
      required: true,
    },
    decisionMaking: {
      kind: 'enum',
      values: decisionMaking,
      label: 'How will the community decide on priorities, content and rules?',
      help: 'Agreeing this early keeps disagreements from stalling the work. Many communities settle everyday choices by consent and take bigger changes to the sponsor.',
      required: true,
    },
    norms: {
      kind: 'stringList',
      label: 'What ground rules will members agree to?',
      help: 'A short code of conduct: what members owe each other and the community, and what the community promises them back. Examples: "No customer names outside the members-only space", "Every question gets a reply within two working days".',
      required: true,
    },
    knowledgeCapture: {
      kind: 'text',
      label: 'How will conversations and results become knowledge others can reuse?',
      help: 'Say where useful material will be kept, who tidies and tags it, and how items are named. Without someone curating, good answers get buried in old threads.',
      required: true,
    },
    budget: {
      kind: 'objectList',
      itemName: 'cost',
      summary: 'category',
      label: 'What will the community cost, and who pays?',
      help: 'Estimate the main costs: tools, technical support, facilitation time, content, travel or cover for members, events. Even rough figures make it easier for a sponsor to commit.',
      fields: {
        category: { kind: 'enum', values: budgetCategory, label: 'Kind of cost', required: true },
        amount: { kind: 'number', min: 0, label: 'Amount' },
        currency: { kind: 'string', label: 'Currency (e.g. EUR)' },
        fundingSource: { kind: 'string', label: 'Who pays?' },
      },
    },
  },
} as const satisfies StageSpec;
