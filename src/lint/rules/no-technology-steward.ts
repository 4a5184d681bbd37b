import type { LintRule, RuleFinding } from '../types.js';
import { items, label, text } from '../read.js';
import { holderPath, roles } from '../roles.js';
import type { RoleView } from '../roles.js';

const ONLINE = new Set(['onlineSynchronous', 'onlineAsynchronous', 'hybrid']);

/**
 * Why a channel's steward does not look after it as a technology steward would: no steward role,
 * a role nobody holds, or the sponsor (whose part is support and standing, not the tools).
 */
function stewardProblem(stewardRole: string | undefined, byId: Map<string, RoleView>): string | undefined {
  if (!stewardRole) return 'names no role that looks after it';
  const role = byId.get(stewardRole);
  if (!role) return undefined; // a broken reference is the validator's finding
  if (role.key === 'sponsor') return `is looked after by the sponsor (${stewardRole}), who supports the community rather than tending its tools`;
  if (!role.holder) return `is looked after by ${stewardRole}, which nobody holds yet`;
  return undefined;
}

export const noTechnologySteward = {
  id: 'no-technology-steward',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.channels[].mode', 'design.channels[].stewardRole', 'design.roles[].roleKey', 'design.roles[].holder'],
  source: 'Wenger, White & Smith (2009), Digital Habitats: technology stewardship.',
  summary: "Someone who holds a role looks after each online tool from the community's point of view; the sponsor does not count.",
  why: 'A technology steward is a member who understands both how the community works and what its tools can do, and who helps it choose, try and settle into them. This is not the IT help desk, and not the sponsor: without such a person, tools are chosen for features rather than for how members learn together, and nobody notices when they stop serving.',
  fix: 'Name the holder of a role with `roleKey: technologySteward` in `design.roles`, or set `stewardRole` on each online channel to a role someone holds (other than the sponsor) that looks after it.',
  check(data) {
    const online = items(data, 'design', 'channels').filter((c) => typeof c.fields.mode === 'string' && ONLINE.has(c.fields.mode));
    const all = roles(data);
    if (online.length === 0 || all.some((r) => r.key === 'technologySteward' && r.holder)) return [];
    const byId = new Map(all.filter((r) => r.id).map((r) => [r.id!, r]));
    const problems = online.flatMap((channel) => {
      const steward = text(channel.fields.stewardRole);
      const problem = stewardProblem(steward, byId);
      return problem ? [{ channel, steward, problem }] : [];
    });
    if (problems.length === 0) return [];
    if (problems.length === online.length && problems.every((p) => !p.steward)) {
      const stewards = all.filter((r) => r.key === 'technologySteward');
      return [
        {
          path: stewards[0] ? holderPath(stewards[0]) : ['design', 'roles'],
          atKey: stewards[0] === undefined,
          message:
            'The community has online channels but nobody looks after its technology: no technology steward is named and no channel names a role that looks after it. Name a technology steward, a member who cares how the tools serve the community.',
        },
      ];
    }
    return problems.map(
      ({ channel, steward, problem }): RuleFinding => ({
        path: steward ? [...channel.path, 'stewardRole'] : channel.path,
        message: `Online ${label(channel, 'channel', 'name')} ${problem}, and no technology steward is named. Give it a steward who holds a role and cares how the tool serves the community, or name a technology steward.`,
      }),
    );
  },
} satisfies LintRule;
