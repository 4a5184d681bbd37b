/**
 * The wizard as a whole: every answer on disk before the next question, one revision per
 * command, where init resumes, what happens between stages, and what Ctrl-C leaves behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cancelled } from '../../src/errors.js';
import { findStage, inquire } from '../../src/model/registry.js';
import type { CopData } from '../../src/model/types.js';
import type { Asker } from '../../src/wizard/asker.js';
import { stoppedMessage } from '../../src/wizard/messages.js';
import { questionsToResume, resumePoint } from '../../src/wizard/plan.js';
import { runInit, runStage } from '../../src/wizard/run.js';
import { repoRoot } from '../helpers/cli.js';
import { scene, SETUP_DONE, walkInit } from '../helpers/wizard.js';

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

/** An asker that looks at cop.yaml on disk each time it is asked something. */
function watching(asker: Asker, onDisk: () => CopData, seen: CopData[]): Asker {
  const look = <T>(ask: () => Promise<T>) => {
    seen.push(onDisk());
    return ask();
  };
  return {
    note: asker.note,
    input: (p) => look(() => asker.input(p)),
    number: (p) => look(() => asker.number(p)),
    select: (p) => look(() => asker.select(p)),
    checkbox: (p) => look(() => asker.checkbox(p)),
    confirm: (p) => look(() => asker.confirm(p)),
  };
}

describe('saving', () => {
  it('writes each answer to cop.yaml before asking the next question, and raises the revision once', async () => {
    const seen: CopData[] = [];
    const s = await scene(
      undefined,
      [
        { input: 'Copier Tips' },
        { select: 'corporate' },
        { input: 'Northwind Imaging' },
        { input: '' },
        { select: null },
        { input: 'Europe/Lisbon' },
        { input: '' },
        { input: 'Ana Lima' },
        { select: 'cultivated' },
      ],
      (asker, onDisk) => watching(asker, onDisk, seen),
    );
    await runStage({ asker: s.wrapped, session: s.session }, findStage('setup')!, { answered: new Set(), resumeCommand: 'copkit init' });
    const both = { communityName: 'Copier Tips', organizationType: 'corporate', hostName: 'Northwind Imaging' };
    expect(seen.map((d) => d.setup)).toEqual([
      undefined,
      { communityName: 'Copier Tips' },
      { communityName: 'Copier Tips', organizationType: 'corporate' },
      both,
      both,
      both,
      { ...both, timeZone: 'Europe/Lisbon' },
      { ...both, timeZone: 'Europe/Lisbon' },
      { ...both, timeZone: 'Europe/Lisbon', facilitatorName: 'Ana Lima' },
    ]);
    const saved = s.onDisk();
    expect(saved.revision).toBe(1);
    expect(saved.history).toEqual([{ revision: 1, date: '2026-11-26', summary: 'setup: community name, organization type, host name, time zone, facilitator name and origin changed' }]);
    expect(s.session.saved).toBe(6);
  });

  it('stops with Cancelled on Ctrl-C, keeping what was answered and knowing where it stopped', async () => {
    const s = await scene(SETUP_DONE, [{ input: 'Copier faults' }, { cancel: true }]);
    const run = runStage({ asker: s.asker, session: s.session }, inquire, { answered: new Set(), resumeCommand: 'copkit init' });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(s.onDisk().inquire).toEqual({ domain: 'Copier faults' });
    const stopped = stoppedMessage(s.session, 'cop.yaml', 'copkit init');
    expect(stopped.message).toBe('Stopped at Inquire, question 2 of 12.\nSaved in cop.yaml (revision 2): 1 answer in Inquire this time, and everything answered before.');
    expect(stopped.hint).toBe('Run `copkit init` to carry on from there.');
    expect(stopped.exitCode).toBe(130);
  });

  it('says nothing was created when stopped before the first answer of a new design', async () => {
    const s = await scene(undefined, [{ cancel: true }]);
    await expect(runInit({ asker: s.asker, session: s.session }, { answered: new Set(), resumeCommand: 'copkit init --dir new' })).rejects.toBeInstanceOf(Cancelled);
    const stopped = stoppedMessage(s.session, 'new/cop.yaml', 'copkit init --dir new');
    expect(stopped.message).toBe('Stopped at Setup, question 1 of 11. Nothing had been answered yet, so new/cop.yaml was not created.');
  });
});

describe('where copkit init carries on', () => {
  const withInquire = (answers: string) => ({
    ...JSON.parse(JSON.stringify({ copkit: 1, setup: { communityName: 'C', organizationType: 'other', facilitatorName: 'F' } })),
    inquire: JSON.parse(answers),
  });
  const first = (data: CopData) => resumePoint(data);

  it.each([
    ['nothing answered', '{}', 'domain'],
    ['the first answer given', '{"domain": "x"}', 'audience'],
    ['an optional question passed over comes first again', '{"domain": "x", "audience": [{"segment": "a"}], "purposeStatement": "p"}', 'stakeholders'],
    ['a required answer left for later', '{"domain": "x", "faceToFaceImportance": "essential", "existingAlternatives": "none"}', 'audience'],
  ])('%s: resumes at %s', (_name, answers, key) => {
    const point = first(withInquire(answers) as CopData);
    expect(point?.stage.id).toBe('inquire');
    expect(point?.question?.key).toBe(key);
  });

  it('asks every unanswered question in order, including a list short of the entries it needs', () => {
    const data = withInquire(
      '{"domain": "x", "audience": [{"segment": "a"}], "stakeholders": [{"name": "s"}], "purposeStatement": "p", "purposeAreas": ["creatingNewKnowledge"], "goals": [], "benefits": [{"beneficiary": "members", "benefit": "b"}], "vision": "v", "faceToFaceImportance": "important"}',
    ) as CopData;
    expect(questionsToResume(data, inquire).map((q) => q.key)).toEqual(['goals', 'pursuedBenefits', 'needsEvidence', 'existingAlternatives']);
  });

  it('starts at setup for a new design and skips stages already complete', () => {
    expect(resumePoint({ copkit: 1 })?.stage.id).toBe('setup');
    // Inquire passed by (skipped): a stage recorded complete without its required answers is not complete.
    const done = { copkit: 1, setup: { communityName: 'C', organizationType: 'other', facilitatorName: 'F' }, progress: { inquire: { status: 'skipped' } } } as CopData;
    expect(resumePoint(done)?.stage.id).toBe('design');
    expect(questionsToResume(done, findStage('design')!).map((q) => q.index)).toEqual([...Array(11).keys()]);
  });

  it('tells where it resumes and asks only what is left', async () => {
    const s = await walkInit(`${SETUP_DONE}inquire:\n  domain: Copier faults\n  audience: [{segment: Technicians}]\n`, [...INQUIRE_ANSWERS.slice(7), { select: false, expect: 'What next?' }]);
    expect(s.asker.notes[0]).toEqual({ text: 'Resuming at Inquire, question 3 of 12: Who else has a stake in the community?', style: 'progress' });
    expect(s.asker.remaining).toBe(0);
    expect(s.saved.progress?.inquire?.status).toBe('complete');
  });
});

describe('between stages', () => {
  it('summarises the finished stage, marks it complete and offers to go on or stop', async () => {
    const s = await walkInit(SETUP_DONE, [...INQUIRE_ANSWERS, { select: false, expect: 'What next?' }]);
    const notes = s.asker.notes.map((n) => n.text);
    expect(notes).toContain('\n✔ Inquire is complete: all 8 required answers are in.');
    expect(notes).toContain(
      [
        '  Area of practice: Copier faults',
        '  Audience (1): Field technicians',
        '  Purpose: Share what works.',
        '  Kinds of purpose (1): Learning and developing practice',
        '  Goals (1): Fix more faults (G1)',
        '  Benefits (1): Fewer lonely hours',
        '  Vision: Tips in minutes.',
        '  Meeting in person: Important',
      ].join('\n'),
    );
    const next = s.asker.asked.at(-1)!.prompt;
    expect('choices' in next && next.choices.map((c) => c.label)).toEqual(['Go on to Design', 'Change one of these answers', 'Stop for now']);
    expect(notes.at(-1)).toBe('Saved. When you are ready, run `copkit init` to start Design (or `copkit stage design`).');
    expect(s.saved.progress).toEqual({ inquire: { status: 'complete', updated: '2026-11-26' } });
  });

  it('keeps a stage in progress, and says what is missing, when required answers were left for later', async () => {
    const s = await walkInit(SETUP_DONE, [
      { input: '' }, // domain: later
      ...INQUIRE_ANSWERS.slice(1),
      { select: false },
    ]);
    expect(s.asker.notes.map((n) => n.text)).toContain('\nInquire is saved but not complete: 1 required answer is still missing (area of practice).');
    expect(s.saved.progress?.inquire?.status).toBe('inProgress');
  });

  it('goes on to the next stage when asked to', async () => {
    const s = await scene(INQUIRE_DONE.replace('status: complete', 'status: inProgress'), [
      { confirm: false, expect: 'Add a stakeholder?' },
      { checkbox: [], expect: 'Which of the benefits' },
      { confirm: false, expect: 'Add a piece of evidence?' },
      { input: '', expect: 'Which existing groups' },
      { select: true, expect: 'What next?' },
      { cancel: true },
    ]);
    await expect(runInit({ asker: s.asker, session: s.session }, { answered: new Set(), resumeCommand: 'copkit init' })).rejects.toBeInstanceOf(Cancelled);
    expect(s.asker.asked.at(-1)!.prompt.message).toBe('What kind of community is this, mainly?');
    expect(s.onDisk().progress?.inquire?.status).toBe('complete');
  });

  it('has nothing to ask when every stage is complete', async () => {
    const example = readFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml'), 'utf8');
    const s = await walkInit(example, []);
    expect(s.asker.notes.map((n) => n.text)).toEqual([
      'Every stage of this design is complete. To revisit one, run `copkit stage <name>` (setup, inquire, design, prototype, launch, grow or sustain).',
    ]);
    expect(s.saved.revision).toBe(14);
  });
});

describe('copkit stage', () => {
  it('offers every current answer as the default, and a stage left untouched is not rewritten', async () => {
    const s = await scene(INQUIRE_DONE, (prompt) =>
      prompt.kind === 'select' && prompt.prompt.message.startsWith('What do you want to do with')
        ? { select: 'all' }
        : prompt.kind === 'confirm'
          ? { confirm: false }
          : prompt.kind === 'checkbox'
            ? { checkbox: [...prompt.prompt.checked] }
            : prompt.kind === 'select'
              ? { select: prompt.prompt.default }
              : prompt.kind === 'number'
                ? { number: undefined }
                : { input: '' },
    );
    await runStage({ asker: s.asker, session: s.session }, inquire, { answered: new Set(), resumeCommand: 'copkit stage inquire' });
    expect(readFileSync(s.path, 'utf8')).toBe(INQUIRE_DONE);
    const domain = s.asker.asked.find((a) => a.prompt.message.startsWith('What area of practice'))!.prompt;
    expect('default' in domain && domain.default).toBe('Fixing copier faults that the manuals do not explain.');
    expect(s.asker.notes.map((n) => n.text)).toContain(
      '12 questions, 8 of them needed to complete Inquire. Each current answer is shown ready to edit; Enter keeps it. Leave an answer empty to skip it or to come back to it later. Type < (or pick Back) to return to the previous question; the summary at the end lets you change any answer.',
    );
  });
});
