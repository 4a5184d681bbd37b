import type { LintRule, RuleFinding } from '../types.js';
import { items, normalise, strings, text } from '../read.js';

const ALWAYS_ON = new Set(['asyncDiscussion', 'resourceLibrary']);
const LIVE_ONLINE = new Set(['onlineSynchronous', 'hybrid']);

export const missingAsyncHome = {
  id: 'missing-async-home',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.channels[].purposes', 'design.channels[].mode', 'inquire.audience[].location'],
  source: 'Cambridge, Kaplan & Suter (2005): a community needs at least two kinds of technology, a live-meeting tool and an always-on shared space.',
  summary: 'There is an always-on shared space, and a live online channel when members are spread out.',
  why: 'Meetings come and go; an always-on space for discussion and shared resources is where the community lives between them and where its knowledge stays. When the audience works in several places, a live online or hybrid channel is what lets distant members take part at all.',
  fix: 'Add a channel whose `purposes` include `asyncDiscussion` or `resourceLibrary`. If `inquire.audience` lists several locations, add a channel whose `mode` is `onlineSynchronous` or `hybrid` (video calls, webinars).',
  check(data) {
    const findings: RuleFinding[] = [];
    const channels = items(data, 'design', 'channels');
    if (!channels.some((c) => strings(c.fields.purposes).some((p) => ALWAYS_ON.has(p)))) {
      findings.push({
        path: ['design', 'channels'],
        atKey: true,
        message:
          'No channel is an always-on home for discussion or shared resources. Add a space members can use at any time (one used for discussion at any time or as a resource library) next to the live meetings.',
      });
    }
    const places = new Set(
      items(data, 'inquire', 'audience')
        .map((a) => text(a.fields.location))
        .filter((l) => l !== undefined)
        .map(normalise),
    );
    if (places.size >= 2 && !channels.some((c) => typeof c.fields.mode === 'string' && LIVE_ONLINE.has(c.fields.mode))) {
      findings.push({
        path: ['design', 'channels'],
        atKey: true,
        message: `The audience is spread over ${places.size} locations, but no channel lets members meet live online. Add a live online or hybrid channel (video calls, webinars) so distant members can take part.`,
      });
    }
    return findings;
  },
} satisfies LintRule;
