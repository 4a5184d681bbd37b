/**
 * The first pass of a new design, from setup to the end of Launch, counted in prompts (every
 * question, list item, yes/no and choice). Driven by the scripted asker rather than a pseudo-terminal:
 * the prompts are the same, and counting them needs no screen.
 */
import { describe, expect, it } from 'vitest';
import { facilitator } from '../helpers/first-pass.js';
import { walkInit } from '../helpers/wizard.js';

describe('the first pass, setup to launch', () => {
  it('needs at most 150 prompts accepting sensible defaults, and leaves the after-pilot questions for later', async () => {
    const s = await walkInit(undefined, facilitator(1, false));
    const count = s.asker.asked.length;
    console.info(`first pass, defaults: ${count} prompts`);
    expect(count).toBeLessThanOrEqual(150);
    expect(s.saved.progress).toMatchObject({ inquire: { status: 'complete' }, design: { status: 'complete' }, prototype: { status: 'complete' }, launch: { status: 'complete' } });
    expect(s.asker.asked.some((a) => a.prompt.message.startsWith('Which stories show that the pilot made a difference'))).toBe(false);
    expect(s.asker.notes.some((n) => n.text.startsWith('3 questions are for later (success stories, refinements, launch decision)'))).toBe(true);
    // Plain words: no field path or camelCase value in anything the wizard said or asked.
    const said = [...s.asker.notes.map((n) => n.text), ...s.asker.asked.map((a) => a.prompt.message)].join('\n');
    expect(said.match(/\b(setup|inquire|design|prototype|launch|grow|sustain)\.[a-z]+[A-Z]\w*|\b[a-z]+[A-Z][a-zA-Z]*\b/g) ?? []).toEqual([]);
  });

  it('counts a fuller pass too (three entries in every list)', async () => {
    const s = await walkInit(undefined, facilitator(3, true));
    console.info(`first pass, three entries per list: ${s.asker.asked.length} prompts`);
    expect(s.saved.progress?.launch?.status).toBe('complete');
  });
});
