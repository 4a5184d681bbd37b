import type { LintRule } from '../types.js';
import { holderAsWritten, namedHolderFindings, roleLabel } from '../roles.js';

export const noSponsor = {
  id: 'no-sponsor',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.roles[].roleKey', 'design.roles[].holder'],
  source:
    'CDC Communities of Practice Resource Kit, UCL and the EU JRC Communities of Practice Playbook: a named sponsor from the start; Wenger, McDermott & Snyder (2002): visible sponsorship is a critical success factor.',
  summary: 'A named sponsor backs the community.',
  why: "A sponsor gives the community standing, secures members' time and budget, and removes obstacles it cannot remove itself. Without one, the community depends on goodwill that runs out at the first reorganisation.",
  fix: "Ask a senior manager outside the community's daily life to sponsor it, add a role with `roleKey: sponsor` to `design.roles` and write their name in its `holder`.",
  check(data) {
    return namedHolderFindings(data, 'sponsor', {
      noRole: 'The design has no sponsor. Ask a senior manager to back the community and add a role of the kind Sponsor (sponsor) held by them.',
      unnamed: (role) => `Nobody is named as sponsor: ${roleLabel(role)} ${holderAsWritten(role)}. Ask a senior manager to back the community and write their name in its holder.`,
    });
  },
} satisfies LintRule;
