/**
 * Dates that must agree with each other: a pilot ends after it starts and before the launch, and
 * roll-out waves come in the order they are listed. Each problem is reported at the later of the
 * two answers in asking order (the one a person types second), or at `focus` when the wizard is
 * checking the other one of the pair, so the wizard refuses the answer that breaks the relation.
 */
import type { Finding, Path } from '../findings.js';
import { checkDate, isPlainObject } from './values.js';

type Data = Record<string, unknown>;

function field(data: Data, stage: string, key: string): unknown {
  const section = data[stage];
  return isPlainObject(section) ? section[key] : undefined;
}

/** A valid YYYY-MM-DD answer, or undefined (invalid dates are reported elsewhere). */
function day(data: Data, stage: string, key: string): string | undefined {
  const value = field(data, stage, key);
  return typeof value === 'string' && checkDate(value) === undefined ? value : undefined;
}

const same = (a: Path, b: Path) => a.length === b.length && a.every((part, i) => part === b[i]);

interface Pair {
  earlier: Path;
  later: Path;
  message: string;
}

function datePairs(data: Data): Pair[] {
  const pairs: Pair[] = [];
  const start = day(data, 'prototype', 'pilotStartDate');
  const end = day(data, 'prototype', 'pilotEndDate');
  const launch = day(data, 'launch', 'launchDate');
  if (start && end && end < start) {
    pairs.push({
      earlier: ['prototype', 'pilotStartDate'],
      later: ['prototype', 'pilotEndDate'],
      message: `is ${end}, before the pilot starts (${start}); the pilot must end after it begins`,
    });
  }
  if (end && launch && launch <= end && !(start && end < start)) {
    pairs.push({
      earlier: ['prototype', 'pilotEndDate'],
      later: ['launch', 'launchDate'],
      message: `is ${launch}, but the pilot runs until ${end}; launch after the pilot ends, so its results can decide the launch`,
    });
  }
  return pairs;
}

/** Waves listed out of order of their start weeks: a warning, since the plan can still sort them. */
function waveOrder(data: Data): Finding[] {
  const waves = field(data, 'launch', 'rolloutWaves');
  if (!Array.isArray(waves)) return [];
  const findings: Finding[] = [];
  let latest: { week: number; n: number } | undefined;
  waves.forEach((wave, i) => {
    const week = isPlainObject(wave) ? wave.startWeek : undefined;
    if (typeof week !== 'number' || !Number.isFinite(week)) return;
    if (latest && week < latest.week) {
      findings.push({
        rule: 'schema',
        severity: 'warning',
        path: ['launch', 'rolloutWaves', i, 'startWeek'],
        message: `is week ${week}, before wave ${latest.n} (week ${latest.week}) listed above it; list the waves in the order they start`,
      });
    } else {
      latest = { week, n: i + 1 };
    }
  });
  return findings;
}

/** The findings about dates that contradict each other; `focus` is the answer being typed. */
export function dateRelationFindings(data: unknown, focus?: Path): Finding[] {
  if (!isPlainObject(data)) return [];
  const findings: Finding[] = datePairs(data).map((pair) => ({
    rule: 'schema',
    severity: 'error',
    path: focus && same(focus, pair.earlier) ? pair.earlier : pair.later,
    message: focus && same(focus, pair.earlier) ? earlierMessage(pair) : pair.message,
  }));
  return [...findings, ...waveOrder(data)];
}

/** The same problem told from the other answer's side, for the wizard. */
function earlierMessage(pair: Pair): string {
  return pair.later[1] === 'pilotEndDate'
    ? "is after the pilot's end date; the pilot must end after it begins (change the end date too)"
    : 'is on or after the launch date; the pilot must end before the launch (move the launch date too)';
}
