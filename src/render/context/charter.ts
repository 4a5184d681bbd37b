/**
 * The charter's view model: the 18 sections of DOMAIN.md section 5, each with the answers that
 * fill it (enum values as labels) and what it is still missing.
 */
import * as E from '../../model/enums.js';
import { answerOf, answersOf, itemsOf } from '../../model/answers.js';
import type { AnswerPath } from '../../model/answers.js';
import type { CopData } from '../../model/types.js';
import { gapOf } from './gaps.js';
import { emergentView } from './launch-plan.js';
import { criterionView } from './pilot-report.js';
import { label, labels, num, strings, text, date, valueIndicatorView } from './values.js';
import { isPercentMeasure } from '../../model/numbers.js';

/** The fields each charter section is filled from (DOMAIN.md section 5). */
export const charterSections = {
  title: ['setup.communityName', 'setup.organizationType', 'setup.facilitatorName'],
  purpose: ['inquire.purposeStatement', 'inquire.vision', 'inquire.purposeAreas'],
  whyNow: ['inquire.needsEvidence', 'inquire.existingAlternatives', 'inquire.benefits', 'inquire.stakeholders'],
  scope: ['inquire.domain', 'design.communityType', 'design.learningAgenda'],
  goals: ['inquire.goals'],
  audience: ['inquire.audience', 'inquire.benefits', 'inquire.faceToFaceImportance'],
  membership: ['design.membershipModel', 'launch.onboardingSteps', 'launch.peripheralOnRamps'],
  roles: ['design.roles'],
  activities: ['design.rhythmSummary', 'design.activities'],
  channels: ['design.channels'],
  norms: ['design.norms'],
  governance: ['design.decisionMaking'],
  knowledge: ['design.knowledgeCapture'],
  resources: ['design.budget', 'sustain.resourcingModel'],
  measures: ['prototype.pilotSuccessCriteria', 'sustain.valueIndicators', 'grow.healthIndicators'],
  review: ['sustain.nextReviewDate', 'sustain.assessmentCadence', 'grow.healthCheckCadence', 'sustain.lifecycleStage', 'sustain.futureDirection'],
  endorsement: ['design.roles'],
} as const satisfies Record<string, readonly AnswerPath[]>;

function benefitsFor(data: CopData, members: boolean) {
  return itemsOf(data, 'inquire', 'benefits')
    .filter((b) => (b.beneficiary === 'members') === members)
    .map((b) => ({ who: label(E.beneficiary, b.beneficiary), benefit: text(b.benefit) }));
}

/** Budget lines and a total per currency, in the order currencies first appear. */
function budgetView(data: CopData) {
  const defaultCurrency =
    text(answerOf(data, 'setup', 'currency'))
      ?.trim()
      .toUpperCase() ?? null;
  const lines = itemsOf(data, 'design', 'budget').map((b) => ({
    category: label(E.budgetCategory, b.category),
    amount: num(b.amount),
    currency: text(b.currency) ?? defaultCurrency,
    fundingSource: text(b.fundingSource),
  }));
  const totals = new Map<string, number>();
  for (const line of lines) if (line.amount !== null) totals.set(line.currency ?? '', (totals.get(line.currency ?? '') ?? 0) + line.amount);
  return { currency: defaultCurrency, lines, totals: [...totals].map(([currency, amount]) => ({ currency: currency || null, amount: Math.round(amount * 100) / 100 })) };
}

/** The named holder of the role with this id, if any. */
function holderOf(data: CopData, id: unknown): string | null {
  const found = itemsOf(data, 'design', 'roles').find((r) => r.id === id);
  return found ? text(found.holder) : null;
}

/** `R4 Breakfast table host, North region` for a role id, or the id alone if no role has it. */
function roleNamer(data: CopData): (id: unknown) => string | null {
  const titles = new Map(itemsOf(data, 'design', 'roles').map((r) => [r.id, text(r.title)]));
  return (id) => {
    const ref = text(id);
    const title = titles.get(id);
    return ref && title ? `${ref} ${title}` : ref;
  };
}

export function charterView(data: CopData) {
  const inquire = answersOf(data, 'inquire');
  const design = answersOf(data, 'design');
  const grow = answersOf(data, 'grow');
  const sustain = answersOf(data, 'sustain');
  const role = roleNamer(data);
  const gaps = Object.fromEntries(Object.entries(charterSections).map(([key, paths]) => [key, gapOf(data, paths)]));
  return {
    gaps,
    existing: emergentView(data),
    purposeStatement: text(inquire.purposeStatement),
    vision: text(inquire.vision),
    purposeAreas: labels(E.purposeArea, inquire.purposeAreas),
    pursuedBenefits: labels(E.copBenefit, inquire.pursuedBenefits),
    needsEvidence: itemsOf(data, 'inquire', 'needsEvidence').map((n) => ({
      method: label(E.needsMethod, n.method),
      date: date(n.date),
      participants: num(n.participants),
      findings: text(n.keyFindings),
    })),
    existingAlternatives: text(inquire.existingAlternatives),
    otherBenefits: benefitsFor(data, false),
    stakeholders: itemsOf(data, 'inquire', 'stakeholders').map((s) => ({ name: text(s.name), relation: label(E.stakeholderRelation, s.relation), interest: text(s.interest) })),
    domain: text(inquire.domain),
    communityType: label(E.communityType, design.communityType),
    learningAgenda: strings(design.learningAgenda),
    goals: itemsOf(data, 'inquire', 'goals').map((g) => ({ id: text(g.id), statement: text(g.statement), indicator: text(g.indicator), target: text(g.target), byDate: date(g.byDate) })),
    audience: itemsOf(data, 'inquire', 'audience').map((a) => ({ segment: text(a.segment), description: text(a.description), size: num(a.estimatedSize), location: text(a.location) })),
    audienceTotal: itemsOf(data, 'inquire', 'audience').reduce((sum, a) => sum + (num(a.estimatedSize) ?? 0), 0),
    memberBenefits: benefitsFor(data, true),
    faceToFace: label(E.faceToFaceImportance, inquire.faceToFaceImportance),
    membershipModel: label(E.membershipModel, design.membershipModel),
    activities: itemsOf(data, 'design', 'activities').map((a) => ({
      id: text(a.id),
      name: text(a.name),
      format: label(E.activityFormat, a.format),
      mode: label(E.mode, a.mode),
      frequency: label(E.frequency, a.frequency),
      goals: strings(a.supportsGoals),
      levels: labels(E.participationLevel, a.targetLevels),
      lead: role(a.leadRole),
      retired: date(a.retiredOn),
    })),
    rhythmSummary: text(design.rhythmSummary),
    channels: itemsOf(data, 'design', 'channels').map((c) => ({
      id: text(c.id),
      name: text(c.name),
      kind: label(E.channelKind, c.kind),
      purposes: labels(E.channelPurpose, c.purposes),
      mode: label(E.mode, c.mode),
      visibility: label(E.visibility, c.visibility),
      steward: role(c.stewardRole),
      stewardHolder: holderOf(data, c.stewardRole),
      activities: itemsOf(data, 'design', 'activities')
        .filter((a) => strings(a.channels).includes(String(c.id)))
        .map((a) => text(a.name))
        .filter((n): n is string => n !== null),
    })),
    norms: strings(design.norms),
    publicSector: answerOf(data, 'setup', 'organizationType') === 'government',
    decisionMaking: label(E.decisionMaking, design.decisionMaking),
    decisionKey: text(design.decisionMaking),
    knowledgeCapture: text(design.knowledgeCapture),
    budget: budgetView(data),
    resourcingModel: label(E.resourcingModel, sustain.resourcingModel),
    pilotCriteria: itemsOf(data, 'prototype', 'pilotSuccessCriteria').map(criterionView),
    valueIndicators: itemsOf(data, 'sustain', 'valueIndicators').map((v) => valueIndicatorView(v, label(E.valueCycle, v.cycle))),
    healthIndicators: itemsOf(data, 'grow', 'healthIndicators').map((h) => ({
      indicator: text(h.indicator),
      source: text(h.source),
      frequency: label(E.frequency, h.frequency),
      alertBelow: num(h.alertBelow),
      percent: isPercentMeasure(h.indicator),
    })),
    nextReviewDate: date(sustain.nextReviewDate),
    assessmentCadence: label(E.assessmentCadence, sustain.assessmentCadence),
    healthCheckCadence: label(E.healthCheckCadence, grow.healthCheckCadence),
    lifecycleStage: label(E.lifecycleStage, sustain.lifecycleStage),
    futureDirection: label(E.futureDirection, sustain.futureDirection),
  };
}
