/**
 * What a section of a document is missing. Every section names the cop.yaml fields it is filled
 * from; the ones without an answer are listed in the document with the command that asks them,
 * so that no section is ever silently empty.
 */
import { answerSize } from '../../model/progress.js';
import { stageIds } from '../../model/registry.js';
import type { StageId } from '../../model/registry.js';
import type { CopData } from '../../model/types.js';
import { isPlainObject } from '../../model/values.js';

export interface Gap {
  /** Some field of the section has no answer. */
  any: boolean;
  /** No field of the section has an answer: the section has nothing else to show. */
  all: boolean;
  /** The unanswered fields, as paths (`inquire.vision`). */
  fields: string[];
  /** The commands that ask them, in stage order, each with the words that follow it in a list. */
  commands: { command: string; then: string }[];
}

/** The answer at a path such as `inquire.vision`. */
export function answerAt(data: CopData, path: string): unknown {
  let node: unknown = data;
  for (const part of path.split('.')) {
    if (!isPlainObject(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** The command that asks the questions of a field (`inquire.vision`) or a stage (`inquire`). */
export function commandFor(path: string): string {
  const stage = path.split('.')[0]!;
  if (stage === 'reviews' || stage === 'review') return 'copkit review';
  return stage === 'setup' ? 'copkit init' : `copkit stage ${stage}`;
}

export function gapOf(data: CopData, paths: readonly string[]): Gap {
  const fields = paths.filter((p) => answerSize(answerAt(data, p)) === 0);
  const order = (path: string) => stageIds.indexOf(path.split('.')[0] as StageId);
  const stages = [...new Set(fields.map((f) => f.split('.')[0]!))].sort((a, b) => order(a) - order(b));
  const commands = stages.map((stage, i) => ({
    command: commandFor(stage),
    then: i === stages.length - 1 ? '' : i === stages.length - 2 ? ' and ' : ', ',
  }));
  return { any: fields.length > 0, all: fields.length === paths.length, fields, commands };
}
