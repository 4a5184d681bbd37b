import { personKey } from '../../model/people.js';
import type { LintRule, RuleFinding } from '../types.js';
import { answer, quote } from '../read.js';
import { roleLabel, roles } from '../roles.js';

export const overManaged = {
  id: 'over-managed',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.roles[].roleKey', 'design.roles[].holder', 'design.decisionMaking', 'design.membershipModel'],
  source:
    'Wenger, McDermott & Snyder (2002): communities thrive on voluntary participation and on leadership from within, and managing them like teams kills them; Wenger & Snyder (2000), Harvard Business Review: communities resist supervision and interference.',
  summary: 'The sponsor supports without running the community, and membership is a choice, not an obligation.',
  why: 'A sponsor gives a community standing and resources; when the same person also coordinates it and approves every decision, members wait to be told, and the community turns into a reporting line. Compulsory membership fills the roster but not the conversation: people learn together because they care about the domain, not because they were enrolled.',
  fix: "Let someone other than the sponsor coordinate (the sponsor can stay as sponsor), keep the sponsor's approval for the few decisions that need it (`decisionMaking: mixed` or `consent`), and make joining voluntary (`membershipModel: openWithinOrganization` or `open`) while inviting people personally.",
  check(data) {
    const findings: RuleFinding[] = [];
    const all = roles(data);
    const sponsors = new Set(all.filter((r) => r.key === 'sponsor' && r.holder).map((r) => personKey(r.holder!)));
    const both = all.find((r) => r.key === 'coordinator' && r.holder && sponsors.has(personKey(r.holder)));
    const approves = answer(data, 'design', 'decisionMaking') === 'sponsorApproves';
    if (both) {
      findings.push({
        path: [...both.item.path, 'holder'],
        message: `${quote(both.holder!)} holds both the sponsor role and ${roleLabel(both)}${approves ? ', and the sponsor approves every decision' : ''}. Let someone else coordinate, so the community is led from within and the sponsor can support it.`,
      });
    } else if (approves && all.some((r) => r.key === 'sponsor' && r.holder)) {
      findings.push({
        path: ['design', 'decisionMaking'],
        message: "Every decision waits for the sponsor's approval. Keep that for budget and strategy, and let the core group settle priorities, content and rules (consent, or a mix).",
      });
    }
    if (answer(data, 'design', 'membershipModel') === 'compulsory') {
      findings.push({
        path: ['design', 'membershipModel'],
        message: 'Membership is compulsory. People take part in a community of practice because it helps them; invite them personally and make joining their choice.',
      });
    }
    return findings;
  },
} satisfies LintRule;
