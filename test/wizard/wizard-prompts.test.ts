/**
 * The real prompts (@inquirer/prompts behind our Asker), driven in-process through
 * @inquirer/testing's screen: what a person sees for each kind of prompt and what comes back.
 */
import { screen } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Cancelled } from '../../src/errors.js';
import { GoBack } from '../../src/wizard/asker.js';
import { readNumber } from '../../src/model/numbers.js';
import { findStage } from '../../src/model/registry.js';
import { inquirerAsker } from '../../src/commands/terminal-asker.js';
import { askQuestion } from '../../src/wizard/run.js';
import { createReporter } from '../../src/commands/report.js';
import { startWizard } from '../../src/commands/wizard.js';
import type { Deps } from '../../src/deps.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { scene, SETUP_DONE, TODAY } from '../helpers/wizard.js';

function asker(color = 0) {
  const output = new PassThrough();
  let notes = '';
  output.setEncoding('utf8').on('data', (d: string) => {
    notes += d;
  });
  const real = inquirerAsker({ input: new PassThrough(), output, color: new Chalk({ level: color as 0 | 1 }) });
  return { real, notes: () => notes };
}

describe('each kind of prompt on a terminal', () => {
  it('input: Enter takes the default, typing replaces it, and a refused answer shows why', async () => {
    const { real } = asker();
    const kept = real.input({ message: 'Role title', default: 'Community sponsor' });
    expect(screen.getScreen()).toBe('? Role title (suggested: Community sponsor)');
    screen.keypress('enter');
    await expect(kept).resolves.toBe('Community sponsor');

    // Typing over a suggestion replaces it: "TBD" then "Maria Okafor" is "Maria Okafor".
    const replaced = real.input({ message: 'Who holds it? (a name or TBD)', default: 'TBD' });
    expect(screen.getScreen()).toBe('? Who holds it? (a name or TBD) (suggested: TBD)');
    screen.type('Maria Okafor');
    screen.keypress('enter');
    await expect(replaced).resolves.toBe('Maria Okafor');

    // A current answer is on the line to edit in place, and the question says so.
    const edited = real.input({ message: 'Role title', default: 'Community sponsor', editable: true });
    expect(screen.getScreen()).toBe('? Role title (your answer: edit it, or Enter keeps it) Community sponsor');
    for (let i = 0; i < 'sponsor'.length; i++) screen.keypress('backspace');
    screen.type('patron');
    screen.keypress('enter');
    await expect(edited).resolves.toBe('Community patron');

    const date = real.input({ message: 'By when? (YYYY-MM-DD)', validate: (v) => (v === '2027-02-30' ? 'That 2027-02-30 is not a date that exists' : undefined) });
    screen.type('2027-02-30');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('> That 2027-02-30 is not a date that exists');
    for (let i = 0; i < 2; i++) screen.keypress('backspace');
    screen.type('15');
    screen.keypress('enter');
    await expect(date).resolves.toBe('2027-02-15');
  });

  it('input and select: < and "Back" return to the previous question where the prompt offers it', async () => {
    const { real } = asker();
    const typed = real.input({ message: 'Role title', back: true });
    screen.type('<');
    screen.keypress('enter');
    await expect(typed).rejects.toThrow(GoBack);
    // Without a way back, < is an answer like any other.
    const plain = real.input({ message: 'Role title' });
    screen.type('<');
    screen.keypress('enter');
    await expect(plain).resolves.toBe('<');
    const picked = real.select({ message: 'Format', choices: [{ value: 'a', label: 'A' }], back: true });
    expect(screen.getScreen()).toContain('← Back to the previous question');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(picked).rejects.toThrow(GoBack);
  });

  it('number: reads 9,600 and 80% where they make sense, and says what to type otherwise', async () => {
    const { real } = asker();
    const parse = (t: string) => readNumber(t, { money: true });
    const amount = real.number({ message: 'Amount', parse });
    screen.type('£9,600');
    screen.keypress('enter');
    await expect(amount).resolves.toBe(9600);
    // Settled before the test ends: a prompt left open would be stopped by the next test's
    // screen reset and reject with nobody listening.
    const count = real.number({ message: 'Roughly how many people?', parse: (t) => readNumber(t, { integer: true }) });
    screen.type('9 wards');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Type a number, such as 40 or 1,200');
    for (let i = 0; i < ' wards'.length; i++) screen.keypress('backspace');
    screen.keypress('enter');
    await expect(count).resolves.toBe(9);
  });

  it('input: an item-naming field cannot be left empty', async () => {
    const { real } = asker();
    const named = real.input({ message: 'Group name', required: true });
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('You must provide a value');
    screen.type('Field technicians');
    screen.keypress('enter');
    await expect(named).resolves.toBe('Field technicians');
  });

  it('number: refuses what is not a number and returns nothing for an empty line', async () => {
    const { real } = asker();
    const size = real.number({ message: 'Roughly how many people?', validate: (n) => (n < 0 ? 'That should be at least 0, not -3' : undefined) });
    screen.type('-3');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('That should be at least 0, not -3');
    for (let i = 0; i < 2; i++) screen.keypress('backspace');
    screen.type('40');
    screen.keypress('enter');
    await expect(size).resolves.toBe(40);
    const none = real.number({ message: 'Hours per month' });
    screen.keypress('enter');
    await expect(none).resolves.toBeUndefined();
  });

  it('select: shows labels, a description for the highlighted choice and "leave it for later" apart', async () => {
    const { real } = asker();
    const choice = real.select<string | null>({
      message: 'Kind of role',
      choices: [
        { value: 'sponsor', label: 'Sponsor', description: 'A senior manager outside the day-to-day' },
        { value: 'coordinator', label: 'Coordinator' },
        { value: null, label: 'Leave it for later', apart: true },
      ],
      default: 'sponsor',
    });
    const shown = screen.getScreen();
    expect(shown).toContain('❯ Sponsor\n  Coordinator\n ──────────────\n  Leave it for later');
    expect(shown).toContain('A senior manager outside the day-to-day');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(choice).resolves.toBe('coordinator');
  });

  it('checkbox: starts from the checked values and toggles with space', async () => {
    const { real } = asker();
    const picked = real.checkbox({
      message: 'Which goals does it serve?',
      choices: [
        { value: 'G1', label: 'G1  Fix more faults on the first visit' },
        { value: 'G2', label: 'G2  Write down the war stories' },
      ],
      checked: ['G1'],
    });
    expect(screen.getScreen()).toContain('◉ G1  Fix more faults on the first visit');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(picked).resolves.toEqual(['G1', 'G2']);
  });

  it('confirm: y or n, with the default on Enter', async () => {
    const { real } = asker();
    const more = real.confirm({ message: 'Add another goal?', default: false });
    expect(screen.getScreen()).toBe('? Add another goal? (y/N)');
    screen.keypress('enter');
    await expect(more).resolves.toBe(false);
  });

  it('turns Ctrl-C into Cancelled', async () => {
    const { real } = asker();
    const stopped = real.input({ message: 'What is the community called?' });
    screen.keypress({ name: 'c', ctrl: true });
    await expect(stopped).rejects.toBeInstanceOf(Cancelled);
  });

  it('writes help and progress notes wrapped, and without colour codes when colour is off', () => {
    const help = 'Make each goal checkable: what you want, how you will know, what number counts as success and by when.';
    const plain = asker(0);
    plain.real.note(help, 'help');
    expect(plain.notes()).toBe('  Make each goal checkable: what you want, how you will know, what number\n  counts as success and by when.\n');
    const coloured = asker(1);
    coloured.real.note(help, 'help');
    expect(coloured.notes()).toContain('\u001b[2m');
  });
});

describe('a list question on a terminal', () => {
  it('asks "Add a goal?", the goal\'s fields, then "Add another goal?", and saves the goal', async () => {
    const { real, notes } = asker();
    const s = await scene(SETUP_DONE, []);
    const done = askQuestion({ asker: real, session: s.session }, findStage('inquire')!, 'goals');
    expect(screen.getScreen()).toBe('? Add a goal? (Inquire needs at least 1) (Y/n)');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toBe('? The goal');
    screen.type('Fix more faults on the first visit');
    screen.keypress('enter');
    for (const prompt of ['? How will you know it is met?', '? What level counts as success?', '? By when? (YYYY-MM-DD)']) {
      await screen.next();
      expect(screen.getScreen()).toBe(prompt);
      screen.keypress('enter');
    }
    await screen.next();
    expect(screen.getScreen()).toBe('? Add another goal? (y/N)');
    screen.keypress('enter');
    await done;
    expect(notes()).toContain('What specific goals will it pursue?\n');
    expect(notes()).toContain('New goal (G1)\n');
    expect(s.onDisk().inquire?.goals).toEqual([{ id: 'G1', statement: 'Fix more faults on the first visit' }]);
  });
});

describe('copkit init at a terminal, in-process', () => {
  it('does not ask what the answers file answered, and Ctrl-C reports what is saved', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), 'setup:\n  communityName: Copier Tips\n  organizationType: corporate\n  facilitatorName: Ana Lima\n');
    let messages = '';
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    stderr.setEncoding('utf8').on('data', (d: string) => {
      messages += d;
    });
    const deps: Deps = {
      cwd: dir,
      env: {},
      stdin: Object.assign(new PassThrough(), { isTTY: true }),
      stdout: { write: () => true },
      stderr,
      today: () => TODAY,
    };
    const run = startWizard(undefined, { file: 'cop.yaml', color: false, debug: false, answers: 'answers.yaml', yes: false }, { ...deps, reporter: createReporter({ color: false }, deps) });
    await screen.next();
    expect(screen.getScreen()).toBe('? What area of practice will the community care about?');
    expect(messages).toContain('Inquire 1 of 12');
    expect(messages).not.toContain('Setup 1 of 7');
    screen.keypress({ name: 'c', ctrl: true });
    const stopped = await run.catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(Cancelled);
    expect((stopped as Cancelled).message).toBe('Stopped at Inquire, question 1 of 12.\nSaved in cop.yaml (revision 1): 3 answers in Setup this time, and everything answered before.');
    expect(messages).toContain('copkit will walk you through designing your community of practice');
  });
});
