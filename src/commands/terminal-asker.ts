/**
 * The `Asker` of a person at a terminal: the one module that imports @inquirer/prompts, so that
 * commands that never prompt never load it. Prompts and notes go to the stream it is given.
 */
import { checkbox, confirm, input, number, select, Separator } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import { Cancelled } from '../errors.js';
import type { Asker, CheckboxPrompt, Choice, NoteStyle, SelectPrompt } from '../wizard/asker.js';
import { plainTheme } from '../wizard/plain-theme.js';
import { wrap } from '../wizard/wrap.js';

export interface TerminalStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { columns?: number };
  color: ChalkInstance;
  signal?: AbortSignal;
}

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
  return {
    note(text, style = 'info') {
      const width = Math.min(streams.output.columns ?? 80, 100) - 1;
      const indent = style === 'help' ? '  ' : '';
      streams.output.write(`${styles[style](wrap(text, width, indent))}\n`);
    },
    input: (p) => guard(input({
      message: p.message,
      ...(p.default ? { default: p.default, prefill: p.editable ? 'editable' as const : 'tab' as const } : {}),
      required: p.required ?? false,
      validate: (value: string) => (value === '' ? true : p.validate?.(value) ?? true),
      theme,
    }, context)),
    number: (p) => guard(number({
      message: p.message,
      ...(p.default === undefined ? {} : { default: p.default }),
      step: 'any',
      required: false,
      validate: (value: number | undefined) => (value === undefined ? true : p.validate?.(value) ?? true),
      theme,
    }, context)),
    select: <V>(p: SelectPrompt<V>) => guard(select<V>({
      message: p.message,
      choices: withSeparator(p.choices, (c) => ({ value: c.value, name: c.label, ...(c.description ? { description: c.description } : {}) })),
      ...(p.default === undefined ? {} : { default: p.default }),
      pageSize: pageSize(p.choices.length + 1),
      loop: false,
      theme,
    }, context)),
    checkbox: <V>(p: CheckboxPrompt<V>) => guard(checkbox<V>({
      message: p.message,
      choices: p.choices.map((c) => ({
        value: c.value, name: c.label, checked: p.checked.includes(c.value),
        ...(c.description ? { description: c.description } : {}),
      })),
      pageSize: pageSize(p.choices.length),
      loop: false,
      theme,
    }, context)),
    confirm: (p) => guard(confirm({ message: p.message, default: p.default, theme }, context)),
  };
}

function withSeparator<V, T>(choices: readonly Choice<V>[], toChoice: (c: Choice<V>) => T): (T | Separator)[] {
  const main = choices.filter((c) => !c.apart).map(toChoice);
  const apart = choices.filter((c) => c.apart).map(toChoice);
  return apart.length ? [...main, new Separator(), ...apart] : main;
}

/** Ctrl-C (ExitPromptError) and a signal (AbortPromptError) both mean the user stopped. */
async function guard<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new Cancelled();
    throw error;
  }
}
