/**
 * The promise of the wizard, tested the hard way: kill it (SIGKILL, no chance to clean up) after
 * every question of setup, Inquire and the start of Design, and once while an answer is being
 * typed. Each time cop.yaml must be a valid design holding exactly every answer given before, and
 * `copkit init` must carry on at the next question. One folder, one process per question.
 */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { repoRoot } from '../helpers/cli.js';
import { completenessProblems } from '../helpers/completeness.js';
import { runIn } from '../helpers/in-process.js';
import { keys, PtySession } from '../helpers/pty.js';
import { tempDir } from '../helpers/tmp.js';

const { enter, down, space } = keys;

interface Step {
  stage: 'setup' | 'inquire' | 'design';
  key: string;
  /** The first prompt of the question. */
  prompt: string;
  /** What to type after the prompt shows: prompts and keys, in order. */
  typing: readonly (readonly [prompt: string, keys: string])[];
  saved: unknown;
}

const q = (stage: Step['stage'], key: string, typing: Step['typing'], saved: unknown): Step => ({ stage, key, prompt: typing[0]![0], typing, saved });

const steps: Step[] = [
  q('setup', 'communityName', [['? What is the community called?', `Copier Tips${enter}`]], 'Copier Tips'),
  q('setup', 'organizationType', [['? What kind of organisation hosts it?', `${down.repeat(6)}${enter}`]], 'corporate'),
  q('setup', 'hostName', [['? What is the host organisation called?', `Northwind Imaging${enter}`]], 'Northwind Imaging'),
  q(
    'setup',
    'hostSites',
    [
      ['? 1.', `North region${enter}`],
      ['? 2.', enter],
    ],
    ['North region'],
  ),
  q('setup', 'hostRegion', [['? Where is the host organisation?', `${down.repeat(2)}${enter}`]], 'unitedStates'),
  q('setup', 'timeZone', [['? Which time zone does the community meet in?', `America/Chicago${enter}`]], 'America/Chicago'),
  q('setup', 'currency', [['? Which currency are its costs in?', `USD${enter}`]], 'USD'),
  q('setup', 'facilitatorName', [['? Who is facilitating the design?', `Ana Lima${enter}`]], 'Ana Lima'),
  q('setup', 'origin', [['? Is the community being cultivated', enter]], 'cultivated'),
  q('inquire', 'domain', [['? What area of practice', `Fixing copier faults${enter}`]], 'Fixing copier faults'),
  q(
    'inquire',
    'audience',
    [
      ['? Add an audience group?', `y${enter}`],
      ['? Group name', `Field technicians${enter}`],
      ['? Who is in this group?', enter],
      ['? Roughly how many people?', `40${enter}`],
      ['? Where are they based?', enter],
      ['? Add another audience group?', enter],
    ],
    [{ segment: 'Field technicians', estimatedSize: 40 }],
  ),
  q(
    'inquire',
    'stakeholders',
    [
      ['? Add a stakeholder?', `y${enter}`],
      ['? Name or body', `Service director${enter}`],
      ['? Their relation to the community', enter],
      ['? What do they want from it?', `Fewer repeat visits${enter}`],
      ['? Add another stakeholder?', enter],
    ],
    [{ name: 'Service director', relation: 'sponsor', interest: 'Fewer repeat visits' }],
  ),
  q('inquire', 'purposeStatement', [['? Why does this community need to exist?', `Share what works between depots.${enter}`]], 'Share what works between depots.'),
  q('inquire', 'purposeAreas', [['? Which kinds of purpose will it serve?', `${down}${space}${enter}`]], ['learningAndDevelopingPractice']),
  q(
    'inquire',
    'goals',
    [
      ['? Add a goal?', enter],
      ['? The goal', `Fix more faults on the first visit${enter}`],
      ['? How will you know it is met?', enter],
      ['? What level counts as success?', enter],
      ['? By when? (YYYY-MM-DD)', `2027-03-31${enter}`],
      ['? Add another goal?', enter],
    ],
    [{ id: 'G1', statement: 'Fix more faults on the first visit', byDate: '2027-03-31' }],
  ),
  q(
    'inquire',
    'benefits',
    [
      ['? Add a benefit?', enter],
      ['? Who benefits?', enter],
      ['? What do they gain?', `Fewer lonely hours${enter}`],
      ['? Add another benefit?', enter],
    ],
    [{ beneficiary: 'members', benefit: 'Fewer lonely hours' }],
  ),
  q('inquire', 'pursuedBenefits', [['? Which of the benefits', `${space}${enter}`]], ['connectPeople']),
  q('inquire', 'vision', [['? What will success look like', `Every technician finds a tip in minutes.${enter}`]], 'Every technician finds a tip in minutes.'),
  q(
    'inquire',
    'needsEvidence',
    [
      ['? Add a piece of evidence?', `y${enter}`],
      ['? Method', enter],
      ['? When? (YYYY-MM-DD)', enter],
      ['? How many people took part?', `12${enter}`],
      ['? What did you learn?', enter],
      ['? Add another piece of evidence?', enter],
    ],
    [{ method: 'informalConversation', participants: 12 }],
  ),
  q('inquire', 'faceToFaceImportance', [['? How much does meeting in person matter', `${down}${enter}`]], 'important'),
  q('inquire', 'existingAlternatives', [['? Which existing groups already cover this area', `None that fits.${enter}`]], 'None that fits.'),
  q('design', 'communityType', [['? What kind of community is this, mainly?', enter]], 'helping'),
  q(
    'design',
    'learningAgenda',
    [
      ['? 1.', `Which error codes mislead?${enter}`],
      ['? 2.', enter],
    ],
    ['Which error codes mislead?'],
  ),
  q(
    'design',
    'activities',
    [
      ['? Add an activity?', enter],
      ['? Activity name', `Breakfast table${enter}`],
      ['❯ Case clinic', enter],
      ['? In person or online?', enter],
      ['? How often?', `${down.repeat(2)}${enter}`],
      ['? Which goals does it serve?', `${space}${enter}`],
      ['? Which participation levels is it for?', `${space}${enter}`],
      ['? Add another activity?', enter],
    ],
    [{ id: 'A1', name: 'Breakfast table', format: 'caseClinic', mode: 'faceToFace', frequency: 'monthly', supportsGoals: ['G1'], targetLevels: ['core'] }],
  ),
  q('design', 'rhythmSummary', [['? What is the regular rhythm members can count on?', `A breakfast every month${enter}`]], 'A breakfast every month'),
];

const titles = { setup: 'Setup', inquire: 'Inquire', design: 'Design' } as const;
const totals = { setup: 11, inquire: 12, design: 11 } as const;

let session: PtySession | undefined;
afterEach(() => session?.dispose());

function start(dir: string, args = ['init']): PtySession {
  session?.dispose();
  session = new PtySession(args, { cwd: dir });
  return session;
}

async function killNow(t: PtySession): Promise<void> {
  t.kill('SIGKILL');
  expect((await t.exited).signal).toBe(9);
}

/** cop.yaml is a valid design holding exactly these answers, and nothing else is left in the folder. */
async function holdsExactly(dir: string, expected: Record<string, Record<string, unknown>>, at: string): Promise<void> {
  const file = await CopFile.load(join(dir, 'cop.yaml'));
  expect(
    file.findings.filter((f) => f.severity === 'error'),
    at,
  ).toEqual([]);
  for (const stage of ['setup', 'inquire', 'design'] as const) expect(file.data[stage], `${at}: ${stage}`).toEqual(expected[stage]);
  expect(
    readdirSync(dir).filter((f) => f !== 'cop.schema.json'),
    at,
  ).toEqual(['cop.yaml']);
}

describe('copkit init killed after any question (slow)', () => {
  it('always leaves a valid cop.yaml with every earlier answer, and resumes at the next question', async () => {
    const dir = tempDir();
    let t = start(dir);
    await t.waitFor(steps[0]!.prompt);
    await killNow(t);
    expect(existsSync(join(dir, 'cop.yaml'))).toBe(false); // nothing answered, nothing written

    const expected: Record<string, Record<string, unknown>> = {};
    for (const [i, step] of steps.entries()) {
      if (step.key === 'origin') {
        // Optional, and after every required Setup answer: a resumed init goes straight on to Inquire.
        t = start(dir);
        await t.waitFor('Resuming at Inquire, question 1 of 12');
        await killNow(t);
        await holdsExactly(dir, expected, 'resumed after Setup');
        continue;
      }
      const number = Object.keys(expected[step.stage] ?? {}).length + 1;
      const at = `${titles[step.stage]} ${number} (${step.stage}.${step.key})`;
      t = start(dir);
      if (i > 0) await t.waitFor(`Resuming at ${titles[step.stage]}, question ${number} of ${totals[step.stage]}`);
      if (step.key === 'rhythmSummary') {
        // Killed while typing: the answer on the line is lost, nothing else.
        await t.answer(step.prompt, 'A breakfast every mon');
        await t.waitFor('A breakfast every mon');
        await killNow(t);
        await holdsExactly(dir, expected, `${at}, killed while typing`);
        t = start(dir);
        await t.waitFor(`Resuming at Design, question ${number} of 11`);
      }
      for (const [prompt, typed] of step.typing) await t.answer(prompt, typed);
      // Killed while the next question waits for an answer: this one must already be on disk.
      const next = steps[i + 1]?.stage === step.stage ? steps[i + 1]!.prompt : step.stage === 'inquire' ? '? What next?' : step.stage === 'setup' ? steps[i + 1]!.prompt : '? Add a channel?';
      await t.waitFor(next);
      await killNow(t);
      (expected[step.stage] ??= {})[step.key] = step.saved;
      await holdsExactly(dir, expected, `killed after ${at}`);
    }
  }, 300_000); // a hang guard: nineteen terminals in a row take a while on a loaded machine
});

describe('copkit stage killed mid-stage (slow)', () => {
  it('after removing every goal of a complete Inquire: the removal is saved, and status no longer calls Inquire complete', async () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), join(dir, 'cop.yaml'));
    const t = start(dir, ['stage', 'inquire']);
    await t.answer('? What area of practice', enter);
    await t.answer('? What do you want to do with it?', enter); // the audience: keep
    await t.answer('? Add another audience group?', enter);
    await t.answer('? Add a stakeholder?', enter);
    await t.answer('? Why does this community need to exist?', enter);
    await t.answer('? Which kinds of purpose', enter);
    await t.answer('? What do you want to do with them?', `${down}${down}${enter}`); // Remove all 2
    await t.answer('? Remove all 2 goals?', `y${enter}`);
    await t.waitFor('? Add a goal? (Inquire needs at least 1)');
    await killNow(t);

    const file = await CopFile.load(join(dir, 'cop.yaml'));
    expect(file.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(file.data.inquire?.goals).toBeUndefined();
    expect(file.data.inquire?.domain).toBe('Fixing copier faults that the manuals do not explain.');
    const status = await runIn(dir, ['status', '--json']);
    expect(status.code, status.stderr).toBe(0);
    const report = JSON.parse(status.stdout) as Parameters<typeof completenessProblems>[0];
    expect(report.stages.find((s) => s.id === 'inquire')).toMatchObject({ status: 'inProgress', missing: ['inquire.goals'] });
    expect(completenessProblems(report, file.data)).toEqual([]);
  }, 120_000);
});
