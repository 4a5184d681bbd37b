/**
 * Whether the people who welcome newcomers have the hours a wave needs (unresourced-roles). Each
 * onboarding step takes about ten minutes per newcomer ([syn], from the default steps:
 * a message, an orientation, an introduction, a first action), spread over the weeks until the
 * next wave starts (four weeks for the last one).
 */
import type { CopData } from '../model/types.js';
import { answer, finiteNumber, items, label, plural, strings } from './read.js';
import type { Item } from './read.js';
import { roles } from './roles.js';
import type { RuleFinding } from './types.js';

const HOURS_PER_STEP = 1 / 6;
const WEEKS_PER_MONTH = 52 / 12;
const WELCOMERS = new Set(['peopleConnector', 'mentor']);

/** Hours a month the welcoming roles have; the coordinator's when nobody else welcomes. */
function welcomeHours(data: CopData): { hours: number; who: string } {
  const held = roles(data).filter((r) => r.holder);
  const hoursOf = (list: typeof held) => list.reduce((sum, r) => sum + (finiteNumber(r.item.fields.hoursPerMonth) ?? 0), 0);
  const welcomers = held.filter((r) => r.key !== undefined && WELCOMERS.has(r.key));
  if (welcomers.length > 0) return { hours: hoursOf(welcomers), who: 'the people connectors and mentors have' };
  return { hours: hoursOf(held.filter((r) => r.key === 'coordinator')), who: 'the coordinator, the only one welcoming, has' };
}

/** Hours a month a wave's welcome takes, and over how many weeks it is spread. */
function waveLoad(wave: Item<'launch', 'rolloutWaves'>, next: number | undefined, steps: number) {
  const newcomers = finiteNumber(wave.fields.targetNewMembers) ?? 0;
  const start = finiteNumber(wave.fields.startWeek) ?? 0;
  const weeks = Math.max(1, next === undefined ? 4 : next - start);
  return { newcomers, weeks, perMonth: (newcomers * steps * HOURS_PER_STEP * WEEKS_PER_MONTH) / weeks };
}

export function welcomeFindings(data: CopData): RuleFinding[] {
  const steps = strings(answer(data, 'launch', 'onboardingSteps')).length;
  const waves = items(data, 'launch', 'rolloutWaves').filter((w) => finiteNumber(w.fields.targetNewMembers));
  if (steps === 0 || waves.length === 0) return [];
  const starts = waves.map((w) => finiteNumber(w.fields.startWeek)).filter((n): n is number => n !== undefined);
  const loads = waves.map((wave) => {
    const start = finiteNumber(wave.fields.startWeek);
    const next = start === undefined ? undefined : starts.filter((s) => s > start).sort((a, b) => a - b)[0];
    return { wave, ...waveLoad(wave, next, steps) };
  });
  const worst = loads.reduce((a, b) => (b.perMonth > a.perMonth ? b : a));
  const { hours, who } = welcomeHours(data);
  if (worst.perMonth <= hours) return [];
  return [
    {
      path: [...worst.wave.path, 'targetNewMembers'],
      message: `${label(worst.wave, 'Wave', 'name')} brings ${plural(worst.newcomers, 'newcomer')} in ${plural(worst.weeks, 'week')}; ${plural(steps, 'onboarding step')} at about ten minutes each per newcomer come to ${plural(Math.ceil(worst.perMonth), 'hour')} a month, but ${who} ${hours}. Give the welcoming roles more hours, add welcomers, or make the wave smaller.`,
    },
  ];
}
