/**
 * Two writers on one cop.yaml, through the real commands: an editor saving the file while the
 * wizard runs (in a real terminal), and several unattended copkit runs at once. No update is ever
 * lost: each lands, or is kept aside with the command that applies it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { keys, PtySession } from '../helpers/pty.js';
import { designAfterInquire, validDesign } from '../helpers/designs.js';

let session: PtySession | undefined;
afterEach(() => session?.dispose());

describe('an editor saves cop.yaml while the wizard runs (slow)', () => {
  it('never overwrites the edit; keeps the answers it replaced and the one being saved, and says how to apply them', async () => {
    const dir = designAfterInquire();
    const path = join(dir, 'cop.yaml');
    const opened = readFileSync(path, 'utf8'); // what an editor opened before the wizard started
    const t = (session = new PtySession(['stage', 'design'], { cwd: dir }));
    await t.answer('? What kind of community is this, mainly?', `${keys.down}${keys.enter}`);
    await t.waitFor('? 1.');
    expect((await validDesign(dir)).design).toEqual({ communityType: 'bestPractice' }); // saved at once

    // The editor saves its own, older version with a change of its own: the wizard's first answer is gone from disk.
    const edited = opened.replace('facilitatorName: Ana Lima', 'facilitatorName: Ana Lima-Souza # renamed in the editor');
    writeFileSync(path, edited);
    t.send(`Which error codes mislead?${keys.enter}`);
    await t.waitFor('hint:');
    expect((await t.exited).exitCode).toBe(1);

    const screen = t.output().replace(/\s*\r?\n\s*/g, ' ');
    expect(screen).toContain('error: cop.yaml was changed by someone else while copkit was working; copkit did not overwrite it');
    expect(screen).toContain('Not in cop.yaml as it is now: Design: kind of community; your answer to "Which topics or questions will members work through first?" (Design 2 of 11).');
    expect(screen).toContain('They are kept in cop.yaml.pending.yaml.');
    expect(screen).toContain('cop.yaml is left as the other change saved it, without any answer from this run.');
    expect(screen).toContain('hint: Look at what changed in cop.yaml, then run `copkit stage design --answers cop.yaml.pending.yaml` to save them and carry on');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(
      readdirSync(dir)
        .filter((f) => f !== 'cop.schema.json')
        .sort(),
    ).toEqual(['cop.yaml', 'cop.yaml.pending.yaml']);
    expect(parse(readFileSync(join(dir, 'cop.yaml.pending.yaml'), 'utf8'))).toEqual({
      design: { communityType: 'bestPractice', learningAgenda: ['Which error codes mislead?'] },
    });

    // Applying them as advised keeps the editor's change and adds the answers.
    const applied = await runCli(['stage', 'design', '--answers', 'cop.yaml.pending.yaml', '--yes'], { cwd: dir });
    expect(applied.code).toBe(0);
    const data = await validDesign(dir);
    expect(data.setup?.facilitatorName).toBe('Ana Lima-Souza');
    expect(data.design?.communityType).toBe('bestPractice');
    expect(data.design?.learningAgenda).toEqual(['Which error codes mislead?']);
    expect(readFileSync(path, 'utf8')).toContain('# renamed in the editor');
  }, 120_000);

  it('an earlier file of kept answers is never overwritten: the next one gets a numbered name', async () => {
    const dir = designAfterInquire();
    const path = join(dir, 'cop.yaml');
    writeFileSync(join(dir, 'cop.yaml.pending.yaml'), '# kept from last week\ndesign:\n  norms: [Be kind]\n');
    const t = (session = new PtySession(['stage', 'design'], { cwd: dir }));
    await t.waitFor('? What kind of community is this, mainly?');
    writeFileSync(path, `${readFileSync(path, 'utf8')}# a note added in the editor\n`);
    t.send(keys.enter);
    await t.waitFor('hint:');
    expect((await t.exited).exitCode).toBe(1);
    expect(t.output()).toContain('It is kept in cop.yaml.pending-2.yaml.');
    expect(readFileSync(join(dir, 'cop.yaml.pending.yaml'), 'utf8')).toBe('# kept from last week\ndesign:\n  norms: [Be kind]\n');
    expect(parse(readFileSync(join(dir, 'cop.yaml.pending-2.yaml'), 'utf8'))).toEqual({ design: { communityType: 'helping' } });
  }, 120_000);
});

describe('several copkit commands on one cop.yaml at once', () => {
  it('unattended runs take turns: every run succeeds (or says the file is busy) and every answer lands', async () => {
    const dir = designAfterInquire();
    const answers = {
      a: 'design:\n  rhythmSummary: A breakfast every month\n',
      b: 'design:\n  knowledgeCapture: One page per solved fault\n',
      c: 'design:\n  norms: [Ask before you fix]\n',
      d: 'design:\n  learningAgenda: [Which error codes mislead?]\n',
    };
    for (const [name, text] of Object.entries(answers)) writeFileSync(join(dir, `${name}.yaml`), text);
    const stage = (name: string) => runCli(['stage', 'design', '--answers', `${name}.yaml`, '--yes'], { cwd: dir });
    const runs = await Promise.all(Object.keys(answers).map(stage));
    // A run waits 5 s for the lock; on a loaded machine the last in the queue may give up, with
    // the message that says so. That is not a lost update: run it again once the others are done.
    const busy = 'error: cop.yaml is being saved by another copkit process\n';
    for (const [i, name] of Object.keys(answers).entries()) {
      if (runs[i]!.code === 1 && runs[i]!.stderr.startsWith(busy)) runs[i] = await stage(name);
    }
    expect(runs.map((r) => [r.code, r.stderr.includes('error')])).toEqual(Object.keys(answers).map(() => [0, false]));
    const data = await validDesign(dir);
    expect(data.design).toMatchObject({
      rhythmSummary: 'A breakfast every month',
      knowledgeCapture: 'One page per solved fault',
      norms: ['Ask before you fix'],
      learningAgenda: ['Which error codes mislead?'],
    });
    expect(data.revision).toBe(2 + 4); // each run raised it once
    expect(data.history?.slice(-4).map((h) => h.revision)).toEqual([3, 4, 5, 6]);
    expect(readdirSync(dir).filter((f) => f.startsWith('cop.yaml'))).toEqual(['cop.yaml']);
  });

  it('recovers the lock of a copkit that was killed, and waits out one that is running', async () => {
    const dir = designAfterInquire();
    writeFileSync(join(dir, 'a.yaml'), 'design:\n  rhythmSummary: A breakfast every month\n');
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('close', resolve));
    writeFileSync(join(dir, 'cop.yaml.lock'), JSON.stringify({ pid: dead.pid, host: hostname() }));
    const recovered = await runCli(['stage', 'design', '--answers', 'a.yaml', '--yes'], { cwd: dir });
    expect(recovered.code).toBe(0);
    expect((await validDesign(dir)).design?.rhythmSummary).toBe('A breakfast every month');
    expect(
      readdirSync(dir)
        .filter((f) => f !== 'cop.schema.json')
        .sort(),
    ).toEqual(['a.yaml', 'cop.yaml']);

    // A lock held by a live copkit on this machine (this test process plays it) is not taken over.
    const before = readFileSync(join(dir, 'cop.yaml'));
    writeFileSync(join(dir, 'cop.yaml.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    writeFileSync(join(dir, 'b.yaml'), 'design:\n  rhythmSummary: Lunch on Fridays\n');
    const refused = await runCli(['stage', 'design', '--answers', 'b.yaml', '--yes'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'error: cop.yaml is being saved by another copkit process\n' + 'hint: Wait for it to finish and run the command again. If no copkit is running, delete cop.yaml.lock.\n',
    );
    expect(readFileSync(join(dir, 'cop.yaml'))).toEqual(before);
  });
});
