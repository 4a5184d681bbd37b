/**
 * `community.ics`, an RFC 5545 calendar of the community's rhythm that Outlook, Google Calendar
 * and Apple Calendar import. Events are all-day: cop.yaml gives dates and rhythms but no times of
 * day, and every event says so, with the community's time zone when setup names one. The stamp
 * and sequence come from cop.yaml (its last change and revision), never from the clock, so the
 * same design gives the same bytes, and a newer revision updates events on re-import.
 */
import { answerOf } from '../../model/answers.js';
import type { CopData } from '../../model/types.js';
import { date, num, text } from '../context/values.js';
import { calendarEvents } from './calendar-events.js';
import type { CalendarEvent } from './calendar-events.js';
import { CALENDAR_PATH } from './formats.js';

/** TEXT values escape `\`, `;`, `,` and line breaks (RFC 5545 3.3.11). */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = Buffer.byteLength(char);
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');

/** A UID part from free text: lower-case letters, digits and dashes. */
function slug(value: string): string {
  const plain = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return (
    plain
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'community'
  );
}

function eventLines(event: CalendarEvent, community: string, stamp: string, sequence: number, note: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${slug(community)}-${event.key}@copkit`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${sequence}`,
    `DTSTART;VALUE=DATE:${compact(event.start)}`,
    `DTEND;VALUE=DATE:${compact(event.end)}`,
    ...(event.rule ? [`RRULE:${event.rule}`] : []),
    `SUMMARY:${escapeText(`${community}: ${event.summary}`)}`,
    `DESCRIPTION:${escapeText(`${event.description}\n\n${note}`)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** What every event says about times of day and the time zone. */
function timeNote(timeZone: string | null): string {
  const zone = timeZone ? `Dates are those of the community's time zone, ${timeZone}.` : "The community's time zone is not set yet (run `copkit stage setup`).";
  return `All-day entry: cop.yaml gives no time of day for it. ${zone}`;
}

/** The calendar file, or undefined when the design has no dated event yet. */
export function calendarFile(data: CopData): { path: string; content: string } | undefined {
  const events = calendarEvents(data);
  if (events.length === 0) return undefined;
  const community = text(answerOf(data, 'setup', 'communityName')) ?? 'Community';
  const timeZone = text(answerOf(data, 'setup', 'timeZone'));
  const stamp = `${compact(date(data.updated) ?? '1970-01-01')}T000000Z`;
  const sequence = num(data.revision) ?? 0;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//copkit//copkit render//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(community)}`,
    ...(timeZone ? [`X-WR-TIMEZONE:${timeZone}`] : []),
    ...events.flatMap((e) => eventLines(e, community, stamp, sequence, timeNote(timeZone))),
    'END:VCALENDAR',
  ];
  return { path: CALENDAR_PATH, content: `${lines.map(fold).join('\r\n')}\r\n` };
}
