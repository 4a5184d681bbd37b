import type { LintRule } from '../types.js';
import { answer, text } from '../read.js';

export const overlapUnchecked = {
  id: 'overlap-unchecked',
  severity: 'info',
  appliesWhen: { stage: 'inquire', from: 'finished' },
  reads: ['inquire.existingAlternatives'],
  source: 'US GSA Communities of Practice toolkit (screening questions: is someone already solving this?); University of Manchester: does a similar community already exist?',
  summary: 'The design says which existing groups already cover the area, and why a new community is still needed.',
  why: 'A new community that duplicates an existing network splits the people it needs and competes for their time. Checking first either shows why the new one is needed, or finds a community to join instead.',
  fix: "Say, in Inquire's answer on existing groups (`copkit stage inquire`), which communities, networks or working groups already cover the domain, and why a new community is still needed.",
  check(data) {
    if (text(answer(data, 'inquire', 'existingAlternatives'))) return [];
    return [
      {
        path: ['inquire', 'existingAlternatives'],
        atKey: true,
        message: 'The design does not say which existing groups already cover this area. Note them (Inquire: existing groups), and why a new community is still needed.',
      },
    ];
  },
} satisfies LintRule;
