/**
 * Issue 17: rules that judge what a design says and when, not that a field is filled. Each case
 * reproduces a design that used to get the wrong verdict.
 */
import { ruleCases } from './rule-cases.js';

ruleCases(
  'launch-before-prototype-gate',
  [
    {
      fires: 'a design written in December plans a May launch: an advance notice, not an error, while the pilot has not run',
      today: '2026-12-01',
      trigger: `copkit: 1
prototype:
  pilotStartDate: 2027-02-01
  pilotEndDate: 2027-03-31
launch:
  launchDate: 2027-05-03
`,
      expect: [
        {
          line: 2,
          column: 1,
          severity: 'info',
          message:
            'The launch is planned for 2027-05-03 and the pilot runs until 2027-03-31. By 2027-03-31, record a success story members agree to share and the decision to proceed; the launch waits for them.',
        },
      ],
      quiet: 'the story and the decision are already recorded before the pilot ends',
      clean: `copkit: 1
prototype:
  pilotStartDate: 2027-02-01
  pilotEndDate: 2027-03-31
  successStories:
    - { title: The first clinic, consentToShare: yes }
  launchDecision: proceed
launch:
  launchDate: 2027-05-03
`,
    },
    {
      fires: 'the pilot has ended having met no criterion, the sponsor declined and the only story may not be shared, even with a decision to proceed',
      today: '2027-04-15',
      trigger: `copkit: 1
design:
  roles:
    - { id: R1, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
prototype:
  pilotStartDate: 2027-02-01
  pilotEndDate: 2027-03-31
  pilotSuccessCriteria:
    - { criterion: Participants keep coming back, target: 70, actual: 30, met: no }
    - { criterion: Sessions are worth the time, target: 4, actual: 2.5, met: no }
  commitmentsSecured:
    - { from: Priya Raman, commitment: Two hours a month of staff time, status: declined }
  successStories:
    - { title: The fuser code that was really a harness, consentToShare: no }
  launchDecision: proceed
launch:
  launchDate: 2027-05-03
`,
      expect: [
        {
          line: 8,
          column: 3,
          message:
            'The launch is planned for 2027-05-03, but the pilot met none of the success criteria it measured (2 not met). Extend or rethink the pilot before a wider launch, or record why the launch goes ahead anyway and change the criteria.',
        },
        {
          line: 12,
          column: 81,
          message:
            'The launch is planned for 2027-05-03, but the sponsor declined what the pilot asked for ("Two hours a month of staff time", from "Priya Raman"). Win the sponsor\'s commitment again, or find another sponsor, before launching.',
        },
        {
          line: 14,
          column: 74,
          message:
            'The launch is planned for 2027-05-03, but the pilot\'s only story, "The fuser code that was really a harness", may not be shared: the people in it said no. A story recruits only if it can be told: get the consent (answer "May it be shared?" with yes) or record another story.',
        },
      ],
      quiet: 'the pilot met a criterion, kept its sponsor and may share its story',
      clean: `copkit: 1
design:
  roles:
    - { id: R1, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
prototype:
  pilotStartDate: 2027-02-01
  pilotEndDate: 2027-03-31
  pilotSuccessCriteria:
    - { criterion: Participants keep coming back, target: 70, actual: 80, met: yes }
    - { criterion: Sessions are worth the time, target: 4, actual: 2.5, met: no }
  commitmentsSecured:
    - { from: Priya Raman, commitment: Two hours a month of staff time, status: agreed }
  successStories:
    - { title: The fuser code that was really a harness, consentToShare: yes }
  launchDecision: proceed
launch:
  launchDate: 2027-05-03
`,
    },
  ],
  'error',
);

ruleCases(
  'no-review-cycle',
  [
    {
      fires: 'a leader is named as their own successor',
      trigger: `copkit: 1
progress:
  grow: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
grow:
  successionPlan:
    - { roleId: R1, successor: dale kowalczyk }
sustain:
  nextReviewDate: 2027-06-01
`,
      expect: [
        {
          line: 6,
          column: 7,
          message:
            'Leadership role "Coordinator" (R1) names its own holder, "Dale Kowalczyk", as successor, and has no end of term. Name someone else in the succession plan, or set the end of its term.',
        },
      ],
      quiet: 'someone else is named to succeed the leader',
      clean: `copkit: 1
progress:
  grow: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
grow:
  successionPlan:
    - { roleId: R1, successor: Maribel Okafor }
sustain:
  nextReviewDate: 2027-06-01
`,
    },
  ],
  'warning',
);

ruleCases(
  'big-bang-launch',
  [
    {
      fires: 'two waves start in the same week',
      trigger: `copkit: 1
progress:
  launch: { status: complete }
launch:
  rolloutWaves:
    - { name: North, startWeek: 0 }
    - { name: South, startWeek: 0 }
  quickWins:
    - { offer: A starter pack of fixes }
`,
      expect: [
        {
          line: 7,
          column: 33,
          message: 'Wave "South" starts in week 0, the same week as wave "North", so the two arrive as one crowd. Start it a few weeks later, once the earlier newcomers have been welcomed.',
        },
      ],
      quiet: 'the second wave starts four weeks later',
      clean: `copkit: 1
progress:
  launch: { status: complete }
launch:
  rolloutWaves:
    - { name: North, startWeek: 0 }
    - { name: South, startWeek: 4 }
  quickWins:
    - { offer: A starter pack of fixes }
`,
    },
  ],
  'warning',
);

ruleCases(
  'no-technology-steward',
  [
    {
      fires: 'the only online channel is stewarded by the sponsor',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  channels:
    - { id: C1, name: Teams space, mode: onlineAsynchronous, stewardRole: R2 }
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
    - { id: R2, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
`,
      expect: [
        {
          line: 6,
          column: 75,
          message:
            'Online channel "Teams space" (C1) is looked after by the sponsor (R2), who supports the community rather than tending its tools, and no technology steward is named. Give it a steward who holds a role and cares how the tool serves the community, or name a technology steward.',
        },
      ],
      quiet: 'the coordinator stewards the channel',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  channels:
    - { id: C1, name: Teams space, mode: onlineAsynchronous, stewardRole: R1 }
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
    - { id: R2, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
`,
    },
  ],
  'warning',
);

ruleCases(
  'goals-not-measurable',
  [
    {
      fires: 'a goal\'s target is "TBD" and another goal\'s date has passed',
      trigger: `copkit: 1
progress:
  inquire: { status: complete }
inquire:
  goals:
    - { id: G1, statement: Fix more faults on the first visit, indicator: Repeat visits per 100 calls, target: TBD, byDate: 2027-06-30 }
    - { id: G2, statement: Halve the time to find a tip, indicator: Minutes to find a tip, target: 5 minutes, byDate: 2025-12-31 }
`,
      expect: [
        { line: 6, column: 7, message: 'Goal "Fix more faults on the first visit" (G1) cannot be measured yet. Add what level counts as success (target).' },
        { line: 7, column: 119, message: 'Goal "Halve the time to find a tip" (G2) was due by 2025-12-31, which has passed. Check whether it was met, then set the next date or replace the goal.' },
      ],
      quiet: 'the targets are figures and the dates are ahead',
      clean: `copkit: 1
progress:
  inquire: { status: complete }
inquire:
  goals:
    - { id: G1, statement: Fix more faults on the first visit, indicator: Repeat visits per 100 calls, target: 7 or fewer, byDate: 2027-06-30 }
    - { id: G2, statement: Halve the time to find a tip, indicator: Minutes to find a tip, target: 5 minutes, byDate: 2027-12-31 }
`,
    },
  ],
  'warning',
);

ruleCases(
  'unresourced-roles',
  [
    {
      fires: 'the coordinator has 8 hours a month and one welcomer has 4 hours for a 45-person wave',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk, hoursPerMonth: 8 }
    - { id: R2, roleKey: peopleConnector, title: Welcome wagon, holder: Rosa Delgado, hoursPerMonth: 4 }
launch:
  rolloutWaves:
    - { name: North, startWeek: 0, targetNewMembers: 45 }
    - { name: South, startWeek: 4, targetNewMembers: 20 }
  onboardingSteps: [Welcome message, Orientation, Introduction to a connector, First small action]
`,
      expect: [
        {
          line: 6,
          column: 98,
          message:
            'Coordinating the community has only 8 hours a month in all; it needs about 4 to 8 hours a week while the community is active. Give it at least 17 hours a month (about 4 hours a week), or share it with a co-coordinator.',
        },
        {
          line: 10,
          column: 54,
          message:
            'Wave "North" brings 45 newcomers in 4 weeks; 4 onboarding steps at about ten minutes each per newcomer come to 33 hours a month, but the people connectors and mentors have 4. Give the welcoming roles more hours, add welcomers, or make the wave smaller.',
        },
      ],
      quiet: 'the coordinator has 20 hours and two welcomers share 40 hours a month',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk, hoursPerMonth: 20 }
    - { id: R2, roleKey: peopleConnector, title: Welcome wagon, holder: Rosa Delgado, hoursPerMonth: 20 }
    - { id: R3, roleKey: mentor, title: Buddy, holder: Sam Okoro, hoursPerMonth: 20 }
launch:
  rolloutWaves:
    - { name: North, startWeek: 0, targetNewMembers: 45 }
    - { name: South, startWeek: 4, targetNewMembers: 20 }
  onboardingSteps: [Welcome message, Orientation, Introduction to a connector, First small action]
`,
    },
  ],
  'warning',
);

ruleCases(
  'over-managed',
  [
    {
      fires: 'the sponsor also coordinates and approves every decision, and membership is compulsory',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  roles:
    - { id: R1, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
    - { id: R2, roleKey: coordinator, title: Coordinator, holder: priya raman }
  membershipModel: compulsory
  decisionMaking: sponsorApproves
`,
      expect: [
        {
          line: 7,
          column: 67,
          message:
            '"priya raman" holds both the sponsor role and role "Coordinator" (R2), and the sponsor approves every decision. Let someone else coordinate, so the community is led from within and the sponsor can support it.',
        },
        { line: 8, column: 20, message: 'Membership is compulsory. People take part in a community of practice because it helps them; invite them personally and make joining their choice.' },
      ],
      quiet: 'someone else coordinates, decisions are mixed and joining is open',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  roles:
    - { id: R1, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
    - { id: R2, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
  membershipModel: openWithinOrganization
  decisionMaking: mixed
`,
    },
    {
      fires: 'every decision waits for a named sponsor',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  roles:
    - { id: R1, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
  decisionMaking: sponsorApproves
`,
      expect: [
        {
          line: 7,
          column: 19,
          message: "Every decision waits for the sponsor's approval. Keep that for budget and strategy, and let the core group settle priorities, content and rules (consent, or a mix).",
        },
      ],
      quiet: 'the core group decides by consent',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  roles:
    - { id: R1, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
  decisionMaking: consent
`,
    },
  ],
  'warning',
);

ruleCases(
  'channel-without-life',
  [
    {
      fires: 'a channel has no activity and no steward',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Monthly clinic, channels: [C1] }
  channels:
    - { id: C1, name: Clinic calls, stewardRole: R1 }
    - { id: C2, name: Old wiki }
  roles:
    - { id: R1, roleKey: facilitator, title: Clinic host, holder: Lucia Ferreira }
`,
      expect: [{ line: 9, column: 7, message: 'Channel "Old wiki" (C2): no activity happens in it and nobody named looks after it. Give it an activity and a steward who holds a role, or drop it.' }],
      quiet: 'every channel has an activity and a named steward',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Monthly clinic, channels: [C1, C2] }
  channels:
    - { id: C1, name: Clinic calls, stewardRole: R1 }
    - { id: C2, name: Clinic notes wiki, stewardRole: R1 }
  roles:
    - { id: R1, roleKey: facilitator, title: Clinic host, holder: Lucia Ferreira }
`,
    },
    {
      fires: 'no activity says where it happens',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Monthly clinic }
  channels:
    - { id: C1, name: Clinic calls }
`,
      expect: [{ line: 5, column: 3, message: 'No activity says where it happens. For each activity, list the channels it uses (channels: [C1]), so every tool has a reason to be visited.' }],
      quiet: 'the design has no channels yet',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Monthly clinic }
`,
    },
  ],
  'warning',
);

ruleCases(
  'too-many-tools',
  [
    {
      fires: 'one steward looks after four channels',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  channels:
    - { id: C1, name: Teams, stewardRole: R1 }
    - { id: C2, name: Wiki, stewardRole: R1 }
    - { id: C3, name: Mailing list, stewardRole: R1 }
    - { id: C4, name: Intranet page, stewardRole: R1 }
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
`,
      expect: [{ line: 5, column: 3, message: 'The community has 4 channels and 1 steward; that is more than they can keep alive (about 3 each). Merge channels or name more stewards.' }],
      quiet: 'a second person stewards two of them',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  channels:
    - { id: C1, name: Teams, stewardRole: R1 }
    - { id: C2, name: Wiki, stewardRole: R1 }
    - { id: C3, name: Mailing list, stewardRole: R2 }
    - { id: C4, name: Intranet page, stewardRole: R2 }
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
    - { id: R2, roleKey: technologySteward, title: Tech steward, holder: Ravi Menon }
`,
    },
  ],
  'warning',
);

ruleCases(
  'inside-outside-dialogue',
  [
    {
      fires: 'nothing brings an outside view in',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Monthly clinic, format: caseClinic }
  channels:
    - { id: C1, name: Teams space, visibility: membersOnly }
`,
      expect: [
        {
          line: 5,
          column: 3,
          message:
            "Nothing brings an outside view in: no visit or networking event, no outside expert, and no channel beyond the members. Plan a guest session, a visit to another team, or a page where others can see and answer the community's work.",
        },
      ],
      quiet: 'members visit another depot twice a year',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Monthly clinic, format: caseClinic }
    - { id: A2, name: Depot visit, format: siteVisit }
  channels:
    - { id: C1, name: Teams space, visibility: membersOnly }
`,
    },
  ],
  'info',
);

ruleCases(
  'familiarity-and-excitement',
  [
    {
      fires: 'every activity is a regular routine',
      trigger: `copkit: 1
progress:
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Monthly clinic, format: caseClinic, frequency: monthly }
    - { id: A2, name: Weekly digest, format: newsletter, frequency: weekly }
`,
      expect: [
        {
          line: 5,
          column: 3,
          message: 'Every activity is a regular routine; nothing occasional brings something new. Add a yearly gathering, a workshop, a visit or a guest, so the community keeps its spark.',
        },
      ],
      quiet: 'a yearly summit sits beside the routines',
      clean: `copkit: 1
progress:
  design: { status: complete }
design:
  activities:
    - { id: A1, name: Monthly clinic, format: caseClinic, frequency: monthly }
    - { id: A2, name: Weekly digest, format: newsletter, frequency: weekly }
    - { id: A3, name: Summit, format: workshop, frequency: annually }
`,
    },
  ],
  'info',
);

ruleCases(
  'member-data-protection',
  [
    {
      fires: 'an EU community keeps pilot stories (naming the GDPR)',
      trigger: `copkit: 1
setup:
  hostRegion: europeanUnion
progress:
  design: { status: complete }
prototype:
  successStories:
    - { title: The fuser code that was really a harness }
`,
      expect: [
        {
          line: 7,
          column: 3,
          message:
            "The pilot's stories are about real people. Under the GDPR, member data needs a lawful basis and a privacy notice, and a story that names people needs their consent before it is shared.",
        },
      ],
      quiet: 'the design holds no stories, directory or named participants yet',
      clean: `copkit: 1
setup:
  hostRegion: europeanUnion
progress:
  design: { status: complete }
design:
  channels:
    - { id: C1, name: Teams space, purposes: [asyncDiscussion] }
`,
    },
  ],
  'info',
);

ruleCases(
  'momentum-gap',
  [
    {
      fires: 'the pilot ends fourteen weeks before the launch',
      trigger: `copkit: 1
prototype:
  pilotStartDate: 2026-03-05
  pilotEndDate: 2026-05-28
launch:
  launchDate: 2026-09-03
`,
      expect: [
        {
          line: 6,
          column: 15,
          message:
            '12 quiet weeks (2026-05-29 to 2026-08-19) lie between P1 Pilot and P2 Pre-launch, more than 4. Bring the dates closer, or plan something that keeps the people already involved together through the gap.',
        },
      ],
      quiet: 'the launch follows the pilot within four weeks',
      clean: `copkit: 1
prototype:
  pilotStartDate: 2026-03-05
  pilotEndDate: 2026-05-28
launch:
  launchDate: 2026-06-22
`,
    },
    {
      fires: 'the second wave starts in week 40, long after the first',
      trigger: `copkit: 1
launch:
  launchDate: 2026-09-07
  rolloutWaves:
    - { name: North, startWeek: 0 }
    - { name: South, startWeek: 40 }
`,
      expect: [
        {
          line: 6,
          column: 33,
          message:
            '36 quiet weeks (2026-10-05 to 2027-06-13) lie between P3 Launch and first wave and P4 Roll-out in waves, more than 4. Bring the dates closer, or plan something that keeps the people already involved together through the gap.',
        },
      ],
      quiet: 'the second wave starts in week 6',
      clean: `copkit: 1
launch:
  launchDate: 2026-09-07
  rolloutWaves:
    - { name: North, startWeek: 0 }
    - { name: South, startWeek: 6 }
`,
    },
  ],
  'warning',
);
