/**
 * Domain knowledge the wizard offers beyond the registry's own defaults: the role catalogue's
 * titles, duties, hours and advice once a kind of role is picked, who usually holds a role when
 * it is time to name a successor, and what the kind of community suggests.
 */
import type { Path } from '../findings.js';
import { roleCatalogue } from '../model/role-catalogue.js';
import type { RoleKey } from '../model/role-catalogue.js';
import type { ItemField, QuestionField } from '../model/spec.js';
import { answerOf, itemsOf } from '../model/answers.js';
import type { FieldOf, ItemKeyOf, ListFieldOf } from '../model/answers.js';
import type { StageId } from '../model/registry.js';
import type { CopData } from '../model/types.js';
import { isPlainObject } from '../model/values.js';

type Item = Record<string, unknown>;

export interface Suggestion {
  /** Values offered for the fields still to come. */
  values: Item;
  /** Advice shown before them. */
  help?: string;
}

/** `K`: the item's field names, so that a hook for a renamed field fails the build. */
export interface ItemHook<K extends string = string> {
  /** Offered for a new item before anything is typed. */
  fresh?: (data: CopData) => Item;
  /** Offered once a field is answered, computed from the item so far. */
  after?: Partial<Record<K, (item: Item, data: CopData) => Suggestion | undefined>>;
}

/** The lists of objects, as `design.roles`, and the names of their items' fields. */
type ListPath = { [S in StageId]: { [F in ListFieldOf<S>]: `${S}.${F}` }[ListFieldOf<S>] }[StageId];
type ItemKeysAt<P extends ListPath> = P extends `${infer S extends StageId}.${infer F}` ? (F extends ListFieldOf<S> ? ItemKeyOf<S, F> : never) : never;

const isRoleKey = (value: unknown): value is RoleKey => typeof value === 'string' && Object.hasOwn(roleCatalogue, value);

/**
 * What the broad kind of community (design.communityType) suggests: the activity format that
 * serves it most directly and one role beyond the minimum. A helping community connects people
 * with questions to people with answers; a best-practice one needs experts to vouch for
 * practices; a stewarding one, someone to keep its knowledge in order; an innovation one,
 * someone to hold open, exploratory sessions. [copkit's own reading of the APQC typology]
 */
const byCommunityType: Record<string, { format: string; role: RoleKey }> = {
  helping: { format: 'caseClinic', role: 'peopleConnector' },
  bestPractice: { format: 'showAndTell', role: 'subjectMatterExpert' },
  knowledgeStewarding: { format: 'documentationProject', role: 'knowledgeSteward' },
  innovation: { format: 'inquiryProject', role: 'facilitator' },
};

function communityKind(data: CopData) {
  const type = answerOf(data, 'design', 'communityType');
  return typeof type === 'string' ? byCommunityType[type] : undefined;
}

/** A role item as the catalogue describes it, held by nobody yet. */
function catalogueRole(id: string, key: RoleKey): Item {
  const guide = roleCatalogue[key];
  return { id, roleKey: key, title: guide.title, holder: 'TBD', responsibilities: [...guide.responsibilities], hoursPerMonth: guide.hoursPerMonth };
}

/**
 * The answer offered for a question with none yet: the registry's default, adjusted to the
 * design (the kind of community adds a role to the default ones).
 */
export function suggestedAnswer(stageId: string, key: string, field: QuestionField, data: CopData, personal: Readonly<Record<string, string>> = {}): unknown {
  // The user's own settings (copkit init) come before the registry's generic default.
  const own = personal[`${stageId}.${key}`];
  if (own !== undefined) return own;
  const base = registryDefault(field);
  if (stageId === 'design' && key === ('roles' satisfies FieldOf<'design'>) && Array.isArray(base)) {
    const extra = communityKind(data)?.role;
    if (extra && !base.some((role) => isPlainObject(role) && role.roleKey === extra)) return [...base, catalogueRole(`R${base.length + 1}`, extra)];
  }
  return base;
}

const itemHooks: { [P in ListPath]?: ItemHook<ItemKeysAt<P>> } = {
  'design.activities': {
    fresh: (data) => {
      const format = communityKind(data)?.format;
      return format ? { format } : {};
    },
  },
  'launch.kickoffEvents': {
    // What a kickoff that turns interest into membership covers (DOMAIN.md 1.7, the Glasgow launch event).
    fresh: () => ({
      agenda: [
        'Why join, and what members gain',
        'The first ideas and plans, including what the pilot showed',
        'A round of reactions from everyone present',
        'Next steps and the timeline',
        'One clear first thing to do after the session',
      ],
    }),
  },
  'design.roles': {
    fresh: () => ({ holder: 'TBD' }),
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
        const role = itemsOf(data, 'design', 'roles').find((r) => r.id === item.roleId);
        return typeof role?.holder === 'string' ? { values: { currentHolder: role.holder } } : undefined;
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
  const hooks: Partial<Record<string, ItemHook>> = itemHooks;
  return hooks[listPath.join('.')];
}

/** A line shown under a choice while it is highlighted. */
export function choiceDescription(enumName: string, value: string): string | undefined {
  if (enumName === 'roleKey' && isRoleKey(value)) {
    const guide = roleCatalogue[value];
    return `${guide.whoFills}. ${guide.timeNote}.`;
  }
  return undefined;
}
