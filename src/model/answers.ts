/**
 * The one place that knows where an answer lives in cop.yaml and whether it counts as given.
 *
 * How to read an answer (stage ids and field names are checked against `src/model/stages/`, so a
 * misspelt, renamed or removed question fails the build wherever it is read):
 *
 *   answerOf(data, 'design', 'rhythmSummary')   the value, whatever it is
 *   answersOf(data, 'inquire').vision           a stage's answers as an object ({} when missing)
 *   itemsOf(data, 'design', 'roles')            the entries of a list of objects that are objects
 *   answerAt(data, 'inquire.vision')            the same for a path kept as data (charter sections)
 *   hasAnswer(value), answerSize(value)         "is it answered", "how many entries"
 *   isSet(data, 'launch.launchDate')            both at once
 *   answerPath('design', 'roles')               a typed path for a finding: ['design', 'roles']
 *   valueAt(data, path), setValueAt(...)        any node by a path built from the registry
 *
 * Values come back as `unknown` on purpose: cop.yaml is written by hand, so the types say where
 * an answer is, never that it has the right type (the validator reports those). Read values with
 * a narrowing helper (`text`, `strings`...). Code that walks the registry itself (validation,
 * progress, the wizard) reads with `answersOfStage`, because its field names come from the
 * registry and cannot go stale.
 */
import type { Path } from '../findings.js';
import type { allStages, StageId } from './stage-order.js';
import type { StageSpec } from './spec.js';
import type { CopData } from './types.js';
import { isPlainObject } from './values.js';

type Stage = (typeof allStages)[number];
type Questions<S extends StageId> = Extract<Stage, { id: S }>['questions'];

/** The questions of a stage: `FieldOf<'design'>` is `'communityType' | 'learningAgenda' | ...`. */
export type FieldOf<S extends StageId> = keyof Questions<S> & string;

/** Every question as a dotted path: `'setup.communityName' | 'inquire.vision' | ...`. */
export type AnswerPath = { [S in StageId]: `${S}.${FieldOf<S>}` }[StageId];

/** The questions of a stage that are lists of objects (`design.roles`, `inquire.goals`...). */
export type ListFieldOf<S extends StageId> = {
  [F in FieldOf<S>]: Questions<S>[F] extends { kind: 'objectList' } ? F : never;
}[FieldOf<S>];

/** The fields of one entry of such a list, with the generated `id`. */
export type ItemKeyOf<S extends StageId, F extends ListFieldOf<S>> = 'id' | (Questions<S>[F] extends { fields: infer Fs } ? keyof Fs & string : never);

/** A field of a list entry as a lint rule names it: `design.roles[].holder`. */
export type ItemPath = {
  [S in StageId]: { [F in ListFieldOf<S>]: `${S}.${F}[].${ItemKeyOf<S, F>}` }[ListFieldOf<S>];
}[StageId];

/**
 * A place in the answers, for a finding: a question (`['design', 'roles']`) or something inside
 * it (`['design', 'roles', 2, 'holder']`); the stage and the question are checked.
 */
export type AnswerLocation = {
  [S in StageId]: readonly [S, FieldOf<S>, ...(string | number)[]];
}[StageId];

/** A stage's answers as they are in the file: known names, values not trusted. */
export type RawAnswers<S extends StageId> = { readonly [F in FieldOf<S>]?: unknown };

/** One entry of a list of objects as it is in the file. */
export type RawItem<S extends StageId, F extends ListFieldOf<S>> = { readonly [K in ItemKeyOf<S, F>]?: unknown };

/**
 * Whether a value is an answer. No answer is: missing (undefined), null, text that is blank once
 * trimmed, a number that is not finite, a list none of whose entries is an answer (`[]`, `[null]`,
 * `['', ' ']`), and a set of fields none of whose values is an answer (`{}`). Anything else is an
 * answer, including `false` and 0 and values of the wrong type (the validator reports those).
 * Every reader in copkit (progress, status, gaps in documents, lint rules, wizard defaults) uses
 * this one definition.
 */
export function hasAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasAnswer);
  if (isPlainObject(value)) return Object.values(value).some(hasAnswer);
  return true;
}

/** How many entries an answer has: those of a list that are answers, or 1 for a plain answer. */
export function answerSize(value: unknown): number {
  if (Array.isArray(value)) return value.filter(hasAnswer).length;
  return hasAnswer(value) ? 1 : 0;
}

/** A stage's answers, or `{}` when the stage is missing or is not a set of fields. */
export function answersOf<S extends StageId>(data: CopData | unknown, stage: S): RawAnswers<S> {
  const section = isPlainObject(data) ? data[stage] : undefined;
  // Any set of fields fits RawAnswers: every known name is optional and unknown.
  return (isPlainObject(section) ? section : {}) as RawAnswers<S>;
}

/** For code that walks the registry: the answers of the stage it holds, by the registry's names. */
export function answersOfStage(data: CopData | unknown, stage: StageSpec): Readonly<Record<string, unknown>> {
  const section = isPlainObject(data) ? data[stage.id] : undefined;
  return isPlainObject(section) ? section : {};
}

/** The answer to one question, whatever it holds. */
export function answerOf<S extends StageId>(data: CopData | unknown, stage: S, field: FieldOf<S>): unknown {
  const answers: Readonly<Record<string, unknown>> = answersOf(data, stage);
  return Object.hasOwn(answers, field) ? answers[field] : undefined;
}

/** The stage and field of a dotted path. */
function splitPath(path: AnswerPath): [StageId, string] {
  const dot = path.indexOf('.');
  return [path.slice(0, dot) as StageId, path.slice(dot + 1)];
}

/** The answer at a dotted path such as `inquire.vision`. */
export function answerAt(data: CopData | unknown, path: AnswerPath): unknown {
  const [stage, field] = splitPath(path);
  const answers: Readonly<Record<string, unknown>> = answersOf(data, stage);
  return Object.hasOwn(answers, field) ? answers[field] : undefined;
}

/** Whether the question at `path` has an answer, in the sense of `hasAnswer`. */
export function isSet(data: CopData | unknown, path: AnswerPath): boolean {
  return hasAnswer(answerAt(data, path));
}

/** The entries of a list of objects that are objects, in order; anything else is skipped. */
export function itemsOf<S extends StageId, F extends ListFieldOf<S>>(data: CopData | unknown, stage: S, field: F): RawItem<S, F>[] {
  const list = answerOf(data, stage, field);
  return Array.isArray(list) ? list.filter(isPlainObject) : [];
}

/** Where a question lives, as a path for findings and document edits: `['design', 'roles']`. */
export function answerPath<S extends StageId>(stage: S, field: FieldOf<S>): [S, FieldOf<S>] {
  return [stage, field];
}

/** The node at any path in plain data (an answer, an entry of a list, a field of an entry). */
export function valueAt(data: unknown, path: Path): unknown {
  let node: unknown = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/**
 * Set `value` at `path` in plain data, creating the mappings and lists on the way. Edits of the
 * document itself, which keep comments, go through `CopFile.set` with the same paths.
 */
export function setValueAt(data: object, path: Path, value: unknown): void {
  let node = data as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i]!;
    if (node[part] === null || typeof node[part] !== 'object') node[part] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[part] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
}
