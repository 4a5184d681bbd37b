import type { LintRule, RuleFinding } from '../types.js';
import { channelUse } from '../channel-use.js';
import { items, label, text } from '../read.js';
import { roles } from '../roles.js';

export const channelWithoutLife = {
  id: 'channel-without-life',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.activities[].channels', 'design.channels[].stewardRole', 'design.roles[].holder'],
  source:
    "Wenger, White & Smith (2009), Digital Habitats: a community's technology is a configuration of tools that its activities and its stewards bring to life; Cambridge, Kaplan & Suter (2005): activities and technologies are chosen together, to serve the goals.",
  summary: 'Every channel has an activity that happens in it and a named person who looks after it.',
  why: 'A tool nobody has a reason to visit goes quiet within weeks, and a quiet space tells newcomers the community is dead. Tying each channel to an activity that happens there, and to a person who tends it, keeps the social side (what people do together) and the technical side (where they do it) designed as one.',
  fix: 'In `design.activities`, list under `channels` the channels where each activity happens; give each channel a `stewardRole` whose role has a named holder. Remove channels that no activity uses.',
  check(data) {
    const channels = items(data, 'design', 'channels');
    if (channels.length === 0) return [];
    const use = channelUse(data);
    if (!use.anyLinked) {
      return [
        {
          path: ['design', 'activities'],
          atKey: true,
          message: 'No activity says where it happens. For each activity, list the channels it uses (channels: [C1]), so every tool has a reason to be visited.',
        },
      ];
    }
    const held = new Set(
      roles(data)
        .filter((r) => r.holder && r.id)
        .map((r) => r.id),
    );
    return channels.flatMap((channel): RuleFinding[] => {
      const lacks = [use.activitiesIn(channel).length === 0 ? 'no activity happens in it' : undefined, held.has(text(channel.fields.stewardRole)) ? undefined : 'nobody named looks after it'].filter(
        (x): x is string => x !== undefined,
      );
      if (lacks.length === 0) return [];
      return [
        {
          path: channel.path,
          message: `${label(channel, 'Channel', 'name')}: ${lacks.join(' and ')}. Give it an activity and a steward who holds a role, or drop it.`,
        },
      ];
    });
  },
} satisfies LintRule;
