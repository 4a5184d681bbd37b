/**
 * The pilot report's view model (DOMAIN.md 3.4): who took part, the assumptions and what the
 * pilot showed, the success criteria and whether each was met, the commitments, the feedback,
 * the stories and the launch decision. An existing community that skipped Prototype says so.
 */
import * as E from '../../model/enums.js';
import type { CopData } from '../../model/types.js';
import { gapOf } from './gaps.js';
import { emergentView } from './launch-plan.js';
import { namer, names } from './refs.js';
import { date, items, label, labels, num, section, text } from './values.js';
import { isPercentMeasure } from '../../model/numbers.js';

/** A pilot success criterion as the charter and the pilot report show it. */
export function criterionView(c: Record<string, unknown>) {
  return {
    criterion: text(c.criterion),
    metric: text(c.metric),
    target: num(c.target),
    actual: num(c.actual),
    percent: isPercentMeasure(c.metric),
    met: label(E.criterionMet, c.met),
    wasMet: c.met === 'met',
  };
}

export function pilotReportView(data: CopData) {
  const prototype = section(data, 'prototype');
  const activity = namer(data, 'design', 'activities', 'name');
  const criteria = items(prototype.pilotSuccessCriteria).map(criterionView);
  const participants = items(prototype.pilotParticipants).map((p) => ({
    name: text(p.name),
    group: text(p.stakeholderGroup),
    role: label(E.pilotRole, p.pilotRole),
    committed: label(E.yesPendingNo, p.committed),
  }));
  return {
    existing: emergentView(data),
    start: date(prototype.pilotStartDate),
    end: date(prototype.pilotEndDate),
    activities: names(activity, prototype.pilotActivities),
    participants,
    committedCount: items(prototype.pilotParticipants).filter((p) => p.committed === 'yes').length,
    assumptions: items(prototype.assumptions).map((a) => ({
      statement: text(a.statement),
      test: text(a.test),
      result: label(E.assumptionResult, a.result),
      evidence: text(a.evidence),
    })),
    criteria,
    metCount: criteria.filter((c) => c.wasMet).length,
    commitments: items(prototype.commitmentsSecured).map((c) => ({ from: text(c.from), commitment: text(c.commitment), status: label(E.commitmentStatus, c.status) })),
    feedbackMethods: labels(E.feedbackMethod, prototype.feedbackMethods),
    stories: items(prototype.successStories).map((s) => {
      const story = { title: text(s.title), narrative: text(s.narrative), cycle: label(E.valueCycle, s.furthestCycle), date: date(s.date), consent: label(E.yesPendingNo, s.consentToShare) };
      const facts = [story.cycle && `How far the value went: ${story.cycle}`, story.date && `When: ${story.date}`, story.consent && `May it be shared: ${story.consent}`].filter(
        (f): f is string => typeof f === 'string',
      );
      return { ...story, facts };
    }),
    refinements: items(prototype.refinements).map((r) => ({ change: text(r.change), reason: text(r.reason), area: label(E.refinementArea, r.area) })),
    decision: label(E.launchDecision, prototype.launchDecision),
    gaps: {
      participants: gapOf(data, ['prototype.pilotParticipants', 'prototype.pilotStartDate', 'prototype.pilotEndDate', 'prototype.pilotActivities']),
      assumptions: gapOf(data, ['prototype.assumptions']),
      criteria: gapOf(data, ['prototype.pilotSuccessCriteria']),
      commitments: gapOf(data, ['prototype.commitmentsSecured']),
      feedback: gapOf(data, ['prototype.feedbackMethods', 'prototype.refinements']),
      stories: gapOf(data, ['prototype.successStories']),
      decision: gapOf(data, ['prototype.launchDecision']),
    },
  };
}
