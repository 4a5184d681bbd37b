/**
 * The built copkit in a real pseudo-terminal, typed at as a person would (slow: a few seconds
 * each). Every wait is for text on the screen, never for a fixed time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keys, type PtySession, ptySessions } from '../helpers/pty.js';
import { copkitBin } from '../helpers/cli.js';
import { designAfterInquire, validDesign } from '../helpers/designs.js';
import { tempDir } from '../helpers/tmp.js';

const SLOW = 180_000;
const copkit = ptySessions();

/** Setup's questions, answered as a person would. */
async function answerSetup(t: PtySession): Promise<void> {
  await t.answer('? What is the community called?', `Copier Tips${keys.enter}`);
  await t.answer('? What kind of organisation hosts it?', `${keys.down.repeat(6)}${keys.enter}`); // Company
  await t.answer('? What is the host organisation called?', `Northwind Imaging${keys.enter}`);
  await t.answer('? 1.', keys.enter); // one site: no list of sites or units
  await t.answer('? Where is the host organisation?', keys.enter); // European Union
  await t.answer('? Which time zone does the community meet in?', `Europe/Lisbon${keys.enter}`);
  await t.answer('? Which currency are its costs in?', keys.enter); // left for later
  await t.answer('? Who is facilitating the design?', `Ana Lima${keys.enter}`);
  await t.answer('? Is the community being cultivated', keys.enter); // from scratch
}

describe('copkit init in a real terminal (slow)', () => {
  it(
    'walks setup and Inquire, showing progress and help, and saves every answer',
    async () => {
      const dir = tempDir();
      const out = join(tempDir(), 'stdout.txt');
      // stdout goes to a file, as in `copkit init > out.txt`: the prompts must still reach the screen.
      const t = copkit({ shell: `exec "${process.execPath}" "${copkitBin}" init > "${out}"` }, dir);
      await t.waitFor('Every answer is saved the moment you give it');
      await answerSetup(t);

      await t.waitFor('Inquire 1 of 12');
      await t.waitFor('Name the shared craft or concern'); // the question's help text
      await t.answer('? What area of practice', `Fixing copier faults \\ that the manuals miss${keys.enter}`);
      await t.answer('? Add an audience group? (Inquire needs at least 1)', `y${keys.enter}`);
      await t.answer('? Group name', `Field technicians${keys.enter}`);
      await t.answer('? Who is in this group?', keys.enter);
      await t.answer('? Roughly how many people?', `forty${keys.enter}`);
      await t.waitFor(/Type a whole number|Type a number/);
      t.send(`${keys.backspace.repeat(5)}40${keys.enter}`);
      await t.answer('? Where are they based?', keys.enter);
      await t.answer('? Add another audience group?', keys.enter); // default: no
      await t.waitFor('Inquire 3 of 12 (optional)');
      await t.answer('? Add a stakeholder?', keys.enter);
      await t.answer('? Why does this community need to exist?', `Share what works between depots.${keys.enter}`);
      await t.answer('? Which kinds of purpose will it serve?', `${keys.down}${keys.space}${keys.enter}`);
      await t.answer('? Add a goal?', keys.enter); // default: yes, the stage needs one
      await t.answer('? The goal', `Fix more faults on the first visit${keys.enter}`);
      await t.answer('? How will you know it is met?', `Repeat visits per 100 calls${keys.enter}`);
      await t.answer('? What level counts as success?', `7.5${keys.enter}`);
      await t.answer('? By when? (YYYY-MM-DD)', `2027-02-30${keys.enter}`);
      await t.waitFor('2027-02-30 is not a date that exists');
      t.send(`${keys.backspace.repeat(10)}2027-03-31${keys.enter}`);
      await t.answer('? Add another goal?', keys.enter);
      await t.answer('? Add a benefit?', keys.enter);
      await t.answer('? Who benefits?', keys.enter); // Members
      await t.answer('? What do they gain?', `Fewer lonely hours at a stubborn machine${keys.enter}`);
      await t.answer('? Add another benefit?', keys.enter);
      await t.answer('? Which of the benefits', keys.enter); // none picked
      await t.answer('? What will success look like', `Every technician finds a tip in minutes.${keys.enter}`);
      await t.answer('? Add a piece of evidence?', keys.enter);
      await t.answer('? How much does meeting in person matter', `${keys.down}${keys.enter}`); // Important
      await t.answer('? Which existing groups already cover this area', keys.enter);

      await t.waitFor('Inquire is complete: all 8 required answers are in.');
      await t.answer('? What next?', `${keys.down}${keys.down}${keys.enter}`); // Stop for now (after "Change one of these answers")
      await t.waitFor('run `copkit init` to start Design');
      expect(await t.exited).toEqual({ exitCode: 0, signal: 0 });
      expect(readFileSync(out, 'utf8')).toBe('');

      const data = await validDesign(dir);
      expect(data.setup).toEqual({
        communityName: 'Copier Tips',
        organizationType: 'corporate',
        hostName: 'Northwind Imaging',
        hostRegion: 'europeanUnion',
        timeZone: 'Europe/Lisbon',
        facilitatorName: 'Ana Lima',
        origin: 'cultivated',
      });
      expect(data.revision).toBe(1);
      expect(data.progress).toEqual({ inquire: { status: 'complete', updated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
      expect(data.inquire).toEqual({
        domain: 'Fixing copier faults\nthat the manuals miss',
        audience: [{ segment: 'Field technicians', estimatedSize: 40 }],
        purposeStatement: 'Share what works between depots.',
        purposeAreas: ['learningAndDevelopingPractice'],
        goals: [{ id: 'G1', statement: 'Fix more faults on the first visit', indicator: 'Repeat visits per 100 calls', target: '7.5', byDate: '2027-03-31' }],
        benefits: [{ beneficiary: 'members', benefit: 'Fewer lonely hours at a stubborn machine' }],
        vision: 'Every technician finds a tip in minutes.',
        faceToFaceImportance: 'important',
      });
      const screen = await t.screen();
      expect(screen).toContain('Setup 2 of 11');
      expect(screen).toContain('Inquire 10 of 12 (optional)');
      expect(screen).toContain('Goals (1): Fix more faults on the first visit (G1)');
    },
    SLOW,
  );

  it(
    'stops on Ctrl-C in the middle of Design with exit 130, a valid cop.yaml and every earlier answer; a second init resumes there',
    async () => {
      const dir = designAfterInquire();
      const first = copkit(['init'], dir);
      await first.waitFor('Resuming at Design, question 1 of 11: What kind of community is this, mainly?');
      await first.answer('? What kind of community is this, mainly?', keys.enter); // Helping
      await first.answer('? 1.', `Which error codes point at the wrong part?${keys.enter}`);
      await first.answer('? 2.', keys.enter);
      await first.answer('? Add an activity?', keys.enter);
      await first.answer('? Activity name', `Breakfast table${keys.enter}`);
      await first.waitFor('❯ Case clinic'); // what a helping community is offered first
      first.send(keys.enter);
      await first.answer('? In person or online?', keys.enter); // Face to face
      await first.answer('? How often?', `${keys.down.repeat(2)}${keys.enter}`); // Monthly
      await first.answer('? Which goals does it serve?', `${keys.space}${keys.enter}`); // G1
      await first.answer('? Which participation levels is it for?', `${keys.space}${keys.down}${keys.space}${keys.enter}`);
      await first.waitFor('There are no roles yet; copkit will ask again');
      await first.answer('? Add another activity?', keys.enter);
      await first.waitFor('Design 4 of 11');
      await first.answer('? What is the regular rhythm members can count on?', 'A breakfast every mon');
      await first.waitFor('A breakfast every mon');
      first.send(keys.ctrlC);
      await first.waitFor('Stopped at Design, question 4 of 11.\r\nSaved in cop.yaml (revision 3): 3 answers in Design this time, and everything answered before.');
      await first.waitFor('Run `copkit init` to carry on from there.');
      expect(await first.exited).toMatchObject({ exitCode: 130 });

      const saved = await validDesign(dir);
      expect(saved.revision).toBe(3);
      expect(saved.inquire?.goals).toHaveLength(2); // untouched earlier answers
      expect(saved.progress?.design?.status).toBe('inProgress');
      expect(saved.design).toEqual({
        communityType: 'helping',
        learningAgenda: ['Which error codes point at the wrong part?'],
        activities: [{ id: 'A1', name: 'Breakfast table', format: 'caseClinic', mode: 'faceToFace', frequency: 'monthly', supportsGoals: ['G1'], targetLevels: ['core', 'active'] }],
      });
      expect(readdirSync(dir).filter((f) => f !== 'cop.schema.json')).toEqual(['cop.yaml']);

      const second = copkit(['init'], dir);
      await second.waitFor('Resuming at Design, question 4 of 11: What is the regular rhythm members can count on?');
      await second.answer('? What is the regular rhythm members can count on?', `A breakfast every month${keys.enter}`);
      await second.answer('? Add a channel?', keys.ctrlC);
      await second.waitFor('Stopped at Design, question 5 of 11.');
      expect(await second.exited).toMatchObject({ exitCode: 130 });
      const resumed = await validDesign(dir);
      expect(resumed.design?.rhythmSummary).toBe('A breakfast every month');
      expect(resumed.design?.learningAgenda).toEqual(['Which error codes point at the wrong part?']);
      expect(resumed.revision).toBe(4);
    },
    SLOW,
  );

  it(
    'loses at most the answer being typed when killed with SIGKILL in the middle of a stage',
    async () => {
      const dir = tempDir();
      const t = copkit(['init'], dir);
      await answerSetup(t);
      await t.answer('? What area of practice', `Fixing copier faults${keys.enter}`);
      await t.answer('? Add an audience group?', `y${keys.enter}`);
      await t.answer('? Group name', `Field techni`);
      await t.waitFor('Field techni');
      t.kill('SIGKILL');
      expect((await t.exited).signal).toBe(9);

      const data = await validDesign(dir);
      expect(data.setup?.communityName).toBe('Copier Tips');
      expect(data.inquire).toEqual({ domain: 'Fixing copier faults' });
      expect(readdirSync(dir).filter((f) => f !== 'cop.schema.json')).toEqual(['cop.yaml']); // no temporary file left behind
    },
    SLOW,
  );

  it(
    'treats SIGTERM at a prompt like Ctrl-C: says what is saved and exits 130',
    async () => {
      const dir = designAfterInquire();
      const before = readFileSync(join(dir, 'cop.yaml'), 'utf8');
      const t = copkit(['stage', 'design'], dir);
      await t.answer('? What kind of community is this, mainly?', `${keys.down}${keys.enter}`); // Best practice
      await t.waitFor('? 1.');
      t.kill('SIGTERM');
      await t.waitFor('Stopped at Design, question 2 of 11.');
      await t.waitFor('Run `copkit stage design` to go through the stage again');
      expect(await t.exited).toMatchObject({ exitCode: 130 });
      const data = parse(readFileSync(join(dir, 'cop.yaml'), 'utf8')) as { design: unknown; inquire: unknown };
      expect(data.design).toEqual({ communityType: 'bestPractice' });
      expect(data.inquire).toEqual((parse(before) as { inquire: unknown }).inquire);
      expect(existsSync(join(dir, 'cop.yaml'))).toBe(true);
    },
    SLOW,
  );
});
