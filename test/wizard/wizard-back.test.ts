/**
 * The traps a facilitator met (issue 11), driven through the wizard with a scripted asker: going
 * back, changing an answer from the summary, typing over a suggestion, and safe removal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cancelled } from '../../src/errors.js';
import { stageProgress } from '../../src/model/progress.js';
import { findStage } from '../../src/model/registry.js';
import { runStage } from '../../src/wizard/run.js';
import { repoRoot } from '../helpers/cli.js';
import { answerOne, scene, SETUP_DONE, walkInit } from '../helpers/wizard.js';

const INQUIRE_DONE = readFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), 'utf8');

const INQUIRE_ANSWERS = [
  { input: 'Copier faults' },
  { confirm: true },
  { input: 'Field technicians' },
  { input: '' },
  { number: 40 },
  { input: '' },
  { confirm: false },
  { confirm: false },
  { input: 'Share what works.' },
  { checkbox: ['learningAndDevelopingPractice'] },
  { confirm: true },
  { input: 'Fix more faults' },
  { input: '' },
  { input: '' },
  { input: '' },
  { confirm: false },
  { confirm: true },
  { select: 'members' },
  { input: 'Fewer lonely hours' },
  { confirm: false },
  { checkbox: [] },
  { input: 'Tips in minutes.' },
  { confirm: false },
  { select: 'important' },
  { input: '' },
] as const;

describe('going back within a stage', () => {
  it('< returns to the previous question, whose answer can then be changed; saved once per command', async () => {
    const s = await scene(INQUIRE_DONE, [
      { select: 'helping', expect: 'What kind of community' },
      { back: true, expect: '1.' }, // the learning agenda's first entry
      { select: 'bestPractice', expect: 'What kind of community' },
      { input: 'Error codes', expect: '1.' },
      { input: '' },
      { cancel: true },
    ]);
    await expect(runStage({ asker: s.asker, session: s.session }, findStage('design')!, { answered: new Set(), resumeCommand: 'copkit stage design' })).rejects.toThrow(Cancelled);
    const saved = s.onDisk();
    expect(saved.design?.communityType).toBe('bestPractice');
    expect(saved.design?.learningAgenda).toEqual(['Error codes']);
    expect(saved.revision).toBe(3);
    // The first question of a stage has nowhere to go back to; the second offers it.
    expect(s.asker.asked[0]!.prompt).toMatchObject({ back: false });
    expect(s.asker.asked[1]!.prompt).toMatchObject({ back: true });
    // On the way back, the answer given is the current one, and the prompt says so.
    expect(s.asker.asked[2]!.prompt).toMatchObject({ default: 'helping' });
  });

  it("inside a list item, < returns to the item's previous field, shown to edit in place", async () => {
    const { saved, asker } = await answerOne(SETUP_DONE, 'inquire', 'goals', [
      { confirm: true },
      { input: 'Fix faults', expect: 'The goal' },
      { back: true, expect: 'How will you know it is met?' },
      { input: 'Fix more faults on the first visit', expect: 'The goal' },
      { input: '' },
      { input: '' },
      { input: '' },
      { confirm: false },
    ]);
    expect(saved.inquire?.goals).toEqual([{ id: 'G1', statement: 'Fix more faults on the first visit' }]);
    expect(asker.asked[3]!.prompt).toMatchObject({ default: 'Fix faults', editable: true });
  });
});

describe('changing an answer from the summary', () => {
  it('picks any answer of the finished stage, changes it, shows the summary again, then goes on', async () => {
    const s = await walkInit(SETUP_DONE, [
      ...INQUIRE_ANSWERS,
      { select: 'change', expect: 'What next?' },
      { select: 0, expect: 'Which answer do you want to change?' },
      { input: 'Copier faults and paper jams', expect: 'What area of practice' },
      { select: 'change', expect: 'What next?' },
      { select: null, expect: 'Which answer do you want to change?' },
      { select: false, expect: 'What next?' },
    ]);
    expect(s.asker.remaining).toBe(0);
    expect(s.saved.inquire?.domain).toBe('Copier faults and paper jams');
    expect(s.saved.progress?.inquire?.status).toBe('complete');
    expect(s.saved.revision).toBe(2);
    const pick = s.asker.asked.find((a) => a.prompt.message === 'Which answer do you want to change?')!.prompt;
    expect('choices' in pick && pick.choices[0]).toMatchObject({ label: '1. What area of practice will the community care about?', description: 'Copier faults' });
    expect(s.asker.notes.filter((n) => n.text.includes('Inquire is complete')).length).toBe(2);
    const domain = s.asker.asked.find((a) => a.prompt.message.startsWith('What area of practice') && 'editable' in a.prompt && a.prompt.editable)!.prompt;
    expect(domain).toMatchObject({ default: 'Copier faults', editable: true });
  });
});

describe('a suggestion is not an answer', () => {
  it('a suggested role offers its holder "TBD" as a suggestion that typing replaces, not as text to edit', async () => {
    const { saved, asker } = await answerOne(INQUIRE_DONE, 'design', 'roles', [
      { select: 'each', expect: 'Keep these 3 roles?' },
      { select: 'edit', expect: '1 of 3: Community coordinator (TBD) (R1)' },
      { select: undefined },
      { input: '' },
      { input: 'Maria Okafor', expect: 'Who holds it?' },
      { select: undefined },
      { input: '' },
      { number: undefined },
      { input: '' },
      { select: 'keep' },
      { select: 'keep' },
      { confirm: false },
    ]);
    const holder = asker.asked.find((a) => a.prompt.message.startsWith('Who holds it?'))!.prompt;
    expect(holder).toMatchObject({ default: 'TBD', editable: false });
    expect(saved.design?.roles?.[0]).toMatchObject({ id: 'R1', roleKey: 'coordinator', title: 'Community coordinator', holder: 'Maria Okafor' });
  });
});

describe('safe removal', () => {
  it('removing every goal of a complete stage asks, says what else changes, and the stage is in progress again at once', async () => {
    const yaml = `${INQUIRE_DONE.replace(/history:[\s\S]*$/, '')}design:\n  activities:\n    - id: A1\n      name: Breakfast table\n      supportsGoals: [G1]\n`;
    const { saved, asker } = await answerOne(yaml, 'inquire', 'goals', [
      { select: 'none', expect: 'What do you want to do with them?' },
      { confirm: true, expect: 'Remove all 2 goals? One other answer changes too.' },
      { confirm: false, expect: 'Add a goal?' },
    ]);
    expect(saved.inquire?.goals).toBeUndefined();
    expect(saved.design?.activities?.[0]?.supportsGoals).toBeUndefined();
    expect(asker.notes.map((n) => n.text)).toContain(
      'Removing them also changes:\n  - Activity Breakfast table (A1): "Which goals does it serve?" is left empty (it named Fix more faults on the first visit (G1), Write down the war stories (G2))',
    );
    // Saved in the same write as the removal, before the stage's end: a Ctrl-C now cannot leave it "complete".
    expect(saved.progress?.inquire?.status).toBe('inProgress');
    expect(stageProgress(saved, findStage('inquire')!).status).toBe('inProgress');
  });

  it('status reads a stage recorded complete but missing a required answer as in progress', () => {
    const data = { copkit: 1, progress: { inquire: { status: 'complete' as const } }, inquire: { domain: 'x' } };
    const progress = stageProgress(data, findStage('inquire')!);
    expect(progress.status).toBe('inProgress');
    expect(progress.missing.length).toBeGreaterThan(0);
  });
});

describe("pick, don't retype", () => {
  it("a pilot participant's group is chosen from the audience groups and stakeholders, or typed as another group", async () => {
    const yaml = INQUIRE_DONE.replace(/history:[\s\S]*$/, '');
    const { saved, asker } = await answerOne(yaml, 'prototype', 'pilotParticipants', [
      { confirm: true },
      { input: 'Ana' },
      { select: 'Field technicians', expect: 'Which group do they come from?' },
      { select: undefined },
      { select: undefined },
      { confirm: true },
      { input: 'Bo' },
      { select: '\u0000someone else', expect: 'Which group do they come from?' },
      { input: 'Depot managers', expect: 'Which group do they come from?' },
      { select: undefined },
      { select: undefined },
      { confirm: false },
    ]);
    expect(saved.prototype?.pilotParticipants?.map((p) => p.stakeholderGroup)).toEqual(['Field technicians', 'Depot managers']);
    const pick = asker.asked.find((a) => a.kind === 'select' && a.prompt.message === 'Which group do they come from?')!.prompt;
    expect('choices' in pick && pick.choices.map((c) => c.label)).toEqual(['Field technicians (audience group)', 'Another group (type it)', 'Skip this question']);
  });

  it("a wave's audience groups are ticked from those entered, and others typed", async () => {
    const yaml = INQUIRE_DONE.replace(/history:[\s\S]*$/, '');
    const { saved } = await answerOne(yaml, 'launch', 'rolloutWaves', [
      { confirm: true },
      { input: 'First wave' },
      { checkbox: ['Field technicians'], expect: 'Which audience groups does it invite?' },
      { input: 'Apprentices', expect: '2.' },
      { input: '' },
      { number: undefined },
      { number: undefined },
      { confirm: false },
    ]);
    expect(saved.launch?.rolloutWaves?.[0]?.audienceSegments).toEqual(['Field technicians', 'Apprentices']);
  });
});
