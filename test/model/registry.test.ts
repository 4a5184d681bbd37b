import { describe, expect, it } from 'vitest';
import { documentShape } from '../../src/model/document-shape.js';
import { allQuestions, allStages, refTargets } from '../../src/model/registry.js';
import { roleCatalogue } from '../../src/model/role-catalogue.js';
import { roleKey } from '../../src/model/enums.js';
import type { QuestionField } from '../../src/model/spec.js';
import { validateData } from '../../src/model/validate.js';

const questions = allQuestions();

describe('the question registry', () => {
  it("has setup and the six stages in the guide's order, with DOMAIN.md's question counts", () => {
    expect(allStages.map((s) => [s.id, Object.keys(s.questions).length])).toEqual([
      ['setup', 11],
      ['inquire', 12],
      ['design', 11],
      ['prototype', 11],
      ['launch', 9],
      ['grow', 10],
      ['sustain', 10],
    ]);
  });

  it.each(questions.map((q) => [`${q.stage.id}.${q.key}`, q.field] as const))('%s has a label and help text', (_name, field) => {
    expect(field.label.trim()).not.toBe('');
    expect(field.help?.trim().length ?? 0).toBeGreaterThan(20);
  });

  it.each(questions.filter((q) => q.field.kind === 'objectList').map((q) => [`${q.stage.id}.${q.key}`, q.field] as const))('%s names its items by a field it has', (_name, field) => {
    const list = field as Extract<QuestionField, { kind: 'objectList' }>;
    expect(Object.keys(list.fields)).toContain(list.summary);
    expect(list.itemName).toMatch(/^[a-z][a-z -]*$/);
  });

  it.each(questions.filter((q) => 'default' in q.field && q.field.default !== undefined).map((q) => [`${q.stage.id}.${q.key}`, q] as const))(
    'the default of %s passes its own validation',
    (_name, q) => {
      const data = { copkit: 1, [q.stage.id]: { [q.key]: structuredClone((q.field as { default?: unknown }).default) } };
      const findings = validateData(data).filter((f) => !f.message.includes('refers to'));
      expect(findings).toEqual([]);
    },
  );

  it('points every cross-reference at a list that has ids with the right prefix', () => {
    for (const target of Object.values(refTargets)) {
      const stage = documentShape.fields[target.stage];
      const list = stage?.type === 'object' ? stage.fields[target.field] : undefined;
      expect(list?.type === 'list' && list.item.type === 'object' ? list.item.idPrefix : undefined).toBe(target.prefix);
    }
  });

  it('has guidance in the role catalogue for every kind of role', () => {
    expect(Object.keys(roleCatalogue).sort()).toEqual(Object.keys(roleKey.labels).sort());
  });
});
