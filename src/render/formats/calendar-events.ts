/**
 * The community's rhythm as calendar events, from cop.yaml alone: the pilot, the launch and each
 * wave, the kickoffs, the communications calendar, the reviews held and to come, and the
 * recurring activities with their rhythm. Each event's id is derived from what it is in the design (the activity's id,
 * the wave's place in its list), so that importing the calendar again updates the same events.
 */
import { commsChannel, frequency, mode, participationLevel } from '../../model/enums.js';
import { answerOf, itemsOf } from '../../model/answers.js';
import { addDays, weekStart } from '../../model/dates.js';
import { filedReviews } from '../../model/reviews.js';
import type { CopData } from '../../model/types.js';
import { date, label, num, text } from '../context/values.js';

export interface CalendarEvent {
  /** Unique within the design; the calendar's UID adds the community. */
  key: string;
  summary: string;
  description: string;
  /** First day, and the day after the last (all-day events, as RFC 5545 counts them). */
  start: string;
  end: string;
  /** An RFC 5545 RRULE value for a recurring activity. */
  rule?: string;
}

/** Rhythms as recurrence rules; "when needed" has none and gets no event. */
const RULES: Record<string, string> = {
  weekly: 'FREQ=WEEKLY',
  fortnightly: 'FREQ=WEEKLY;INTERVAL=2',
  monthly: 'FREQ=MONTHLY',
  bimonthly: 'FREQ=MONTHLY;INTERVAL=2',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
  biannually: 'FREQ=MONTHLY;INTERVAL=6',
  annually: 'FREQ=YEARLY',
};

const oneDay = (key: string, summary: string, day: string, description: string): CalendarEvent => ({ key, summary, description, start: day, end: addDays(day, 1) });

function launchEvents(data: CopData): CalendarEvent[] {
  const launchDate = date(answerOf(data, 'launch', 'launchDate'));
  const on = (week: unknown) => (launchDate && num(week) !== null ? weekStart(launchDate, num(week)!) : null);
  const events: CalendarEvent[] = [];
  const pilotStart = date(answerOf(data, 'prototype', 'pilotStartDate'));
  const pilotEnd = date(answerOf(data, 'prototype', 'pilotEndDate'));
  if (pilotStart && pilotEnd && pilotStart <= pilotEnd) {
    events.push({ key: 'pilot', summary: 'Pilot', description: 'The pilot of the community, from its first to its last day.', start: pilotStart, end: addDays(pilotEnd, 1) });
  }
  if (launchDate) events.push(oneDay('launch', 'Launch day', launchDate, 'The community opens to its first wave of members.'));
  itemsOf(data, 'launch', 'rolloutWaves').forEach((w, i) => {
    const day = on(w.startWeek);
    if (day) events.push(oneDay(`wave-${i + 1}`, `Roll-out wave starts: ${text(w.name) ?? `wave ${i + 1}`}`, day, `Week ${num(w.startWeek)} of the launch plan.`));
  });
  itemsOf(data, 'launch', 'kickoffEvents').forEach((k, i) => {
    const day = date(k.date);
    const how = label(mode, k.mode);
    if (day) events.push(oneDay(`kickoff-${i + 1}`, `Kickoff: ${text(k.title) ?? `event ${i + 1}`}`, day, how ? `${how}.` : 'Kickoff event.'));
  });
  itemsOf(data, 'launch', 'launchCommunications').forEach((c, i) => {
    const day = on(c.week);
    const channel = label(commsChannel, c.channel);
    const to = text(c.audience);
    if (day)
      events.push(oneDay(`message-${i + 1}`, `Send: ${channel ?? 'message'}${to ? ` to ${to}` : ''}`, day, `${text(c.message) ?? ''}${text(c.owner) ? ` (sent by ${text(c.owner)})` : ''}`.trim()));
  });
  return events;
}

function reviewEvents(data: CopData): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  // A review is filed once per date (copkit review refuses a second one), so its date names it.
  for (const { review } of filedReviews(data)) {
    const day = date(review.date)!;
    events.push(oneDay(`review-held-${day}`, 'Review held', day, 'A review of the community, recorded in cop.yaml with copkit review; the evaluation report gives what it found.'));
  }
  const review = date(answerOf(data, 'sustain', 'nextReviewDate'));
  if (review) events.push(oneDay('review', 'Charter review', review, 'The sponsor and the core group review the charter, the roles and the direction.'));
  itemsOf(data, 'grow', 'participationTargets').forEach((t, i) => {
    const day = date(t.reviewDate);
    if (day)
      events.push(
        oneDay(
          `target-review-${i + 1}`,
          'Participation target review',
          day,
          `Check the participation target${label(participationLevel, t.level) ? ` for ${label(participationLevel, t.level)!.toLowerCase()}` : ''}.`,
        ),
      );
  });
  return events;
}

function activityEvents(data: CopData): CalendarEvent[] {
  const first = date(answerOf(data, 'launch', 'launchDate'));
  if (!first) return [];
  return itemsOf(data, 'design', 'activities').flatMap((a, i) => {
    const rule = typeof a.frequency === 'string' ? RULES[a.frequency] : undefined;
    if (!rule) return [];
    const rhythm = label(frequency, a.frequency) ?? '';
    const how = label(mode, a.mode);
    const description = `${rhythm}${how ? `, ${how.toLowerCase()}` : ''}. cop.yaml gives this activity a rhythm but no day: copkit starts it on the launch date and repeats it from there; move it to its real day in your calendar.`;
    const key = typeof a.id === 'string' ? `activity-${a.id}` : `activity-${i + 1}`;
    return [{ ...oneDay(key, text(a.name) ?? `Activity ${i + 1}`, first, description), rule }];
  });
}

export function calendarEvents(data: CopData): CalendarEvent[] {
  return [...launchEvents(data), ...activityEvents(data), ...reviewEvents(data)];
}
