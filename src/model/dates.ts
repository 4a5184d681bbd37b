/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so that the same cop.yaml gives the same
 * dates in every time zone and locale. No function here reads the clock.
 */
import { checkDate } from './values.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && checkDate(value) === undefined;
}

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** The first day of launch week `week` (week 0 starts on the launch date). */
export function weekStart(launchDate: string, week: number): string {
  return addDays(launchDate, week * 7);
}

/** The last day of launch week `week`. */
export function weekEnd(launchDate: string, week: number): string {
  return addDays(launchDate, week * 7 + 6);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}
