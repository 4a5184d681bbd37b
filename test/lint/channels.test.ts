import { ruleCases } from './rule-cases.js';

const DESIGN_DONE = 'copkit: 1\nprogress:\n  design: { status: complete }\n';

ruleCases('single-visibility-space', [
  {
    fires: 'every channel is members-only',
    trigger: `${DESIGN_DONE}design:
  channels:
    - { id: C1, name: Teams space, visibility: membersOnly }
    - { id: C2, name: Clinic calls, visibility: membersOnly }
`,
    expect: [
      { line: 5, column: 3, message: 'Every channel is members-only, so nobody outside can see what the community does. Consider an organisation-wide or public page that shows its work; it helps recruit members and keep support.' },
    ],
    quiet: 'one channel is seen by the whole organisation',
    clean: `${DESIGN_DONE}design:
  channels:
    - { id: C1, name: Teams space, visibility: membersOnly }
    - { id: C2, name: Field Notes page, visibility: organizationWide }
`,
  },
  {
    fires: 'every channel is public',
    trigger: `${DESIGN_DONE}design:
  channels:
    - { id: C1, name: Public forum, visibility: public }
`,
    expect: [
      { line: 5, column: 3, message: 'Every channel is public, so members have no private space for candid talk. Keep at least one space for members only.' },
    ],
    quiet: 'a members-only space sits beside the public one',
    clean: `${DESIGN_DONE}design:
  channels:
    - { id: C1, name: Public forum, visibility: public }
    - { id: C2, name: Core group chat, visibility: membersOnly }
`,
  },
], 'info');

ruleCases('missing-async-home', [
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
      { line: 9, column: 3, message: 'No channel is an always-on home for discussion or shared resources. Add a space members can use at any time (purposes asyncDiscussion or resourceLibrary) next to the live meetings.' },
      { line: 9, column: 3, message: 'The audience is spread over 2 locations, but no channel lets members meet live online. Add a live online or hybrid channel (video calls, webinars) so distant members can take part.' },
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
], 'warning');

ruleCases('no-code-of-conduct', [
  {
    fires: 'the norms list is empty',
    trigger: `${DESIGN_DONE}design:
  norms: []
`,
    expect: [
      { line: 5, column: 3, message: 'The community has no ground rules. List a few norms: what members owe each other, what stays private, how to disagree.' },
    ],
    quiet: 'a ground rule is written',
    clean: `${DESIGN_DONE}design:
  norms: [No customer names outside the members-only space.]
`,
  },
], 'warning');
