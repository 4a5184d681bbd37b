/**
 * The one Handlebars instance copkit renders with. It is isolated (`Handlebars.create()`), gets
 * its helpers and partials once, and compiles in strict mode (a missing field is an error), with
 * knownHelpersOnly (an unknown helper is a compile error with its line) and without HTML escaping
 * (the output is Markdown; helpers do the escaping that Markdown needs). Only strings read from
 * template files are ever compiled: values from cop.yaml are data and are never compiled. The
 * templates may come from a consultant's pack, so each is also checked before it is compiled
 * (template-check.ts): partials, decorators, strings, and partials that include themselves.
 */
import type Handlebars from 'handlebars';
import { DocumentError } from '../errors.js';
import { COMPILE_OPTIONS } from './compile-options.js';
import { helpers } from './helpers.js';
import { mergeStrings } from './pack.js';
import type { Strings } from './pack.js';
import type { PrecompiledSet, PrecompiledTemplate } from './precompiled.js';
import { checkPartials, checkTemplate } from './template-check.js';
import type { TemplateRefs } from './template-check.js';
import { checkExpandedSize, measureTemplate } from './template-limits.js';
import { partialName } from './template-source.js';
import type { TemplateFile, TemplateSource } from './template-source.js';

export interface Engine {
  /** Render a template (by name) against a view model. Throws DocumentError naming the file. */
  render(name: string, context: object): string;
  /** What templates get as `strings` (the caller adds it to the view model): every pack's, merged. */
  readonly strings: Strings;
  /** Partial files (`partials/x.hbs`) that no template uses, directly or through other partials. */
  readonly unusedPartials: readonly string[];
}

type Compiled = (context: object, options?: Handlebars.RuntimeOptions) => string;
type HandlebarsModule = typeof Handlebars;

export { COMPILE_OPTIONS } from './compile-options.js';

/** One file the engine loads: read from a pack (checked and compiled here), or precompiled. */
type Entry = { file: TemplateFile; pre?: undefined } | { file: TemplateFile; pre: PrecompiledTemplate };

/**
 * Load, check and compile every template and partial up front, so that errors surface before any
 * write, and once per run however many designs use the same templates. With `precompiled` (the
 * build's copkit templates, precompiled.ts), only the files a pack replaces are read, checked and
 * compiled; with no pack at all, Handlebars' compiler is not even loaded.
 */
export async function createEngine(source: TemplateSource, templates: readonly string[], options: { precompiled?: PrecompiledSet | undefined } = {}): Promise<Engine> {
  const builtin = source.layers.find((layer) => layer.builtin);
  const precompiled = builtin ? options.precompiled : undefined;
  const partials = precompiled ? mergePartials(await source.packPartials(), precompiled) : await source.partials();
  const entries: Entry[] = [];
  for (const name of [...partials, ...templates]) {
    const own = precompiled?.[name];
    const fromPack = precompiled ? await source.readFromPacks(name) : undefined;
    if (fromPack) entries.push({ file: fromPack });
    else if (own && builtin) entries.push({ file: { name, display: `${builtin.display}${name}`, text: '' }, pre: own });
    else entries.push({ file: await source.read(name) });
  }
  const compiler = entries.some((entry) => !entry.pre);
  const hb = (
    compiler ? ((await import('handlebars')) as unknown as { default: HandlebarsModule }).default : ((await import('handlebars/runtime.js')) as unknown as { default: HandlebarsModule }).default
  ).create();
  // Prototype-access denials would print to stderr: a template that reads the prototype simply
  // gets nothing (the access stays blocked). Handlebars logs them through its module-wide logger,
  // not the instance's `log`, so both are quietened; only this command loads Handlebars.
  hb.log = () => undefined;
  hb.logger.level = 4;
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const strings = mergeStrings(source.layers.map((layer) => layer.strings));
  // Measured before parsing: Handlebars' cost grows much faster than a template's nesting.
  const tags = entries.map(({ file, pre }) => pre?.tags ?? measureTemplate(file).tags);
  const checked = entries.map(
    ({ file, pre }): TemplateRefs =>
      pre ? { file, partials: pre.partials, inline: pre.inline, ...(pre.partialBlock ? { partialBlock: pre.partialBlock } : {}) } : checkTemplate(file, parse(hb, file), strings),
  );
  const byPartial = new Map<string, TemplateRefs>(partials.map((name, i) => [partialName(name), checked[i]!]));
  checkPartials(checked, byPartial);
  const costs = checked.map((refs, i) => ({ ...refs, tags: tags[i]! }));
  checkExpandedSize(costs.slice(partials.length), new Map(partials.map((name, i) => [partialName(name), costs[i]!])));
  const compiled = new Map<string, Compiled>();
  entries.forEach(({ file, pre }, i) => {
    const fn = pre ? guard(file, hb.template(pre.spec as Parameters<HandlebarsModule['template']>[0]) as Compiled) : compile(hb, file);
    if (i < partials.length) hb.registerPartial(partialName(file.name), fn as unknown as Handlebars.Template);
    else compiled.set(file.name, fn);
  });
  const used = usedPartials(checked.slice(partials.length), byPartial);
  return {
    strings,
    unusedPartials: partials.filter((name) => !used.has(partialName(name))),
    render(name, context) {
      const fn = compiled.get(name);
      if (!fn) throw new DocumentError(name, `template ${name} was not loaded`);
      return fn(context);
    },
  };
}

/** The packs' partials and copkit's own (precompiled), sorted, as `source.partials()` lists them. */
function mergePartials(packPartials: readonly string[], precompiled: PrecompiledSet): string[] {
  const own = Object.keys(precompiled).filter((name) => name.startsWith('partials/') && !name.slice('partials/'.length).includes('/'));
  return [...new Set([...packPartials, ...own])].sort();
}

/** The partials reachable from `roots`, following partials that include other partials. */
function usedPartials(roots: readonly TemplateRefs[], byPartial: ReadonlyMap<string, TemplateRefs>): Set<string> {
  const used = new Set<string>();
  const queue = roots.flatMap((r) => r.partials.map((p) => p.name));
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    for (const ref of byPartial.get(name)?.partials ?? []) queue.push(ref.name);
  }
  return used;
}

function parse(hb: HandlebarsModule, file: TemplateFile): hbs.AST.Program {
  try {
    return hb.parse(file.text);
  } catch (error) {
    throw compileError(file, error);
  }
}

/** An error while parsing or compiling; a stack overflow there means blocks nested too deeply. */
function compileError(file: TemplateFile, error: unknown): DocumentError {
  if (!isStackOverflow(error)) return templateError(file, error);
  return new DocumentError(file.display, `${file.display}: the template nests its blocks too deeply to be compiled`, { source: 'template', cause: error });
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Handlebars compiles on first use; `_setup` makes it compile now, so errors come before rendering. */
interface LazyTemplate {
  _setup?: (options: object) => unknown;
}

/** Compile now and tie every later error to the file. */
function compile(hb: HandlebarsModule, file: TemplateFile): Compiled {
  let fn: Compiled;
  try {
    fn = hb.compile(file.text, COMPILE_OPTIONS) as Compiled;
    (fn as unknown as LazyTemplate)._setup?.({});
  } catch (error) {
    throw compileError(file, error);
  }
  return guard(file, fn);
}

/** Tie every error of a compiled template to its file. */
function guard(file: TemplateFile, fn: Compiled): Compiled {
  return (context, options) => {
    try {
      return fn(context, options);
    } catch (error) {
      throw templateError(file, error);
    }
  };
}

/** A Handlebars error as one line naming the template file, line and column. */
function templateError(file: TemplateFile, error: unknown): DocumentError {
  if (error instanceof DocumentError) return error;
  if (isStackOverflow(error)) {
    // The partial graph is checked for cycles first; this catches the rest (inline partials).
    return new DocumentError(file.display, `${file.display}: template recursion: a partial includes itself, directly or through others`, { source: 'template', cause: error });
  }
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
  if (parseLine) {
    // Handlebars lists the tokens its grammar expected; the text where it stopped says more.
    const source = file.text.split('\n')[Number(parseLine[1]) - 1]?.trim() ?? '';
    message = /got 'EOF'$/.test(raw)
      ? 'template syntax error: the file ends before a {{...}} tag or a {{#...}} block is closed'
      : `template syntax error in this line: ${JSON.stringify(source.length > 60 ? `${source.slice(0, 57)}...` : source)}`;
  }
  if (!position) message = `${file.display}: ${message}`;
  return new DocumentError(file.display, message, { ...(position ? { position } : {}), source: 'template', cause: error });
}
