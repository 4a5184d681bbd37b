/**
 * The one Handlebars instance copkit renders with. It is isolated (`Handlebars.create()`), gets
 * its helpers and partials once, and compiles in strict mode (a missing field is an error), with
 * knownHelpersOnly (an unknown helper is a compile error with its line) and without HTML escaping
 * (the output is Markdown; helpers do the escaping that Markdown needs). Only strings read from
 * template files are ever compiled: values from cop.yaml are data and are never compiled.
 */
import Handlebars from 'handlebars';
import { DocumentError } from '../errors.js';
import { helpers, knownHelpers } from './helpers.js';
import type { TemplateFile, TemplateSource } from './template-source.js';

export interface Engine {
  /** Render a template (by name) against a view model. Throws DocumentError naming the file. */
  render(name: string, context: object): string;
}

type Compiled = (context: object, options?: Handlebars.RuntimeOptions) => string;

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: knownHelpers(),
  noEscape: true,
  preventIndent: true,
} as const;

/** `partials/charter-goals.hbs` is used as `{{> charter-goals}}`. */
export function partialName(file: string): string {
  return file.replace(/^partials\//, '').replace(/\.hbs$/, '');
}

/** Load and compile every template and partial up front, so errors surface before any write. */
export async function createEngine(source: TemplateSource, templates: readonly string[]): Promise<Engine> {
  const hb = Handlebars.create();
  // Prototype-access denials would print to stderr: a template that reads the prototype simply
  // gets nothing (the access stays blocked). Handlebars logs them through its module-wide logger,
  // not the instance's `log`, so both are quietened; only this command loads Handlebars.
  hb.log = () => undefined;
  hb.logger.level = 4;
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const compiled = new Map<string, Compiled>();
  for (const name of await source.partials()) {
    const fn = compile(hb, await source.read(name));
    hb.registerPartial(partialName(name), fn as unknown as Handlebars.Template);
  }
  for (const name of templates) compiled.set(name, compile(hb, await source.read(name)));
  return {
    render(name, context) {
      const fn = compiled.get(name);
      if (!fn) throw new DocumentError(name, `template ${name} was not loaded`);
      return fn(context);
    },
  };
}

/** Compile now (Handlebars would compile on first use) and tie every later error to the file. */
function compile(hb: typeof Handlebars, file: TemplateFile): Compiled {
  let fn: Compiled;
  try {
    hb.precompile(file.text, COMPILE_OPTIONS);
    fn = hb.compile(file.text, COMPILE_OPTIONS) as Compiled;
  } catch (error) {
    throw templateError(file, error);
  }
  return (context, options) => {
    try {
      return fn(context, options);
    } catch (error) {
      throw templateError(file, error);
    }
  };
}

/** A Handlebars error as one line naming the template file, line and column. */
export function templateError(file: TemplateFile, error: unknown): DocumentError {
  if (error instanceof DocumentError) return error;
  const raw = error instanceof Error ? error.message : String(error);
  const detail = error as { lineNumber?: number; column?: number };
  const parseLine = /Parse error on line (\d+)/.exec(raw);
  const line = detail.lineNumber ?? (parseLine ? Number(parseLine[1]) : undefined);
  const position = line === undefined ? undefined : { line, column: (detail.column ?? 0) + 1 };
  let message = raw.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  const unknown = /unknown helper (\S+)/.exec(message);
  if (unknown) message = `unknown helper "${unknown[1]}"; the helpers are: ${Object.keys(helpers).join(', ')}`;
  const missing = /^"([^"]+)" not defined/.exec(message);
  if (missing) message = `"${missing[1]}" is not a field of the data this template receives`;
  if (parseLine) message = `template syntax error: ${raw.split('\n').slice(-1)[0]}`;
  if (!position) message = `${file.display}: ${message}`;
  return new DocumentError(file.display, message, { ...(position ? { position } : {}), source: 'template', cause: error });
}
