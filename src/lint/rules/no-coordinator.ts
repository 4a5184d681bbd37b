import type { LintRule } from '../types.js';
import { holderAsWritten, namedHolderFindings, roleLabel } from '../roles.js';

export const noCoordinator = {
  id: 'no-coordinator',
  severity: 'error',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.roles[].roleKey', 'design.roles[].holder'],
  source: 'Wenger, McDermott & Snyder (2002): a skilled and respected coordinator is a critical success factor; CDC Communities of Practice Resource Kit: the community leader is named by kickoff.',
  summary: 'A named person coordinates the community.',
  why: 'The coordinator keeps the community focused, runs its rhythm and connects its members. The literature on cultivating communities counts a skilled, respected coordinator among the first conditions of success; a community whose coordinator is "to be decided" has nobody to do the work that keeps it alive.',
  fix: "Add a role with `roleKey: coordinator` to `design.roles` (or use the one copkit suggests) and write the person's name in its `holder`. Co-coordinators are fine: one named holder is enough.",
  check(data) {
    return namedHolderFindings(data, 'coordinator', {
      noRole: 'The design has no coordinator. Add a role of the kind Coordinator (coordinator), held by the person who will run the community day to day.',
      unnamed: (role) => `Nobody is named as coordinator: ${roleLabel(role)} ${holderAsWritten(role)}. Write the name of the person who will run the community day to day in its holder.`,
    });
  },
} satisfies LintRule;
