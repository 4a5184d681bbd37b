/**
 * A table test over the whole question registry: every question of every stage can be answered
 * through the wizard, the answers validate, and every default the wizard offers is valid.
 */
import { describe, expect, it } from 'vitest';
import { allQuestions, allStages } from '../../src/model/registry.js';
import { stageProgress } from '../../src/model/progress.js';
import type { ObjectListField } from '../../src/model/spec.js';
import { validateData } from '../../src/model/validate.js';
import { registryDefault, suggestedAnswer } from '../../src/wizard/defaults.js';
import { communityType } from '../../src/model/enums.js';
import { design } from '../../src/model/registry.js';
import type { CopData } from '../../src/model/types.js';
import type { AnyPrompt, Step } from '../../src/wizard/scripted-asker.js';
import { walkInit } from '../helpers/wizard.js';
import { isDue } from '../../src/model/progress.js';
import { inSentence, shortLabel } from '../../src/model/short-labels.js';

/** A plausible answer to any prompt: the first real choice, a date for date fields, some text. */
function answerAnything(asked: Map<string, number>) {
  return (any: AnyPrompt): Step => {
    const { message } = any.prompt;
    asked.set(message, (asked.get(message) ?? 0) + 1);
    switch (any.kind) {
      case 'confirm':
        return { confirm: /^Add an? /.test(message) || message.includes('needs at least') };
      case 'checkbox':
        return { checkbox: any.prompt.choices.slice(0, 1).map((c) => c.value) };
      case 'select': {
        if (message === 'What next?') return { select: any.prompt.choices.some((c) => c.value === true) };
        const review = any.prompt.choices.find((c) => c.value === 'all');
        return { select: review ? 'all' : any.prompt.choices.find((c) => c.value !== null)!.value };
      }
      case 'number':
        return { number: 12 };
      case 'input':
        if (/YYYY-MM-DD/.test(message)) return { input: /roll-out begin/.test(message) ? '2027-03-01' : '2027-01-15' }; // the launch follows the pilot
        if (/time zone/.test(message)) return { input: 'Europe/Paris' };
        if (/currency/i.test(message)) return { input: any.prompt.default ?? 'eur' };
        if (/^\d+\.$/.test(message)) return { input: message === '1.' ? 'A first entry' : '' };
        return { input: any.prompt.default ?? `An answer to: ${message}` };
    }
  };
}

describe('the question registry, through the wizard', () => {
  it('can answer every question of every stage, and the result is a valid, complete design', async () => {
    const asked = new Map<string, number>();
    const { saved, asker } = await walkInit(undefined, answerAnything(asked));
    expect(validateData(structuredClone(saved)).filter((f) => f.severity === 'error')).toEqual([]);
    for (const stage of allStages) {
      expect(stageProgress(saved, stage).missing, stage.id).toEqual([]);
    }
    expect(saved.progress).toEqual(Object.fromEntries(allStages.slice(1).map((s) => [s.id, { status: 'complete', updated: '2026-11-26' }])));
    for (const { stage, key, field } of allQuestions()) {
      // A follow-up question is asked only when the answer it follows calls for it.
      const section = (saved as unknown as Record<string, Record<string, unknown> | undefined>)[stage.id];
      if (field.askIf && section?.[field.askIf.key] !== field.askIf.equals) continue;
      // A question for after the pilot or a running community waits for a later visit, and the first pass says so.
      if (!isDue(field, saved)) {
        expect(
          asker.notes.some((n) => /for later \(/.test(n.text) && n.text.includes(inSentence(shortLabel(stage.id, key)))),
          `${stage.id}.${key} said to be for later`,
        ).toBe(true);
        continue;
      }
      const shown =
        field.kind === 'objectList' || field.kind === 'stringList'
          ? asker.notes.some((n) => n.text === field.label)
          : asked.has(field.label) || [...asked.keys()].some((m) => m.startsWith(field.label));
      expect(shown, `${stage.id}.${key}`).toBe(true);
      if (field.help)
        expect(
          asker.notes.some((n) => n.text.startsWith(field.help!)),
          `help of ${stage.id}.${key}`,
        ).toBe(true);
    }
    expect(saved.revision).toBe(1);
  });

  it.each(
    allQuestions()
      .filter((q) => registryDefault(q.field) !== undefined)
      .map((q) => [`${q.stage.id}.${q.key}`, q] as const),
  )('the default of %s is valid', (_path, { stage, key, field }) => {
    const data = { copkit: 1, [stage.id]: { [key]: structuredClone(registryDefault(field)) } };
    expect(validateData(data).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each(Object.keys(communityType.labels))('the roles suggested to a %s community are valid', (type) => {
    const data = { copkit: 1, design: { communityType: type } } as CopData;
    const roles = suggestedAnswer('design', 'roles', design.questions.roles, data);
    expect(validateData({ ...data, design: { ...data.design, roles } }).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(roles).toHaveLength(4);
  });

  it('gives every list item a field that names it, so no item is saved empty', () => {
    for (const { stage, key, field } of allQuestions()) {
      if (field.kind !== 'objectList') continue;
      const fields = (field as ObjectListField).fields;
      expect(
        Object.values(fields).some((f) => f.required),
        `${stage.id}.${key}`,
      ).toBe(true);
      expect(Object.hasOwn(fields, field.summary), `${stage.id}.${key} summary`).toBe(true);
    }
  });
});
