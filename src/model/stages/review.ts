import { valueCycle } from '../enums.js';
import { decisionChange, goalStatus, healthCheckQuestion } from '../review-enums.js';
import type { StageSpec } from '../spec.js';

/**
 * One review of a living community (DOMAIN.md 3.6, 3.7 and 7): asked by `copkit review`, saved
 * answer by answer under `review:` while it is being recorded, then filed as a dated entry of
 * `reviews:`. Filed reviews are never changed by copkit, so they can be compared over time.
 */
export const review = {
  id: 'review',
  title: 'Review',
  intro: "Record where the community stands today: the numbers, the goals, the stories and the core group's own view, and what you decided. Earlier reviews stay as they were.",
  questions: {
    date: {
      kind: 'date',
      label: 'On which date was the review held? (YYYY-MM-DD)',
      help: 'The day the core group looked at the figures together. Each review has its own date, and reviews are compared in date order.',
      required: true,
    },
    indicatorValues: {
      kind: 'objectList',
      itemName: 'measured indicator',
      summary: 'indicator',
      label: 'What does each health indicator measure now?',
      help: 'Give the current value of each sign of health you chose in Grow, using the same name. A value below its alert level is flagged in copkit status.',
      fields: {
        indicator: { kind: 'string', label: 'Indicator (as named in the Grow stage)', required: true },
        value: { kind: 'number', unit: 'percent', measure: 'indicator', label: 'Measured value', required: true },
        note: { kind: 'text', label: 'What lies behind the figure?' },
      },
    },
    coreMembers: {
      kind: 'number',
      integer: true,
      min: 0,
      label: 'How many people are in the core group now?',
      help: 'The few who lead, host and look after the community. Watch this number: a core group that shrinks is the first sign of fading energy.',
    },
    activeMembers: {
      kind: 'number',
      integer: true,
      min: 0,
      label: 'How many members take part actively?',
      help: 'People who turn up, ask and answer regularly, but do not lead.',
    },
    peripheralMembers: {
      kind: 'number',
      integer: true,
      min: 0,
      label: 'How many members follow from the edge?',
      help: 'Readers, occasional visitors and people who mostly listen. A large periphery is healthy; they learn by watching.',
    },
    newcomers: {
      kind: 'number',
      integer: true,
      min: 0,
      label: 'How many people joined since the last review?',
      help: 'New names on the member list since the previous review (or since the launch, for the first one).',
    },
    goalStatuses: {
      kind: 'objectList',
      itemName: 'goal assessment',
      summary: 'goalId',
      label: 'How does each goal stand?',
      help: 'Go through the goals set in Inquire and say whether each is met, on track, at risk, missed or dropped, with what shows it. A goal whose date has passed needs a status.',
      fields: {
        goalId: { kind: 'ref', to: 'goals', label: 'Which goal?', required: true },
        status: { kind: 'enum', values: goalStatus, label: 'Status', required: true },
        evidence: { kind: 'text', label: 'What shows it?' },
      },
    },
    stories: {
      kind: 'objectList',
      itemName: 'value-creation story',
      summary: 'title',
      label: 'Which stories since the last review show value being created?',
      help: 'Tell each story briefly, say how far the value went (from the activity itself to a change in how success is judged) and which goals or activities it speaks to.',
      fields: {
        title: { kind: 'string', label: 'Title', required: true },
        cycle: { kind: 'enum', values: valueCycle, label: 'How far did the value go?', required: true },
        story: { kind: 'text', label: 'The story in a few lines' },
        goals: { kind: 'refList', to: 'goals', label: 'Which goals does it speak to?' },
        activities: { kind: 'refList', to: 'activities', label: 'Which activities does it speak to?' },
      },
    },
    healthCheck: {
      kind: 'objectList',
      itemName: 'health check answer',
      summary: 'question',
      label: "How does the core group score the community's health?",
      help: "Answer each question of the core group's health check together, from 1 (not at all) to 5 (fully), with a word on why. Low scores are topics for the next core group meeting, not verdicts.",
      fields: {
        question: { kind: 'enum', values: healthCheckQuestion, label: 'Question', required: true },
        score: { kind: 'number', integer: true, min: 1, max: 5, label: 'Score (1 to 5)', required: true },
        comment: { kind: 'text', label: 'Why this score?' },
      },
    },
    decisions: {
      kind: 'objectList',
      itemName: 'decision',
      summary: 'decision',
      label: 'What did the review decide?',
      help: 'Note each decision. One that changes the design (a new goal, an activity retired, a role handed over) is applied to the design when the review is filed, and the history says so.',
      fields: {
        decision: { kind: 'text', label: 'The decision', required: true },
        change: { kind: 'enum', values: decisionChange, label: 'What does it change in the design?' },
        newGoal: { kind: 'text', label: 'The new goal, as a statement', askIf: { key: 'change', equals: 'addGoal' } },
        activityId: { kind: 'ref', to: 'activities', label: 'Which activity is retired?', askIf: { key: 'change', equals: 'retireActivity' } },
        roleId: { kind: 'ref', to: 'roles', label: 'Which role is handed over?', askIf: { key: 'change', equals: 'handOverRole' } },
        newHolder: { kind: 'string', label: 'Who takes the role over?', askIf: { key: 'change', equals: 'handOverRole' } },
      },
    },
    nextSteps: {
      kind: 'stringList',
      label: 'What changes next, before the following review?',
      help: "The few concrete things the core group will do differently, in the sponsor's words: they close the evaluation report.",
    },
  },
} as const satisfies StageSpec;
