/**
 * The launch timeline computed from the design (DOMAIN.md section 6): the six phases P0-P5 and
 * the gaps between them. Week 0 starts on `launch.launchDate`. The pilot takes its own dates;
 * pre-launch is the two weeks before the launch; the first wave runs until the second begins,
 * the roll-out until four weeks after the last wave starts, and the hand-over to Grow ten weeks
 * after that. Where the next phase starts more than `MAX_GAP_WEEKS` after the natural end of the
 * one before, the time between is a gap, shown in the plan and warned about (momentum-gap),
 * rather than a phase stretched over it. Nothing here reads the clock.
 */
import { addDays, daysBetween, weekEnd, weekStart } from './dates.js';

/** Longest quiet stretch between two phases before the plan calls it a gap. */
export const MAX_GAP_WEEKS = 4;
const MAX_GAP_DAYS = MAX_GAP_WEEKS * 7;
const MAX_WEEK = 520;

export const PHASES = [
  { id: 'P0', name: 'Readiness', weeks: [-14, -11] },
  { id: 'P1', name: 'Pilot', weeks: [-10, -3] },
  { id: 'P2', name: 'Pre-launch', weeks: [-2, -1] },
  { id: 'P3', name: 'Launch and first wave', weeks: [0, 3] },
  { id: 'P4', name: 'Roll-out in waves', weeks: [4, 15] },
  { id: 'P5', name: 'Hand-over to Grow', weeks: [16, 25] },
] as const;

export interface TimelineInputs {
  launchDate: string | null;
  pilotStart: string | null;
  pilotEnd: string | null;
  /** The waves' start weeks, in any order (blanks left out). */
  waveWeeks?: readonly number[];
}

export interface Span {
  from: string;
  to: string;
}
export interface PhaseSpan {
  id: string;
  name: string;
  from: string | null;
  to: string | null;
}
/** Quiet time between the end of phase `after` and the start of the next one. */
export interface Gap extends Span {
  after: string;
  before: string;
  weeks: number;
}

const span = (from: string, to: string): Span => ({ from, to });

/** The pilot's own dates, when they make sense next to the launch date. */
function pilotSpan(inputs: TimelineInputs): Span | undefined {
  const { launchDate, pilotStart, pilotEnd } = inputs;
  if (!pilotStart || !pilotEnd || pilotStart > pilotEnd || (launchDate && pilotEnd >= launchDate)) return undefined;
  return span(pilotStart, pilotEnd);
}

/** Records a gap when more than the allowed quiet time lies between `prevTo` and `nextFrom`. */
function gapBetween(prevTo: string, nextFrom: string, ids: [string, string], gaps: Gap[]): boolean {
  const quiet = daysBetween(prevTo, nextFrom) - 1;
  if (quiet <= MAX_GAP_DAYS) return false;
  gaps.push({ after: ids[0], before: ids[1], from: addDays(prevTo, 1), to: addDays(nextFrom, -1), weeks: Math.round(quiet / 7) });
  return true;
}

function afterLaunch(launch: string, waveWeeks: readonly number[], gaps: Gap[]): [Span, Span, Span] {
  // Weeks beyond ten years are typing slips, not plans; they would also run past the calendar.
  const waves = [...new Set(waveWeeks.filter((w) => w > 0 && w <= MAX_WEEK).map(Math.floor))].sort((a, b) => a - b);
  let p3 = span(launch, weekEnd(launch, 3));
  let p4: Span;
  if (waves.length > 0) {
    const second = weekStart(launch, waves[0]!);
    // The first wave has the launch to itself until the second arrives, unless a gap lies between.
    if (second <= p3.to || !gapBetween(p3.to, second, ['P3', 'P4'], gaps)) p3 = span(launch, addDays(second, -1));
    p4 = span(second, weekEnd(launch, waves.at(-1)! + 3));
  } else {
    p4 = span(addDays(p3.to, 1), weekEnd(launch, 15));
  }
  const p5 = span(addDays(p4.to, 1), addDays(p4.to, 70));
  return [p3, p4, p5];
}

export function launchTimeline(inputs: TimelineInputs): { phases: PhaseSpan[]; gaps: Gap[] } {
  const { launchDate } = inputs;
  const gaps: Gap[] = [];
  const byDefault = (i: number): Span | undefined => (launchDate ? span(weekStart(launchDate, PHASES[i]!.weeks[0]), weekEnd(launchDate, PHASES[i]!.weeks[1])) : undefined);
  const pilot = pilotSpan(inputs);
  const spans: (Span | undefined)[] = PHASES.map((_, i) => byDefault(i));
  if (pilot) {
    spans[0] = span(addDays(pilot.from, -28), addDays(pilot.from, -1));
    spans[1] = pilot;
    // Pre-launch follows the pilot, unless the pilot ends so early that a gap opens before it.
    if (!launchDate) spans[2] = undefined;
    else if (!gapBetween(pilot.to, spans[2]!.from, ['P1', 'P2'], gaps)) spans[2] = span(addDays(pilot.to, 1), addDays(launchDate, -1));
  }
  if (launchDate) [spans[3], spans[4], spans[5]] = afterLaunch(launchDate, inputs.waveWeeks ?? [], gaps);
  const phases = PHASES.map((p, i) => ({ id: p.id, name: p.name, from: spans[i]?.from ?? null, to: spans[i]?.to ?? null }));
  return { phases, gaps };
}
