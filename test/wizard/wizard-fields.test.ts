/**
 * Every kind of answer, asked through the wizard with a scripted asker: what the prompt offers,
 * what it refuses, and what ends up in cop.yaml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { answerOne, SETUP_DONE } from '../helpers/wizard.js';

const INQUIRE_DONE = readFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), 'utf8');

describe('one-line and multi-line text', () => {
  it('saves a typed line, trimmed', async () => {
    const { saved, asker } = await answerOne(undefined, 'setup', 'communityName', [{ input: '  Copier Tips  ', expect: 'What is the community called?' }]);
    expect(saved.setup?.communityName).toBe('Copier Tips');
    expect(asker.notes.map((n) => n.text)).toContain('A working name is fine; you can change it at any time.');
  });

  it('turns a backslash into a line break and shows a multi-line answer the same way when revisited', async () => {
    const first = await answerOne(SETUP_DONE, 'inquire', 'domain', [{ input: 'Copier faults \\ the manuals miss \\\\ and workarounds' }]);
    expect(first.saved.inquire?.domain).toBe('Copier faults\nthe manuals miss \\ and workarounds');

    const again = await answerOne(readFileSync(first.path, 'utf8'), 'inquire', 'domain', [{ input: '' }]);
    expect(again.asker.asked).toHaveLength(1);
    expect(again.saved.inquire?.domain).toBe('Copier faults\nthe manuals miss \\ and workarounds');
    expect(again.saved.revision).toBe(first.saved.revision); // Enter kept it: nothing written
  });

  it('leaves a required answer for later when the line is left empty, and clears one when erased', async () => {
    const later = await answerOne(SETUP_DONE, 'inquire', 'vision', [{ input: '' }]);
    expect(later.saved.inquire).toBeUndefined();
    const cleared = await answerOne(`${SETUP_DONE}inquire:\n  vision: Tips in minutes\n`, 'inquire', 'vision', [{ input: '', clear: true }]);
    expect(cleared.saved.inquire?.vision).toBeUndefined();
  });

  it("refuses control characters with the validator's message and asks again", async () => {
    const { saved, asker } = await answerOne(undefined, 'setup', 'facilitatorName', [{ input: 'Ana\u001b[31m' }, { input: 'Ana Lima' }]);
    expect(asker.refused).toEqual(['That contains an invisible control character (U+001B); remove it']);
    expect(saved.setup?.facilitatorName).toBe('Ana Lima');
  });
});

describe('numbers', () => {
  it('refuses what the field cannot hold, saying why, and saves the number', async () => {
    const { saved, asker } = await answerOne(SETUP_DONE, 'inquire', 'audience', [
      { confirm: true },
      { input: 'Field technicians' },
      { input: '' },
      { number: 2.5, expect: 'Roughly how many people?' },
      { number: -3 },
      { number: 40 },
      { input: '' },
      { confirm: false },
    ]);
    expect(asker.refused).toEqual(['That should be a whole number, not 2.5', 'That should be at least 0, not -3']);
    expect(saved.inquire?.audience).toEqual([{ segment: 'Field technicians', estimatedSize: 40 }]);
  });
});

describe('dates', () => {
  it('accepts only ISO dates that exist, saying why', async () => {
    const { saved, asker } = await answerOne(INQUIRE_DONE, 'prototype', 'pilotStartDate', [
      { input: 'next spring', expect: 'When does the pilot begin? (YYYY-MM-DD)' },
      { input: '2027-02-30' },
      { input: '2027-03-01' },
    ]);
    expect(asker.refused).toEqual(['That should be a date written YYYY-MM-DD, not "next spring"', 'That 2027-02-30 is not a date that exists']);
    expect(saved.prototype?.pilotStartDate).toBe('2027-03-01');
    expect(saved.progress?.prototype).toEqual({ status: 'inProgress', updated: '2026-11-26' });
  });
});

describe('single and multiple choice', () => {
  it('offers the readable labels and, apart, a way to leave a required choice for later', async () => {
    const { saved, asker } = await answerOne(SETUP_DONE, 'inquire', 'faceToFaceImportance', [{ select: 'essential' }]);
    expect(saved.inquire?.faceToFaceImportance).toBe('essential');
    const { prompt } = asker.asked[0]!;
    expect(prompt.message).toBe('How much does meeting in person matter to this audience?');
    expect('choices' in prompt && prompt.choices.map((c) => [c.label, Boolean(c.apart)])).toEqual([
      ['Essential', false],
      ['Important', false],
      ['Nice to have', false],
      ['Not feasible', false],
      ['Leave it for later', true],
    ]);
    const later = await answerOne(SETUP_DONE, 'inquire', 'faceToFaceImportance', [{ select: null }]);
    expect(later.saved.inquire).toBeUndefined();
  });

  it('starts a multiple choice from the registry default and saves the values, not the labels', async () => {
    const s = await answerOne(INQUIRE_DONE, 'prototype', 'feedbackMethods', [{ checkbox: ['interview', 'retrospective'] }]);
    expect(s.saved.prototype?.feedbackMethods).toEqual(['interview', 'retrospective']);
    const { prompt } = s.asker.asked[0]!;
    expect('checked' in prompt && prompt.checked).toEqual(['postSessionSurvey', 'retrospective']);
    expect('choices' in prompt && prompt.choices[0]).toEqual({ value: 'postSessionSurvey', label: 'Short survey after each session' });
  });
});
