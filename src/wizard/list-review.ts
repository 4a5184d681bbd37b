/**
 * Going through the entries a list already has (or the ones copkit suggests): keep them all,
 * take them one by one (keep, edit or remove each), or drop them. Shared by lists of text and
 * lists of items. Every decision is saved before the next one is asked.
 */
import type { Asker } from './asker.js';

export interface ListReview<T> {
  asker: Asker;
  /** "goal" / "entry" */
  noun: string;
  plural: string;
  describe(item: T): string;
  /** Edit entry `index` of the reviewed list; `save` stores a half-edited entry in its place. */
  edit(item: T, index: number, save: (item: T) => Promise<void>): Promise<T>;
  /** Save the list as it stands. */
  commit(list: T[]): Promise<void>;
}

type Plan = 'all' | 'each' | 'none';

/**
 * Review `items`. Current entries stay in the file until they are removed; suggested ones are
 * saved only once they are kept.
 */
export async function reviewList<T>(r: ListReview<T>, items: readonly T[], source: 'current' | 'suggested'): Promise<T[]> {
  const count = items.length === 1 ? `1 ${r.noun}` : `${items.length} ${r.plural}`;
  r.asker.note(`${source === 'current' ? `It has ${count} so far` : `copkit suggests ${count} to start from`}:\n${
    items.map((item, i) => `  ${i + 1}. ${r.describe(item)}`).join('\n')}`, 'info');
  const plan = await r.asker.select<Plan>({
    message: source === 'current' ? `What do you want to do with ${items.length === 1 ? 'it' : 'them'}?` : 'Use these suggestions?',
    choices: [
      { value: 'all', label: source === 'current' ? 'Keep as it is' : `Use ${items.length === 1 ? 'it' : 'all of them'}` },
      { value: 'each', label: 'Go through them one by one (keep, edit or remove each)' },
      { value: 'none', label: source === 'current' ? `Remove ${items.length === 1 ? 'it' : 'them all'}` : 'Start with an empty list' },
    ],
    default: 'all',
  });
  if (plan === 'all') {
    if (source === 'suggested') await r.commit([...items]);
    return [...items];
  }
  if (plan === 'none') {
    if (source === 'current') await r.commit([]);
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
    if (choice === 'remove') {
      if (source === 'current') await r.commit([...kept, ...rest]);
      continue;
    }
    const saveInPlace = (edited: T) => r.commit([...kept, edited, ...rest]);
    const result = choice === 'edit' ? await r.edit(item, i, saveInPlace) : item;
    kept.push(result);
    if (source === 'suggested' || choice === 'edit') await r.commit([...kept, ...rest]);
  }
  return kept;
}
