/** The roles of a design as the rules need them: kind, named holder, and how to mention them. */
import type { AnswerLocation } from '../model/answers.js';
import type { RoleKey } from '../model/role-catalogue.js';
import { isRoleKey, namedHolder } from '../model/people.js';
import type { CopData } from '../model/types.js';
import { items, label, quote, text } from './read.js';
import type { Item } from './read.js';
import type { RuleFinding } from './types.js';

export interface RoleView {
  readonly item: Item<'design', 'roles'>;
  readonly id: string | undefined;
  readonly key: RoleKey | undefined;
  /** The named holder; undefined when nobody is named (missing, TBD...). */
  readonly holder: string | undefined;
}

export function roles(data: CopData): RoleView[] {
  return items(data, 'design', 'roles').map((item) => ({
    item,
    id: text(item.fields.id),
    key: isRoleKey(item.fields.roleKey) ? item.fields.roleKey : undefined,
    holder: namedHolder(item.fields.holder),
  }));
}

/** `role "Community coordinator" (R1)` */
export function roleLabel(role: RoleView, capital = false): string {
  return label(role.item, capital ? 'Role' : 'role', 'title');
}

/** What the holder field says, for "is held by ..." messages. */
export function holderAsWritten(role: RoleView): string {
  const written = text(role.item.fields.holder);
  return written ? `is held by ${quote(written)}` : 'has no holder';
}

/** Where a message about the role's holder should point: the holder, or the role if it has none. */
export function holderPath(role: RoleView): AnswerLocation {
  return [...role.item.path, 'holder'];
}

/**
 * Findings for a role kind that must have a named holder (coordinator, sponsor): none when one
 * role of that kind names a person; else a finding at the list, or at the first such role's holder.
 */
export function namedHolderFindings(data: CopData, key: RoleKey, messages: { noRole: string; unnamed: (role: RoleView) => string }): RuleFinding[] {
  const matching = roles(data).filter((r) => r.key === key);
  if (matching.some((r) => r.holder)) return [];
  const first = matching[0];
  if (!first) return [{ path: ['design', 'roles'], atKey: true, message: messages.noRole }];
  return [{ path: holderPath(first), message: messages.unnamed(first) }];
}
