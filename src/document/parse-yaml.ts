import { basename } from 'node:path';
import { Composer, isAlias, isCollection, isPair, isScalar, Lexer, LineCounter, Parser, visit } from 'yaml';
import type { CST, Document, Node, YAMLError } from 'yaml';
import { DocumentError } from '../errors.js';
import type { Position } from '../errors.js';
import { LIMITS } from '../io/limits.js';
import type { FileLimits } from '../io/limits.js';
import type { TextFile } from '../io/read-text.js';

/** Options that keep a hand-edited file's values as plain data (ENGINEERING.md 2.1). */
export const YAML_OPTIONS = {
  uniqueKeys: true,
  maxAliasCount: 0,
  resolveKnownTags: false,
  logLevel: 'silent',
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

export interface ParsedYaml {
  file: TextFile;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/**
 * Parse YAML text into a Document that keeps comments and positions, rejecting what could harm
 * copkit or silently change meaning: deep nesting, several documents, anchors and aliases,
 * collection keys and explicit tags.
 */
export function parseYaml(file: TextFile, limits: FileLimits = LIMITS.design): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => positionInText(file.text, offset);
  const fail = (message: string, offset: number, hint?: string): never => {
    throw new DocumentError(file.path, message, { position: at(offset), source: 'yaml', ...(hint ? { hint } : {}) });
  };

  const tokens = tokenize(file.text, lineCounter, fail, limits);
  checkDepth(tokens, fail, limits.maxDepth);
  const docs = [...new Composer(YAML_OPTIONS).compose(tokens, true, file.text.length)];
  const [doc, second] = docs;
  if (second) fail('the file holds more than one YAML document (a second --- line); copkit expects exactly one', second.range[0]);
  if (!doc) fail('the file is empty', 0);
  const parsed = doc as Document.Parsed;
  const error = parsed.errors[0];
  if (error) throw yamlError(file.path, error, at, parsed);
  rejectUnsafeNodes(parsed, fail, basename(file.path));
  return { file, doc: parsed, lineCounter };
}

export function toPosition(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Position of an offset found before the line counter has seen the text. */
function positionInText(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function yamlError(path: string, error: YAMLError, at: (offset: number) => Position, doc: Document.Parsed): DocumentError {
  if (error.code === 'DUPLICATE_KEY') return duplicateKeyError(path, error.pos[0], at, doc);
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const unclosed = error.code === 'MISSING_CHAR' && /quote/i.test(message);
  return new DocumentError(path, `invalid YAML: ${message}`, {
    position: at(error.pos[0]),
    source: 'yaml',
    ...(unclosed ? { hint: 'YAML reports an unclosed quote where the file ends; look for the opening quote above.' } : {}),
  });
}

/** Name both places a key appears, so the user can decide which one to keep. */
function duplicateKeyError(path: string, offset: number, at: (offset: number) => Position, doc: Document.Parsed): DocumentError {
  let name = '';
  let first: number | undefined;
  visit(doc, {
    Map: (_key, map) => {
      const second = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (!second || !isScalar(second.key)) return undefined;
      name = String(second.key.value);
      const earlier = map.items.find((p) => p !== second && isScalar(p.key) && String(p.key.value) === name);
      first = (earlier?.key as Node | undefined)?.range?.[0];
      return visit.BREAK;
    },
  });
  const firstAt = first === undefined ? undefined : at(first);
  const where = firstAt ? ` (first at line ${firstAt.line}, column ${firstAt.column})` : '';
  return new DocumentError(path, `the key ${name || 'here'} appears twice in the same mapping${where}; keep one`, {
    position: at(offset),
    source: 'yaml',
  });
}

type Fail = (message: string, offset: number) => never;

/**
 * Lex once, feeding the parser token by token, and stop at once if flow brackets nest too deep:
 * `[[[[...` can nest thousands deep in a few bytes, and deep input endangers the recursive composer.
 */
function tokenize(text: string, lineCounter: LineCounter, fail: Fail, limits: FileLimits): CST.Token[] {
  const parser = new Parser(lineCounter.addNewLine);
  const tokens: CST.Token[] = [];
  lineCounter.addNewLine(0);
  let depth = 0;
  let offset = 0;
  let count = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (++count > limits.maxNodes) {
      fail(`${limits.kind} may hold at most ${limits.maxNodes} YAML tokens (keys, values, punctuation); this one has more`, offset);
    }
    if (lexeme === '[' || lexeme === '{') {
      if (++depth > limits.maxDepth) fail(`the YAML is nested more than ${limits.maxDepth} levels deep`, offset);
    } else if (lexeme === ']' || lexeme === '}') {
      depth = Math.max(0, depth - 1);
    }
    offset += lexeme.length;
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

interface CstLike {
  type?: string;
  offset?: number;
  items?: { key?: unknown; value?: unknown }[];
  value?: unknown;
}

/** Walk the concrete syntax tree without recursion and refuse block nesting past the limit. */
function checkDepth(tokens: readonly CST.Token[], fail: Fail, maxDepth: number): void {
  const stack: [CstLike, number][] = tokens.map((t) => [t as unknown as CstLike, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (depth > maxDepth) fail(`the YAML is nested more than ${maxDepth} levels deep`, token.offset ?? 0);
    if (token.type === 'document' && token.value) stack.push([token.value as CstLike, depth]);
    for (const item of token.items ?? []) {
      if (item.key && typeof item.key === 'object') stack.push([item.key as CstLike, depth + 1]);
      if (item.value && typeof item.value === 'object') stack.push([item.value as CstLike, depth + 1]);
    }
  }
}

/**
 * `name` is the file's own name (cop.yaml, pack.yaml), for the messages. Nodes are checked in the
 * order yaml's visit() takes them (a collection before its items, a pair before its key and
 * value), so the first problem in the file is the one reported; walked by hand because visit()
 * copies and freezes the path at every node, which made this walk a tenth of the parse.
 */
function rejectUnsafeNodes(doc: Document.Parsed, fail: Fail, name: string): void {
  const start = (node: Node | null | undefined): number => node?.range?.[0] ?? 0;
  // Recursion is safe: checkDepth has already refused nesting past the limit.
  const check = (node: unknown): void => {
    if (isAlias(node)) fail(`YAML aliases (*name) are not supported in ${name}; write the value out`, start(node));
    if (isPair(node)) {
      const key = node.key as Node | null;
      if (key && !isScalar(key)) fail('a list or mapping is used as a key; keys must be plain names', start(key));
      check(node.key);
      check(node.value);
      return;
    }
    if (!isCollection(node) && !isScalar(node)) return;
    if (node.anchor) fail(`YAML anchors (&${node.anchor}) are not supported in ${name}; write the value out`, start(node));
    if (node.tag) fail(`YAML tags (${node.tag.replace('tag:yaml.org,2002:', '!!')}) are not supported in ${name}`, start(node));
    if (isCollection(node)) for (const item of node.items) check(item);
  };
  check(doc.contents);
}
