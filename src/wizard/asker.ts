/**
 * The seam between the wizard and the terminal. The wizard only ever talks to an `Asker` it is
 * given; commands/terminal-asker.ts draws the prompts on a terminal, and tests swap in a
 * scripted asker.
 */

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

/**
 * Thrown by a prompt when the person asks to return to the previous question (typing `<` on a
 * line, or picking "Back" in a list). Only prompts with `back: true` offer it.
 */
export class GoBack extends Error {
  constructor() {
    super('back to the previous question');
    this.name = 'GoBack';
  }
}

/** What a person types on a line to go back. */
export const BACK_KEY = '<';

export interface InputPrompt {
  message: string;
  /**
   * What Enter accepts on an empty line. A suggestion (not `editable`) is shown beside the
   * question and replaced by whatever is typed; Tab puts it on the line for editing.
   */
  default?: string;
  /** The default is the current answer: put it on the line, ready to edit in place. */
  editable?: boolean;
  /** Offer a way back to the previous question. */
  back?: boolean;
  /** Refuse an empty answer (used for the field that names a list item). */
  required?: boolean;
  validate?: Check<string>;
}

export interface NumberPrompt {
  message: string;
  default?: number;
  validate?: Check<number>;
  /** Reads what was typed (`9,600`, `80%`): the number, or why it is not one. Default: plain numbers. */
  parse?: (typed: string) => number | { problem: string };
  back?: boolean;
}

export interface SelectPrompt<V> {
  message: string;
  choices: readonly Choice<V>[];
  default?: V;
  back?: boolean;
}

export interface CheckboxPrompt<V> {
  message: string;
  choices: readonly Choice<V>[];
  checked: readonly V[];
}

export interface ConfirmPrompt {
  message: string;
  default: boolean;
}

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
