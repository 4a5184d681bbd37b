/**
 * The cost of a template, measured before Handlebars sees it. Handlebars' parser and compiler are
 * recursive and their time grows much faster than the nesting (5,000 nested `{{#if}}` took
 * 86-116 s), so the mustache tags are counted and their blocks' depth followed by a plain scan of
 * the text first. The scan is conservative: it may count a tag Handlebars would read as text, never
 * the other way round. It also finds an unclosed `{{!--` comment, which Handlebars reports without
 * a position.
 */
import { DocumentError } from '../errors.js';
import type { Position } from '../errors.js';
import { LIMITS, MAX_EXPANDED_TAGS } from '../io/limits.js';
import type { TemplateFile } from './template-source.js';

export interface TemplateCost {
  /** Mustache tags in the file itself (comments excluded). */
  tags: number;
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function fail(file: TemplateFile, offset: number, message: string): DocumentError {
  return new DocumentError(file.display, message, { position: positionAt(file.text, offset), source: 'template' });
}

/** Whether the tag at `start` (just after `{{` and any `~`) opens a block: `{{#x}}`, `{{^x}}`, `{{#> p}}`. */
function opensBlock(text: string, start: number): boolean {
  const c = text[start];
  if (c === '#') return true;
  // `{{^}}` alone is an `else`; `{{^name}}` opens an inverse block.
  return c === '^' && !/^\s*~?\}\}/.test(text.slice(start + 1, start + 8));
}

/** Check a template's size, tags and nesting against the limits; throws at the first excess. */
export function measureTemplate(file: TemplateFile): TemplateCost {
  const { maxBytes, maxDepth, maxNodes } = LIMITS.template;
  const { text } = file;
  if (Buffer.byteLength(text) > maxBytes) throw fail(file, 0, `${file.display} is larger than ${maxBytes / 1024} KiB, the limit for a template`);
  let tags = 0;
  let depth = 0;
  let at = text.indexOf('{{');
  while (at !== -1) {
    if (at > 0 && text[at - 1] === '\\') {
      at = text.indexOf('{{', at + 2);
      continue;
    }
    let start = at + 2;
    while (text[start] === '{' || text[start] === '~') start++;
    if (text[start] === '!') {
      const long = text.startsWith('--', start + 1);
      const end = text.indexOf(long ? '--' : '}}', start + (long ? 3 : 1));
      const close = long ? text.indexOf('}}', end) : end;
      if (end === -1 || close === -1) {
        throw fail(file, at, long ? 'this {{!-- comment is never closed with --}}' : 'this {{! comment is never closed with }}');
      }
      at = text.indexOf('{{', close + 2);
      continue;
    }
    if (++tags > maxNodes) throw fail(file, at, `${file.display} has more than ${maxNodes} {{...}} tags, the limit for a template`);
    if (opensBlock(text, start)) {
      if (++depth > maxDepth) throw fail(file, at, `blocks nest more than ${maxDepth} deep here, the limit for a template`);
    } else if (text[start] === '/') {
      depth = Math.max(0, depth - 1);
    }
    at = text.indexOf('{{', start);
  }
  return { tags };
}

/** What the partial-graph check needs of each template: its own tags and the partials it uses. */
export interface CostNode {
  file: TemplateFile;
  tags: number;
  partials: readonly { name: string; position: Position }[];
}

/**
 * Refuse a template whose partials, expanded, would exceed MAX_EXPANDED_TAGS. Cycles are already
 * refused, so the graph is acyclic; sizes are memoised, and the sum stops growing at the limit.
 */
export function checkExpandedSize(roots: readonly CostNode[], partials: ReadonlyMap<string, CostNode>): void {
  const memo = new Map<string, number>();
  const size = (node: CostNode): number => {
    let total = node.tags;
    for (const ref of node.partials) {
      const target = partials.get(ref.name);
      if (!target) continue;
      let sub = memo.get(ref.name);
      if (sub === undefined) {
        sub = size(target);
        memo.set(ref.name, sub);
      }
      total = Math.min(total + sub, MAX_EXPANDED_TAGS + 1);
      if (total > MAX_EXPANDED_TAGS) {
        throw new DocumentError(node.file.display, `this partial brings the template past ${MAX_EXPANDED_TAGS} {{...}} tags once its partials are expanded, the limit for a template`, {
          position: ref.position,
          source: 'template',
        });
      }
    }
    return total;
  };
  for (const root of roots) size(root);
}
