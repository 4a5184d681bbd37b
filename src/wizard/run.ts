/**
 * The wizard: interprets the question registry against an injected Asker. `runInit` walks setup
 * and the stages in order from wherever the design stands; `runStage` revisits one stage with
 * the current answers as defaults. Neither prints nor exits: all they say goes through the asker.
 */
import { lifecycleStages, refTargets } from '../model/registry.js';
import { answerSize } from '../model/answers.js';
import { requiredCount } from '../model/progress.js';
import type { StageSpec } from '../model/spec.js';
import { GoBack } from './asker.js';
import type { Asker, Choice } from './asker.js';
import type { FieldAsk, WizardContext } from './context.js';
import { askDeferred, deferredFrom } from './deferred.js';
import type { Deferred } from './deferred.js';
import { suggestedAnswer } from './defaults.js';
import { personalAnswers } from '../model/settings.js';
import { askField } from './fields.js';
import { isStageDone, nextPendingStage, questionsForLater, questionsOf, questionsToResume } from './plan.js';
import { inSentence, shortLabel } from '../model/short-labels.js';
import type { CopData } from '../model/types.js';
import type { PlannedQuestion } from './plan.js';
import type { WizardSession } from './session.js';
import { plural } from '../words.js';
import { answerLine, stageOutcome, stageSummary } from './summary.js';

export interface RunOptions {
  /** `stage.key` of questions an answers file already answered: they are not asked. */
  answered: ReadonlySet<string>;
  /** The command that carries on later (`copkit init --dir x`), for messages. */
  resumeCommand: string;
  /** A design begun by this command (welcome it rather than say where it resumes); default: a file not yet written. */
  fresh?: boolean;
}

interface Base {
  asker: Asker;
  session: WizardSession;
}

export async function runInit(base: Base, options: RunOptions): Promise<void> {
  const { asker, session } = base;
  let stage = nextPendingStage(session.data);
  if (!stage) {
    asker.note('Every stage of this design is complete. To revisit one, run `copkit stage <name>` (setup, inquire, design, prototype, launch, grow or sustain).', 'success');
    return;
  }
  if (options.fresh ?? session.file.isNew) {
    asker.note(
      'copkit will walk you through designing your community of practice: a short setup, then six stages. Every answer is saved the moment you give it, so you can stop at any time (Ctrl-C) and carry on later.',
      'info',
    );
  } else {
    asker.note(resumeLine(session, stage, options), 'progress');
  }
  while (stage) {
    await walkStage(base, stage, questionsToResume(session.data, stage, options.answered), 'init');
    const from = indexOf(stage) + 1;
    const next = nextPendingStage(session.data, from);
    if (stage.id === 'setup') {
      stage = next;
      continue;
    }
    const choice = await afterStage(base, stage, next, options.resumeCommand);
    if (!next) {
      asker.note(
        isStageDone(session.data, stage) && !nextPendingStage(session.data)
          ? 'Every stage is complete. `copkit status` shows the whole design and `copkit check` reviews it; come back with `copkit stage sustain` at each review.'
          : `That was the last stage for now. \`copkit status\` shows what is still open; \`${options.resumeCommand}\` carries on with it.`,
        'success',
      );
      return;
    }
    if (!choice) return;
    stage = nextPendingStage(session.data, from) ?? next;
  }
}

/**
 * After a stage's summary: go on to the next stage, change one of the answers just summed up
 * (then see the summary again), or stop until the next stage is due (often weeks later).
 * Returns whether to go on.
 */
async function afterStage(base: Base, stage: StageSpec, next: StageSpec | undefined, resumeCommand: string): Promise<boolean> {
  const { asker } = base;
  for (;;) {
    const choices: Choice<boolean | 'change'>[] = [];
    if (next) choices.push({ value: true, label: `Go on to ${next.title}`, description: next.intro });
    choices.push({ value: 'change', label: 'Change one of these answers', description: 'Pick any answer of the summary above, change it, then come back here.' });
    choices.push(
      next
        ? { value: false, label: 'Stop for now', description: `Later stages often come weeks later. Run \`${resumeCommand}\` to start ${next.title}.` }
        : { value: false, label: `Done with ${stage.title}` },
    );
    const now = await asker.select<boolean | 'change'>({ message: 'What next?', choices, default: next !== undefined });
    if (now === 'change') {
      await changeAnswer(base, stage);
      continue;
    }
    if (!now && next) asker.note(`Saved. When you are ready, run \`${resumeCommand}\` to start ${next.title} (or \`copkit stage ${next.id}\`).`, 'success');
    return now;
  }
}

/** Edit from the summary: pick one question of the stage, answer it again, see the summary again. */
async function changeAnswer(base: Base, stage: StageSpec): Promise<void> {
  const { asker, session } = base;
  const all = questionsOf(stage);
  const pick = await asker.select<number | null>({
    message: 'Which answer do you want to change?',
    choices: [
      ...all.map((q) => ({ value: q.index, label: `${q.index + 1}. ${q.field.label}`, description: answerLine(session.data, stage, q) })),
      { value: null, label: 'None: back to what next', apart: true },
    ],
    default: all[0]?.index ?? null,
  });
  const q = pick === null ? undefined : all[pick];
  if (!q) return;
  session.position = { stage, index: q.index, total: all.length, key: q.key };
  asker.note(`\n${stage.title} ${q.index + 1} of ${all.length}`, 'progress');
  await askField({ ...base, defer: () => false }, questionAsk(session, stage, q));
  session.position = undefined;
  await finish(base, stage);
}

export async function runStage(base: Base, stage: StageSpec, options: RunOptions): Promise<void> {
  const questions = questionsOf(stage).filter((q) => !options.answered.has(`${stage.id}.${q.key}`));
  await walkStage(base, stage, questions, 'stage');
  if (stage.id !== 'setup') await afterStage(base, stage, undefined, options.resumeCommand);
}

/** Ask one question of a stage on its own, as the stage walk would (for tests and tools). */
export async function askQuestion(base: Base, stage: StageSpec, key: string): Promise<void> {
  const q = questionsOf(stage).find((question) => question.key === key);
  if (!q) throw new Error(`${stage.id} has no question ${key}`);
  const ctx: WizardContext = { ...base, defer: () => false };
  await askField(ctx, questionAsk(base.session, stage, q));
}

function resumeLine(session: WizardSession, stage: StageSpec, options: RunOptions): string {
  const first = questionsToResume(session.data, stage, options.answered)[0];
  if (!first) return `Resuming at ${stage.title}: every question has an answer, so only the stage's summary is left.`;
  const total = questionsOf(stage).length;
  return `Resuming at ${stage.title}, question ${first.index + 1} of ${total}: ${first.field.label}`;
}

async function walkStage(base: Base, stage: StageSpec, questions: PlannedQuestion[], mode: 'init' | 'stage'): Promise<void> {
  const { asker, session } = base;
  const all = questionsOf(stage);
  introduce(asker, stage, all, mode, session.data);
  const waiting: Deferred[] = [];
  const upcoming = new Set(questions.map((q) => q.key));
  const pending = [...questions];
  const asked: PlannedQuestion[] = [];
  for (let q = pending.shift(); q; q = pending.shift()) {
    upcoming.delete(q.key);
    if (!followsUp(q, session, stage)) continue;
    // Back goes to the question asked before this one, or (resuming) the one before it in the stage.
    const previous =
      asked.at(-1) ??
      all
        .slice(0, q.index)
        .reverse()
        .find((p) => followsUp(p, session, stage));
    const ctx = stageContext(base, stage, upcoming, waiting, previous !== undefined);
    session.position = { stage, index: q.index, total: all.length, key: q.key };
    const optional = requiredCount(q.field) === 0;
    asker.note(`\n${stage.title} ${q.index + 1} of ${all.length}${optional ? ' (optional)' : ''}`, 'progress');
    try {
      await askField(ctx, questionAsk(session, stage, q));
    } catch (error) {
      if (!(error instanceof GoBack) || !previous) throw error;
      if (asked.at(-1) === previous) asked.pop();
      pending.unshift(previous, q);
      upcoming.add(q.key);
      continue;
    }
    asked.push(q);
    waiting.splice(0, waiting.length, ...(await askDeferred({ ...ctx, back: false }, waiting)));
  }
  session.position = undefined;
  await finish(base, stage);
}

/** The context of one question: references it cannot answer yet wait in `waiting`. */
function stageContext(base: Base, stage: StageSpec, upcoming: ReadonlySet<string>, waiting: Deferred[], back: boolean): WizardContext {
  return {
    ...base,
    back,
    defer: (target, ask) => {
      const { stage: where, field } = refTargets[target];
      if (where !== stage.id || !upcoming.has(field)) return false;
      waiting.push(deferredFrom(target, ask, base.session.data));
      return true;
    },
  };
}

/** A follow-up question (`askIf`) is asked only when the answer it follows calls for it. */
function followsUp(q: PlannedQuestion, session: WizardSession, stage: StageSpec): boolean {
  const when = q.field.askIf;
  return !when || session.valueAt([stage.id, when.key]) === when.equals;
}

function introduce(asker: Asker, stage: StageSpec, all: PlannedQuestion[], mode: 'init' | 'stage', data?: CopData): void {
  const number = lifecycleStages.findIndex((s) => s.id === stage.id);
  const required = all.filter((q) => requiredCount(q.field) > 0).length;
  asker.note(`\n${stage.title}${number >= 0 ? ` · stage ${number + 1} of 6` : ''}`, 'heading');
  asker.note(stage.intro, 'info');
  const keep = mode === 'stage' ? ' Each current answer is shown ready to edit; Enter keeps it.' : ' A suggestion is shown in brackets: Enter takes it, typing replaces it.';
  asker.note(
    `${plural(all.length, 'question')}, ${required} of them needed to complete ${stage.title}.${keep} Leave an answer empty to skip it or to come back to it later. Type < (or pick Back) to return to the previous question; the summary at the end lets you change any answer.`,
    'help',
  );
  const later = mode === 'init' && data ? questionsForLater(data, stage) : [];
  if (later.length) {
    const when = later.some((q) => q.field.when === 'afterPilot') ? 'once the pilot has ended' : 'once the community is running';
    asker.note(
      `${later.length === 1 ? 'One question is' : `${later.length} questions are`} for later (${later.map((q) => inSentence(shortLabel(stage.id, q.key))).join(', ')}): copkit asks ${later.length === 1 ? 'it' : 'them'} ${when}, with \`copkit stage ${stage.id}\`, and does not count ${later.length === 1 ? 'it' : 'them'} as missing until then.`,
      'help',
    );
  }
}

function questionAsk(session: WizardSession, stage: StageSpec, q: PlannedQuestion): FieldAsk {
  const path = [stage.id, q.key];
  const current = session.valueAt(path);
  return {
    field: q.field,
    path,
    message: q.field.label,
    help: [q.field.help, q.field.kind === 'text' ? 'Type \\ where you want a line break.' : undefined].filter(Boolean).join(' '),
    current,
    suggested: answerSize(current) === 0 ? suggestedAnswer(stage.id, q.key, q.field, session.data, personalAnswers(session.personal)) : undefined,
    need: requiredCount(q.field) > 0 ? 'required' : 'optional',
    minItems: requiredCount(q.field),
    stageTitle: stage.title,
    check: (value, focus) => session.problem(path, value, focus ?? path),
    commit: (value, also) => session.save(path, value, also),
  };
}

/** Set the stage's status and show what it now holds. */
async function finish(base: Base, stage: StageSpec): Promise<void> {
  const { asker, session } = base;
  const outcome = stageOutcome(session.data, stage);
  const touched = stageSummary(session.data, stage).length > 0;
  if (outcome.complete) await session.setStatus(stage.id, 'complete');
  else if (touched) await session.setStatus(stage.id, 'inProgress');
  if (stage.id === 'setup') {
    if (!outcome.complete) asker.note(outcome.line, 'warning');
    return;
  }
  asker.note(`\n${outcome.complete ? '✔ ' : ''}${outcome.line}`, outcome.complete ? 'success' : 'warning');
  const lines = stageSummary(session.data, stage);
  if (lines.length) asker.note(lines.join('\n'), 'info');
}

function indexOf(stage: StageSpec): number {
  return lifecycleStages.findIndex((s) => s.id === stage.id) + 1;
}
