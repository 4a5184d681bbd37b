/**
 * The roles of `design.roles` as the charter and the role descriptions show them, with the role
 * catalogue's guidance for each kind of role (DOMAIN.md section 4) and a safe file name.
 */
import { roleKey as roleKeyEnum } from '../../model/enums.js';
import { roleCatalogue } from '../../model/role-catalogue.js';
import type { RoleKey } from '../../model/role-catalogue.js';
import { itemsOf } from '../../model/answers.js';
import type { RawItem } from '../../model/answers.js';
import type { CopData } from '../../model/types.js';
import { slug } from '../escape.js';
import { date, label, num, strings, text } from './values.js';
import type { Item } from './values.js';

export interface RoleView {
  id: string;
  /** The roleKey as cop.yaml stores it. */
  key: string | null;
  kind: string | null;
  title: string;
  /** The named holder; null when nobody is named yet (missing or TBD). */
  holder: string | null;
  responsibilities: string[];
  hoursPerMonth: number | null;
  termEnds: string | null;
  /** From `grow.successionPlan`; both null when no successor is planned. */
  successor: { name: string | null; handoverBy: string | null };
  /** The catalogue's guidance; `known` is false for a kind of role the catalogue lacks. */
  guide: { known: boolean; timeNote: string; whoFills: string; guidance: string; responsibilities: string[]; leadership: boolean };
  leads: { id: string; name: string }[];
  stewards: { id: string; name: string }[];
  /** Output path inside the output folder, such as `roles/R1-community-coordinator.md`. */
  path: string;
}

function holderOf(role: RawItem<'design', 'roles'>): string | null {
  const holder = text(role.holder);
  return holder === null || holder.trim().toUpperCase() === 'TBD' ? null : holder;
}

/** An id fit for a file name: letters, digits and hyphens only. */
function safeId(value: unknown, index: number): string {
  const id = typeof value === 'string' ? value.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : '';
  return id || `role-${index + 1}`;
}

function catalogueOf(key: unknown): RoleView['guide'] {
  if (typeof key !== 'string' || !Object.hasOwn(roleCatalogue, key)) {
    return { known: false, timeNote: '', whoFills: '', guidance: '', responsibilities: [], leadership: false };
  }
  const g = roleCatalogue[key as RoleKey];
  return { known: true, timeNote: g.timeNote, whoFills: g.whoFills, guidance: g.guidance, responsibilities: g.responsibilities, leadership: g.leadership };
}

/** Who refers to a role by id: the activities it leads and the channels it looks after. */
function linksTo<T extends Item & { readonly id?: unknown; readonly name?: unknown }>(list: T[], field: keyof T, id: string): { id: string; name: string }[] {
  return list.filter((item) => item[field] === id).map((item, i) => ({ id: text(item.id) ?? `${i + 1}`, name: text(item.name) ?? text(item.id) ?? '' }));
}

export function roleViews(data: CopData): RoleView[] {
  const activities = itemsOf(data, 'design', 'activities');
  const channels = itemsOf(data, 'design', 'channels');
  const succession = itemsOf(data, 'grow', 'successionPlan');
  const used = new Set<string>();
  return itemsOf(data, 'design', 'roles').map((role, index) => {
    const id = text(role.id) ?? `R?${index + 1}`;
    const title = text(role.title) ?? label(roleKeyEnum, role.roleKey) ?? `Role ${index + 1}`;
    const base = `roles/${safeId(role.id, index)}-${slug(role.title, slug(role.roleKey, 'role'))}`;
    // Two roles with the same id and title would share a file: keep both, deterministically.
    let path = `${base}.md`;
    for (let n = 2; used.has(path.toLowerCase()); n++) path = `${base}-${n}.md`;
    used.add(path.toLowerCase());
    const plan = succession.find((s) => s.roleId === role.id);
    return {
      id,
      key: text(role.roleKey),
      kind: label(roleKeyEnum, role.roleKey),
      title,
      holder: holderOf(role),
      responsibilities: strings(role.responsibilities),
      hoursPerMonth: num(role.hoursPerMonth),
      termEnds: date(role.termEnds),
      successor: { name: text(plan?.successor), handoverBy: date(plan?.handoverBy) },
      guide: catalogueOf(role.roleKey),
      leads: linksTo(activities, 'leadRole', id),
      stewards: linksTo(channels, 'stewardRole', id),
      path,
    };
  });
}

/** The people to contact about a role: the coordinators, or the sponsor for a coordinator. */
export function contactsFor(role: RoleView, all: readonly RoleView[]): RoleView[] {
  const want = role.key === 'coordinator' ? 'sponsor' : 'coordinator';
  return all.filter((r) => r !== role && r.key === want);
}
