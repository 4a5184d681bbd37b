/**
 * A stop at any question (issue 11, Done when: "status and completeness agree after a kill at
 * any question"). A first design, setup to launch, accepting defaults, is stopped as Ctrl-C
 * stops it: the prompt rejects with @inquirer's ExitPromptError, which the terminal asker turns
 * into the wizard's Cancelled. After each stop, cop.yaml is copied to a fresh folder, checked,
 * and `copkit init` carries on there until the next stop, so every question is stopped at (at its
 * first prompt, and at each later prompt of it: inside an item, between entries) without
 * replaying the design from the start each time.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { ExitPromptError } from '@inquirer/core';
import { parse } from 'yaml';
import { guard } from '../../src/commands/terminal-asker.js';
import { Cancelled } from '../../src/errors.js';
import type { CopData } from '../../src/model/types.js';
import { validateData } from '../../src/model/validate.js';
import type { Asker } from '../../src/wizard/asker.js';
import { runInit } from '../../src/wizard/run.js';
import type { AnyPrompt, ScriptedAsker } from '../../src/wizard/scripted-asker.js';
import type { WizardSession } from '../../src/wizard/session.js';
import { completenessProblems } from '../helpers/completeness.js';
import { facilitator } from '../helpers/first-pass.js';
import { runIn } from '../helpers/in-process.js';
import { scene, TODAY } from '../helpers/wizard.js';

const methods = ['input', 'number', 'select', 'checkbox', 'confirm'] as const;

/**
 * The scripted asker, stopped as Ctrl-C stops a prompt at the first prompt `stopHere` picks.
 * Prompts are named by the question they belong to and their count within it in this run
 * (`design.roles#3`); between questions (the stage's "What next?"), by the question before.
 */
function stoppable(asker: ScriptedAsker, session: WizardSession, stopHere: (name: string) => boolean): Asker {
  const seen = new Map<string, number>();
  let last = 'start';
  const wrapped: Record<string, unknown> = { note: asker.note.bind(asker) };
  for (const method of methods) {
    wrapped[method] = (prompt: never) => {
      const at = session.position;
      const question = at ? `${at.stage.id}.${at.key}` : `after ${last}`;
      if (at) last = question;
      const count = (seen.get(question) ?? 0) + 1;
      seen.set(question, count);
      if (stopHere(`${question}#${count}`)) return guard(Promise.reject(new ExitPromptError('User force closed the prompt with SIGINT')));
      return (asker[method] as (p: never) => Promise<unknown>)(prompt);
    };
  }
  return wrapped as unknown as Asker;
}

describe('a stop at any question of a first design', () => {
  it('keeps every answer given before it, in a valid file whose status agrees with its answers', async () => {
    const script = facilitator(1, false);
    const typed: string[] = [];
    const respond = (p: AnyPrompt) => {
      const step = script(p);
      if (p.kind === 'input' && 'input' in step && step.input !== '') typed.push(step.input);
      return step;
    };
    const stoppedAt = new Set<string>();
    let design: string | undefined;
    const checked = new Set<string>();
    for (let run = 1; ; run++) {
      expect(run, 'the runs come to an end').toBeLessThan(500);
      const s = await scene(design, respond);
      const stopHere = (name: string) => !stoppedAt.has(name) && stoppedAt.add(name) !== undefined;
      const asked = runInit({ asker: stoppable(s.asker, s.session, stopHere), session: s.session }, { answered: new Set(), resumeCommand: 'copkit init' });
      const stopped = await asked.then(
        () => false,
        (error: unknown) => {
          if (error instanceof Cancelled) return true;
          throw error;
        },
      );
      expect(s.asker.refused, `run ${run}`).toEqual([]);
      design = existsSync(s.path) ? readFileSync(s.path, 'utf8') : undefined;
      const where = `run ${run}, stopped at ${[...stoppedAt].at(-1)}`;
      if (design === undefined) {
        expect(typed, where).toEqual([]);
        continue;
      }
      for (const line of typed) expect(design, `${where}: "${line}" was typed before the stop`).toContain(line);
      // The same file as after an earlier stop has been checked already.
      if (checked.has(design) && stopped) continue;
      checked.add(design);
      const data = parse(design) as CopData;
      expect(
        validateData(structuredClone(data)).filter((f) => f.severity === 'error'),
        where,
      ).toEqual([]);
      for (const line of typed) expect(design, `${where}: "${line}" was typed before the stop`).toContain(line);
      const status = await runIn(s.dir, ['status', '--json'], {}, TODAY);
      expect(status.code, status.stderr).toBe(0);
      expect(completenessProblems(JSON.parse(status.stdout), data), where).toEqual([]);
      if (!stopped) {
        expect(data.progress).toMatchObject({ inquire: { status: 'complete' }, design: { status: 'complete' }, prototype: { status: 'complete' }, launch: { status: 'complete' } });
        break;
      }
    }
    const questions = new Set([...stoppedAt].map((name) => name.replace(/#\d+$/, '')).filter((q) => !q.startsWith('after ')));
    console.info(`stopped ${stoppedAt.size} times, at ${questions.size} questions; ${checked.size} different files checked`);
    expect(questions.size).toBeGreaterThanOrEqual(45);
  });
});
