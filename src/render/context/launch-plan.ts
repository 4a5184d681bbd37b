/**
 * The launch plan's view model: phases with dates, the roll-out waves, kickoff events, the
 * communications calendar, quick wins, onboarding, launch metrics and the gantt timeline.
 * A week number becomes the date its week starts (week 0 = the launch date).
 */
import { communityOrigin, commsChannel, frequency, launchDecision, mode } from '../../model/enums.js';
import { answersOf, itemsOf } from '../../model/answers.js';
import type { CopData } from '../../model/types.js';
import { addDays, weekStart } from '../../model/dates.js';
import type { GanttSection } from '../gantt.js';
import { gapOf } from './gaps.js';
import { phaseGates } from './launch-gates.js';
import { gapViews, phaseViews } from './phases.js';
import type { GapView, PhaseView } from './phases.js';
import type { GateView } from './launch-gates.js';
import { date, label, num, section, strings, text } from './values.js';
import { isPercentMeasure } from '../../model/numbers.js';
import type { Item } from './values.js';

/** Sort by a week number, keeping the written order for equal weeks and putting blanks last. */
function byWeek<T extends Item>(list: T[], field: keyof T): T[] {
  const week = (item: T) => num(item[field]) ?? Number.POSITIVE_INFINITY;
  return list
    .map((item, i) => ({ item, i }))
    .sort((a, b) => week(a.item) - week(b.item) || a.i - b.i)
    .map((x) => x.item);
}

export function launchPlanView(data: CopData) {
  const launch = answersOf(data, 'launch');
  const prototype = answersOf(data, 'prototype');
  const launchDate = date(launch.launchDate);
  const waveWeeks = itemsOf(data, 'launch', 'rolloutWaves')
    .map((w) => num(w.startWeek))
    .filter((w): w is number => w !== null);
  const timeline = { launchDate, pilotStart: date(prototype.pilotStartDate), pilotEnd: date(prototype.pilotEndDate), waveWeeks };
  const gates = phaseGates(data);
  const quietGaps = gapViews(timeline);
  const existing = emergentView(data);
  const phases = phaseViews(timeline).map((p, i) => ({ ...p, gates: gates[i] ?? [], gapAfter: quietGaps.find((g) => g.after === p.id) ?? null }));
  // An informal community that skipped Prototype spends the pilot's weeks learning what already works.
  if (existing.pilotSkipped) phases[1]!.name = 'Building on the existing practice';
  const on = (week: unknown) => (launchDate && num(week) !== null ? weekStart(launchDate, num(week)!) : null);
  const waves = byWeek(itemsOf(data, 'launch', 'rolloutWaves'), 'startWeek').map((w, i) => ({
    n: i + 1,
    name: text(w.name),
    segments: strings(w.audienceSegments),
    startWeek: num(w.startWeek),
    date: on(w.startWeek),
    target: num(w.targetNewMembers),
  }));
  const kickoffs = itemsOf(data, 'launch', 'kickoffEvents').map((k, i) => ({
    n: i + 1,
    title: text(k.title),
    date: date(k.date),
    mode: label(mode, k.mode),
    agenda: strings(k.agenda),
    sponsorPart: text(k.sponsorPart),
  }));
  const view = {
    launchDate,
    existing,
    phases,
    phase: Object.fromEntries(phases.map((p) => [p.id.toLowerCase(), p])) as Record<string, PhaseView & { gates: GateView[]; gapAfter: GapView | null }>,
    /** Quiet stretches between phases, longer than the plan allows. */
    quietGaps,
    pilot: {
      start: date(prototype.pilotStartDate),
      end: date(prototype.pilotEndDate),
      participants: itemsOf(data, 'prototype', 'pilotParticipants').length,
      stories: itemsOf(data, 'prototype', 'successStories')
        .map((s) => text(s.title))
        .filter((t): t is string => t !== null),
      decision: label(launchDecision, prototype.launchDecision),
    },
    waves,
    kickoffs,
    comms: byWeek(itemsOf(data, 'launch', 'launchCommunications'), 'week').map((c) => ({
      week: num(c.week),
      date: on(c.week),
      channel: label(commsChannel, c.channel),
      audience: text(c.audience),
      message: text(c.message),
      owner: text(c.owner),
    })),
    quickWins: itemsOf(data, 'launch', 'quickWins').map((q) => ({ offer: text(q.offer), week: num(q.availableByWeek), date: on(q.availableByWeek), forSegment: text(q.forSegment) })),
    onboarding: strings(launch.onboardingSteps),
    onRamps: strings(launch.peripheralOnRamps),
    metrics: itemsOf(data, 'launch', 'launchMetrics').map((m) => ({ metric: text(m.metric), target: num(m.target), percent: isPercentMeasure(m.metric), byWeek: num(m.byWeek), date: on(m.byWeek) })),
    sponsorLaunchRole: text(launch.sponsorLaunchRole),
    gantt: ganttSections(phases, waves, kickoffs, launchDate, recurring(data, launchDate)),
    gaps: {
      dates: gapOf(data, existing.pilotSkipped ? ['launch.launchDate'] : ['launch.launchDate', 'prototype.pilotStartDate', 'prototype.pilotEndDate']),
      pilot: gapOf(data, ['prototype.pilotStartDate', 'prototype.pilotEndDate', 'prototype.successStories', 'prototype.launchDecision']),
      waves: gapOf(data, ['launch.rolloutWaves']),
      kickoffs: gapOf(data, ['launch.kickoffEvents', 'launch.sponsorLaunchRole']),
      comms: gapOf(data, ['launch.launchCommunications']),
      quickWins: gapOf(data, ['launch.quickWins']),
      onboarding: gapOf(data, ['launch.onboardingSteps', 'launch.peripheralOnRamps']),
      metrics: gapOf(data, ['launch.launchMetrics']),
    },
  };
  return view;
}

/** Setup's origin: a community that already meets informally, what it does and what must stay. */
export function emergentView(data: CopData) {
  const setup = section(data, 'setup');
  const progress = section(data, 'progress');
  const prototypeProgress = progress.prototype as Item | undefined;
  const emergent = setup.origin === 'emergent';
  return {
    emergent,
    origin: label(communityOrigin, setup.origin),
    informalPractice: emergent ? text(setup.informalPractice) : null,
    protect: emergent ? strings(setup.protect) : [],
    pilotSkipped: emergent && prototypeProgress?.status === 'skipped',
  };
}

type Wave = { n: number; name: string | null; date: string | null };
type Kickoff = { title: string | null; date: string | null };

const REGULAR = new Set(['weekly', 'fortnightly', 'monthly', 'bimonthly', 'quarterly']);
/** How far the timeline follows the recurring activities: the first three months after the launch. */
const FIRST_MONTHS_DAYS = 13 * 7;

/** The recurring activities, each as a bar over the first months after the launch. */
function recurring(data: CopData, launchDate: string | null): GanttSection | null {
  if (!launchDate) return null;
  const regular = itemsOf(data, 'design', 'activities').filter((a) => typeof a.frequency === 'string' && REGULAR.has(a.frequency));
  if (regular.length === 0) return null;
  return {
    name: 'Recurring activities, first months',
    tasks: regular.map((a, i) => ({
      id: `a${i + 1}`,
      name: `${text(a.name) ?? `Activity ${i + 1}`} (${(label(frequency, a.frequency) ?? '').toLowerCase()})`,
      start: launchDate,
      end: addDays(launchDate, FIRST_MONTHS_DAYS),
    })),
  };
}

/** The timeline: phases, waves (each until the next begins), recurring activities and dated milestones. */
function ganttSections(phases: PhaseView[], waves: Wave[], kickoffs: Kickoff[], launchDate: string | null, activities: GanttSection | null): GanttSection[] | null {
  const dated = phases.filter((p) => p.from && p.to);
  if (dated.length === 0) return null;
  const sections: GanttSection[] = [
    {
      name: 'Phases',
      tasks: dated.map((p) => ({ id: p.id.toLowerCase(), name: `${p.id} ${p.name}`, start: p.from!, end: addDays(p.to!, 1) })),
    },
  ];
  const rollOutEnd = phases.find((p) => p.id === 'P4')?.to;
  const waveTasks = waves
    .filter((w) => w.date)
    .map((w, i, all) => {
      const next = all.slice(i + 1).find((o) => o.date! > w.date!)?.date;
      const fallback = rollOutEnd && rollOutEnd >= w.date! ? addDays(rollOutEnd, 1) : addDays(w.date!, 28);
      return { id: `w${w.n}`, name: w.name ?? `Wave ${w.n}`, start: w.date!, end: next ?? fallback };
    });
  if (waveTasks.length > 0) sections.push({ name: 'Roll-out waves', tasks: waveTasks });
  if (activities) sections.push(activities);
  const milestones = [
    ...(launchDate ? [{ id: 'launch', name: 'Launch day', start: launchDate }] : []),
    ...kickoffs.filter((k) => k.date).map((k, i) => ({ id: `k${i + 1}`, name: k.title ?? `Kickoff ${i + 1}`, start: k.date! })),
  ];
  if (milestones.length > 0) sections.push({ name: 'Milestones', tasks: milestones });
  return sections;
}

export type LaunchPlanView = ReturnType<typeof launchPlanView>;
