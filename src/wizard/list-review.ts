/**
 * Going through the entries a list already has (or the ones copkit suggests): keep them all,
 * take them one by one (keep, edit or remove each), or drop them. Shared by lists of text and
 * lists of items. Every decision is saved before the next one is asked.
 */
import type { Asker } from './asker.js';

export interface ListReview<T> {
  asker: Asker;
  /** Offer a way back to the previous question at the first choice. */
  back?: boolean;
  /** "goal" / "entry" */
  noun: string;
  plural: string;
  describe(item: T): string;
  /** Edit entry `index` of the reviewed list; `save` stores a half-edited entry in its place. */
  edit(item: T, index: number, save: (item: T) => Promise<void>): Promise<T>;
  /** Save the list as it stands. */
  commit(list: T[]): Promise<void>;
  /** What else changes if these entries are removed (other answers that point at them), in plain words. */
  consequences?(removed: readonly T[]): string[];
}

type Plan = 'all' | 'each' | 'none';

/**
 * Removing more than one saved entry, or one that other answers point at, asks first and says
 * what else changes. A single entry nothing points at goes at once.
 */
async function sureToRemove<T>(r: ListReview<T>, removed: readonly T[], all: readonly T[]): Promise<boolean> {
  const also = r.consequences?.(removed) ?? [];
  if (removed.length <= 1 && also.length === 0) return true;
  const what = removed.length === 1 ? `${r.noun} ${r.describe(removed[0]!)}` : removed.length === all.length ? `all ${removed.length} ${r.plural}` : `${removed.length} ${r.plural}`;
  if (also.length) r.asker.note(`Removing ${removed.length === 1 ? 'it' : 'them'} also changes:\n${also.map((line) => `  - ${line}`).join('\n')}`, 'warning');
  return r.asker.confirm({ message: `Remove ${what}?${also.length ? ` ${also.length === 1 ? 'One other answer changes' : `${also.length} other answers change`} too.` : ''}`, default: false });
}

/**
 * Review `items`. Current entries stay in the file until they are removed; suggested ones are
 * saved only once they are kept.
 */
export async function reviewList<T>(r: ListReview<T>, items: readonly T[], source: 'current' | 'suggested'): Promise<T[]> {
  const count = items.length === 1 ? `1 ${r.noun}` : `${items.length} ${r.plural}`;
  r.asker.note(`${source === 'current' ? `It has ${count} so far` : `copkit suggests ${count} to start from`}:\n${items.map((item, i) => `  ${i + 1}. ${r.describe(item)}`).join('\n')}`, 'info');
  const one = items.length === 1;
  const plan = await r.asker.select<Plan>({
    message: source === 'current' ? `What do you want to do with ${one ? 'it' : 'them'}?` : `Keep ${one ? `this ${r.noun}` : `these ${count}`}?`,
    choices: [
      { value: 'all', label: source === 'current' ? 'Keep as it is' : `Yes, keep ${one ? 'it' : 'them'}` },
      { value: 'each', label: `Edit: go through ${one ? 'it' : 'them one by one'} (keep, change or remove each)` },
      { value: 'none', label: source === 'current' ? `Remove ${one ? 'it' : `all ${count}`}` : 'No, start with an empty list' },
    ],
    default: 'all',
    ...(r.back ? { back: true } : {}),
  });
  if (plan === 'all') {
    if (source === 'suggested') await r.commit([...items]);
    return [...items];
  }
  if (plan === 'none') {
    if (source === 'suggested') return [];
    if (!(await sureToRemove(r, items, items))) return [...items];
    await r.commit([]);
    return [];
  }
  return reviewEach(r, items, source);
}

async function reviewEach<T>(r: ListReview<T>, items: readonly T[], source: 'current' | 'suggested'): Promise<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const rest = source === 'current' ? items.slice(i + 1) : [];
    const item = items[i]!;
    const choice = await r.asker.select<'keep' | 'edit' | 'remove'>({
      message: `${i + 1} of ${items.length}: ${r.describe(item)}`,
      choices: [
        { value: 'keep', label: 'Keep' },
        { value: 'edit', label: 'Edit' },
        { value: 'remove', label: 'Remove' },
      ],
      default: 'keep',
    });
    if (choice === 'remove' && (source === 'suggested' || (await sureToRemove(r, [item], items)))) {
      if (source === 'current') await r.commit([...kept, ...rest]);
      continue;
    }
    if (choice === 'remove') {
      kept.push(item);
      continue;
    }
    const saveInPlace = (edited: T) => r.commit([...kept, edited, ...rest]);
    const result = choice === 'edit' ? await r.edit(item, i, saveInPlace) : item;
    kept.push(result);
    if (source === 'suggested' || choice === 'edit') await r.commit([...kept, ...rest]);
  }
  return kept;
}
