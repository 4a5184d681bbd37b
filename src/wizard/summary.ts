/** Short, readable accounts of answers: the summary after a stage and the lines in messages. */
import { stageProgress } from '../model/progress.js';
import type { MissingAnswer } from '../model/progress.js';
import type { QuestionField, StageSpec } from '../model/spec.js';
import type { CopData } from '../model/types.js';
import { isPlainObject } from '../model/values.js';
import { questionsOf } from './plan.js';
import { describeItem } from './references.js';
import { shorten } from './wrap.js';
import { inSentence, shortLabel } from '../model/short-labels.js';

/** One answer on one line, enum values by their labels and list items by their names. */
function describeAnswer(field: QuestionField, value: unknown, max = 60): string {
  if (Array.isArray(value)) {
    const names = value.map((v) =>
      field.kind === 'objectList' && isPlainObject(v)
        ? `${describeItem(field, v, max)}${typeof v.id === 'string' ? ` (${v.id})` : ''}`
        : field.kind === 'enumList'
          ? (field.values.labels[String(v)] ?? String(v))
          : String(v),
    );
    return shorten(names.join(field.kind === 'enumList' || field.kind === 'refList' ? ', ' : '; '), max);
  }
  if (field.kind === 'enum' && typeof value === 'string') return field.values.labels[value] ?? value;
  return shorten(String(value), max);
}

/** What a stage holds now, one line per answered question. */
export function stageSummary(data: CopData, stage: StageSpec): string[] {
  const answers = ((data as unknown as Record<string, unknown>)[stage.id] ?? {}) as Record<string, unknown>;
  return questionsOf(stage)
    .filter((q) => answers[q.key] !== undefined && answers[q.key] !== null)
    .map((q) => {
      const value = answers[q.key];
      const title = `${shortLabel(stage.id, q.key)}${Array.isArray(value) ? ` (${value.length})` : ''}: `;
      return `  ${title}${describeAnswer(q.field, value, Math.max(30, 78 - title.length))}`;
    });
}

/** One question's answer on one line, for the list of answers to change. */
export function answerLine(data: CopData, stage: StageSpec, q: { key: string; field: QuestionField }): string {
  const answers = ((data as unknown as Record<string, unknown>)[stage.id] ?? {}) as Record<string, unknown>;
  const value = answers[q.key];
  return value === undefined || value === null ? 'Not answered yet' : describeAnswer(q.field, value, 70);
}

/** `pilot participants (1 of at least 3)`: a missing answer as messages list it, by its short label. */
export function describeMissing(missing: MissingAnswer): string {
  const name = inSentence(missing.short);
  return missing.needs ? `${name} (${missing.has} of at least ${missing.needs})` : name;
}

/** The heading of a finished stage's summary. */
export function stageOutcome(data: CopData, stage: StageSpec): { complete: boolean; line: string } {
  const progress = stageProgress(data, stage);
  if (progress.missing.length === 0) {
    return {
      complete: true,
      line: progress.required === 1 ? `${stage.title} is complete: its required answer is in.` : `${stage.title} is complete: all ${progress.required} required answers are in.`,
    };
  }
  const n = progress.missing.length;
  return {
    complete: false,
    line: `${stage.title} is saved but not complete: ${n} required ${n === 1 ? 'answer is' : 'answers are'} still missing (${progress.missing.map(describeMissing).join(', ')}).`,
  };
}
