import { isLeadershipRole, isPast, namedHolder, personKey } from '../../model/people.js';
import type { LintRule, RuleFinding } from '../types.js';
import { answer, hasAnswer, items, quote, text } from '../read.js';
import { roleLabel, roles } from '../roles.js';

export const noReviewCycle = {
  id: 'no-review-cycle',
  severity: 'warning',
  appliesWhen: { stage: 'grow', from: 'started' },
  reads: ['sustain.nextReviewDate', 'design.roles[].roleKey', 'design.roles[].holder', 'design.roles[].termEnds', 'grow.successionPlan[].roleId', 'grow.successionPlan[].successor'],
  source:
    'University of Glasgow CoP toolkit: a cycle of renewal; Research Operations charter template: a review date; University of Notre Dame CoP toolkit: leadership terms and succession; Wenger, McDermott & Snyder (2002): stewardship.',
  summary: 'A living community has its next review booked, and every leader has a term end or a successor other than themselves.',
  why: "Once a community is running, it drifts unless it stops now and then to ask what it is worth and what should change. Leaders without a term or a successor tend to stay until they burn out, and take the community's memory with them when they go.",
  fix: 'Set `sustain.nextReviewDate` to a date in the future (and move it on after each review). For each leadership role (sponsor, coordinator, facilitator, core group member) with a named holder, set `termEnds` in `design.roles` or name a successor in `grow.successionPlan`. A missing review date is reported once Sustain has begun (that is where copkit asks for it); a date in the past as soon as it has passed.',
  check(data, context) {
    const findings: RuleFinding[] = [];
    const review = answer(data, 'sustain', 'nextReviewDate');
    if (!hasAnswer(review)) {
      if (context.started('sustain')) {
        findings.push({
          path: ['sustain', 'nextReviewDate'],
          atKey: true,
          message: 'No date is set for the next review. Set the date of the next review (Sustain: next review) so the community takes stock regularly.',
        });
      }
    } else if (isPast(review, context.today)) {
      findings.push({
        path: ['sustain', 'nextReviewDate'],
        message: `The next review was due on ${review}, which has passed. Hold the review, record it with copkit review, and set the date of the one after (copkit stage sustain).`,
      });
    }
    // A successor is someone else: a leader named as their own successor renews nothing.
    const successors = new Map<string, string[]>();
    for (const s of items(data, 'grow', 'successionPlan')) {
      const who = namedHolder(s.fields.successor);
      const id = text(s.fields.roleId);
      if (who && id) successors.set(id, [...(successors.get(id) ?? []), personKey(who)]);
    }
    for (const role of roles(data)) {
      if (!role.holder || !isLeadershipRole(role.key) || text(role.item.fields.termEnds)) continue;
      const named = role.id ? (successors.get(role.id) ?? []) : [];
      if (named.some((who) => who !== personKey(role.holder!))) continue;
      if (named.length > 0) {
        findings.push({
          path: role.item.path,
          message: `Leadership ${roleLabel(role)} names its own holder, ${quote(role.holder)}, as successor, and has no end of term. Name someone else in the succession plan, or set the end of its term.`,
        });
        continue;
      }
      findings.push({
        path: role.item.path,
        message: `Leadership ${roleLabel(role)}, held by ${quote(role.holder)}, has no end of term and no successor. Set the end of its term, or name a successor in the succession plan, so the community does not depend on one person.`,
      });
    }
    return findings;
  },
} satisfies LintRule;
