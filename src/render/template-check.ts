/**
 * Checks made on a template's syntax tree before anything is rendered, for what Handlebars would
 * otherwise only notice while rendering (or not at all): a partial that does not exist or is
 * chosen from data, a decorator other than `inline`, a string that no pack.yaml defines, and
 * partials that include themselves, which would end in a stack overflow. Each error names the
 * template file, line and column.
 */
import { DocumentError } from '../errors.js';
import type { Position } from '../errors.js';
import { isPlainObject } from '../model/values.js';
import type { Strings } from './pack.js';
import type { TemplateFile } from './template-source.js';

type Node = hbs.AST.Node;

/** A partial name as a file in `partials/` gives it: no folders, no `..`, nothing absolute. */
const PARTIAL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface PartialRef {
  name: string;
  position: Position;
  /** `{{#> name}}fallback{{/name}}`: Handlebars renders the fallback when there is no such partial. */
  optional: boolean;
}

export interface TemplateRefs {
  file: TemplateFile;
  partials: PartialRef[];
  /** Partials the template defines itself with `{{#*inline "name"}}`. */
  inline: string[];
  /** Where the template shows `{{> @partial-block}}`, the content of a block that includes it. */
  partialBlock?: Position;
}

/** Handlebars' own hooks: callable by name, but they fail with an internal message when called. */
const HOOKS = new Set(['helperMissing', 'blockHelperMissing']);

function positionOf(node: Node): Position {
  return { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
}

function fail(file: TemplateFile, node: Node, message: string): DocumentError {
  return new DocumentError(file.display, message, { position: positionOf(node), source: 'template' });
}

/** Every node of the tree, without recursion (a template may nest deeply). */
function* nodes(root: Node): Generator<Node> {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (isPlainObject(value) && typeof value.type === 'string') {
      yield value as unknown as Node;
      for (const [key, child] of Object.entries(value)) if (key !== 'loc' && typeof child === 'object') stack.push(child);
    }
  }
}

/** Walk one template's tree: check it, and collect the partials it uses. */
export function checkTemplate(file: TemplateFile, ast: hbs.AST.Program, strings: Strings): TemplateRefs {
  const refs: TemplateRefs = { file, partials: [], inline: [] };
  for (const node of nodes(ast)) {
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const ref = partialRef(file, node as hbs.AST.PartialStatement, node.type === 'PartialBlockStatement');
      if (ref) refs.partials.push(ref);
      else refs.partialBlock ??= positionOf(node);
    } else if (node.type === 'DecoratorBlock' || node.type === 'Decorator') {
      const decorator = node as hbs.AST.DecoratorBlock;
      const name = decorator.params[0];
      if (decorator.path.original !== 'inline' || name?.type !== 'StringLiteral') {
        throw fail(file, node, 'only {{#*inline "name"}} decorators are allowed in templates');
      }
      refs.inline.push((name as hbs.AST.StringLiteral).value);
      checkInlineRecursion(file, decorator, (name as hbs.AST.StringLiteral).value);
    } else if (node.type === 'PathExpression') {
      const path = node as hbs.AST.PathExpression;
      if (HOOKS.has(path.original)) throw fail(file, node, `${path.original} is Handlebars' own hook, not a helper a template can call`);
      checkStringPath(file, path, strings);
    }
  }
  return refs;
}

/** An inline partial that includes itself would recurse until the stack runs out. */
function checkInlineRecursion(file: TemplateFile, block: hbs.AST.DecoratorBlock, name: string): void {
  for (const node of nodes(block.program)) {
    if (node.type !== 'PartialStatement' && node.type !== 'PartialBlockStatement') continue;
    const target = (node as hbs.AST.PartialStatement).name as Node;
    const called = target.type === 'PathExpression' ? (target as hbs.AST.PathExpression).original : String((target as hbs.AST.StringLiteral).value);
    if (called === name) throw fail(file, node, `template recursion in inline partial "${name}": it includes itself`);
  }
}

function partialRef(file: TemplateFile, node: hbs.AST.PartialStatement, optional: boolean): PartialRef | undefined {
  const nameNode = node.name as Node;
  if (nameNode.type === 'PathExpression' && (nameNode as hbs.AST.PathExpression).data) {
    if ((nameNode as hbs.AST.PathExpression).original === '@partial-block') return undefined;
  }
  let name: string;
  if (nameNode.type === 'PathExpression') name = (nameNode as hbs.AST.PathExpression).original;
  else if (nameNode.type === 'StringLiteral' || nameNode.type === 'NumberLiteral') name = String((nameNode as hbs.AST.StringLiteral).value);
  else throw fail(file, node, 'a partial must be named in the template ({{> name}}); copkit does not pick partials from data');
  if (!PARTIAL_NAME.test(name)) {
    throw fail(file, node, `"${name}" is not a partial name: a partial is a file partials/<name>.hbs of the pack or of copkit's templates, named without folders`);
  }
  return { name, position: positionOf(node), optional };
}

/** `strings.x`, `../strings.x` and `@root.strings.x` must name a string some pack.yaml defines. */
function checkStringPath(file: TemplateFile, path: hbs.AST.PathExpression, strings: Strings): void {
  const parts = path.data ? (path.parts[0] === 'root' ? path.parts.slice(1) : []) : path.parts;
  if (parts[0] !== 'strings') return;
  let value: unknown = strings;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    const shown = `strings.${parts.slice(1, i + 1).join('.')}`;
    if (Array.isArray(value) && (part === 'length' || /^\d+$/.test(part))) return;
    if (!isPlainObject(value)) throw fail(file, path, `${shown} does not exist: strings.${parts.slice(1, i).join('.')} is text, not a group of strings`);
    if (!Object.hasOwn(value, part)) throw fail(file, path, `${shown} is used here, but no pack.yaml defines it under strings`);
    value = value[part];
  }
}

/**
 * Check the partials used across a set of templates: each must exist (unless it has a fallback
 * or the template defines it inline), and no partial may include itself, directly or through
 * others. `partialFiles` maps each partial name to the checked template that defines it.
 */
export function checkPartials(all: readonly TemplateRefs[], partialFiles: ReadonlyMap<string, TemplateRefs>): void {
  const inline = new Set(all.flatMap((r) => r.inline));
  for (const refs of all) {
    if (refs.partialBlock && ![...partialFiles.values()].includes(refs)) {
      throw new DocumentError(refs.file.display, '{{> @partial-block}} only works in a partial included as a block ({{#> name}}...{{/name}})', { position: refs.partialBlock, source: 'template' });
    }
    for (const ref of refs.partials) {
      const target = partialFiles.get(ref.name);
      if (!ref.optional && target?.partialBlock && !inline.has(ref.name)) {
        throw new DocumentError(
          target.file.display,
          `{{> @partial-block}} shows the block of a {{#> ${ref.name}}}...{{/${ref.name}}}, but ${refs.file.display} includes this partial without one (line ${ref.position.line})`,
          { position: target.partialBlock, source: 'template' },
        );
      }
      if (!ref.optional && !partialFiles.has(ref.name) && !inline.has(ref.name)) {
        throw new DocumentError(refs.file.display, `partial "${ref.name}" not found: no partials/${ref.name}.hbs in the pack or in copkit's templates`, { position: ref.position, source: 'template' });
      }
    }
  }
  const done = new Set<string>();
  for (const name of [...partialFiles.keys()].sort()) findCycle(name, [], partialFiles, done);
}

/** Depth-first search of the partial graph; throws at the reference that closes a cycle. */
function findCycle(name: string, trail: string[], partials: ReadonlyMap<string, TemplateRefs>, done: Set<string>): void {
  if (done.has(name)) return;
  const refs = partials.get(name);
  if (!refs) return;
  const here = [...trail, name];
  for (const ref of refs.partials) {
    if (here.includes(ref.name)) {
      const loop = [...here.slice(here.indexOf(ref.name)), ref.name];
      throw new DocumentError(refs.file.display, `template recursion in partial "${ref.name}": ${loop.join(' > ')}; a partial cannot include itself`, {
        position: ref.position,
        source: 'template',
      });
    }
    findCycle(ref.name, here, partials, done);
  }
  done.add(name);
}
