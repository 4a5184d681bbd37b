import { beneficiary, copBenefit, faceToFaceImportance, needsMethod, purposeArea, stakeholderRelation } from '../enums.js';
import type { StageSpec } from '../spec.js';

/** Inquire: audience, purpose, goals and vision (DOMAIN.md 3.2). */
export const inquire = {
  id: 'inquire',
  title: 'Inquire',
  intro: 'Find out who the community is for, why it should exist and what success would look like.',
  questions: {
    domain: {
      kind: 'text',
      label: 'What area of practice will the community care about?',
      help: 'Name the shared craft or concern and the key issues inside it, so that the right people recognise it as theirs. Example: "Diagnosing intermittent faults in office copiers that the manuals do not cover."',
      required: true,
    },
    audience: {
      kind: 'objectList',
      itemName: 'audience group',
      summary: 'segment',
      label: 'Who is the community for?',
      help: 'Split the audience into groups by role, unit or region, with a rough size for each. Different groups usually need different invitations and activities.',
      required: true,
      fields: {
        segment: { kind: 'string', label: 'Group name', required: true },
        description: { kind: 'text', label: 'Who is in this group?' },
        estimatedSize: { kind: 'number', integer: true, min: 0, label: 'Roughly how many people?' },
        location: { kind: 'string', label: 'Where are they based?' },
      },
    },
    stakeholders: {
      kind: 'objectList',
      itemName: 'stakeholder',
      summary: 'name',
      label: 'Who else has a stake in the community?',
      help: 'People or bodies who care whether it succeeds but may never take part: a sponsor, a funder, a partner, someone whose approval you need.',
      fields: {
        name: { kind: 'string', label: 'Name or body', required: true },
        relation: { kind: 'enum', values: stakeholderRelation, label: 'Their relation to the community' },
        interest: { kind: 'text', label: 'What do they want from it?' },
      },
    },
    purposeStatement: {
      kind: 'text',
      label: 'Why does this community need to exist?',
      help: 'Two or three sentences that tie what members care about to what the sponsoring organisation needs. A focused purpose is what keeps a community alive.',
      required: true,
    },
    purposeAreas: {
      kind: 'enumList',
      values: purposeArea,
      label: 'Which kinds of purpose will it serve?',
      help: 'Pick one or more. Communities build relationships, develop practice, carry out projects or create new knowledge; your activities should then serve the areas you pick.',
      required: 1,
    },
    goals: {
      kind: 'objectList',
      itemName: 'goal',
      idPrefix: 'G',
      summary: 'statement',
      label: 'What specific goals will it pursue?',
      help: 'Make each goal checkable: what you want, how you will know, what number counts as success and by when. Activities will be linked to these goals later.',
      required: 1,
      fields: {
        statement: { kind: 'text', label: 'The goal', required: true },
        indicator: { kind: 'string', label: 'How will you know it is met?' },
        target: { kind: 'string', label: 'What level counts as success?' },
        byDate: { kind: 'date', label: 'By when? (YYYY-MM-DD)' },
      },
    },
    benefits: {
      kind: 'objectList',
      itemName: 'benefit',
      summary: 'benefit',
      label: 'What does each party gain?',
      help: 'Name the benefit for members themselves as well as for the sponsor and the organisation. People give their time when they can see what is in it for them.',
      required: true,
      fields: {
        beneficiary: { kind: 'enum', values: beneficiary, label: 'Who benefits?', required: true },
        benefit: { kind: 'text', label: 'What do they gain?', required: true },
      },
    },
    pursuedBenefits: {
      kind: 'enumList',
      values: copBenefit,
      label: 'Which of the benefits a community of practice can bring will this one pursue?',
      help: "Pick the two to four that matter most. They become the language of the community's purpose: the activities should deliver them and the reviews should ask whether they did.",
    },
    vision: {
      kind: 'text',
      label: 'What will success look like in one to two years?',
      help: 'Describe it the way a member might, in plain words: what they do differently, what they can find, who they know.',
      required: true,
    },
    needsEvidence: {
      kind: 'objectList',
      itemName: 'piece of evidence',
      summary: 'keyFindings',
      label: 'How have you checked that the need is real?',
      help: 'Conversations, interviews, a survey or a focus group with potential members. Record what you did and what you learned; it is the best argument for a sponsor.',
      fields: {
        method: { kind: 'enum', values: needsMethod, label: 'Method', required: true },
        date: { kind: 'date', label: 'When? (YYYY-MM-DD)' },
        participants: { kind: 'number', integer: true, min: 0, label: 'How many people took part?' },
        keyFindings: { kind: 'text', label: 'What did you learn?' },
      },
    },
    faceToFaceImportance: {
      kind: 'enum',
      values: faceToFaceImportance,
      label: 'How much does meeting in person matter to this audience?',
      help: 'Trust and a sense of place often grow from some face-to-face or hybrid contact. Be honest about what travel and schedules allow.',
      required: true,
    },
    existingAlternatives: {
      kind: 'text',
      label: 'Which existing groups already cover this area, and why is a new community still needed?',
      help: 'Look for networks, committees or communities that overlap. Joining or extending one can be better than starting another.',
    },
  },
} as const satisfies StageSpec;
