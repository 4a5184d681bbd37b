import type { LintRule, RuleFinding } from '../types.js';
import { answer, hasEntries, items, normalise, strings, text } from '../read.js';

export const bigBangLaunch = {
  id: 'big-bang-launch',
  severity: 'warning',
  appliesWhen: { stage: 'launch', from: 'finished' },
  reads: ['launch.rolloutWaves[].audienceSegments', 'inquire.audience[].segment', 'launch.quickWins'],
  source: 'Cambridge, Kaplan & Suter (2005): roll out to a wider audience over a period of time and give newcomers immediate benefits; Wenger, McDermott & Snyder (2002): a coalescing community must deliver immediate value.',
  summary: 'The launch rolls out in waves and gives newcomers something useful straight away.',
  why: 'Inviting everyone at once swamps a young community: newcomers arrive faster than anyone can welcome them, and first impressions are of an empty, confusing space. Quick wins, such as an answer, a resource pack or an introduction in the first weeks, are what turn a newcomer into a member.',
  fix: 'Split `launch.rolloutWaves` into two or more waves by audience group, a few weeks apart, and list at least one offer in `launch.quickWins` that newcomers get in their first weeks.',
  check(data) {
    const findings: RuleFinding[] = [];
    const waves = items(data, 'launch', 'rolloutWaves');
    const segments = new Set(items(data, 'inquire', 'audience').map((a) => text(a.fields.segment)).filter((s) => s !== undefined).map(normalise));
    if (waves.length === 1 && segments.size >= 2) {
      const invited = new Set(strings(waves[0]!.fields.audienceSegments).map(normalise));
      if (invited.size === 0 || [...segments].every((s) => invited.has(s))) {
        findings.push({
          path: ['launch', 'rolloutWaves'],
          atKey: true,
          message: 'The launch invites every audience group at once, in a single wave. Roll out in two or more waves a few weeks apart, so each group gets a proper welcome.',
        });
      }
    }
    if (!hasEntries(answer(data, 'launch', 'quickWins'))) {
      findings.push({
        path: ['launch', 'quickWins'],
        atKey: true,
        message: 'Newcomers are promised no quick win. List something useful they get in their first weeks (an answer, a resource pack, an introduction) in quickWins.',
      });
    }
    return findings;
  },
} satisfies LintRule;
