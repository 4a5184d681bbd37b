import type { LintRule } from '../types.js';
import { items, text } from '../read.js';
import { roles } from '../roles.js';

/** Formats that bring an outside view in, or take members out to see others' practice ([syn]). */
export const OUTWARD_FORMATS = new Set(['siteVisit', 'networkingEvent']);

export const insideOutsideDialogue = {
  id: 'inside-outside-dialogue',
  severity: 'info',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.activities[].format', 'design.roles[].roleKey', 'design.roles[].holder', 'design.channels[].visibility'],
  source:
    'Wenger, McDermott & Snyder (2002), principle 2: open a dialogue between inside and outside perspectives; Cambridge, Kaplan & Suter (2005): name the outside people and publications that will feed the community.',
  summary: 'Something brings an outside view into the community: a visit, a networking event, an outside expert, or work shown beyond the members.',
  why: 'Members know their practice from the inside, which is what makes the community worth joining; but only an outside view shows what is possible beyond what they already do. A community that only talks to itself stops noticing what others have learnt.',
  fix: "Add an activity that looks outward (`format: siteVisit` or `networkingEvent`, or a guest session), name a subject-matter expert from outside in `design.roles`, or show the community's work beyond its members (a channel with `visibility: organizationWide` or `public`) and invite responses.",
  table: {
    head: ['Counts as an outside view'],
    rows: [['an activity with format siteVisit or networkingEvent'], ['a subjectMatterExpert role with a named holder'], ['a channel whose visibility is organizationWide or public']],
  },
  check(data) {
    const outward =
      items(data, 'design', 'activities').some((a) => OUTWARD_FORMATS.has(text(a.fields.format) ?? '')) ||
      roles(data).some((r) => r.key === 'subjectMatterExpert' && r.holder) ||
      items(data, 'design', 'channels').some((c) => c.fields.visibility === 'organizationWide' || c.fields.visibility === 'public');
    if (outward || items(data, 'design', 'activities').length === 0) return [];
    return [
      {
        path: ['design', 'activities'],
        atKey: true,
        message:
          "Nothing brings an outside view in: no visit or networking event, no outside expert, and no channel beyond the members. Plan a guest session, a visit to another team, or a page where others can see and answer the community's work.",
      },
    ];
  },
} satisfies LintRule;
