import { ruleCases } from './rule-cases.js';

ruleCases(
  'value-measures-only-activity',
  [
    {
      fires: 'indicators only count activity and no story is told',
      trigger: `copkit: 1
progress:
  sustain: { status: complete }
sustain:
  valueIndicators:
    - { cycle: immediate, indicator: Attendance per session }
    - { cycle: potential, indicator: Tips in the library }
`,
      expect: [
        { line: 4, column: 1, message: 'No value-creation story is recorded for this review. Add at least one story that follows a contribution from what happened to what it changed.' },
        {
          line: 5,
          column: 3,
          message:
            'The value indicators stop short of change: none measures applied value (changed practice) or realized value (better results). Add at least one indicator of how members use what they learn, or of what it improved.',
        },
      ],
      quiet: 'an indicator measures applied value and a story is told',
      clean: `copkit: 1
progress:
  sustain: { status: complete }
sustain:
  valueIndicators:
    - { cycle: immediate, indicator: Attendance per session }
    - { cycle: applied, indicator: Tips marked "this worked" on a call }
  valueCreationStories:
    - { title: From a breakfast story to a changed fault tree }
`,
    },
  ],
  'warning',
);

ruleCases(
  'no-review-cycle',
  [
    {
      fires: 'Sustain has begun without a review date, and a leader has no term or successor',
      trigger: `copkit: 1
progress:
  sustain: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk, termEnds: 2027-06-30 }
    - { id: R2, roleKey: facilitator, title: Clinic host, holder: Lucia Ferreira }
    - { id: R3, roleKey: knowledgeSteward, title: Tip library editor, holder: Colleen Brandt }
sustain:
  lifecycleStage: maturing
`,
      expect: [
        {
          line: 7,
          column: 7,
          message:
            'Leadership role "Clinic host" (R2), held by "Lucia Ferreira", has no end of term and no successor. Set the end of its term, or name a successor in the succession plan, so the community does not depend on one person.',
        },
        { line: 9, column: 1, message: 'No date is set for the next review. Set the date of the next review (Sustain: next review) so the community takes stock regularly.' },
      ],
      quiet: 'the review is booked and the clinic host has a successor',
      clean: `copkit: 1
progress:
  sustain: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk, termEnds: 2027-06-30 }
    - { id: R2, roleKey: facilitator, title: Clinic host, holder: Lucia Ferreira }
grow:
  successionPlan:
    - { roleId: R2, currentHolder: Lucia Ferreira, successor: Sam Whitaker }
sustain:
  nextReviewDate: 2027-01-20
`,
    },
    {
      fires: 'the review date has passed',
      trigger: `copkit: 1
progress:
  grow: { status: complete }
sustain:
  nextReviewDate: 2026-10-01
`,
      expect: [
        {
          line: 5,
          column: 19,
          message: 'The next review was due on 2026-10-01, which has passed. Hold the review, record it with copkit review, and set the date of the one after (copkit stage sustain).',
        },
      ],
      quiet: 'the review date is today',
      clean: `copkit: 1
progress:
  grow: { status: complete }
sustain:
  nextReviewDate: 2026-11-26
`,
    },
    {
      fires: 'the community is growing and its coordinator has no term (the review date is not asked until Sustain)',
      trigger: `copkit: 1
progress:
  grow: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
`,
      expect: [
        {
          line: 6,
          column: 7,
          message:
            'Leadership role "Coordinator" (R1), held by "Dale Kowalczyk", has no end of term and no successor. Set the end of its term, or name a successor in the succession plan, so the community does not depend on one person.',
        },
      ],
      quiet: 'the community has not reached Grow yet',
      clean: `copkit: 1
progress:
  launch: { status: inProgress }
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Coordinator, holder: Dale Kowalczyk }
`,
    },
  ],
  'warning',
);

ruleCases(
  'no-exit-plan',
  [
    {
      fires: 'Sustain has begun and no future direction is chosen',
      trigger: `copkit: 1
progress:
  sustain: { status: inProgress }
sustain:
  lifecycleStage: stewardship
`,
      expect: [
        { line: 4, column: 1, message: 'The review does not say where the community is heading. Choose a future direction: continue, renew, merge, spin off, or close and archive its knowledge.' },
      ],
      quiet: 'a future direction is chosen',
      clean: `copkit: 1
progress:
  sustain: { status: inProgress }
sustain:
  lifecycleStage: stewardship
  futureDirection: renew
`,
    },
  ],
  'info',
);

ruleCases(
  'overlap-unchecked',
  [
    {
      fires: 'Inquire is complete and existing groups are not mentioned',
      trigger: `copkit: 1
progress:
  inquire: { status: complete }
inquire:
  domain: Fixing copiers the manuals do not explain.
`,
      expect: [
        { line: 4, column: 1, message: 'The design does not say which existing groups already cover this area. Note them (Inquire: existing groups), and why a new community is still needed.' },
      ],
      quiet: 'existing groups are named',
      clean: `copkit: 1
progress:
  inquire: { status: complete }
inquire:
  domain: Fixing copiers the manuals do not explain.
  existingAlternatives: The 2019 tip folder has no owner; regional meetings are about targets.
`,
    },
  ],
  'info',
);

ruleCases(
  'public-sector-notice',
  [
    {
      fires: 'a government community surveyed people during Inquire (no region: the US and EU rules)',
      trigger: `copkit: 1
setup:
  organizationType: government
inquire:
  needsEvidence:
    - { method: interview, participants: 5 }
    - { method: survey, participants: 97 }
`,
      expect: [
        {
          line: 7,
          column: 17,
          message:
            'Government communities that run surveys work under public-sector rules: in the US, surveying members of the public may need clearance under the Paperwork Reduction Act, messages can be federal records open to FOIA requests, staff should use official accounts, and the community must not endorse products; in the EU, a survey collects personal data under the GDPR (a lawful basis, a privacy notice, no more data than needed), and messages can be documents open to public access and archiving under national law (answer Setup: host region to see the rules for where you are). Check with your records officer and counsel before the survey goes out.',
        },
      ],
      quiet: 'the community is hosted by a company',
      clean: `copkit: 1
setup:
  organizationType: corporate
inquire:
  needsEvidence:
    - { method: survey, participants: 97 }
`,
    },
    {
      fires: 'a government pilot in the EU plans surveys before and after (naming the GDPR)',
      trigger: `copkit: 1
setup:
  organizationType: government
  hostRegion: europeanUnion
progress:
  prototype: { status: inProgress }
prototype:
  feedbackMethods: [retrospective, prePostSurvey]
`,
      expect: [
        {
          line: 8,
          column: 36,
          message:
            'Government communities that run surveys work under public-sector rules: in the EU, a survey collects personal data under the GDPR (a lawful basis, a privacy notice, no more data than needed), and messages can be documents open to public access and archiving under national law. Check with your records officer and counsel before the survey goes out.',
        },
      ],
      quiet: 'a government pilot gathers feedback without surveys',
      clean: `copkit: 1
setup:
  organizationType: government
progress:
  prototype: { status: inProgress }
prototype:
  feedbackMethods: [retrospective, interview]
`,
    },
  ],
  'info',
);
