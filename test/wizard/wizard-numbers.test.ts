/**
 * Numbers and money as people type them, through the wizard (issue 11 item 6): currency codes
 * checked and saved in capitals, an amount typed with its currency saves that currency and skips
 * the cost's currency question, and `80%` where a number is a percentage and nowhere else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CopData } from '../../src/model/types.js';
import type { Step } from '../../src/wizard/scripted-asker.js';
import { runIn } from '../helpers/in-process.js';
import { tempDir } from '../helpers/tmp.js';
import { answerOne, SETUP_DONE, TODAY } from '../helpers/wizard.js';

const inCurrency = (code: string) => SETUP_DONE.replace('  facilitatorName', `  currency: ${code}\n  facilitatorName`);

/** One new cost: its kind, then what is typed for the amount; `rest` answers what follows (currency, who pays). */
function cost(amount: string, ...rest: Step[]): Step[] {
  return [{ select: 'events', expect: 'Kind of cost' }, { number: amount, expect: 'Amount' }, ...rest, { input: 'Trust', expect: 'Who pays?' }];
}

/** One audience group, its size typed as `first` (to be refused), then as `then`. */
function sizeOfGroup(first: string, then: string) {
  return answerOne(SETUP_DONE, 'inquire', 'audience', [
    { confirm: true },
    { input: 'Ward nurses', expect: 'Group name' },
    { input: '' },
    { number: first, expect: 'Roughly how many people?' },
    { number: then },
    { input: '' },
    { confirm: false },
  ]);
}

describe('currency codes', () => {
  it('takes a code in any case and saves it in capitals; a misspelt one gets a "did you mean"', async () => {
    const { saved, asker } = await answerOne(SETUP_DONE, 'setup', 'currency', [{ input: 'GPB', expect: 'Which currency' }, { input: 'pounds' }, { input: 'gbp' }]);
    expect(asker.refused).toEqual(['That "GPB" is not a currency code; did you mean GBP?', 'That "pounds" is not a currency code; type a three-letter ISO 4217 code such as EUR, GBP or USD']);
    expect(saved.setup?.currency).toBe('GBP');
  });

  it("checks a cost's own currency the same way", async () => {
    const { saved, asker } = await answerOne(SETUP_DONE, 'design', 'budget', [
      { confirm: true, expect: 'Add a cost?' },
      ...cost('300', { input: 'EUO', expect: 'Currency' }, { input: 'eur' }),
      { confirm: false, expect: 'Add another cost?' },
    ]);
    expect(asker.refused).toEqual(['That "EUO" is not a currency code; did you mean EUR?']);
    expect(saved.design?.budget).toEqual([{ category: 'events', amount: 300, currency: 'EUR', fundingSource: 'Trust' }]);
  });
});

describe('an amount typed with its currency', () => {
  it("saves the currency typed, leaves the community's own unsaid, and does not ask the currency again", async () => {
    const { saved, asker } = await answerOne(inCurrency('GBP'), 'design', 'budget', [
      { confirm: true, expect: 'Add a cost?' },
      ...cost('£9,600'),
      { confirm: true, expect: 'Add another cost?' },
      ...cost('1 250 eur'),
      { confirm: true },
      ...cost('300', { input: '', expect: 'Currency' }),
      { confirm: false },
    ]);
    expect(saved.design?.budget).toEqual([
      { category: 'events', amount: 9600, fundingSource: 'Trust' },
      { category: 'events', amount: 1250, currency: 'EUR', fundingSource: 'Trust' },
      // Typed without one, the cost is offered the community's currency, and Enter takes it.
      { category: 'events', amount: 300, currency: 'GBP', fundingSource: 'Trust' },
    ]);
    expect(asker.asked.filter((a) => a.prompt.message.startsWith('Currency'))).toHaveLength(1);
    expect(asker.refused).toEqual([]);
  });

  it("reads $ as the community's dollars, and refuses it with what to type where the community counts in another currency", async () => {
    const dollars = await answerOne(inCurrency('CAD'), 'design', 'budget', [{ confirm: true }, ...cost('$500'), { confirm: false }]);
    expect(dollars.saved.design?.budget).toEqual([{ category: 'events', amount: 500, fundingSource: 'Trust' }]);

    const pounds = await answerOne(inCurrency('GBP'), 'design', 'budget', [
      { confirm: true },
      { select: 'events' },
      { number: '$500', expect: 'Amount' },
      { number: '500 XYZ' },
      { number: '500 usd' },
      { input: 'Trust', expect: 'Who pays?' },
      { confirm: false },
    ]);
    expect(pounds.asker.refused).toEqual([
      '$ stands for several currencies (USD, CAD or AUD): type the code after the amount, such as 9600 USD',
      '"XYZ" is not a currency code; type a three-letter ISO 4217 code such as EUR, GBP or USD (or type the amount alone, such as 9600, 9,600 or £9,600)',
    ]);
    expect(pounds.saved.design?.budget).toEqual([{ category: 'events', amount: 500, currency: 'USD', fundingSource: 'Trust' }]);
  });

  it('asks the currency again once the amount is retyped without one (going back)', async () => {
    const { saved } = await answerOne(inCurrency('GBP'), 'design', 'budget', [
      { confirm: true },
      { select: 'events' },
      { number: '700 EUR', expect: 'Amount' },
      { back: true, expect: 'Who pays?' },
      { number: '700', clear: true, expect: 'Amount' },
      { input: 'usd', expect: 'Currency' },
      { input: 'Trust', expect: 'Who pays?' },
      { confirm: false },
    ]);
    expect(saved.design?.budget).toEqual([{ category: 'events', amount: 700, currency: 'USD', fundingSource: 'Trust' }]);
  });

  it('refuses a currency where a number is not money', async () => {
    const { asker } = await sizeOfGroup('£40', '40');
    expect(asker.refused).toEqual(['This is not an amount of money: type just the number, such as 40 or 1,200']);
  });
});

describe('percentages', () => {
  const criterion = (metric: string, target: string, ...rest: Step[]): Step[] => [
    { confirm: true },
    { input: 'Members come back', expect: 'Criterion' },
    { input: metric, expect: 'What will you measure?' },
    { number: target, expect: 'Target' },
    ...rest,
    { number: undefined, expect: 'Actual result' },
    { select: 'notMeasured', expect: 'Was it met?' },
  ];

  it('takes 80% for a measure worded as a percentage, and says it is one', async () => {
    const { saved, asker } = await answerOne(SETUP_DONE, 'prototype', 'pilotSuccessCriteria', [
      { select: 'none', expect: 'Keep these 7 success criteria?' },
      ...criterion('Percentage of members at two sessions', '80%'),
      { confirm: false },
    ]);
    expect(saved.prototype?.pilotSuccessCriteria).toEqual([{ criterion: 'Members come back', metric: 'Percentage of members at two sessions', target: 80, met: 'notMeasured' }]);
    expect(asker.asked.find((a) => a.kind === 'number')?.prompt.message).toBe('Target (%)');
  });

  it('refuses 80% for a measure that is a count, saying how to make it a percentage', async () => {
    const { saved, asker } = await answerOne(SETUP_DONE, 'prototype', 'pilotSuccessCriteria', [
      { select: 'none' },
      ...criterion('Members at two sessions', '80%', { number: '12' }),
      { confirm: false },
    ]);
    expect(asker.refused).toEqual(['This is not a percentage: type just the number, such as 40, 7.5 or 1,200. To count it in per cent, word the measure "Percentage of ..." or end it with (%)']);
    expect(saved.prototype?.pilotSuccessCriteria?.[0]?.target).toBe(12);
  });

  it('refuses a per cent sign where a number is never a percentage', async () => {
    const { asker } = await sizeOfGroup('80%', '80');
    expect(asker.refused).toEqual(['This is not a percentage: type just the number, such as 40 or 1,200']);
  });
});

describe('an answers file is typed like the wizard', () => {
  async function applyAnswers(design: string, answers: string) {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), design);
    writeFileSync(join(dir, 'answers.yaml'), answers);
    // --yes: the answers leave the rest of Design for later.
    const result = await runIn(dir, ['stage', 'design', '--answers', 'answers.yaml', '--yes'], { NO_COLOR: '1' }, TODAY);
    return { ...result, saved: parse(readFileSync(join(dir, 'cop.yaml'), 'utf8')) as CopData };
  }

  it('reads amounts typed with their currency and codes in any case', async () => {
    const { code, stderr, saved } = await applyAnswers(
      inCurrency('GBP'),
      `design:
  budget:
    - { category: events, amount: "£9,600" }
    - { category: technology, amount: 1 250 eur }
    - { category: facilitation, amount: 300, currency: usd }
`,
    );
    expect(code, stderr).toBe(0);
    expect(saved.design?.budget).toEqual([
      { category: 'events', amount: 9600 },
      { category: 'technology', amount: 1250, currency: 'EUR' },
      { category: 'facilitation', amount: 300, currency: 'USD' },
    ]);
  });

  it('refuses, at its line and column, what cannot be read, and saves nothing', async () => {
    const { code, stderr, saved } = await applyAnswers(
      inCurrency('GBP'),
      `design:
  budget:
    - { category: events, amount: $500 }
    - { category: events, amount: 500, currency: GPB }
    - { category: events, amount: £500, currency: EUR }
`,
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      'answers.yaml:3:35  error  Design: budget, Events, amount: "$500" cannot be read as an amount: $ stands for several currencies (USD, CAD or AUD): type the code after the amount, such as 9600 USD  schema',
    );
    expect(stderr).toContain('answers.yaml:4:50  error  Design: budget, Events, currency: "GPB" is not a currency code; did you mean GBP?  schema');
    expect(stderr).toContain('answers.yaml:5:35  error  Design: budget, Events, amount: is typed in GBP but the currency says EUR; keep one of them  schema');
    expect(stderr).not.toMatch(/should be a number/);
    expect(saved.design).toBeUndefined();
  });
});

describe('check', () => {
  it('reports a currency that is not an ISO 4217 code at its line and column, with a "did you mean"', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), `${inCurrency('gbp')}design:\n  budget:\n    - { category: events, amount: 9600, currency: Euros }\n`);
    const result = await runIn(dir, ['check'], { NO_COLOR: '1' }, TODAY);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('cop.yaml:6:13  error  Setup: currency: "gbp" is not a currency code; did you mean GBP?');
    expect(result.stdout).toContain('cop.yaml:10:51  error  Design: budget, Events, currency: "Euros" is not a currency code; type a three-letter ISO 4217 code such as EUR, GBP or USD  schema');
  });
});
