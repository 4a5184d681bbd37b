/** The shapes of a design comparison, shared by `diff.ts` and the list comparison it uses. */
import type { Path } from '../findings.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'reordered';

/** An answer as a whole, one entry of a plain list, one item of a list of objects, or one field of an item. */
export type ChangeScope = 'answer' | 'entry' | 'item' | 'field';

export interface Change {
  kind: ChangeKind;
  scope: ChangeScope;
  /** Where in cop.yaml, for --json; never shown to people. */
  path: Path;
  /** The answer or list item, named for a person: a question label or "Role R3 Executive sponsor". */
  subject: string;
  /** The item's field that changed ("holder"), for changes inside a list item. */
  field?: string;
  before?: string;
  after?: string;
}

export interface ChangeGroup {
  id: string;
  title: string;
  changes: Change[];
}

export interface DesignDiff {
  groups: ChangeGroup[];
  revision: { before: number | null; after: number | null };
  /** Comments were added, removed or edited. */
  comments: boolean;
  /** The text differs but neither answers nor comments do (spacing, quoting, key order). */
  formatting: boolean;
}

/** One version of cop.yaml: its data, its text and its comments in order. */
export interface DesignVersion {
  data: Record<string, unknown>;
  text: string;
  comments: readonly string[];
}
