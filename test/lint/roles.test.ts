import { ruleCases } from './rule-cases.js';

const DESIGN_DONE = 'copkit: 1\nprogress:\n  design: { status: complete }\ndesign:\n';

ruleCases(
  'no-coordinator',
  [
    {
      fires: 'the coordinator role is still TBD once Design is complete',
      trigger: `${DESIGN_DONE}  roles:
    - { id: R1, roleKey: coordinator, title: Community coordinator, holder: TBD }
    - { id: R2, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
`,
      expect: [
        {
          line: 6,
          column: 77,
          message: 'Nobody is named as coordinator: role "Community coordinator" (R1) is held by "TBD". Write the name of the person who will run the community day to day in its holder.',
        },
      ],
      quiet: 'the coordinator is named',
      clean: `${DESIGN_DONE}  roles:
    - { id: R1, roleKey: coordinator, title: Community coordinator, holder: Dale Kowalczyk }
    - { id: R2, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
`,
    },
    {
      fires: 'there is no coordinator role at all',
      trigger: `${DESIGN_DONE}  roles:
    - { id: R1, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
`,
      expect: [{ line: 5, column: 3, message: 'The design has no coordinator. Add a role of the kind Coordinator (coordinator), held by the person who will run the community day to day.' }],
      quiet: 'Design is still in progress (a TBD coordinator is normal while designing)',
      clean: `copkit: 1
progress:
  design: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Community coordinator, holder: TBD }
`,
    },
  ],
  'error',
);

ruleCases(
  'no-sponsor',
  [
    {
      fires: 'the sponsor role has no holder',
      trigger: `${DESIGN_DONE}  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
    - { id: R2, roleKey: sponsor, title: Executive sponsor }
`,
      expect: [
        { line: 7, column: 7, message: 'Nobody is named as sponsor: role "Executive sponsor" (R2) has no holder. Ask a senior manager to back the community and write their name in its holder.' },
      ],
      quiet: 'the sponsor is named',
      clean: `${DESIGN_DONE}  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
    - { id: R2, roleKey: sponsor, title: Executive sponsor, holder: Priya Raman }
`,
    },
    {
      fires: 'there is no sponsor role',
      trigger: `${DESIGN_DONE}  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
`,
      expect: [{ line: 5, column: 3, message: 'The design has no sponsor. Ask a senior manager to back the community and add a role of the kind Sponsor (sponsor) held by them.' }],
      quiet: 'a later stage has begun and the sponsor is named',
      clean: `copkit: 1
progress:
  prototype: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: sponsor, title: Sponsor, holder: "  priya   raman " }
`,
    },
  ],
  'warning',
);

ruleCases(
  'thin-core-group',
  [
    {
      fires: 'only two people lead and one of them holds three leadership roles, once Launch has begun',
      trigger: `copkit: 1
progress:
  launch: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
    - { id: R2, roleKey: coreGroupMember, title: Host, holder: Jess Harmon }
    - { id: R3, roleKey: facilitator, title: Clinic host, holder: dale kowalczyk }
    - { id: R4, roleKey: sponsor, title: Sponsor, holder: Dale  Kowalczyk }
`,
      expect: [
        {
          line: 5,
          column: 3,
          message:
            'Only 2 people ("Dale Kowalczyk" and "Jess Harmon") hold a coordinator or core group role. Find at least 3 people to share the leadership, so the community does not rest on one or two.',
        },
        { line: 6, column: 67, message: '"Dale Kowalczyk" holds 3 leadership roles (R1, R3 and R4). Hand at least one of them to someone else so that leadership is shared.' },
      ],
      quiet: 'three people share coordinator and core group roles',
      clean: `copkit: 1
progress:
  launch: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
    - { id: R2, roleKey: coreGroupMember, title: Host, holder: Jess Harmon }
    - { id: R3, roleKey: coreGroupMember, title: Host, holder: Tomás Aguilar }
    - { id: R4, roleKey: facilitator, title: Clinic host, holder: Dale Kowalczyk }
`,
    },
    {
      fires: 'nobody at all is named in a leading role',
      trigger: `copkit: 1
progress:
  grow: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: TBD }
`,
      expect: [{ line: 5, column: 3, message: 'Nobody holds a coordinator or core group role. Find at least 3 people to share the leadership, so the community does not rest on one or two.' }],
      quiet: 'the founding team is small but Launch has not begun',
      clean: `copkit: 1
progress:
  prototype: { status: complete }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
`,
    },
  ],
  'warning',
);

ruleCases(
  'unresourced-roles',
  [
    {
      fires: 'named roles have no hours and the coordinator has under 17 hours a month',
      trigger: `${DESIGN_DONE}  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk, hoursPerMonth: 4 }
    - { id: R2, roleKey: sponsor, title: Sponsor, holder: Priya Raman }
    - { id: R3, roleKey: technologySteward, title: Tech steward, holder: Ravi Menon, hoursPerMonth: 0 }
    - { id: R4, roleKey: mentor, title: Mentor, holder: TBD }
`,
      expect: [
        {
          line: 6,
          column: 98,
          message:
            'Coordinating the community has only 4 hours a month in all; it needs about 4 to 8 hours a week while the community is active. Give it at least 17 hours a month (about 4 hours a week), or share it with a co-coordinator.',
        },
        { line: 7, column: 7, message: 'Role "Sponsor" (R2), held by "Priya Raman", has no time set aside. Agree the hours per month it needs with the holder and their manager.' },
        { line: 8, column: 101, message: 'Role "Tech steward" (R3), held by "Ravi Menon", has no time set aside. Agree the hours per month it needs with the holder and their manager.' },
      ],
      quiet: 'every named role has hours and two coordinators share 18 hours',
      clean: `${DESIGN_DONE}  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk, hoursPerMonth: 8 }
    - { id: R2, roleKey: coordinator, title: Co-coordinator, holder: Maribel Okafor, hoursPerMonth: 10 }
    - { id: R3, roleKey: sponsor, title: Sponsor, holder: Priya Raman, hoursPerMonth: 2 }
    - { id: R4, roleKey: mentor, title: Mentor, holder: TBD }
`,
    },
  ],
  'warning',
);

const ONLINE_CHANNEL = '  channels:\n    - { id: C1, name: Teams space, purposes: [asyncDiscussion], mode: onlineAsynchronous }\n';

ruleCases(
  'no-technology-steward',
  [
    {
      fires: 'an online channel exists and the technology steward is TBD',
      trigger: `${DESIGN_DONE}${ONLINE_CHANNEL}  roles:
    - { id: R1, roleKey: technologySteward, title: Tech steward, holder: TBD }
`,
      expect: [
        {
          line: 8,
          column: 74,
          message:
            'The community has online channels but nobody looks after its technology: no technology steward is named and no channel names a role that looks after it. Name a technology steward, a member who cares how the tools serve the community.',
        },
      ],
      quiet: 'the technology steward is named',
      clean: `${DESIGN_DONE}${ONLINE_CHANNEL}  roles:
    - { id: R1, roleKey: technologySteward, title: Tech steward, holder: Ravi Menon }
`,
    },
    {
      fires: 'an online channel exists and there is no steward role',
      trigger: `${DESIGN_DONE}${ONLINE_CHANNEL}  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
`,
      expect: [
        {
          line: 7,
          column: 3,
          message:
            'The community has online channels but nobody looks after its technology: no technology steward is named and no channel names a role that looks after it. Name a technology steward, a member who cares how the tools serve the community.',
        },
      ],
      quiet: 'a channel names the role that looks after it',
      clean: `${DESIGN_DONE}  channels:
    - { id: C1, name: Teams space, purposes: [asyncDiscussion], mode: onlineAsynchronous, stewardRole: R1 }
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
`,
    },
  ],
  'warning',
);
