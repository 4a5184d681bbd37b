/**
 * The committed calendar of an example, parsed by ical.js: every event has a stable UID, the
 * recurring activities expand to the right dates, and each event says what is assumed about the
 * time of day and the time zone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const text = readFileSync(join(repoRoot, 'examples/field-service-technicians/docs/community.ics'), 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const bySummary = (end: string) => events.find((e) => e.summary.endsWith(end))!;

function firstDates(event: InstanceType<typeof ICAL.Event>, count: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < count; next = it.next()) out.push(next.toString());
  return out;
}

describe('community.ics in ical.js', () => {
  it('is an RFC 5545 calendar with CRLF lines of at most 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/Chicago');
  });

  it('holds the pilot, the launch, each wave, the kickoffs, the messages and the review, each with its own UID', () => {
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('the-breakfast-table-northwind-imaging-field-service-pilot@copkit');
    expect(bySummary(': Pilot').startDate.toString()).toBe('2026-03-16');
    expect(bySummary(': Pilot').endDate.toString()).toBe('2026-05-23');
    expect(bySummary(': Launch day').startDate.toString()).toBe('2026-06-15');
    expect(events.filter((e) => e.summary.includes('Roll-out wave starts')).map((e) => e.startDate.toString())).toEqual(['2026-06-15', '2026-07-13', '2026-08-10', '2026-09-07']);
    expect(events.some((e) => e.summary.includes('Kickoff: North kickoff breakfast'))).toBe(true);
    expect(events.filter((e) => e.summary.includes(': Send: ')).length).toBeGreaterThan(3);
    expect(bySummary(': Charter review').startDate.toString()).toBe('2027-01-20');
  });

  it('holds each review held, on its date, with a UID made from that date', () => {
    const held = events.filter((e) => e.summary.endsWith(': Review held'));
    expect(held.map((e) => e.startDate.toString())).toEqual(['2026-10-16', '2026-11-20']);
    expect(held.map((e) => e.uid)).toEqual([
      'the-breakfast-table-northwind-imaging-field-service-review-held-2026-10-16@copkit',
      'the-breakfast-table-northwind-imaging-field-service-review-held-2026-11-20@copkit',
    ]);
  });

  it('recurring activities follow their rhythm from the launch date', () => {
    expect(firstDates(bySummary(': Breakfast table'), 3)).toEqual(['2026-06-15', '2026-07-15', '2026-08-15']);
    const fortnightly = events.find((e) => e.component.getFirstPropertyValue('rrule')?.toString() === 'FREQ=WEEKLY;INTERVAL=2')!;
    expect(firstDates(fortnightly, 3)).toEqual(['2026-06-15', '2026-06-29', '2026-07-13']);
    const annual = events.find((e) => e.component.getFirstPropertyValue('rrule')?.toString() === 'FREQ=YEARLY')!;
    expect(firstDates(annual, 2)).toEqual(['2026-06-15', '2027-06-15']);
  });

  it('every event is all-day and says what is assumed about the time of day and the time zone', () => {
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.description).toContain("cop.yaml gives no time of day for it. Dates are those of the community's time zone, America/Chicago.");
    }
  });
});
