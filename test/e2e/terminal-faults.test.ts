/**
 * Faults that hit the wizard while a person is answering, in a real terminal (slow): the disk
 * fills up, the folder cannot be written, the terminal is closed or sent SIGHUP. The previous
 * cop.yaml stays whole and the screen says what was saved and what was not.
 */
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copkitBin } from '../helpers/cli.js';
import { COP_YAML_WRITES, failingWrites, readOnlyRunner } from '../helpers/faults.js';
import { keys, type PtySession, ptySessions } from '../helpers/pty.js';
import { designAfterInquire, validDesign } from '../helpers/designs.js';
import { tempDir } from '../helpers/tmp.js';

const SLOW = 120_000;
const copkit = ptySessions();

/** What copkit wrote, as one paragraph, so that a message over several lines can be matched whole. */
async function flat(t: PtySession): Promise<string> {
  return t.output().replace(/\s*\r?\n\s*/g, ' ');
}

describe('faults while the wizard saves (slow)', () => {
  it(
    'a full disk at the second answer: the first stays saved, the second is kept aside, and the screen says which is which',
    async () => {
      const dir = tempDir();
      const t = copkit(['init'], dir, failingWrites('ENOSPC:2', COP_YAML_WRITES));
      await t.answer('? What is the community called?', `Copier Tips${keys.enter}`);
      await t.answer('? What kind of organisation hosts it?', `${keys.down.repeat(6)}${keys.enter}`);
      await t.waitFor('hint:');
      expect((await t.exited).exitCode).toBe(1);
      const screen = await flat(t);
      expect(screen).toContain('error: could not save cop.yaml: the disk is full; the file on disk is unchanged');
      expect(screen).toContain('Not saved: your answer to "What kind of organisation hosts it?" (Setup 2 of 11).');
      expect(screen).toContain('It is kept in cop.yaml.pending.yaml.');
      expect(screen).toContain('Safe in cop.yaml: 1 answer in Setup this time, and everything answered before.');
      expect(screen).toContain('hint: Free some disk space, then run `copkit init --answers cop.yaml.pending.yaml` to save it and carry on');
      expect(screen).not.toMatch(/\n\s+at /);

      expect((await validDesign(dir)).setup).toEqual({ communityName: 'Copier Tips' });
      expect(
        readdirSync(dir)
          .filter((f) => f !== 'cop.schema.json')
          .sort(),
      ).toEqual(['cop.yaml', 'cop.yaml.pending.yaml']);
      const pending = readFileSync(join(dir, 'cop.yaml.pending.yaml'), 'utf8');
      expect(pending).toMatch(/^# Answers copkit could not save to cop\.yaml on \d{4}-\d{2}-\d{2}:\n/);
      expect(parse(pending)).toEqual({ setup: { organizationType: 'corporate' } });

      // The advice works: the kept answer is applied and the wizard carries on at the question after it.
      const again = copkit(['init', '--answers', 'cop.yaml.pending.yaml'], dir);
      await again.answer('? What is the host organisation called?', keys.enter); // left for later
      await again.answer('? 1.', keys.enter);
      await again.answer('? Where is the host organisation?', keys.enter);
      await again.answer('? Which time zone does the community meet in?', keys.enter); // left for later
      await again.answer('? Which currency are its costs in?', keys.enter); // left for later
      await again.answer('? Who is facilitating the design?', `Ana Lima${keys.enter}`);
      await again.answer('? Is the community being cultivated', keys.enter);
      await again.waitFor('Inquire 1 of 12');
      again.send(keys.ctrlC);
      expect((await again.exited).exitCode).toBe(130);
      expect((await validDesign(dir)).setup).toEqual({ communityName: 'Copier Tips', organizationType: 'corporate', hostRegion: 'europeanUnion', facilitatorName: 'Ana Lima', origin: 'cultivated' });
    },
    SLOW,
  );

  it.skipIf(readOnlyRunner === undefined)(
    'a folder that cannot be written: nothing is lost, the unsaved answer is shown to give again',
    async () => {
      // As root, copkit runs as nobody (setpriv): root ignores permission bits. Skipped only where neither works.
      const dir = designAfterInquire();
      const before = readFileSync(join(dir, 'cop.yaml'));
      readOnlyRunner!.lock(dir);
      try {
        const command = [...readOnlyRunner!.prefix, process.execPath, copkitBin, 'stage', 'design'].map((a) => `'${a}'`).join(' ');
        const t = copkit({ shell: `exec ${command}` }, dir);
        await t.answer('? What kind of community is this, mainly?', `${keys.down}${keys.enter}`);
        await t.waitFor('hint:');
        expect((await t.exited).exitCode).toBe(1);
        const screen = await flat(t);
        expect(screen).toContain('error: could not save cop.yaml: no permission to write in its folder; the file on disk is unchanged');
        expect(screen).toContain('Not saved: your answer to "What kind of community is this, mainly?" (Design 1 of 11).');
        expect(screen).toContain('It could not be kept in a file either; here it is, as --answers takes it: design: communityType: bestPractice');
        expect(screen).toContain('cop.yaml is whole and as it was before this command.');
        expect(screen).toContain('hint: Make the folder of cop.yaml writable for you');
      } finally {
        chmodSync(dir, 0o755);
      }
      expect(readFileSync(join(dir, 'cop.yaml'))).toEqual(before);
    },
    SLOW,
  );

  it(
    'SIGHUP at a prompt stops like Ctrl-C; closing the terminal ends copkit cleanly with every earlier answer and no stray file',
    async () => {
      const dir = designAfterInquire();
      const hup = copkit(['stage', 'design'], dir);
      await hup.answer('? What kind of community is this, mainly?', `${keys.down}${keys.enter}`);
      await hup.waitFor('? 1.');
      hup.kill('SIGHUP');
      await hup.waitFor('Stopped at Design, question 2 of 11.');
      await hup.waitFor('Saved in cop.yaml (revision 3): 1 answer in Design this time, and everything answered before.');
      // Having said so, copkit ends by the hang-up itself, as programs do (a shell reports 129).
      expect(await hup.exited).toEqual({ exitCode: 0, signal: 1 });
      expect((await validDesign(dir)).design).toEqual({ communityType: 'bestPractice' });

      const closed = copkit(['init'], dir);
      await closed.waitFor('Resuming at Design, question 2 of 11');
      await closed.answer('? 1.', `Which error codes mislead?${keys.enter}`);
      await closed.answer('? 2.', keys.enter);
      await closed.waitFor('? Add an activity?');
      closed.closeTerminal();
      // Ended by the hang-up, not by a crash: Node 20 aborts (SIGABRT, SIGSEGV) if it exits normally here.
      expect(await closed.exited).toEqual({ exitCode: 0, signal: 1 });
      const data = await validDesign(dir);
      expect(data.design).toEqual({ communityType: 'bestPractice', learningAgenda: ['Which error codes mislead?'] });
      expect(data.inquire?.goals).toHaveLength(2);
      expect(readdirSync(dir).filter((f) => f !== 'cop.schema.json')).toEqual(['cop.yaml']);
    },
    SLOW,
  );
});
