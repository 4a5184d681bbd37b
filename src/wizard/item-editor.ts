/**
 * Entering or editing one list item, field by field. The item is saved after every field, so a
 * half-entered goal survives a crash; a new item is saved once it has something in it.
 */
import type { Path } from '../findings.js';
import { hasAnswer } from '../model/answers.js';
import { personalItemValues } from '../model/settings.js';
import type { ObjectListField } from '../model/spec.js';
import type { FieldAsk, FieldAsker, WizardContext } from './context.js';
import { itemHook, registryDefault } from './defaults.js';
import { describeItem } from './references.js';

export type Item = Record<string, unknown>;

/** Where the item sits: the list around it, and how to save it there. */
export interface ItemPlace {
  field: ObjectListField;
  listPath: Path;
  index: number;
  stageTitle: string;
  /** The whole list with this item in its place, for validation. */
  candidate(item: Item): Item[];
  save(item: Item): Promise<void>;
}

/** Returns the item as saved, or undefined if nothing was entered for a new one. */
export async function editItem(ctx: WizardContext, place: ItemPlace, start: Item, isNew: boolean, askField: FieldAsker): Promise<Item | undefined> {
  const { field, listPath, index } = place;
  const hook = itemHook(listPath);
  let item: Item = { ...start };
  let offered: Item = isNew ? { ...registryDefaults(field), ...personalItemValues(listPath, ctx.session.personal), ...hook?.fresh?.(ctx.session.data) } : {};
  ctx.asker.note(isNew ? `New ${field.itemName}${typeof item.id === 'string' ? ` (${item.id})` : ''}` : `Editing ${item.id ?? field.itemName}: ${describeItem(field, item)}`, 'progress');

  for (const [key, itemField] of Object.entries(field.fields)) {
    if (itemField.filledBy || (itemField.askIf && item[itemField.askIf.key] !== itemField.askIf.equals)) continue;
    const path = [...listPath, index, key];
    const before = item[key];
    const ask: FieldAsk = {
      field: itemField,
      path,
      message: itemField.label,
      current: item[key],
      suggested: offered[key],
      need: itemField.required ? 'item' : 'optional',
      minItems: 0,
      stageTitle: place.stageTitle,
      check: (value, focus) => ctx.session.problem(listPath.slice(0, 2), place.candidate({ ...item, [key]: value }), focus ?? path),
      commit: async (value) => {
        item = withField(item, key, value);
        if (hasContent(item)) await place.save(item);
      },
    };
    await askField(ctx, ask);
    const suggestion = hook?.after?.[key]?.(item, ctx.session.data);
    if (!suggestion) continue;
    if (suggestion.help) ctx.asker.note(suggestion.help, 'help');
    if (isNew || item[key] !== before) {
      // A different kind of role brings that kind's title, duties and hours as the new defaults.
      if (!isNew) for (const reset of Object.keys(suggestion.values)) item = withField(item, reset, undefined);
      offered = { ...offered, ...suggestion.values };
    }
  }
  return hasContent(item) ? item : undefined;
}

/** Item field defaults written in the registry, offered for new items. */
function registryDefaults(field: ObjectListField): Item {
  const out: Item = {};
  for (const [key, itemField] of Object.entries(field.fields)) {
    const value = registryDefault(itemField);
    if (value !== undefined) out[key] = structuredClone(value);
  }
  return out;
}

/** The item with `key` set, or removed when the answer is empty; the id stays first. */
function withField(item: Item, key: string, value: unknown): Item {
  const copy: Item = { ...item };
  if (!hasAnswer(value)) delete copy[key];
  else copy[key] = value;
  return copy;
}

function hasContent(item: Item): boolean {
  return Object.keys(item).some((key) => key !== 'id');
}
