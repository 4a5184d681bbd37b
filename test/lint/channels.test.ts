import { ruleCases } from './rule-cases.js';

const DESIGN_DONE = 'copkit: 1\nprogress:\n  design: { status: complete }\n';

ruleCases(
  'single-visibility-space',
  [
    {
      fires: 'the community only gathers as a whole, with no one-to-one connections',
      trigger: `${DESIGN_DONE}design:
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
            'The community gathers as a whole but has no private space: no mentoring, no people connector or mentor, no member directory or casual channel. Add a way for members to find and help each other one to one.',
        },
      ],
      quiet: "a people connector links members one to one (whatever the channels' visibility)",
      clean: `${DESIGN_DONE}design:
  activities:
    - { id: A1, name: Monthly clinic, format: caseClinic }
  channels:
    - { id: C1, name: Teams space, visibility: membersOnly }
  roles:
    - { id: R1, roleKey: peopleConnector, title: Welcome wagon, holder: Rosa Delgado }
`,
    },
    {
      fires: 'members only meet one to one and never as a whole community',
      trigger: `${DESIGN_DONE}design:
  activities:
    - { id: A1, name: Buddy pairs, format: mentoring }
`,
      expect: [
        {
          line: 5,
          column: 3,
          message: 'Members can connect one to one, but the community never gathers as a whole. Add a regular meeting, webinar or clinic where everyone can see what the community knows.',
        },
      ],
      quiet: 'a monthly webinar gathers everyone next to the mentoring',
      clean: `${DESIGN_DONE}design:
  activities:
    - { id: A1, name: Buddy pairs, format: mentoring }
    - { id: A2, name: Monthly webinar, format: webinar }
`,
    },
  ],
  'info',
);

ruleCases(
  'missing-async-home',
  [
    {
      fires: 'no always-on space exists and a spread-out audience has no live online channel',
      trigger: `${DESIGN_DONE}inquire:
  audience:
    - { segment: North technicians, location: North region }
    - { segment: South technicians, location: South region }
design:
  channels:
    - { id: C1, name: Announcements list, purposes: [announcements], mode: onlineAsynchronous }
`,
      expect: [
        {
          line: 9,
          column: 3,
          message:
            'No channel is an always-on home for discussion or shared resources. Add a space members can use at any time (one used for discussion at any time or as a resource library) next to the live meetings.',
        },
        {
          line: 9,
          column: 3,
          message:
            'The audience is spread over 2 locations, but no channel lets members meet live online. Add a live online or hybrid channel (video calls, webinars) so distant members can take part.',
        },
      ],
      quiet: 'there is a discussion space and live video calls',
      clean: `${DESIGN_DONE}inquire:
  audience:
    - { segment: North technicians, location: North region }
    - { segment: South technicians, location: South region }
design:
  channels:
    - { id: C1, name: Teams space, purposes: [announcements, asyncDiscussion], mode: onlineAsynchronous }
    - { id: C2, name: Clinic calls, purposes: [liveMeetings], mode: onlineSynchronous }
`,
    },
  ],
  'warning',
);

ruleCases(
  'no-code-of-conduct',
  [
    {
      fires: 'the norms list is empty',
      trigger: `${DESIGN_DONE}design:
  norms: []
`,
      expect: [{ line: 5, column: 3, message: 'The community has no ground rules. List a few norms: what members owe each other, what stays private, how to disagree.' }],
      quiet: 'a ground rule is written',
      clean: `${DESIGN_DONE}design:
  norms: [No customer names outside the members-only space.]
`,
    },
  ],
  'warning',
);
