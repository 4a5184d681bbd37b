/**
 * References that could not be answered when they came up: Design asks for activities and
 * channels before roles, so "which role leads it?" has nothing to offer yet. The stage walk
 * comes back to them as soon as the list they point at has entries.
 */
import type { Path } from '../findings.js';
import type { ItemField, QuestionField, RefTarget } from '../model/spec.js';
import { isPlainObject } from '../model/values.js';
import type { FieldAsk, WizardContext } from './context.js';
import { askField } from './fields.js';
import { describeItem, questionAt, refChoices } from './references.js';

export interface Deferred {
  target: RefTarget;
  /** `[stage, list]` for an item field, `[stage, key]` for a question. */
  listPath: Path;
  /** The item's id when it has one (it may move), else its index. */
  id: string | undefined;
  index: number | undefined;
  key: string;
  field: ItemField | QuestionField;
  label: string;
  stageTitle: string;
}

export function deferredFrom(target: RefTarget, ask: FieldAsk, data: unknown): Deferred {
  const inItem = ask.path.length === 4;
  const listPath = ask.path.slice(0, 2);
  const index = inItem ? (ask.path[2] as number) : undefined;
  const list = inItem ? valueIn(data, listPath) : undefined;
  const item = Array.isArray(list) && index !== undefined ? list[index] : undefined;
  return {
    target,
    listPath,
    index,
    id: isPlainObject(item) && typeof item.id === 'string' ? item.id : undefined,
    key: String(ask.path[ask.path.length - 1]),
    field: ask.field,
    label: ask.message,
    stageTitle: ask.stageTitle,
  };
}

/** Ask the deferred references whose targets now exist; returns the ones still waiting. */
export async function askDeferred(ctx: WizardContext, waiting: readonly Deferred[]): Promise<Deferred[]> {
  const ready = waiting.filter((d) => refChoices(ctx.session.data, d.target).length > 0);
  if (ready.length === 0) return [...waiting];
  ctx.asker.note(`Now that there are ${ready[0]!.target}, you can link them to what you entered earlier.`, 'progress');
  for (const d of ready) await askOne(ctx, d);
  return waiting.filter((d) => !ready.includes(d));
}

async function askOne(ctx: WizardContext, d: Deferred): Promise<void> {
  const { session } = ctx;
  let path: Path = d.listPath;
  let label = d.label;
  if (d.index !== undefined) {
    const list = session.valueAt(d.listPath);
    if (!Array.isArray(list)) return;
    const index = d.id !== undefined ? list.findIndex((item) => isPlainObject(item) && item.id === d.id) : d.index;
    const item = list[index];
    if (!isPlainObject(item)) return;
    path = [...d.listPath, index, d.key];
    const owner = questionAt(d.listPath);
    const name = owner?.kind === 'objectList' ? describeItem(owner, item, 50) : '';
    label = `${label} (${[d.id, name].filter(Boolean).join(' ')})`;
  }
  const ask: FieldAsk = {
    field: d.field,
    path,
    message: label,
    current: session.valueAt(path),
    suggested: undefined,
    need: 'optional',
    minItems: 0,
    stageTitle: d.stageTitle,
    check: (value, focus) => session.problem(path, value, focus ?? path),
    commit: (value, also) => session.save(path, value, also),
  };
  await askField(ctx, ask);
}

function valueIn(data: unknown, path: Path): unknown {
  let node = data;
  for (const part of path) node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[part] : undefined;
  return node;
}
