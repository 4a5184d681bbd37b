import { personKey } from '../../model/people.js';
import type { LintRule } from '../types.js';
import { items, plural, text } from '../read.js';
import { roles } from '../roles.js';

/** Tools one steward can keep alive alongside their other work ([syn], from Digital Habitats' advice to start small). */
export const TOOLS_PER_STEWARD = 3;

export const tooManyTools = {
  id: 'too-many-tools',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.channels[].stewardRole', 'design.roles[].holder', 'design.roles[].roleKey'],
  source:
    'Wenger, White & Smith (2009), Digital Habitats: keep the configuration of tools as simple as the community can sustain, and grow it with its stewards; Cambridge, Kaplan & Suter (2005): two kinds of technology are the minimum.',
  summary: `The community has no more channels than its stewards can keep alive (about ${TOOLS_PER_STEWARD} each).`,
  why: 'Each tool needs someone to welcome people into it, answer there, tidy it and notice when it goes quiet. Spread over too many tools, a few stewards keep none of them alive, and members do not know where to look.',
  fix: `Merge channels that serve the same purpose, or name more stewards: copkit counts about ${TOOLS_PER_STEWARD} channels per person named as a steward (the holders of the channels' stewardRole, and any technology steward).`,
  check(data) {
    const channels = items(data, 'design', 'channels');
    const all = roles(data);
    const byId = new Map(all.filter((r) => r.id).map((r) => [r.id!, r]));
    const people = new Set<string>();
    for (const c of channels) {
      const holder = byId.get(text(c.fields.stewardRole) ?? '')?.holder;
      if (holder) people.add(personKey(holder));
    }
    for (const r of all) if (r.key === 'technologySteward' && r.holder) people.add(personKey(r.holder));
    const capacity = Math.max(1, people.size) * TOOLS_PER_STEWARD;
    if (channels.length <= capacity) return [];
    return [
      {
        path: ['design', 'channels'],
        atKey: true,
        message: `The community has ${plural(channels.length, 'channel')} and ${people.size === 0 ? 'nobody named to look after them' : plural(people.size, 'steward')}; that is more than they can keep alive (about ${TOOLS_PER_STEWARD} each). Merge channels or name more stewards.`,
      },
    ];
  },
} satisfies LintRule;
