/**
 * The six phases of the launch plan (DOMAIN.md section 6) and their dates. Week 0 starts on
 * `launch.launchDate`. The default week ranges are inclusive; the pilot phase takes its dates from
 * `prototype.pilotStartDate`/`pilotEndDate` when they are set, and the phases before and after it
 * move to meet it. All dates are computed from cop.yaml, never from today's date.
 */
import { addDays, daysBetween, weekEnd, weekStart } from '../dates.js';

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

/** Phase ids and names, with DOMAIN.md's default weeks (P3 to P5 made to meet, not overlap). */
export const PHASES = [
  { id: 'P0', name: 'Readiness', weeks: [-14, -11] },
  { id: 'P1', name: 'Pilot', weeks: [-10, -3] },
  { id: 'P2', name: 'Pre-launch', weeks: [-2, -1] },
  { id: 'P3', name: 'Launch and first wave', weeks: [0, 3] },
  { id: 'P4', name: 'Roll-out in waves', weeks: [4, 15] },
  { id: 'P5', name: 'Hand-over to Grow', weeks: [16, 25] },
] as const;

export interface PhaseInputs {
  launchDate: string | null;
  pilotStart: string | null;
  pilotEnd: string | null;
}

export function phaseViews(inputs: PhaseInputs): PhaseView[] {
  const { launchDate, pilotStart, pilotEnd } = inputs;
  const views: PhaseView[] = PHASES.map((p) => ({
    id: p.id,
    name: p.name,
    fromWeek: p.weeks[0],
    toWeek: p.weeks[1],
    from: launchDate ? weekStart(launchDate, p.weeks[0]) : null,
    to: launchDate ? weekEnd(launchDate, p.weeks[1]) : null,
  }));
  const [p0, p1, p2] = views as [PhaseView, PhaseView, PhaseView];
  // The pilot's own dates win; readiness takes the four weeks before it, pre-launch the days after.
  if (pilotStart && pilotEnd && pilotStart <= pilotEnd && (!launchDate || pilotEnd < launchDate)) {
    Object.assign(p1, { from: pilotStart, to: pilotEnd, fromWeek: null, toWeek: null });
    Object.assign(p0, { from: addDays(pilotStart, -28), to: addDays(pilotStart, -1), fromWeek: null, toWeek: null });
    if (launchDate && addDays(pilotEnd, 1) <= addDays(launchDate, -1)) {
      Object.assign(p2, { from: addDays(pilotEnd, 1), to: addDays(launchDate, -1), fromWeek: null, toWeek: null });
    }
  }
  if (launchDate) {
    for (const view of views) {
      view.fromWeek = Math.floor(daysBetween(launchDate, view.from!) / 7);
      view.toWeek = Math.floor(daysBetween(launchDate, view.to!) / 7);
    }
  }
  return views;
}
