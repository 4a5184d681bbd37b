import { ruleCases } from './rule-cases.js';

ruleCases(
  'launch-before-prototype-gate',
  [
    {
      fires: 'a launch date has passed while the pilot has no story and no decision to proceed',
      today: '2027-02-10',
      trigger: `copkit: 1
prototype:
  launchDecision: extendPilot
launch:
  launchDate: 2027-02-01
`,
      expect: [
        {
          line: 2,
          column: 1,
          message:
            'The launch is planned for 2027-02-01, but the pilot has no success story yet. Record at least one story from the pilot before launching: it is what convinces the next people to join.',
        },
        {
          line: 3,
          column: 19,
          message:
            'The launch is planned for 2027-02-01, but the pilot\'s decision is "extend the pilot". Record the launch decision as Proceed to launch (proceed) once the pilot justifies a wider launch, or hold the launch.',
        },
      ],
      quiet: 'the pilot produced a story that may be shared and the decision to proceed',
      clean: `copkit: 1
prototype:
  successStories:
    - { title: The fuser code that was really a harness, consentToShare: yes }
  launchDecision: proceed
launch:
  launchDate: 2027-02-01
`,
    },
    {
      fires: 'the Launch stage has begun and the prototype section is empty',
      trigger: `copkit: 1
progress:
  launch: { status: inProgress }
prototype:
`,
      expect: [
        {
          line: 4,
          column: 1,
          message: 'The Launch stage has begun, but the pilot has no success story yet. Record at least one story from the pilot before launching: it is what convinces the next people to join.',
        },
        {
          line: 4,
          column: 1,
          message:
            'The Launch stage has begun, but no decision to proceed has been recorded after the pilot. Record the launch decision as Proceed to launch (proceed) once the pilot justifies a wider launch, or hold the launch.',
        },
      ],
      quiet: 'the pilot is still being planned and no launch is in sight',
      clean: `copkit: 1
progress:
  prototype: { status: inProgress }
prototype:
  launchDecision: extendPilot
`,
    },
  ],
  'error',
);

ruleCases(
  'pilot-without-success-criteria',
  [
    {
      fires: 'no criterion has a numeric target once Prototype is complete',
      trigger: `copkit: 1
progress:
  prototype: { status: complete }
prototype:
  pilotSuccessCriteria:
    - { criterion: Participants keep coming back, metric: Share attending two of three sessions }
`,
      expect: [{ line: 5, column: 3, message: "None of the pilot's success criteria has a numeric target. Give at least one criterion a target number, so that the pilot's result can be checked." }],
      quiet: 'a criterion has a numeric target',
      clean: `copkit: 1
progress:
  prototype: { status: complete }
prototype:
  pilotSuccessCriteria:
    - { criterion: Participants keep coming back, metric: Share attending two of three sessions, target: 70 }
`,
    },
    {
      fires: 'the pilot has no criteria at all once Prototype is complete',
      trigger: `copkit: 1
progress:
  prototype: { status: complete }
prototype:
  launchDecision: proceed
`,
      expect: [{ line: 4, column: 1, message: 'The pilot has no success criteria. Decide what must be true at the end of the pilot to justify a launch, each with a number to reach.' }],
      quiet: 'Prototype is still in progress',
      clean: `copkit: 1
progress:
  prototype: { status: inProgress }
prototype:
  launchDecision: proceed
`,
    },
    {
      fires: 'Launch has begun and Prototype was never started (pointing at the top of the file)',
      trigger: `copkit: 1
progress:
  launch: { status: inProgress }
`,
      expect: [{ line: 1, column: 1, message: 'The pilot has no success criteria. Decide what must be true at the end of the pilot to justify a launch, each with a number to reach.' }],
      quiet: 'Prototype was skipped on purpose',
      clean: `copkit: 1
progress:
  prototype: { status: skipped }
  launch: { status: inProgress }
`,
    },
  ],
  'error',
);

ruleCases(
  'untested-assumptions',
  [
    {
      fires: 'assumptions are untested or have no result once Prototype is complete',
      trigger: `copkit: 1
progress:
  prototype: { status: complete }
prototype:
  assumptions:
    - statement: Technicians will come to a 7:00 breakfast if it counts as paid time.
      result: confirmed
    - statement: Technicians will post questions in the online space between meetings.
      result: untested
    - statement: Engineering will answer within a week.
`,
      expect: [
        {
          line: 9,
          column: 15,
          message:
            'The assumption "Technicians will post questions in the online..." was not tested in the pilot. Record its result (confirmed, refuted or inconclusive) and what showed it, or plan how the launch will test it.',
        },
        {
          line: 10,
          column: 7,
          message:
            'The assumption "Engineering will answer within a week." was not tested in the pilot. Record its result (confirmed, refuted or inconclusive) and what showed it, or plan how the launch will test it.',
        },
      ],
      quiet: 'every assumption has a result',
      clean: `copkit: 1
progress:
  prototype: { status: complete }
prototype:
  assumptions:
    - statement: Technicians will come to a 7:00 breakfast if it counts as paid time.
      result: confirmed
    - statement: Technicians will post questions in the online space between meetings.
      result: refuted
    - statement: Engineering will answer within a week.
      result: inconclusive
`,
    },
  ],
  'warning',
);

const TWO_SEGMENTS = `inquire:
  audience:
    - { segment: North region technicians, location: North }
    - { segment: Central region technicians, location: Central }
`;

ruleCases(
  'big-bang-launch',
  [
    {
      fires: 'one wave invites every audience group and there are no quick wins',
      trigger: `copkit: 1
progress:
  launch: { status: complete }
${TWO_SEGMENTS}launch:
  rolloutWaves:
    - { name: Everyone, audienceSegments: [north region technicians, Central region technicians], startWeek: 0 }
`,
      expect: [
        {
          line: 8,
          column: 1,
          message: 'Newcomers are promised no quick win. List something useful they get in their first weeks (an answer, a resource pack, an introduction) in Launch: quick wins.',
        },
        { line: 9, column: 3, message: 'The launch invites every audience group at once, in a single wave. Roll out in two or more waves a few weeks apart, so each group gets a proper welcome.' },
      ],
      quiet: 'the launch rolls out in two waves with a quick win',
      clean: `copkit: 1
progress:
  launch: { status: complete }
${TWO_SEGMENTS}launch:
  rolloutWaves:
    - { name: North, audienceSegments: [North region technicians], startWeek: 0 }
    - { name: Central, audienceSegments: [Central region technicians], startWeek: 4 }
  quickWins:
    - { offer: A starter pack of the 25 most useful tips, availableByWeek: 0 }
`,
    },
  ],
  'warning',
);
