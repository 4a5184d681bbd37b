/**
 * What a section of a document is missing. Every section names the cop.yaml fields it is filled
 * from; the ones without an answer are listed in the document with the command that asks them,
 * so that no section is ever silently empty.
 */
import { hasAnswer, isSet } from '../../model/answers.js';
import type { AnswerPath } from '../../model/answers.js';
import { stageIds } from '../../model/registry.js';
import type { StageId } from '../../model/registry.js';
import type { CopData } from '../../model/types.js';

/** A question's answer, or the filed reviews (a list outside the stages, filled by `copkit review`). */
export type GapPath = AnswerPath | 'reviews';

import { pathWords } from '../../model/path-words.js';

export interface Gap {
  /** Some field of the section has no answer. */
  any: boolean;
  /** No field of the section has an answer: the section has nothing else to show. */
  all: boolean;
  /** The unanswered fields, as paths (`inquire.vision`). */
  fields: GapPath[];
  /** The same fields in words, for the reader (`Inquire: vision`). */
  labels: string[];
  /** The commands that ask them, in stage order, each with the words that follow it in a list. */
  commands: { command: string; then: string }[];
}

/** The command that asks the questions of a field (`inquire.vision`) or a stage (`inquire`). */
export function commandFor(path: string): string {
  const stage = path.split('.')[0]!;
  if (stage === 'reviews' || stage === 'review') return 'copkit review';
  return stage === 'setup' ? 'copkit init' : `copkit stage ${stage}`;
}

export function gapOf(data: CopData, paths: readonly GapPath[]): Gap {
  const answered = (p: GapPath) => (p === 'reviews' ? hasAnswer(data.reviews) : isSet(data, p));
  const fields = paths.filter((p) => !answered(p));
  const order = (path: string) => stageIds.indexOf(path.split('.')[0] as StageId);
  const stages = [...new Set(fields.map((f) => f.split('.')[0]!))].sort((a, b) => order(a) - order(b));
  const commands = stages.map((stage, i) => ({
    command: commandFor(stage),
    // biome-ignore lint/suspicious/noThenProperty: `then` is the name templates use (partials/missing.hbs); nothing awaits this object.
    then: i === stages.length - 1 ? '' : i === stages.length - 2 ? ' and ' : ', ',
  }));
  const labels = fields.map((f) => (f === 'reviews' ? 'Reviews' : pathWords(f.split('.'))));
  return { any: fields.length > 0, all: fields.length === paths.length, fields, labels, commands };
}
