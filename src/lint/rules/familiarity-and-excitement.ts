import type { LintRule } from '../types.js';
import { items, text } from '../read.js';

const REGULAR = new Set(['weekly', 'fortnightly', 'monthly', 'bimonthly', 'quarterly']);
const OCCASIONAL = new Set(['biannually', 'annually', 'adHoc']);
const EVENTFUL = new Set(['workshop', 'siteVisit', 'networkingEvent', 'socialEvent']);

export const familiarityAndExcitement = {
  id: 'familiarity-and-excitement',
  severity: 'info',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.activities[].frequency', 'design.activities[].format'],
  source: 'Wenger, McDermott & Snyder (2002), principle 6: combine familiarity and excitement.',
  summary: 'Regular, familiar activities sit beside occasional ones that bring something new.',
  why: 'Familiar, regular activities make the community a comfortable place where people can ask anything; occasional events with a new guest, a visit or a challenge bring the energy that makes people talk about it. A community of routines alone grows dull, and one of events alone never feels like home.',
  fix: 'Next to the regular activities (weekly to quarterly), add an occasional one (a yearly summit, a workshop, a visit, a social event); or, if everything is occasional, add a regular one members can count on.',
  table: {
    head: ['Familiar', 'Exciting'],
    rows: [['frequency weekly, fortnightly, monthly, bimonthly or quarterly', 'frequency biannually, annually or adHoc, or format workshop, siteVisit, networkingEvent or socialEvent']],
  },
  check(data) {
    const activities = items(data, 'design', 'activities');
    const regular = activities.filter((a) => REGULAR.has(text(a.fields.frequency) ?? ''));
    const exciting = activities.filter((a) => OCCASIONAL.has(text(a.fields.frequency) ?? '') || EVENTFUL.has(text(a.fields.format) ?? ''));
    if (regular.length === 0 || exciting.length > 0) return []; // no rhythm at all is no-rhythm's finding
    return [
      {
        path: ['design', 'activities'],
        atKey: true,
        message: 'Every activity is a regular routine; nothing occasional brings something new. Add a yearly gathering, a workshop, a visit or a guest, so the community keeps its spark.',
      },
    ];
  },
} satisfies LintRule;
