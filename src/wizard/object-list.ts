/**
 * Lists of items (goals, activities, roles...), entered item by item ("Add another goal?") and,
 * when revisited, kept, edited or removed item by item. Items of lists that others refer to get
 * generated ids (G1, A1, R1...); removing one also removes the references to it.
 */
import { refTargets } from '../model/registry.js';
import type { ObjectListField, RefTarget } from '../model/spec.js';
import { isPlainObject } from '../model/values.js';
import type { FieldAsk, FieldAsker, WizardContext } from './context.js';
import { editItem } from './item-editor.js';
import type { Item } from './item-editor.js';
import { reviewList } from './list-review.js';
import { describeDrops, describeItem, dropReferences, refChoices, targetNoun } from './references.js';
import type { Change } from './session.js';
import { pluralNoun } from '../words.js';

export async function askObjectList(ctx: WizardContext, ask: FieldAsk, askField: FieldAsker): Promise<void> {
  if (ask.field.kind !== 'objectList') return;
  const field = ask.field;
  const { session, asker } = ctx;
  const current = objects(ask.current);
  const suggested = current.length === 0 ? withIds(field, objects(ask.suggested)) : [];
  if (field.idPrefix) session.noteIds(ask.path, field.idPrefix, current);

  let saved: Item[] = current;
  const commit = async (list: Item[]) => {
    await ask.commit(list, referencesTo(ctx, field, ask, saved, list));
    saved = list;
  };
  const place = (list: readonly Item[], index: number, rest: readonly Item[], save: (item: Item) => Promise<void>) => ({
    field,
    listPath: ask.path,
    index,
    stageTitle: ask.stageTitle,
    save,
    candidate: (item: Item) => [...list, item, ...rest],
  });

  let items = current;
  const source = current.length > 0 ? current : suggested;
  if (source.length > 0) {
    items = await reviewList<Item>(
      {
        asker,
        noun: field.itemName,
        plural: pluralNoun(field.itemName),
        describe: (item) => label(field, item),
        edit: async (item, index, save) => (await editItem(ctx, place(source.slice(0, index), index, source.slice(index + 1), save), item, false, askField, current.length === 0)) ?? item,
        commit,
        back: ctx.back === true,
        consequences: (removed) => removalEffects(ctx, field, ask, removed),
      },
      source,
      current.length > 0 ? 'current' : 'suggested',
    );
    if (field.idPrefix) session.noteIds(ask.path, field.idPrefix, items);
  }

  for (;;) {
    if (blockedByMissingTargets(ctx, field)) break;
    const need = ask.minItems;
    const short = items.length < need ? ` (${ask.stageTitle} needs at least ${need})` : '';
    const more = await asker.confirm({
      message: `${items.length === 0 ? `Add ${article(field.itemName)}` : `Add another ${field.itemName}`}?${short}`,
      default: items.length < need,
    });
    if (!more) break;
    const before = items;
    const item: Item = field.idPrefix ? { id: session.nextId(ask.path, field.idPrefix, before) } : {};
    const added = await editItem(
      ctx,
      place(before, before.length, [], (it) => commit([...before, it])),
      item,
      true,
      askField,
    );
    if (added) items = [...before, added];
  }
}

/** References elsewhere to items this change removes, to be dropped in the same save. */
function referencesTo(ctx: WizardContext, field: ObjectListField, ask: FieldAsk, before: Item[], after: Item[]): Change[] {
  const to = targetOf(ask);
  if (!to || !field.idPrefix) return [];
  const kept = new Set(after.map((item) => item.id));
  const removed = new Set(before.map((item) => item.id).filter((id): id is string => typeof id === 'string' && !kept.has(id)));
  if (removed.size === 0) return [];
  const changes = dropReferences(ctx.session.data, to, removed);
  if (changes.length) {
    ctx.asker.note(
      `Also changed, as the ${pluralNoun(field.itemName)} removed are gone:\n${describeDrops(ctx.session.data, to, removed, changes)
        .map((line) => `  - ${line}`)
        .join('\n')}`,
      'warning',
    );
  }
  return changes;
}

/** What else would change if `removed` went: the answers that point at them. */
function removalEffects(ctx: WizardContext, field: ObjectListField, ask: FieldAsk, removed: readonly Item[]): string[] {
  const to = targetOf(ask);
  if (!to || !field.idPrefix) return [];
  const ids = new Set(removed.map((item) => item.id).filter((id): id is string => typeof id === 'string'));
  return describeDrops(ctx.session.data, to, ids, dropReferences(ctx.session.data, to, ids));
}

function targetOf(ask: FieldAsk): RefTarget | undefined {
  return (Object.keys(refTargets) as RefTarget[]).find((t) => refTargets[t].stage === ask.path[0] && refTargets[t].field === ask.path[1]);
}

/** An item that must point at another list (a succession at a role) cannot be added while that list is empty. */
function blockedByMissingTargets(ctx: WizardContext, field: ObjectListField): boolean {
  for (const itemField of Object.values(field.fields)) {
    if (itemField.kind === 'ref' && itemField.required && refChoices(ctx.session.data, itemField.to).length === 0) {
      const { noun, where } = targetNoun(itemField.to);
      ctx.asker.note(`Each ${field.itemName} points at one of the community's ${noun}, and there are none yet. Add ${noun} with \`copkit stage ${where}\`, then come back to this question.`, 'help');
      return true;
    }
  }
  return false;
}

/** Suggested items (the default roles, say) are offered only for an empty list, so they number from 1. */
function withIds(field: ObjectListField, items: Item[]): Item[] {
  if (!field.idPrefix) return items;
  return items.map((item, i) => {
    const { id: _old, ...rest } = item;
    return { id: `${field.idPrefix}${i + 1}`, ...rest };
  });
}

/** An item by its name, with its id in brackets: `Fix more faults (G1)`. */
function label(field: ObjectListField, item: Item): string {
  const id = typeof item.id === 'string' ? ` (${item.id})` : '';
  return `${describeItem(field, item)}${id}`;
}

function objects(value: unknown): Item[] {
  return Array.isArray(value) ? value.filter(isPlainObject).map((item) => ({ ...item })) : [];
}

function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
