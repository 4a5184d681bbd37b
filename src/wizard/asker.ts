/**
 * The seam between the wizard and the terminal. The wizard only ever talks to an `Asker`; this
 * module is the one place that imports @inquirer/prompts, so tests can swap in a scripted asker
 * and commands that never prompt never load it.
 */
import { checkbox, confirm, input, number, select, Separator } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import { Cancelled } from '../errors.js';
import { plainTheme } from './plain-theme.js';
import { wrap } from './wrap.js';

export interface Choice<V> {
  value: V;
  label: string;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
  /** Drawn after a separator line, apart from the real answers (for "leave it for later"). */
  apart?: boolean;
}

/** Why a typed answer cannot be accepted, or undefined when it can. */
export type Check<T> = (value: T) => string | undefined;

export interface InputPrompt {
  message: string;
  /** What Enter accepts on an empty line (Tab puts it on the line for editing). */
  default?: string;
  /** Put the default on the line, ready to edit, rather than beside the question. */
  editable?: boolean;
  /** Refuse an empty answer (used for the field that names a list item). */
  required?: boolean;
  validate?: Check<string>;
}

export interface NumberPrompt { message: string; default?: number; validate?: Check<number> }

export interface SelectPrompt<V> { message: string; choices: readonly Choice<V>[]; default?: V }

export interface CheckboxPrompt<V> { message: string; choices: readonly Choice<V>[]; checked: readonly V[] }

export interface ConfirmPrompt { message: string; default: boolean }

/** How a note is shown: a stage heading, advice under a question, a result. */
export type NoteStyle = 'heading' | 'progress' | 'help' | 'info' | 'success' | 'warning';

/** One method per kind of prompt; every method rejects with `Cancelled` on Ctrl-C. */
export interface Asker {
  note(text: string, style?: NoteStyle): void;
  input(prompt: InputPrompt): Promise<string>;
  /** Undefined when the line is left empty. */
  number(prompt: NumberPrompt): Promise<number | undefined>;
  select<V>(prompt: SelectPrompt<V>): Promise<V>;
  checkbox<V>(prompt: CheckboxPrompt<V>): Promise<V[]>;
  confirm(prompt: ConfirmPrompt): Promise<boolean>;
}

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
