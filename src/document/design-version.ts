/**
 * One version of cop.yaml read from bytes (a file or a git revision), checked like any cop.yaml,
 * with its comments in document order so that a diff can tell comment edits from answer edits.
 */
import { isNode, isPair, visit } from 'yaml';
import type { Document } from 'yaml';
import { decodeText } from '../io/read-text.js';
import type { DesignVersion } from '../model/diff.js';
import { checkRootAndFormat } from './format-version.js';
import { parseYaml } from './parse-yaml.js';

export function readDesignVersion(bytes: Buffer, display: string): DesignVersion {
  const file = decodeText(bytes, display);
  const { doc, lineCounter } = parseYaml(file);
  checkRootAndFormat(display, doc, lineCounter);
  return { data: doc.toJS() as Record<string, unknown>, text: file.text, comments: commentsOf(doc) };
}

type Commented = { commentBefore?: string | null; comment?: string | null };

function commentsOf(doc: Document): string[] {
  const found: string[] = [];
  // Line by line and without blank lines: a blank line moved within a comment is formatting.
  const add = (text: string | null | undefined) => {
    for (const line of text?.split('\n') ?? []) if (line.trim() !== '') found.push(line.trim());
  };
  const take = (node: Commented | null | undefined) => {
    add(node?.commentBefore);
    add(node?.comment);
  };
  take(doc);
  visit(doc, (_key, node) => {
    if (isPair(node)) {
      if (isNode(node.key)) take(node.key);
    } else if (isNode(node)) {
      take(node);
    }
  });
  return found;
}
