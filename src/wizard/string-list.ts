/** Lists of short texts (a learning agenda, ground rules, onboarding steps), one line per entry. */
import type { FieldAsk, WizardContext } from './context.js';
import { reviewList } from './list-review.js';
import { shorten } from './wrap.js';
import { pickChoices } from './references.js';

export async function askStringList(ctx: WizardContext, ask: FieldAsk): Promise<void> {
  const { asker } = ctx;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const current = strings(ask.current);
  const suggested = current.length === 0 ? strings(ask.suggested) : [];
  const entryCheck = (list: string[], index: number) => (typed: string) => ask.check(withEntry(list, index, typed.trim()), [...ask.path, index]);

  let items = current;
  const picks = ask.field.kind === 'stringList' && ask.field.pick ? pickChoices(ctx.session.data, ask.field.pick) : [];
  if (picks.length > 0) {
    // Pick, don't retype: the groups already entered are ticked; others are typed below.
    const chosen = await asker.checkbox({ message: ask.message, choices: picks, checked: current.filter((c) => picks.some((p) => p.value === c)) });
    items = [...chosen, ...current.filter((c) => !picks.some((p) => p.value === c))];
    await ask.commit(items);
    asker.note('Add any other group, one per line; leave the line empty when you are done.', 'help');
    return typeMore(ctx, ask, items, entryCheck);
  }
  const source = current.length > 0 ? current : suggested;
  if (source.length > 0) {
    items = await reviewList<string>(
      {
        asker,
        noun: 'entry',
        plural: 'entries',
        describe: (entry) => shorten(entry, 70),
        edit: async (entry, index) => {
          const typed = await asker.input({ message: 'Edit the entry', default: entry, editable: true, required: true, validate: entryCheck(source, index) });
          return typed.trim();
        },
        commit: (list) => ask.commit(list),
        back: ctx.back === true,
      },
      source,
      current.length > 0 ? 'current' : 'suggested',
    );
  }

  asker.note(items.length ? 'Add more, one per line; leave the line empty when you are done.' : 'Enter one per line; leave the line empty when you are done.', 'help');
  return typeMore(ctx, ask, items, entryCheck);
}

/** New entries, one per line, until an empty line. */
async function typeMore(ctx: WizardContext, ask: FieldAsk, start: string[], entryCheck: (list: string[], index: number) => (typed: string) => string | undefined): Promise<void> {
  const { asker } = ctx;
  let items = start;
  for (;;) {
    const typed = (await asker.input({ message: `${items.length + 1}.`, validate: entryCheck(items, items.length), back: ctx.back === true })).trim();
    if (typed === '') break;
    items = [...items, typed];
    await ask.commit(items);
  }
}

function withEntry(list: readonly string[], index: number, entry: string): string[] {
  const copy = [...list];
  copy[index] = entry;
  return copy;
}
