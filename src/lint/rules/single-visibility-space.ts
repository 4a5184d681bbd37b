import type { LintRule } from '../types.js';
import { items, text } from '../read.js';
import { roles } from '../roles.js';

/** Events where the community gathers as a whole ([syn] reading of WMS principle 4). */
const GATHERINGS = new Set(['meeting', 'webinar', 'caseClinic', 'showAndTell', 'workshop', 'networkingEvent', 'socialEvent']);
/** Ways members connect one to one or in twos and threes. */
const ONE_TO_ONE_FORMATS = new Set(['mentoring']);
const ONE_TO_ONE_ROLES = new Set(['peopleConnector', 'mentor']);

export const singleVisibilitySpace = {
  id: 'single-visibility-space',
  severity: 'info',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.activities[].format', 'design.channels[].kind', 'design.channels[].purposes', 'design.roles[].roleKey', 'design.roles[].holder'],
  source:
    'Wenger, McDermott & Snyder (2002), principle 4: develop both public and private community spaces, that is, events where the whole community gathers and the one-to-one connections between members that happen around them.',
  summary: 'The community has both public spaces (gatherings of the whole community) and private ones (one-to-one connections between members).',
  why: 'Public community events, such as a meeting, a webinar or a clinic, give the community its visible life and let members see who knows what. Much of the real help happens in private, though: a phone call after the meeting, a mentor, an introduction by someone who knows who is who. Each feeds the other; a community with only one of the two loses half its life. (The rule keeps its old id; earlier copkit versions read "public and private" as web visibility, which is not what the source means.)',
  fix: 'If the community only gathers as a whole, add ways for members to connect one to one: a mentoring activity, a people connector or mentor role with a named holder, a channel for casual conversation or a member directory. If it only has one-to-one links, add a regular gathering of the whole community.',
  table: {
    head: ['Public spaces', 'Private spaces'],
    rows: [
      [
        'activities with format meeting, webinar, caseClinic, showAndTell, workshop, networkingEvent or socialEvent',
        'a mentoring activity; a peopleConnector or mentor role with a named holder; a channel of kind casualConversation or with purpose memberDirectory',
      ],
    ],
  },
  check(data) {
    const activities = items(data, 'design', 'activities');
    const channels = items(data, 'design', 'channels');
    const format = (a: (typeof activities)[number]) => text(a.fields.format) ?? '';
    const gatherings = activities.some((a) => GATHERINGS.has(format(a)));
    const private_ =
      activities.some((a) => ONE_TO_ONE_FORMATS.has(format(a))) ||
      roles(data).some((r) => r.key !== undefined && ONE_TO_ONE_ROLES.has(r.key) && r.holder) ||
      channels.some((c) => c.fields.kind === 'casualConversation' || (Array.isArray(c.fields.purposes) && c.fields.purposes.includes('memberDirectory')));
    if (activities.length === 0 || gatherings === private_) return [];
    return [
      {
        path: ['design', 'activities'],
        atKey: true,
        message: gatherings
          ? 'The community gathers as a whole but has no private space: no mentoring, no people connector or mentor, no member directory or casual channel. Add a way for members to find and help each other one to one.'
          : 'Members can connect one to one, but the community never gathers as a whole. Add a regular meeting, webinar or clinic where everyone can see what the community knows.',
      },
    ];
  },
} satisfies LintRule;
