import type { LintRule, RuleFinding } from '../types.js';
import { answer, finiteNumber, hasEntries, items, label, normalise, strings, text } from '../read.js';
import type { Item } from '../read.js';

/** Waves that start in the same week as an earlier one are one wave in practice. */
function sameWeekWaves(waves: Item<'launch', 'rolloutWaves'>[]): RuleFinding[] {
  const seen = new Map<number, Item<'launch', 'rolloutWaves'>>();
  const findings: RuleFinding[] = [];
  for (const wave of waves) {
    const week = finiteNumber(wave.fields.startWeek);
    if (week === undefined) continue;
    const earlier = seen.get(week);
    if (!earlier) {
      seen.set(week, wave);
      continue;
    }
    findings.push({
      path: [...wave.path, 'startWeek'],
      message: `${label(wave, 'Wave', 'name')} starts in week ${week}, the same week as ${label(earlier, 'wave', 'name')}, so the two arrive as one crowd. Start it a few weeks later, once the earlier newcomers have been welcomed.`,
    });
  }
  return findings;
}

export const bigBangLaunch = {
  id: 'big-bang-launch',
  severity: 'warning',
  appliesWhen: { stage: 'launch', from: 'finished' },
  reads: ['launch.rolloutWaves[].audienceSegments', 'launch.rolloutWaves[].startWeek', 'inquire.audience[].segment', 'launch.quickWins'],
  source:
    'Cambridge, Kaplan & Suter (2005): roll out to a wider audience over a period of time and give newcomers immediate benefits; Wenger, McDermott & Snyder (2002): a coalescing community must deliver immediate value.',
  summary: 'The launch rolls out in waves and gives newcomers something useful straight away.',
  why: 'Inviting everyone at once swamps a young community: newcomers arrive faster than anyone can welcome them, and first impressions are of an empty, confusing space. Quick wins, such as an answer, a resource pack or an introduction in the first weeks, are what turn a newcomer into a member.',
  fix: 'Split `launch.rolloutWaves` into two or more waves by audience group, starting in different weeks a few weeks apart, and list at least one offer in `launch.quickWins` that newcomers get in their first weeks.',
  check(data) {
    const findings: RuleFinding[] = [];
    const waves = items(data, 'launch', 'rolloutWaves');
    const segments = new Set(
      items(data, 'inquire', 'audience')
        .map((a) => text(a.fields.segment))
        .filter((s) => s !== undefined)
        .map(normalise),
    );
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
    findings.push(...sameWeekWaves(waves));
    if (!hasEntries(answer(data, 'launch', 'quickWins'))) {
      findings.push({
        path: ['launch', 'quickWins'],
        atKey: true,
        message: 'Newcomers are promised no quick win. List something useful they get in their first weeks (an answer, a resource pack, an introduction) in Launch: quick wins.',
      });
    }
    return findings;
  },
} satisfies LintRule;
