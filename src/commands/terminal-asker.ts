/**
 * The `Asker` of a person at a terminal: the one module that imports @inquirer/prompts, so that
 * commands that never prompt never load it. Prompts and notes go to the stream it is given.
 */
import { checkbox, confirm, input, select, Separator } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import { Cancelled } from '../errors.js';
import { BACK_KEY, GoBack } from '../wizard/asker.js';
import type { Asker, CheckboxPrompt, Choice, InputPrompt, NoteStyle, NumberPrompt, SelectPrompt } from '../wizard/asker.js';
import { plainTheme } from '../wizard/plain-theme.js';
import { wrap } from '../wizard/wrap.js';

export interface TerminalStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { columns?: number };
  color: ChalkInstance;
  signal?: AbortSignal;
  /**
   * Throw away whatever was typed or pasted before the first prompt is drawn (the rest of a
   * pasted block of commands), so that it is never taken as an answer.
   */
  discardTypedAhead?: boolean;
}

/** The value a select returns for its "Back" choice. */
const BACK = Symbol('back');

/** The real asker: prompts on the terminal, drawn on stderr so stdout stays clean. */
export function inquirerAsker(streams: TerminalStreams): Asker {
  const { color } = streams;
  const context = { input: streams.input, output: streams.output, ...(streams.signal ? { signal: streams.signal } : {}) };
  const theme = color.level === 0 ? plainTheme : undefined;
  const styles: Record<NoteStyle, (text: string) => string> = {
    heading: (t) => color.bold(t),
    progress: (t) => color.cyan(t),
    help: (t) => color.dim(t),
    info: (t) => t,
    success: (t) => color.green(t),
    warning: (t) => color.yellow(t),
  };
  const pageSize = (n: number) => Math.min(Math.max(n, 1), 12);
  const suggestionTheme = { ...theme, style: { ...theme?.style, defaultAnswer: (text: string) => color.dim(`(suggested: ${text})`) } };
  let drained = false;
  return {
    note(text, style = 'info') {
      const width = Math.min(streams.output.columns ?? 80, 100) - 1;
      const indent = style === 'help' ? '  ' : '';
      streams.output.write(`${styles[style](wrap(text, width, indent))}\n`);
    },
    input: (p) => first(() => line(p, p.validate)),
    number: (p) =>
      first(async () => {
        const parse = p.parse ?? plainNumber;
        const typed = await line({ ...numberLine(p), message: p.message }, (text) => {
          const n = parse(text);
          return typeof n === 'number' ? p.validate?.(n) : n.problem;
        });
        if (typed.trim() === '') return undefined;
        return parse(typed) as number;
      }),
    select: <V>(p: SelectPrompt<V>) =>
      first(async () => {
        const choices: Choice<V | typeof BACK>[] = p.back ? [...p.choices, { value: BACK, label: '← Back to the previous question', apart: true }] : [...p.choices];
        const value = await guard(
          select<V | typeof BACK>(
            {
              message: p.message,
              choices: withSeparator(choices, (c) => ({ value: c.value, name: c.label, ...(c.description ? { description: c.description } : {}) })),
              ...(p.default === undefined ? {} : { default: p.default }),
              pageSize: pageSize(choices.length + 1),
              loop: false,
              theme,
            },
            context,
          ),
        );
        if (value === BACK) throw new GoBack();
        return value as V;
      }),
    checkbox: <V>(p: CheckboxPrompt<V>) =>
      first(() =>
        guard(
          checkbox<V>(
            {
              message: p.message,
              choices: p.choices.map((c) => ({
                value: c.value,
                name: c.label,
                checked: p.checked.includes(c.value),
                ...(c.description ? { description: c.description } : {}),
              })),
              pageSize: pageSize(p.choices.length),
              loop: false,
              theme,
            },
            context,
          ),
        ),
      ),
    confirm: (p) => first(() => guard(confirm({ message: p.message, default: p.default, theme }, context))),
  };

  /**
   * One line of text. A suggestion sits beside the question, "(suggested: TBD)", and whatever is
   * typed replaces it; a current answer is put on the line to edit in place, and the question
   * says so. `<` goes back when the prompt offers it.
   */
  async function line(p: InputPrompt, check: ((typed: string) => string | undefined) | undefined): Promise<string> {
    const current = p.default !== undefined && p.default !== '' && p.editable === true;
    const suggested = p.default !== undefined && p.default !== '' && !current;
    const typed = await guard(
      input(
        {
          message: current ? `${p.message} ${color.dim('(your answer: edit it, or Enter keeps it)')}` : p.message,
          ...(current ? { default: p.default, prefill: 'editable' as const } : suggested ? { default: p.default, prefill: 'tab' as const } : {}),
          required: p.required ?? false,
          validate: (value: string) => (value === '' || (p.back && value.trim() === BACK_KEY) ? true : (check?.(value) ?? true)),
          theme: suggestionTheme,
        },
        context,
      ),
    );
    if (p.back && typed.trim() === BACK_KEY) throw new GoBack();
    return typed;
  }

  /** Before the first prompt only: drop what is waiting on the terminal, then draw the prompt. */
  function first<T>(prompt: () => Promise<T>): Promise<T> {
    if (drained || !streams.discardTypedAhead) return prompt();
    drained = true;
    return discardTypedAhead(streams.input).then(prompt);
  }
}

/** A number prompt drawn as a line, so that `9,600` and `80%` reach the parser. */
function numberLine(p: NumberPrompt): InputPrompt {
  return { message: p.message, ...(p.default === undefined ? {} : { default: String(p.default) }), ...(p.back ? { back: true } : {}) };
}

function plainNumber(typed: string): number | { problem: string } {
  const n = Number(typed.trim());
  return typed.trim() !== '' && Number.isFinite(n) ? n : { problem: `Type a number, such as 40 or 7.5` };
}

/**
 * Read and drop the bytes already waiting on a terminal: a line pasted before the prompt was
 * drawn sits in the terminal's buffer and would otherwise become the first answer. Raw mode makes
 * a half-typed line readable too; a short pause lets the event loop collect what is there.
 */
async function discardTypedAhead(input: NodeJS.ReadableStream): Promise<void> {
  const tty = input as NodeJS.ReadableStream & { isTTY?: boolean; isRaw?: boolean; setRawMode?: (raw: boolean) => void };
  if (tty.isTTY !== true || typeof tty.setRawMode !== 'function') return;
  const wasRaw = tty.isRaw === true;
  const drop = () => {};
  tty.setRawMode(true);
  tty.on('data', drop);
  tty.resume();
  await new Promise((resolve) => setTimeout(resolve, 40));
  await new Promise((resolve) => setImmediate(resolve));
  tty.off('data', drop);
  tty.pause();
  tty.setRawMode(wasRaw);
}

function withSeparator<V, T>(choices: readonly Choice<V>[], toChoice: (c: Choice<V>) => T): (T | Separator)[] {
  const main = choices.filter((c) => !c.apart).map(toChoice);
  const apart = choices.filter((c) => c.apart).map(toChoice);
  return apart.length ? [...main, new Separator(), ...apart] : main;
}

/** Ctrl-C (ExitPromptError) and a signal (AbortPromptError) both mean the user stopped. Exported for tests that stop the wizard as Ctrl-C does. */
export async function guard<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new Cancelled();
    throw error;
  }
}
