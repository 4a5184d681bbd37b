import { ruleCases } from './rule-cases.js';

const DONE = (stage: string) => `copkit: 1\nprogress:\n  ${stage}: { status: complete }\n`;

ruleCases(
  'goal-without-activity',
  [
    {
      fires: 'a goal is served by no activity (and notes activities that serve no goal)',
      trigger: `${DONE('design')}inquire:
  goals:
    - { id: G1, statement: Cut repeat visits on intermittent faults }
    - { id: G2, statement: Build a tip library technicians trust }
design:
  activities:
    - { id: A1, name: Breakfast table, supportsGoals: [G1] }
    - { id: A2, name: Summit }
    - { id: A3, name: Social evening, supportsGoals: [] }
`,
      expect: [
        {
          line: 7,
          column: 7,
          message: 'Goal "Build a tip library technicians trust" (G2) is served by no activity. Add it to the goals of an activity that works toward it, add such an activity, or drop the goal.',
        },
        { line: 11, column: 7, severity: 'info', message: 'Activity "Summit" (A2) serves none of the goals. List the goals it serves, or ask whether it is needed.' },
        { line: 12, column: 54, severity: 'info', message: 'Activity "Social evening" (A3) serves none of the goals. List the goals it serves, or ask whether it is needed.' },
      ],
      quiet: 'every goal and every activity is linked',
      clean: `${DONE('design')}inquire:
  goals:
    - { id: G1, statement: Cut repeat visits on intermittent faults }
    - { id: G2, statement: Build a tip library technicians trust }
design:
  activities:
    - { id: A1, name: Breakfast table, supportsGoals: [G1] }
    - { id: A2, name: Tip writing, supportsGoals: [G2, G1] }
`,
    },
  ],
  'error',
);

ruleCases(
  'goals-not-measurable',
  [
    {
      fires: 'goals lack an indicator, a target or a date',
      trigger: `${DONE('inquire')}inquire:
  goals:
    - id: G1
      statement: Cut repeat visits on intermittent faults
    - id: G2
      statement: Build a tip library technicians trust
      indicator: Validated tips in the library
      target: 150
`,
      expect: [
        {
          line: 6,
          column: 7,
          message: 'Goal "Cut repeat visits on intermittent faults" (G1) cannot be measured yet. Add how you will know it is met (indicator), what level counts as success (target) and by when.',
        },
        { line: 8, column: 7, message: 'Goal "Build a tip library technicians trust" (G2) cannot be measured yet. Add by when.' },
      ],
      quiet: 'every goal has an indicator, a target and a date',
      clean: `${DONE('inquire')}inquire:
  goals:
    - id: G1
      statement: Build a tip library technicians trust
      indicator: Validated tips in the library
      target: 150
      byDate: 2026-12-31
`,
    },
  ],
  'warning',
);

ruleCases(
  'purpose-area-unsupported',
  [
    {
      fires: 'nothing in the design creates new knowledge',
      trigger: `${DONE('design')}inquire:
  purposeAreas: [developingRelationships, creatingNewKnowledge, carryingOutTasksAndProjects]
design:
  activities:
    - { id: A1, name: Breakfast table, format: meeting }
  channels:
    - { id: C1, name: Project board, purposes: [projectWorkspace] }
`,
      expect: [
        {
          line: 5,
          column: 43,
          message:
            'The purpose "creating new knowledge" has nothing in the design to carry it. Add an activity in one of these formats: inquiry project, documentation project, knowledge mapping, workshop. Or drop this purpose area.',
        },
      ],
      quiet: 'a workshop serves the knowledge-creating purpose',
      clean: `${DONE('design')}inquire:
  purposeAreas: [developingRelationships, creatingNewKnowledge, carryingOutTasksAndProjects]
design:
  activities:
    - { id: A1, name: Breakfast table, format: meeting }
    - { id: A2, name: Fault-tree workshop, format: workshop }
  channels:
    - { id: C1, name: Project board, purposes: [projectWorkspace] }
`,
    },
  ],
  'warning',
);

ruleCases(
  'member-value-missing',
  [
    {
      fires: 'the benefits name the organisation but not the members',
      trigger: `${DONE('inquire')}inquire:
  benefits:
    - { beneficiary: organization, benefit: Fewer repeat visits }
`,
      expect: [
        { line: 5, column: 3, message: 'No benefit is written for the members themselves. Add one with beneficiary members that says what people gain for their time; without it, few will come.' },
      ],
      quiet: 'members get a benefit too',
      clean: `${DONE('inquire')}inquire:
  benefits:
    - { beneficiary: organization, benefit: Fewer repeat visits }
    - { beneficiary: members, benefit: Answers from people who have seen the fault before }
`,
    },
  ],
  'warning',
);

ruleCases(
  'face-to-face-gap',
  [
    {
      fires: 'meeting in person is essential but everything is online',
      trigger: `${DONE('design')}inquire:
  faceToFaceImportance: essential
design:
  activities:
    - { id: A1, name: Clinic, mode: onlineSynchronous }
  channels:
    - { id: C1, name: Teams space, mode: onlineAsynchronous }
`,
      expect: [
        {
          line: 7,
          column: 3,
          message:
            'Meeting in person is essential for this audience, but no activity or channel is face to face or hybrid. Add an in-person or hybrid activity, even a few times a year, or revisit how much in-person contact matters.',
        },
      ],
      quiet: 'one activity is hybrid',
      clean: `${DONE('design')}inquire:
  faceToFaceImportance: essential
design:
  activities:
    - { id: A1, name: Clinic, mode: onlineSynchronous }
    - { id: A2, name: Summit, mode: hybrid }
`,
    },
  ],
  'warning',
);

ruleCases(
  'no-rhythm',
  [
    {
      fires: 'there is no rhythm summary and every activity is ad hoc',
      trigger: `${DONE('design')}design:
  activities:
    - { id: A1, name: Clinic, frequency: adHoc }
    - { id: A2, name: Summit }
`,
      expect: [
        {
          line: 4,
          column: 1,
          message: 'The design does not say what regular rhythm members can count on. Describe it in Design: rhythm, for example "a live session every month, a digest every Friday".',
        },
        {
          line: 5,
          column: 3,
          message:
            'None of the activities happens on a regular schedule (all are ad hoc or have no frequency). Give at least one a fixed frequency, such as monthly, so members know when to come back.',
        },
      ],
      quiet: 'the rhythm is described and one activity is monthly',
      clean: `${DONE('design')}design:
  activities:
    - { id: A1, name: Clinic, frequency: adHoc }
    - { id: A2, name: Breakfast table, frequency: monthly }
  rhythmSummary: A breakfast table on the second Tuesday of every month.
`,
    },
  ],
  'warning',
);

ruleCases(
  'no-peripheral-on-ramp',
  [
    {
      fires: 'every activity is for the core and active members only',
      trigger: `${DONE('design')}design:
  activities:
    - { id: A1, name: Clinic, targetLevels: [core, active] }
`,
      expect: [
        {
          line: 5,
          column: 3,
          message:
            'No activity is meant for occasional or peripheral members, and there are no light ways in. Open an activity to occasional or peripheral members (a digest, an open session), or list ways in for occasional members in the Launch stage.',
        },
      ],
      quiet: 'the launch lists light ways in',
      clean: `${DONE('design')}design:
  activities:
    - { id: A1, name: Clinic, targetLevels: [core, active] }
launch:
  peripheralOnRamps: [Read the Friday digest]
`,
    },
  ],
  'warning',
);
