/** The scripted facilitator of a first design, setup to launch, shared by the prompt count and the kill-anywhere tests. */
import type { AnyPrompt, Step } from '../../src/wizard/scripted-asker.js';

/**
 * A facilitator who accepts every suggestion, answers each question once, and adds `perList`
 * entries to a list when it asks for one (one entry where a list needs one, with `perList` 1).
 */
export function facilitator(perList: number, everyList: boolean) {
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
