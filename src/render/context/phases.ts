/**
 * The six phases of the launch plan with their dates and week numbers, and the gaps between
 * them, as the launch-timeline model computes them from the pilot dates, the launch date and the
 * waves. All dates come from cop.yaml, never from today's date.
 */
import { launchTimeline, MAX_GAP_WEEKS, PHASES } from '../../model/launch-timeline.js';
import type { Gap, TimelineInputs } from '../../model/launch-timeline.js';
import { daysBetween } from '../../model/dates.js';

export { PHASES };

export interface PhaseView {
  id: string;
  name: string;
  /** Week numbers relative to the launch date, inclusive (null for pilot dates without a launch date). */
  fromWeek: number | null;
  toWeek: number | null;
  /** First and last day, or null when the launch date is not set. */
  from: string | null;
  to: string | null;
}

export type PhaseInputs = TimelineInputs;

const weekOf = (launchDate: string | null, day: string | null) => (launchDate && day ? Math.floor(daysBetween(launchDate, day) / 7) : null);

export function phaseViews(inputs: PhaseInputs): PhaseView[] {
  return launchTimeline(inputs).phases.map((p) => ({
    ...p,
    fromWeek: weekOf(inputs.launchDate, p.from),
    toWeek: weekOf(inputs.launchDate, p.to),
  }));
}

export interface GapView extends Gap {
  limit: number;
  afterName: string;
  beforeName: string;
}

/** The quiet stretches longer than MAX_GAP_WEEKS, named by the phases around them. */
export function gapViews(inputs: PhaseInputs): GapView[] {
  const name = (id: string) => `${id} ${PHASES.find((p) => p.id === id)!.name}`;
  return launchTimeline(inputs).gaps.map((g) => ({ ...g, limit: MAX_GAP_WEEKS, afterName: name(g.after), beforeName: name(g.before) }));
}
