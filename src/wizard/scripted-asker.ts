/**
 * An Asker that answers from a script instead of a keyboard, for tests. It behaves like the
 * terminal where it matters: Enter on an empty line takes the default, an answer that fails
 * validation is refused and the same prompt is asked again, and it fails loudly on a prompt the
 * script did not expect.
 */
import { Cancelled } from '../errors.js';
import { GoBack } from './asker.js';
import type { Asker, CheckboxPrompt, ConfirmPrompt, InputPrompt, NoteStyle, NumberPrompt, SelectPrompt } from './asker.js';

export type PromptKind = 'input' | 'number' | 'select' | 'checkbox' | 'confirm';

export type AnyPrompt =
  | { kind: 'input'; prompt: InputPrompt }
  | { kind: 'number'; prompt: NumberPrompt }
  | { kind: 'select'; prompt: SelectPrompt<unknown> }
  | { kind: 'checkbox'; prompt: CheckboxPrompt<unknown> }
  | { kind: 'confirm'; prompt: ConfirmPrompt };

/**
 * One answer. `input: ''` and `number: undefined` are Enter on an empty line (the default, if
 * any, is taken); add `clear: true` to first erase the default as Backspace does. `select:
 * undefined` is Enter on the highlighted choice. `cancel` is Ctrl-C. `back` is `<` on a line or
 * "Back" in a list (refused where the prompt offers no way back). A `number` given as text is
 * read by the prompt's parser, as typed text is on the terminal.
 */
export type Step = { expect?: string | RegExp } & (
  | { input: string; clear?: boolean }
  | { number: number | string | undefined; clear?: boolean }
  | { select: unknown }
  | { checkbox: readonly unknown[] }
  | { confirm: boolean }
  | { cancel: true }
  | { back: true }
);

/** Computes an answer for any prompt, for tests that walk every question. */
export type Responder = (prompt: AnyPrompt) => Step;

export interface ScriptedAsker extends Asker {
  readonly notes: { text: string; style: NoteStyle }[];
  readonly asked: AnyPrompt[];
  /** Validation messages shown for refused answers, in order. */
  readonly refused: string[];
  /** Steps not used yet. */
  readonly remaining: number;
}

export function scriptedAsker(script: readonly Step[] | Responder): ScriptedAsker {
  const queue = typeof script === 'function' ? undefined : [...script];
  const notes: ScriptedAsker['notes'] = [];
  const asked: AnyPrompt[] = [];
  const refused: string[] = [];

  const next = (any: AnyPrompt): Step => {
    asked.push(any);
    const step = queue ? queue.shift() : (script as Responder)(any);
    if (!step) throw new Error(`the script has no answer for ${any.kind} "${any.prompt.message}"`);
    if ('cancel' in step) throw new Cancelled();
    if ('back' in step) {
      if (!('back' in any.prompt) || any.prompt.back !== true) throw new Error(`the script went back at ${any.kind} "${any.prompt.message}", which offers no way back`);
      throw new GoBack();
    }
    if (!(any.kind in step)) {
      throw new Error(`the script expected a ${Object.keys(step).find((k) => k !== 'expect')} prompt, but got ${any.kind} "${any.prompt.message}"`);
    }
    const { expect } = step;
    if (expect !== undefined && !(typeof expect === 'string' ? any.prompt.message.includes(expect) : expect.test(any.prompt.message))) {
      throw new Error(`expected a prompt matching ${String(expect)}, but got "${any.prompt.message}"`);
    }
    return step;
  };

  /** Ask until an answer passes validation, as the terminal does. */
  async function until<T>(any: AnyPrompt, pick: (step: Step) => T, check: (value: T) => string | undefined): Promise<T> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const value = pick(next(any));
      const problem = check(value);
      if (problem === undefined) return value;
      refused.push(problem);
    }
    throw new Error(`no acceptable answer for "${any.prompt.message}" after 20 tries: ${refused.at(-1)}`);
  }

  return {
    notes,
    asked,
    refused,
    get remaining() {
      return queue?.length ?? 0;
    },
    note(text, style = 'info') {
      notes.push({ text, style });
    },
    input: (prompt) =>
      until(
        { kind: 'input', prompt },
        (step) => {
          const s = step as { input: string; clear?: boolean };
          return s.input === '' && !s.clear ? (prompt.default ?? '') : s.input;
        },
        (value) => (prompt.required && value === '' ? 'You must provide a value' : value === '' ? undefined : prompt.validate?.(value)),
      ),
    number: async (prompt) => {
      let reading: string | undefined;
      const value = await until<number | undefined>(
        { kind: 'number', prompt },
        (step) => {
          const s = step as { number: number | string | undefined; clear?: boolean };
          reading = undefined;
          if (typeof s.number !== 'string') return s.number === undefined && !s.clear ? prompt.default : s.number;
          const read = (prompt.parse ?? Number)(s.number);
          if (typeof read === 'number' && Number.isFinite(read)) return read;
          reading = typeof read === 'number' ? 'not a number' : read.problem;
          return Number.NaN;
        },
        (v) => reading ?? (v === undefined ? undefined : prompt.validate?.(v)),
      );
      return value;
    },
    select: <V>(prompt: SelectPrompt<V>) =>
      until(
        { kind: 'select', prompt: prompt as SelectPrompt<unknown> },
        (step) => {
          const value = (step as { select: V | undefined }).select;
          return value === undefined ? (prompt.default ?? prompt.choices[0]!.value) : value;
        },
        (value) => (prompt.choices.some((c) => Object.is(c.value, value)) ? undefined : `no choice ${JSON.stringify(value)} in "${prompt.message}"`),
      ),
    checkbox: <V>(prompt: CheckboxPrompt<V>) =>
      until(
        { kind: 'checkbox', prompt: prompt as CheckboxPrompt<unknown> },
        (step) => [...(step as { checkbox: readonly V[] }).checkbox],
        (values) => (values.find((v) => !prompt.choices.some((c) => Object.is(c.value, v))) === undefined ? undefined : `a value is not among the choices of "${prompt.message}"`),
      ),
    confirm: (prompt) =>
      until(
        { kind: 'confirm', prompt },
        (step) => (step as { confirm: boolean }).confirm,
        () => undefined,
      ),
  };
}
