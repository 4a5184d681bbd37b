/**
 * Domain knowledge the wizard offers beyond the registry's own defaults: the role catalogue's
 * titles, duties, hours and advice once a kind of role is picked, and who usually holds a role
 * when it is time to name a successor.
 */
import type { Path } from '../findings.js';
import { roleCatalogue } from '../model/role-catalogue.js';
import type { RoleKey } from '../model/role-catalogue.js';
import type { ItemField, QuestionField } from '../model/spec.js';
import type { CopData } from '../model/types.js';
import { isPlainObject } from '../model/values.js';
import { valueAt } from './session.js';

type Item = Record<string, unknown>;

export interface Suggestion {
  /** Values offered for the fields still to come. */
  values: Item;
  /** Advice shown before them. */
  help?: string;
}

export interface ItemHook {
  /** Offered for a new item before anything is typed. */
  fresh?: Item;
  /** Offered once a field is answered, computed from the item so far. */
  after?: Record<string, (item: Item, data: CopData) => Suggestion | undefined>;
}

const isRoleKey = (value: unknown): value is RoleKey => typeof value === 'string' && Object.hasOwn(roleCatalogue, value);

const itemHooks: Record<string, ItemHook> = {
  'design.roles': {
    fresh: { holder: 'TBD' },
    after: {
      roleKey: (item) => {
        if (!isRoleKey(item.roleKey)) return undefined;
        const guide = roleCatalogue[item.roleKey];
        return {
          values: { title: guide.title, responsibilities: [...guide.responsibilities], hoursPerMonth: guide.hoursPerMonth },
          help: `Time: ${lower(guide.timeNote)}.\nUsually held by: ${lower(guide.whoFills)}.\nAdvice: ${guide.guidance}`,
        };
      },
    },
  },
  'grow.successionPlan': {
    after: {
      roleId: (item, data) => {
        const roles = valueAt(data, ['design', 'roles']);
        const role = Array.isArray(roles) ? roles.find((r) => isPlainObject(r) && r.id === item.roleId) : undefined;
        return isPlainObject(role) && typeof role.holder === 'string' ? { values: { currentHolder: role.holder } } : undefined;
      },
    },
  },
};

/** The default a field declares in the registry, if any (references never have one). */
export function registryDefault(field: ItemField | QuestionField): unknown {
  return 'default' in field ? field.default : undefined;
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function itemHook(listPath: Path): ItemHook | undefined {
  return itemHooks[listPath.join('.')];
}

/** A line shown under a choice while it is highlighted. */
export function choiceDescription(enumName: string, value: string): string | undefined {
  if (enumName === 'roleKey' && isRoleKey(value)) {
    const guide = roleCatalogue[value];
    return `${guide.whoFills}. ${guide.timeNote}.`;
  }
  return undefined;
}
