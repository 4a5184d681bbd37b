/**
 * Lists: entered entry by entry or item by item, revisited with keep / edit / remove, with
 * generated ids, cross-references chosen from the items they point to, and the role catalogue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRoles, roleCatalogue } from '../../src/model/role-catalogue.js';
import { launch } from '../../src/model/registry.js';
import { repoRoot } from '../helpers/cli.js';
import { answerOne, SETUP_DONE, walkStage } from '../helpers/wizard.js';

const INQUIRE_DONE = readFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), 'utf8');
const onboarding = launch.questions.onboardingSteps.default;

describe('lists of text', () => {
  it('offers the suggested onboarding steps to accept as they are', async () => {
    const { saved, asker } = await answerOne(INQUIRE_DONE, 'launch', 'onboardingSteps', [
      { select: 'all', expect: 'Keep these' },
      { input: '', expect: '5.' },
    ]);
    expect(saved.launch?.onboardingSteps).toEqual(onboarding);
    expect(asker.notes.some((n) => n.text.startsWith('copkit suggests 4 entries to start from:\n  1. Send a personal welcome'))).toBe(true);
  });

  it('goes through suggestions one by one: keep, edit, remove; then takes new entries until an empty line', async () => {
    const { saved } = await answerOne(INQUIRE_DONE, 'launch', 'onboardingSteps', [
      { select: 'each' },
      { select: 'keep', expect: '1 of 4: Send a personal welcome' },
      { select: 'edit' },
      { input: 'A ten-minute tour of the spaces', expect: 'Edit the entry' },
      { select: 'remove' },
      { select: 'keep' },
      { input: 'Pair them with a buddy from another depot', expect: '4.' },
      { input: '' },
    ]);
    expect(saved.launch?.onboardingSteps).toEqual([onboarding[0], 'A ten-minute tour of the spaces', onboarding[3], 'Pair them with a buddy from another depot']);
  });

  it('revisits current entries and can remove them all', async () => {
    const yaml = `${SETUP_DONE}design:\n  learningAgenda: [Error codes, Humidity]\n`;
    const kept = await answerOne(yaml, 'design', 'learningAgenda', [{ select: 'each' }, { select: 'keep' }, { select: 'remove' }, { input: 'Paper stock' }, { input: '' }]);
    expect(kept.saved.design?.learningAgenda).toEqual(['Error codes', 'Paper stock']);
    const none = await answerOne(yaml, 'design', 'learningAgenda', [
      { select: 'none', expect: 'What do you want to do with them?' },
      { confirm: true, expect: 'Remove all 2 entries?' },
      { input: '' },
    ]);
    expect(none.saved.design?.learningAgenda).toBeUndefined();
    // Saying no keeps them all.
    const still = await answerOne(yaml, 'design', 'learningAgenda', [{ select: 'none' }, { confirm: false, expect: 'Remove all 2 entries?' }, { input: '' }]);
    expect(still.saved.design?.learningAgenda).toEqual(['Error codes', 'Humidity']);
  });
});

describe('lists of items', () => {
  it('enters goals item by item with generated ids, asking "Add another goal?"', async () => {
    const { saved, asker } = await answerOne(SETUP_DONE, 'inquire', 'goals', [
      { confirm: true, expect: 'Add a goal? (Inquire needs at least 1)' },
      { input: 'Fix more faults on the first visit', expect: 'The goal' },
      { input: 'Repeat visits per 100 calls' },
      { input: '7.5' },
      { input: '2027-03-31' },
      { confirm: true, expect: 'Add another goal?' },
      { input: 'Write down the war stories' },
      { input: '' },
      { input: '' },
      { input: '' },
      { confirm: false },
    ]);
    expect(saved.inquire?.goals).toEqual([
      { id: 'G1', statement: 'Fix more faults on the first visit', indicator: 'Repeat visits per 100 calls', target: '7.5', byDate: '2027-03-31' },
      { id: 'G2', statement: 'Write down the war stories' },
    ]);
    const confirms = asker.asked.filter((a) => a.kind === 'confirm').map((a) => a.prompt);
    expect(confirms.map((p) => 'default' in p && p.default)).toEqual([true, false, false]);
  });

  it('keeps, edits and removes items one by one; removing one drops the references to it and its id is not reused', async () => {
    const yaml = `${INQUIRE_DONE.replace(/history:[\s\S]*$/, '')}design:
  activities:
    - id: A1
      name: Breakfast table
      supportsGoals: [G1, G2]
`;
    const { saved, asker } = await answerOne(yaml, 'inquire', 'goals', [
      { select: 'each', expect: 'What do you want to do with them?' },
      { select: 'edit', expect: '1 of 2: Fix more faults on the first visit (G1)' },
      { input: 'Fix more faults the first time', expect: 'The goal' },
      { input: '' },
      { input: '' },
      { input: '' },
      { select: 'remove', expect: '2 of 2: Write down the war stories (G2)' },
      { confirm: true, expect: 'Remove goal Write down the war stories (G2)? One other answer changes too.' },
      { confirm: true, expect: 'Add another goal?' },
      { input: 'Halve the time to work unaided' },
      { input: '' },
      { input: '' },
      { input: '' },
      { confirm: false },
    ]);
    expect(saved.inquire?.goals).toEqual([
      { id: 'G1', statement: 'Fix more faults the first time' },
      { id: 'G3', statement: 'Halve the time to work unaided' },
    ]);
    expect(saved.design?.activities?.[0]?.supportsGoals).toEqual(['G1']);
    const notes = asker.notes.map((n) => n.text);
    expect(notes).toContain('Removing it also changes:\n  - Activity Breakfast table (A1): "Which goals does it serve?" no longer names Write down the war stories (G2)');
    expect(notes.join('\n')).not.toMatch(/design\.activities|supportsGoals/);
  });

  it('lists the goals an activity can serve by id and statement', async () => {
    const { saved, asker } = await answerOne(INQUIRE_DONE, 'design', 'activities', [
      { confirm: true },
      { input: 'Breakfast table' },
      { select: 'caseClinic' },
      { select: 'faceToFace' },
      { select: 'monthly' },
      { checkbox: ['G2'], expect: 'Which goals does it serve?' },
      { checkbox: ['core', 'peripheral'] },
      { confirm: false },
    ]);
    const goals = asker.asked.find((a) => a.prompt.message === 'Which goals does it serve?')!.prompt;
    expect('choices' in goals && goals.choices).toEqual([
      { value: 'G1', label: 'G1  Fix more faults on the first visit' },
      { value: 'G2', label: 'G2  Write down the war stories' },
    ]);
    expect(saved.design?.activities).toEqual([
      { id: 'A1', name: 'Breakfast table', format: 'caseClinic', mode: 'faceToFace', frequency: 'monthly', supportsGoals: ['G2'], targetLevels: ['core', 'peripheral'] },
    ]);
    expect(asker.notes.some((n) => n.text.includes('There are no roles yet'))).toBe(true);
  });

  it('prefills a role from the catalogue once its kind is chosen, and shows its advice', async () => {
    const sponsor = roleCatalogue.sponsor;
    const { saved, asker } = await answerOne(INQUIRE_DONE, 'design', 'roles', [
      { select: 'none', expect: 'Keep these' },
      { confirm: true, expect: 'Add a role?' },
      { select: 'sponsor', expect: 'Kind of role' },
      { input: '', expect: 'Role title' },
      { input: 'Priya Raman', expect: 'Who holds it?' },
      { select: 'all', expect: 'Keep these' },
      { input: '' },
      { number: undefined, expect: 'Hours per month' },
      { input: '', expect: 'Term ends' },
      { confirm: false },
    ]);
    expect(saved.design?.roles).toEqual([
      { id: 'R1', roleKey: 'sponsor', title: sponsor.title, holder: 'Priya Raman', responsibilities: sponsor.responsibilities, hoursPerMonth: sponsor.hoursPerMonth },
    ]);
    const kinds = asker.asked.find((a) => a.prompt.message === 'Kind of role')!.prompt;
    expect('choices' in kinds && kinds.choices.find((c) => c.value === 'sponsor')?.description).toContain('A senior manager');
    expect(asker.notes.map((n) => n.text)).toContain(
      `Time: about 1 to 3 hours a month: a check-in every six weeks or so, plus the launch and reviews.\nUsually held by: a senior manager who is not involved in the day-to-day running of the community.\nAdvice: ${sponsor.guidance}`,
    );
    const holder = asker.asked.find((a) => a.prompt.message === 'Who holds it? (a name or TBD)')!.prompt;
    expect('default' in holder && holder.default).toBe('TBD');
  });

  it('offers the default roles, and the ids they bring are the ones saved', async () => {
    const { saved } = await answerOne(INQUIRE_DONE, 'design', 'roles', [{ select: 'all' }, { confirm: false }]);
    expect(saved.design?.roles).toEqual(defaultRoles);
  });

  it('suggests one more role and a first activity format from the kind of community', async () => {
    const helping = `${INQUIRE_DONE.replace(/history:[\s\S]*$/, '')}design:\n  communityType: knowledgeStewarding\n`;
    const roles = await answerOne(helping, 'design', 'roles', [{ select: 'all' }, { confirm: false }]);
    expect(roles.saved.design?.roles?.map((r) => [r.id, r.roleKey])).toEqual([
      ['R1', 'coordinator'],
      ['R2', 'sponsor'],
      ['R3', 'technologySteward'],
      ['R4', 'knowledgeSteward'],
    ]);
    const activities = await answerOne(helping, 'design', 'activities', [
      { confirm: true },
      { input: 'Tip library sprint' },
      { select: undefined },
      { select: null },
      { select: null },
      { checkbox: [] },
      { checkbox: [] },
      { confirm: false },
    ]);
    const format = activities.asker.asked.find((a) => a.prompt.message === 'Format')!.prompt;
    expect('default' in format && format.default).toBe('documentationProject');
  });

  it('offers a kickoff agenda for a new kickoff event', async () => {
    const { saved } = await answerOne(INQUIRE_DONE, 'launch', 'kickoffEvents', [
      { confirm: true },
      { input: 'Breakfast kickoff' },
      { input: '2027-04-06' },
      { select: 'faceToFace' },
      { select: 'each', expect: 'Keep these' },
      { select: 'keep' },
      { select: 'remove' },
      { select: 'keep' },
      { select: 'keep' },
      { select: 'keep' },
      { input: '' },
      { input: 'Opens the session with two minutes on why it matters' },
      { confirm: false },
    ]);
    expect(saved.launch?.kickoffEvents).toEqual([
      {
        title: 'Breakfast kickoff',
        date: '2027-04-06',
        mode: 'faceToFace',
        agenda: ['Why join, and what members gain', 'A round of reactions from everyone present', 'Next steps and the timeline', 'One clear first thing to do after the session'],
        sponsorPart: 'Opens the session with two minutes on why it matters',
      },
    ]);
  });

  it('numbers lists without ids plainly and names items by their summary field', async () => {
    const { saved, asker } = await answerOne(INQUIRE_DONE, 'prototype', 'pilotParticipants', [
      { confirm: true, expect: 'Add a pilot participant? (Prototype needs at least 3)' },
      { input: 'Ben' },
      { select: null, expect: 'Which group do they come from?' },
      { select: null },
      { select: 'yes' },
      { confirm: false, expect: 'Add another pilot participant? (Prototype needs at least 3)' },
    ]);
    expect(saved.prototype?.pilotParticipants).toEqual([{ name: 'Ben', committed: 'yes' }]);
    expect(asker.notes.map((n) => n.text)).toContain('New pilot participant');
  });
});

describe('references that point at a list still to come', () => {
  it('comes back to "which role leads it?" once Design has roles', async () => {
    const { saved, asker } = await walkStage(INQUIRE_DONE, 'design', [
      { select: null }, // communityType: skip
      { input: 'Error codes' },
      { input: '' },
      { confirm: true },
      { input: 'Breakfast table' },
      { select: null },
      { select: null },
      { select: null },
      { checkbox: [] },
      { checkbox: [] },
      { confirm: false },
      { input: 'A breakfast every month' },
      { confirm: true },
      { input: 'Teams' },
      { select: null },
      { checkbox: [] },
      { select: null },
      { select: null },
      { confirm: false },
      { checkbox: ['C1'], expect: 'Where does it happen (which channels)? (A1 Breakfast table)' },
      { select: 'all', expect: 'Keep these' },
      { confirm: false },
      { select: 'R1', expect: 'Which role leads it? (A1 Breakfast table)' },
      { select: 'R3', expect: 'Which role looks after it? (C1 Teams)' },
      { select: 'openWithinOrganization' },
      { select: 'consent' },
      { input: 'Every question gets a reply within two days' },
      { input: '' },
      { input: 'Tips go to the wiki, tagged by error code' },
      { confirm: false },
      { select: false, expect: 'What next?' },
    ]);
    expect(asker.remaining).toBe(0);
    expect(saved.design?.activities?.[0]?.leadRole).toBe('R1');
    expect(saved.design?.activities?.[0]?.channels).toEqual(['C1']);
    expect(saved.design?.channels?.[0]?.stewardRole).toBe('R3');
    expect(saved.progress?.design).toEqual({ status: 'complete', updated: '2026-11-26' });
    expect(asker.notes.map((n) => n.text)).toContain('Now that there are roles, you can link them to what you entered earlier.');
  });
});
