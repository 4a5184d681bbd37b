import type { LintRule, RuleFinding } from '../types.js';
import { answer, hasEntries, text } from '../read.js';
import { launchDecision } from '../../model/enums.js';
import { checkDate, isPlainObject } from '../../model/values.js';

export const launchBeforePrototypeGate = {
  id: 'launch-before-prototype-gate',
  severity: 'error',
  appliesWhen: { stage: 'launch', from: 'started', orWhenSet: ['launch.launchDate'] },
  reads: ['progress.launch.status', 'progress.prototype.status', 'setup.origin', 'launch.launchDate', 'prototype.successStories', 'prototype.launchDecision'],
  source: 'Cambridge, Kaplan & Suter (2005): the prototype stage exists to win commitment, test assumptions and produce a success story before the wider launch.',
  summary: 'The launch waits for a pilot that produced a success story and a decision to proceed.',
  why: 'The pilot is where a design meets real members. Launching without its success story leaves you nothing concrete to recruit with; launching without a decision to proceed means nobody has judged whether the pilot justified a wider roll-out.',
  fix: 'Record at least one story from the pilot in `prototype.successStories`, and set `prototype.launchDecision: proceed` once the pilot justifies a launch. If the pilot said otherwise, hold the launch (remove `launch.launchDate` or set Launch back to not started). A community that already exists informally (`setup.origin: emergent`) may skip Prototype: its stories come from the practice already there.',
  check(data) {
    const findings: RuleFinding[] = [];
    const skipped = answer(data, 'progress', 'prototype');
    if (isPlainObject(skipped) && skipped.status === 'skipped' && answer(data, 'setup', 'origin') === 'emergent') {
      // An informal community has already shown it works: the launch builds on it, not on a pilot.
      return [{
        path: ['progress', 'prototype'],
        severity: 'info',
        message: 'Prototype was skipped because the community already exists informally: the launch builds on the practice members already share, so no pilot story or launch decision is needed.',
      }];
    }
    const date = text(answer(data, 'launch', 'launchDate'));
    const why = date === undefined ? 'The Launch stage has begun'
      : checkDate(date) === undefined ? `The launch is planned for ${date}` : 'A launch date is set';
    if (!hasEntries(answer(data, 'prototype', 'successStories'))) {
      findings.push({
        path: ['prototype', 'successStories'],
        atKey: true,
        message: `${why}, but the pilot has no success story yet. Record at least one story from the pilot before launching: it is what convinces the next people to join.${skippedHint(skipped)}`,
      });
    }
    const decision = answer(data, 'prototype', 'launchDecision');
    if (decision !== 'proceed') {
      const said = typeof decision === 'string' && Object.hasOwn(launchDecision.labels, decision)
        ? `the pilot's decision is "${launchDecision.labels[decision as keyof typeof launchDecision.labels].toLowerCase()}"`
        : 'no decision to proceed has been recorded after the pilot';
      findings.push({
        path: ['prototype', 'launchDecision'],
        message: `${why}, but ${said}. Set launchDecision to proceed once the pilot justifies a wider launch, or hold the launch.`,
      });
    }
    return findings;
  },
} satisfies LintRule;

/** A skipped pilot in a community cultivated from scratch: say how an existing one may skip it. */
function skippedHint(progress: unknown): string {
  return isPlainObject(progress) && progress.status === 'skipped'
    ? ' (Prototype may be skipped only by a community that already exists informally: say so in setup with copkit stage setup.)'
    : '';
}
