/**
 * The first pass of a new design, from setup to the end of Launch, counted in prompts (every
 * question, list item, yes/no and choice). Driven by the scripted asker rather than a pseudo-terminal:
 * the prompts are the same, and counting them needs no screen.
 */
import { describe, expect, it } from 'vitest';
import type { AnyPrompt, Step } from '../../src/wizard/scripted-asker.js';
import { walkInit } from '../helpers/wizard.js';

/**
 * A facilitator who accepts every suggestion, answers each question once, and adds `perList`
 * entries to a list when it asks for one (one entry where a list needs one, with `perList` 1).
 */
function facilitator(perList: number, everyList: boolean) {
  let n = 0;
  let dates = 0;
  let added = 0;
  return (p: AnyPrompt): Step => {
    n++;
    const { message } = p.prompt;
    if (p.kind === 'select' && message === 'What next?') {
      const afterLaunch = p.prompt.choices.some((c) => /Go on to Grow/.test(c.label));
      return { select: afterLaunch ? false : undefined };
    }
    switch (p.kind) {
      case 'select':
        return { select: undefined };
      case 'checkbox':
        return { checkbox: p.prompt.checked.length ? p.prompt.checked : [p.prompt.choices[0]!.value] };
      case 'number':
        return { number: p.prompt.default === undefined ? 1 : undefined };
      case 'confirm': {
        if (/^Add another/.test(message)) return { confirm: ++added < perList || p.prompt.default };
        if (/^Add an? /.test(message)) {
          added = 0;
          return { confirm: everyList || p.prompt.default };
        }
        return { confirm: p.prompt.default };
      }
      case 'input': {
        if (p.prompt.default) return { input: '' };
        if (/time zone/i.test(message)) return { input: 'Europe/London' };
        if (/currency/i.test(message)) return { input: 'GBP' };
        if (/YYYY|date|when/i.test(message)) return { input: `2027-${String(1 + (++dates % 12)).padStart(2, '0')}-01` };
        // A list of text: one entry, then an empty line.
        if (/^\d+\.$/.test(message)) return { input: message === '1.' ? `Answer ${n}` : '' };
        return { input: `Answer ${n}` };
      }
    }
  };
}

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
