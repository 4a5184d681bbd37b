/**
 * The prompt for each kind of answer, chosen by the field's `kind` in the registry. Lists have
 * their own modules; everything here asks once and saves once.
 */
import type { RefTarget } from '../model/spec.js';
import type { Choice } from './asker.js';
import { NO_ANSWER } from './context.js';
import type { FieldAsk, FieldAsker, WizardContext } from './context.js';
import { choiceDescription } from './defaults.js';
import { fromOneLine, toOneLine } from './line-breaks.js';
import { askObjectList } from './object-list.js';
import { pickChoices, refChoices, targetNoun } from './references.js';
import { askStringList } from './string-list.js';
import { communityCurrency, currencyCode } from '../model/currencies.js';
import { CURRENCY_FIELD, numberRules, readTyped } from '../model/numbers.js';
import type { ReadNumber } from '../model/numbers.js';

const askers: Record<FieldAsk['field']['kind'], FieldAsker> = {
  string: askLine,
  text: askLine,
  date: askLine,
  number: askNumber,
  enum: askEnum,
  enumList: askEnumList,
  ref: askRef,
  refList: askRefList,
  stringList: askStringList,
  // The list asks its items' fields with askField: passed in, so that the modules form no circle.
  objectList: (ctx, ask) => askObjectList(ctx, ask, askField),
};

/** Ask for one answer: a list shows its question as a heading, then any advice, then the prompt. */
export function askField(ctx: WizardContext, ask: FieldAsk): Promise<void> {
  const { kind } = ask.field;
  if (kind === 'objectList' || kind === 'stringList') ctx.asker.note(ask.message, 'heading');
  if (ask.help) ctx.asker.note(ask.help, 'help');
  return askers[kind](ctx, ask);
}

/** The choice that lets a person type a name not among those picked from. */
const SOMEONE_ELSE = '\u0000someone else';

/**
 * Pick, don't retype: an answer that names an audience group or a person is chosen from those
 * already entered, with "someone else" to type one. Returns true once it is answered.
 */
async function askPicked(ctx: WizardContext, ask: FieldAsk): Promise<boolean> {
  if (ask.field.kind !== 'string' || !ask.field.pick) return false;
  const choices: Choice<string | null>[] = pickChoices(ctx.session.data, ask.field.pick);
  if (choices.length === 0) return false;
  const current = typeof ask.current === 'string' ? ask.current : undefined;
  const known = choices.some((c) => c.value === current);
  choices.push({ value: SOMEONE_ELSE, label: ask.field.pick === 'audience' ? 'Another group (type it)' : 'Someone else (type the name)', apart: true });
  if (ask.need !== 'item') choices.push(skipChoice(ask));
  const value = await ctx.asker.select({
    message: ask.message,
    choices,
    ...(current ? { default: known ? current : SOMEONE_ELSE } : {}),
    back: ctx.back === true,
  });
  if (value === SOMEONE_ELSE) return false;
  await ask.commit(value ?? undefined);
  return true;
}

/** One-line text, multi-line text (a backslash for each line break) and dates. */
async function askLine(ctx: WizardContext, ask: FieldAsk): Promise<void> {
  if (await askPicked(ctx, ask)) return;
  const multiline = ask.field.kind === 'text';
  const date = ask.field.kind === 'date';
  const current = asText(ask.current);
  const shown = current ?? asText(ask.suggested);
  const oneLine = shown === undefined ? undefined : multiline ? toOneLine(shown) : shown;
  const currency = ask.field.kind === 'string' && ask.field.format === 'currency';
  // A currency code is typed in any case and saved in capitals.
  const decode = (line: string) => (multiline ? fromOneLine(line) : currency ? (currencyCode(line) ?? line.trim()) : line.trim());
  const hint = date && !/YYYY/.test(ask.message) ? ' (YYYY-MM-DD)' : '';
  const line = await ctx.asker.input({
    message: `${ask.message}${hint}`,
    // A current answer is edited in place; a suggestion is replaced by whatever is typed.
    ...(oneLine ? { default: oneLine, editable: current !== undefined } : {}),
    required: ask.need === 'item',
    back: ctx.back === true,
    validate: (typed) => ask.check(decode(typed)),
  });
  // Enter on an unchanged default keeps the stored text exactly, spacing included.
  if (line === oneLine && shown !== undefined) return ask.commit(shown);
  const value = decode(line);
  return ask.commit(value === '' ? undefined : value);
}

/**
 * A number as people type it (`9,600`, `80%`). An amount typed with its currency (`£9,600`,
 * `9600 EUR`) saves that currency on the item too, and its currency question is not asked;
 * the community's own currency is left unsaid, as every cost is in it by default.
 */
async function askNumber(ctx: WizardContext, ask: FieldAsk): Promise<void> {
  if (ask.field.kind !== 'number') return;
  const community = communityCurrency(ctx.session.data);
  const rules = numberRules(ask.field, ask.item, community);
  const current = typeof ask.current === 'number' ? ask.current : typeof ask.suggested === 'number' ? ask.suggested : undefined;
  // The reading of the text last parsed: the terminal parses the accepted line last.
  let typed: ReadNumber | undefined;
  const value = await ctx.asker.number({
    message: rules.percent && ask.field.measure ? `${ask.message} (%)` : ask.message,
    ...(current === undefined ? {} : { default: current }),
    validate: (n) => ask.check(n),
    parse: (text) => {
      const read = readTyped(text, rules);
      typed = 'problem' in read ? undefined : read;
      return 'problem' in read ? read : read.value;
    },
    back: ctx.back === true,
  });
  // Enter on the default, after a line that was refused, is not that line's currency.
  const currency = typed?.value === value ? typed?.currency : undefined;
  if (currency === undefined || ask.item === undefined) return ask.commit(value);
  return ask.commit(value, [[[...ask.path.slice(0, -1), CURRENCY_FIELD], currency === community ? undefined : currency]]);
}

async function askEnum(ctx: WizardContext, ask: FieldAsk): Promise<void> {
  if (ask.field.kind !== 'enum') return;
  const { values } = ask.field;
  const choices: Choice<string | null>[] = Object.entries(values.labels).map(([value, label]) => {
    const description = choiceDescription(values.name, value);
    return { value, label, ...(description ? { description } : {}) };
  });
  const current = [ask.current, ask.suggested].find((v): v is string => typeof v === 'string' && Object.hasOwn(values.labels, v));
  if (ask.need !== 'item') choices.push(skipChoice(ask));
  const value = await ctx.asker.select({ message: ask.message, choices, ...(current ? { default: current } : {}), back: ctx.back === true });
  return ask.commit(value ?? undefined);
}

async function askEnumList(ctx: WizardContext, ask: FieldAsk): Promise<void> {
  if (ask.field.kind !== 'enumList') return;
  const labels = ask.field.values.labels;
  const start = Array.isArray(ask.current) ? ask.current : Array.isArray(ask.suggested) ? ask.suggested : [];
  const values = await ctx.asker.checkbox({
    message: ask.message,
    choices: Object.entries(labels).map(([value, label]) => ({ value, label })),
    checked: start.filter((v): v is string => typeof v === 'string'),
  });
  return ask.commit(values.length ? values : undefined);
}

async function askRef(ctx: WizardContext, ask: FieldAsk): Promise<void> {
  if (ask.field.kind !== 'ref') return;
  const choices: Choice<string | null>[] = refChoices(ctx.session.data, ask.field.to);
  if (choices.length === 0) return noTargets(ctx, ask, ask.field.to);
  const current = choices.find((c) => c.value === ask.current)?.value;
  if (ask.need !== 'item') choices.push({ value: NO_ANSWER, label: 'None', apart: true });
  const value = await ctx.asker.select({ message: ask.message, choices, ...(current ? { default: current } : {}), back: ctx.back === true });
  return ask.commit(value ?? undefined);
}

async function askRefList(ctx: WizardContext, ask: FieldAsk): Promise<void> {
  if (ask.field.kind !== 'refList') return;
  const choices = refChoices(ctx.session.data, ask.field.to);
  if (choices.length === 0) return noTargets(ctx, ask, ask.field.to);
  const current = Array.isArray(ask.current) ? ask.current : [];
  const values = await ctx.asker.checkbox({
    message: ask.message,
    choices,
    checked: choices.map((c) => c.value).filter((id) => current.includes(id)),
  });
  return ask.commit(values.length ? values : undefined);
}

function noTargets(ctx: WizardContext, ask: FieldAsk, to: RefTarget): void {
  const { noun, where } = targetNoun(to);
  const later = ctx.defer(to, ask);
  ctx.asker.note(
    later
      ? `${ask.message} There are no ${noun} yet; copkit will ask again once you have added some.`
      : `${ask.message} There are no ${noun} yet, so this is left empty. Add ${noun} with \`copkit stage ${where}\`, then come back to link them.`,
    'help',
  );
}

function skipChoice(ask: FieldAsk): Choice<null> {
  const label = ask.current !== undefined ? 'Clear this answer' : ask.need === 'required' ? 'Leave it for later' : 'Skip this question';
  return { value: NO_ANSWER, label, apart: true };
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
