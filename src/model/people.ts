/**
 * Who holds the roles: shared by the lint rules and the momentum warnings of `copkit status`.
 * A holder is a person's name or a placeholder such as TBD; one holder string is one person.
 */
import { roleCatalogue } from './role-catalogue.js';
import type { RoleKey } from './role-catalogue.js';
import { checkDate } from './values.js';

/** Placeholders people write while nobody is named yet. */
const PLACEHOLDER = /^(tbd|tbc|tba|to be (decided|confirmed|named)|n\/?a|none|nobody|vacant|open|unknown|\?+|-+)$/i;

/** The holder's name, or undefined if nobody is named (missing, blank, TBD and the like). */
export function namedHolder(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().replace(/\s+/g, ' ');
  return name === '' || PLACEHOLDER.test(name) ? undefined : name;
}

/** The same person written with different spacing or capitals counts once. */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function isRoleKey(value: unknown): value is RoleKey {
  return typeof value === 'string' && Object.hasOwn(roleCatalogue, value);
}

/** Sponsor, coordinator, facilitator and core group member (role-catalogue.ts `leadership`). */
export function isLeadershipRole(value: unknown): boolean {
  return isRoleKey(value) && roleCatalogue[value].leadership;
}

/** Whether `date` is a real date strictly before `today` (both YYYY-MM-DD). */
export function isPast(date: unknown, today: string | undefined): date is string {
  if (today === undefined || typeof date !== 'string' || checkDate(date) !== undefined) return false;
  return date < today;
}
