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
  const take = (node: Commented | null | undefined) => {
    if (!node) return;
    if (node.commentBefore) found.push(node.commentBefore.trim());
    if (node.comment) found.push(node.comment.trim());
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
