/**
 * Entering or editing one list item, field by field. The item is saved after every field, so a
 * half-entered goal survives a crash; a new item is saved once it has something in it.
 */
import type { Path } from '../findings.js';
import { hasAnswer } from '../model/answers.js';
import { communityCurrency } from '../model/currencies.js';
import type { CopData } from '../model/types.js';
import { personalItemValues } from '../model/settings.js';
import type { ObjectListField } from '../model/spec.js';
import type { FieldAsk, FieldAsker, WizardContext } from './context.js';
import { itemHook, registryDefault } from './defaults.js';
import { describeItem } from './references.js';
import { GoBack } from './asker.js';

/** A new cost starts in the currency setup gives, before the one of the personal settings. */
function setupCurrency(listPath: Path, data: CopData): { currency?: string } {
  const currency = communityCurrency(data);
  return listPath.join('.') === 'design.budget' && currency ? { currency } : {};
}

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

/**
 * Returns the item as saved, or undefined if nothing was entered for a new one. A suggested item
 * (a default role, not kept yet) offers its values as suggestions, which typing replaces; an item
 * already saved offers its values to edit in place.
 */
export async function editItem(ctx: WizardContext, place: ItemPlace, start: Item, isNew: boolean, askField: FieldAsker, suggestedItem = false): Promise<Item | undefined> {
  const { field, listPath, index } = place;
  const hook = itemHook(listPath);
  let item: Item = suggestedItem ? (typeof start.id === 'string' ? { id: start.id } : {}) : { ...start };
  let offered: Item = isNew
    ? { ...registryDefaults(field), ...personalItemValues(listPath, ctx.session.personal), ...setupCurrency(listPath, ctx.session.data), ...hook?.fresh?.(ctx.session.data) }
    : suggestedItem
      ? { ...start }
      : {};
  ctx.asker.note(isNew ? `New ${field.itemName}${typeof item.id === 'string' ? ` (${item.id})` : ''}` : `Editing ${start.id ?? field.itemName}: ${describeItem(field, start)}`, 'progress');

  const fields = Object.entries(field.fields);
  // Fields another answer of this pass has set (the currency typed with an amount, `£9,600`), by that answer's field.
  const implied = new Map<string, string>();
  const skipped = (at: number) => {
    const [key, f] = fields[at]!;
    return Boolean(f.filledBy || (f.askIf && item[f.askIf.key] !== f.askIf.equals) || implied.has(key));
  };
  for (let at = 0; at < fields.length; at++) {
    const [key, itemField] = fields[at]!;
    if (skipped(at)) continue;
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
      item,
      commit: async (value, also = []) => {
        item = withField(item, key, value);
        for (const [other, by] of implied) if (by === key) implied.delete(other);
        for (const [where, what] of also) {
          const sibling = where.length === path.length && where.slice(0, -1).every((part, i) => part === path[i]) ? String(where.at(-1)) : undefined;
          if (sibling === undefined || !Object.hasOwn(field.fields, sibling)) throw new Error(`an answer of ${path.join('.')} changed ${where.join('.')}, outside its item`);
          item = withField(item, sibling, what);
          implied.set(sibling, key);
        }
        if (hasContent(item)) await place.save(item);
      },
    };
    // `<` inside an item goes back to its previous field; at its first field, to the previous question.
    try {
      await askField({ ...ctx, back: fields.slice(0, at).some((_, i) => !skipped(i)) || ctx.back === true }, ask);
    } catch (error) {
      // The field asked before this one, passing over those not asked.
      let back = at - 1;
      while (back >= 0 && skipped(back)) back--;
      if (!(error instanceof GoBack) || back < 0) throw error;
      at = back - 1;
      continue;
    }
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
