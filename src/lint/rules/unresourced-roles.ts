import type { LintRule, RuleFinding } from '../types.js';
import { finiteNumber, quote } from '../read.js';
import { roleLabel, roles } from '../roles.js';
import { welcomeFindings } from '../welcome-capacity.js';

/** The least a coordinator needs: the role catalogue's 4 hours a week, as hours a month (4 x 52 / 12). */
const COORDINATOR_MINIMUM = 17;

export const unresourcedRoles = {
  id: 'unresourced-roles',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.roles[].holder', 'design.roles[].hoursPerMonth', 'design.roles[].roleKey', 'launch.rolloutWaves[].targetNewMembers', 'launch.rolloutWaves[].startWeek', 'launch.onboardingSteps'],
  source:
    "Dueñas & Serrat (2011), Asian Development Bank: networks whose members' time went unrecognised struggled; Knowledge Hub: about four hours a week for an active facilitator; CDC Communities of Practice Resource Kit: leaders must invest time.",
  summary: "Every named role has the time it needs: the coordinator about 4 hours a week, the welcomers enough for each wave's newcomers.",
  why: "Community work that is not counted in anyone's hours is the first thing dropped when work gets busy. Writing down the time each role takes makes it something a manager can agree to; a coordinator with less than four hours a week cannot keep a community's rhythm going, and a wave of newcomers that nobody has time to welcome does not come back.",
  fix: 'Set `hoursPerMonth` on every role that has a named holder, and agree the time with their managers. Give the coordinator role(s) at least 17 hours a month in total (about 4 hours a week), or add a co-coordinator. Give the welcoming roles (people connectors and mentors, else the coordinator) enough hours for the onboarding steps of the largest wave: copkit counts about ten minutes per step per newcomer, spread over the weeks until the next wave.',
  check(data) {
    const findings: RuleFinding[] = [];
    const all = roles(data);
    for (const role of all) {
      if (!role.holder) continue;
      const hours = finiteNumber(role.item.fields.hoursPerMonth);
      if (hours !== undefined && hours > 0) continue;
      findings.push({
        path: hours === undefined ? role.item.path : [...role.item.path, 'hoursPerMonth'],
        message: `${roleLabel(role, true)}, held by ${quote(role.holder)}, has no time set aside. Agree the hours per month it needs with the holder and their manager.`,
      });
    }
    const coordinators = all.filter((r) => r.key === 'coordinator' && finiteNumber(r.item.fields.hoursPerMonth) !== undefined);
    const total = coordinators.reduce((sum, r) => sum + (finiteNumber(r.item.fields.hoursPerMonth) ?? 0), 0);
    if (coordinators.length > 0 && total > 0 && total < COORDINATOR_MINIMUM) {
      findings.push({
        path: [...coordinators[0]!.item.path, 'hoursPerMonth'],
        message: `Coordinating the community has only ${total} hours a month in all; it needs about 4 to 8 hours a week while the community is active. Give it at least ${COORDINATOR_MINIMUM} hours a month (about 4 hours a week), or share it with a co-coordinator.`,
      });
    }
    return [...findings, ...welcomeFindings(data)];
  },
} satisfies LintRule;
