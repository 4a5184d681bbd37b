import { describe, expect, expectTypeOf, it } from 'vitest';
import { answerAt, answerOf, answersOf, answerSize, hasAnswer, isSet, itemsOf } from '../../src/model/answers.js';
import type { AnswerPath, FieldOf, ItemPath } from '../../src/model/answers.js';
import { gateOpen, lintContext } from '../../src/lint/gate.js';
import { hasEntries } from '../../src/lint/read.js';
import { stageProgress } from '../../src/model/progress.js';
import { design, type setup } from '../../src/model/registry.js';
import type { CopData } from '../../src/model/types.js';
import { gapOf } from '../../src/render/context/gaps.js';
import { defaultsFor } from '../../src/wizard/batch.js';

/** Every kind of value a hand-edited cop.yaml can hold, and whether copkit counts it as an answer. */
const cases: [name: string, value: unknown, answered: boolean, size: number][] = [
  ['missing', undefined, false, 0],
  ['null', null, false, 0],
  ['empty text', '', false, 0],
  ['blank text', ' \t\n', false, 0],
  ['text', 'Monthly', true, 1],
  ['text with spaces around it', '  x  ', true, 1],
  ['zero', 0, true, 1],
  ['a number', 12.5, true, 1],
  ['not a number', Number.NaN, false, 0],
  ['infinity', Number.POSITIVE_INFINITY, false, 0],
  ['false', false, true, 1],
  ['an empty list', [], false, 0],
  ['a list of null', [null], false, 0],
  ['a list of blanks', ['', '  ', null], false, 0],
  ['a list of empty lists', [[], [null]], false, 0],
  ['a list with one answer among blanks', ['', 'Be kind', null], true, 1],
  ['a list of two answers', ['a', 'b'], true, 2],
  ['an empty set of fields', {}, false, 0],
  ['a set of empty fields', { name: '', holder: null }, false, 0],
  ['a list of empty items', [{}, { title: ' ' }], false, 0],
  ['a list with one filled item', [{}, { title: 'Host' }], true, 1],
  ['a set of fields with one answer', { name: 'Forum' }, true, 1],
];

describe('what counts as an answer', () => {
  it.each(cases)('%s', (_name, value, answered, size) => {
    expect(hasAnswer(value)).toBe(answered);
    expect(answerSize(value)).toBe(size);
  });
});

describe('every reader agrees on it', () => {
  // design.norms is a required list; launch.launchDate opens a lint gate; design.roles has a default.
  it.each(cases)('%s', (_name, value, answered) => {
    const data: CopData = { copkit: 1, design: { norms: value, roles: value } as CopData['design'], launch: { launchDate: value } as CopData['launch'] };
    expect(isSet(data, 'design.norms')).toBe(answered);
    expect(stageProgress(data, design).missing.some((m) => m.path === 'design.norms')).toBe(!answered);
    expect(gapOf(data, ['design.norms']).any).toBe(!answered);
    if (Array.isArray(value)) expect(hasEntries(value)).toBe(answered);
    const gate = { stage: 'launch', from: 'started', orWhenSet: ['launch.launchDate'] } as const;
    expect(gateOpen(gate, data, lintContext(data, undefined))).toBe(answered);
    const offered = defaultsFor(data, [design]).some(([path]) => path.join('.') === 'design.roles');
    expect(offered).toBe(!answered);
  });
});

describe('reading by path', () => {
  const data: CopData = {
    copkit: 1,
    setup: { communityName: 'Field Service Circle' },
    design: { roles: [{ id: 'R1', title: 'Coordinator' }, 'not an item' as never, { id: 'R2' }] },
  };

  it('finds an answer by stage and field, by dotted path, and as part of its stage', () => {
    expect(answerOf(data, 'setup', 'communityName')).toBe('Field Service Circle');
    expect(answerAt(data, 'setup.communityName')).toBe('Field Service Circle');
    expect(answersOf(data, 'setup').communityName).toBe('Field Service Circle');
  });

  it('gives nothing for a missing stage or field, or a stage that is not a set of fields', () => {
    expect(answerOf(data, 'inquire', 'vision')).toBeUndefined();
    expect(answersOf(data, 'sustain')).toEqual({});
    expect(answersOf({ copkit: 1, grow: ['a list'] }, 'grow')).toEqual({});
    expect(answerOf('not a document', 'setup', 'communityName')).toBeUndefined();
  });

  it('does not read inherited properties as answers', () => {
    expect(answerOf({ copkit: 1, setup: {} }, 'setup', 'toString' as FieldOf<'setup'>)).toBeUndefined();
  });

  it('lists the entries of a list of objects that are objects, in order', () => {
    expect(itemsOf(data, 'design', 'roles').map((r) => r.id)).toEqual(['R1', 'R2']);
    expect(itemsOf(data, 'design', 'channels')).toEqual([]);
  });

  // These lines are checked by `npm run typecheck` (part of `npm test`): if the paths stopped being
  // typed from the registry, each @ts-expect-error would be unused and tsc would fail.
  it('rejects a misspelt stage, question or item field at compile time', () => {
    // @ts-expect-error: no such question in Design
    answerOf(data, 'design', 'rolez');
    // @ts-expect-error: no such stage
    answerOf(data, 'desing', 'roles');
    // @ts-expect-error: a question of another stage
    answerOf(data, 'setup', 'roles');
    // @ts-expect-error: no such question as a dotted path
    const path: AnswerPath = 'inquire.visoin';
    // @ts-expect-error: norms is a list of text, not of items
    itemsOf(data, 'design', 'norms');
    // @ts-expect-error: no such field in a role
    expect(itemsOf(data, 'design', 'roles')[0]?.holdr).toBeUndefined();
    // @ts-expect-error: no such field in a role, as a lint rule names what it reads
    const reads: ItemPath = 'design.roles[].holdr';
    // @ts-expect-error: no such question, read from a stage's answers
    expect(answersOf(data, 'setup').communityname).toBeUndefined();
    expect([path, reads]).toHaveLength(2);
  });

  it('derives the field names from the stage definitions', () => {
    expectTypeOf<FieldOf<'setup'>>().toEqualTypeOf<keyof typeof setup.questions>();
    expectTypeOf<FieldOf<'setup'>>().toEqualTypeOf<
      'communityName' | 'organizationType' | 'hostName' | 'hostSites' | 'hostRegion' | 'timeZone' | 'currency' | 'facilitatorName' | 'origin' | 'informalPractice' | 'protect'
    >();
    expectTypeOf<'design.roles[].holder'>().toExtend<ItemPath>();
    expectTypeOf<'inquire.vision'>().toExtend<AnswerPath>();
  });
});
