import type { LintRule } from '../types.js';
import { items, text } from '../read.js';
import { holderPath, roles } from '../roles.js';

const ONLINE = new Set(['onlineSynchronous', 'onlineAsynchronous', 'hybrid']);

export const noTechnologySteward = {
  id: 'no-technology-steward',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.channels[].mode', 'design.channels[].stewardRole', 'design.roles[].roleKey', 'design.roles[].holder'],
  source: 'Wenger, White & Smith (2009), Digital Habitats: technology stewardship.',
  summary: 'Someone looks after the online tools from the community\'s point of view.',
  why: 'A technology steward is a member who understands both how the community works and what its tools can do, and who helps it choose, try and settle into them. This is not the IT help desk: without such a person, tools are chosen for features rather than for how members learn together, and nobody notices when they stop serving.',
  fix: 'Name the holder of a role with `roleKey: technologySteward` in `design.roles`, or set `stewardRole` on the channels to the role that looks after each one.',
  check(data) {
    const channels = items(data, 'design', 'channels');
    const online = channels.some((c) => typeof c.fields.mode === 'string' && ONLINE.has(c.fields.mode));
    if (!online || channels.some((c) => text(c.fields.stewardRole))) return [];
    const stewards = roles(data).filter((r) => r.key === 'technologySteward');
    if (stewards.some((r) => r.holder)) return [];
    return [{
      path: stewards[0] ? holderPath(stewards[0]) : ['design', 'roles'],
      atKey: stewards[0] === undefined,
      message: 'The community has online channels but nobody looks after its technology: no technology steward is named and no channel has a stewardRole. Name a technology steward, a member who cares how the tools serve the community.',
    }];
  },
} satisfies LintRule;
