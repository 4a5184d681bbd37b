/**
 * The evaluation report's view model, for the sponsor (DOMAIN.md 3.7 and 7): the latest review
 * against the earlier ones. Goals and indicators get one column per review (the last four), so
 * a reader sees what changed; participation is also drawn as a chart.
 */
import * as E from '../../model/enums.js';
import * as R from '../../model/review-enums.js';
import { filedReviews } from '../../model/reviews.js';
import type { CopData } from '../../model/types.js';
import { participationView, sustainStories, valueMatrix } from './evaluation-parts.js';
import { gapOf } from './gaps.js';
import { namer } from './refs.js';
import { date, items, label, num, section, strings, text, valueIndicatorView } from './values.js';
import { isPercentMeasure } from '../../model/numbers.js';
import type { Item } from './values.js';

/** How many reviews the tables compare side by side; the chart shows them all. */
const COLUMNS = 4;

const sameName = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

export function evaluationView(data: CopData) {
  const reviews = filedReviews(data).map((r) => r.review);
  const shown = reviews.slice(-COLUMNS);
  const latest = reviews.at(-1) ?? null;
  const sustain = section(data, 'sustain');
  return {
    count: reviews.length,
    dates: reviews.map((r) => date(r.date)),
    columns: shown.map((r) => date(r.date)),
    latest: latest ? { date: date(latest.date), newcomers: num(latest.newcomers) } : null,
    previous: reviews.length > 1 ? date(reviews.at(-2)!.date) : null,
    scorecard: scorecard(data, shown),
    indicators: indicatorRows(data, shown),
    valueIndicators: items(sustain.valueIndicators).map((v) => valueIndicatorView(v, label(E.valueCycle, v.cycle))),
    participation: participationView(reviews),
    matrix: valueMatrix(data, reviews),
    stories: sustainStories(data),
    healthCheck: healthRows(latest, reviews.at(-2)),
    decisions: latest ? decisionRows(data, latest) : [],
    nextSteps: latest ? strings(latest.nextSteps) : [],
    strategyChanges: items(sustain.strategyChanges).map((s) => ({
      area: label(E.strategyArea, s.area),
      change: text(s.change),
      rationale: text(s.rationale),
      evidence: text(s.evidence),
    })),
    products: items(sustain.productsInventory).map((p) => ({
      name: text(p.name),
      type: text(p.type),
      audience: text(p.audience),
      usage: num(p.usage),
      status: label(E.productStatus, p.status),
    })),
    technology: items(sustain.technologyReview).map((t) => ({
      channel: namer(data, 'design', 'channels', 'name')(t.channelId),
      decision: label(E.technologyDecision, t.decision),
      reason: text(t.reason),
    })),
    lifecycleStage: label(E.lifecycleStage, sustain.lifecycleStage),
    futureDirection: label(E.futureDirection, sustain.futureDirection),
    resourcingModel: label(E.resourcingModel, sustain.resourcingModel),
    assessmentCadence: label(E.assessmentCadence, sustain.assessmentCadence),
    nextReviewDate: date(sustain.nextReviewDate),
    gaps: {
      reviews: gapOf(data, ['reviews']),
      valueIndicators: gapOf(data, ['sustain.valueIndicators']),
      stories: gapOf(data, ['sustain.valueCreationStories']),
      products: gapOf(data, ['sustain.productsInventory', 'sustain.technologyReview']),
      // One note for the whole section: two notes in a row would read as one broken quote.
      next: gapOf(data, ['sustain.strategyChanges', 'sustain.lifecycleStage', 'sustain.futureDirection', 'sustain.resourcingModel', 'sustain.nextReviewDate']),
    },
  };
}

function scorecard(data: CopData, shown: Item[]) {
  const goals = items(section(data, 'inquire').goals);
  const current = new Set(goals.map((g) => g.id));
  // A goal the reviews assessed but the design has since retired keeps its row, so the record reads whole.
  const retired = [...new Set(shown.flatMap((r) => items(r.goalStatuses).map((st) => st.goalId)))]
    .filter((id): id is string => typeof id === 'string' && !current.has(id))
    .map((id) => ({ id, retired: true }) as Item);
  return [...goals, ...retired].map((goal) => {
    const statuses = shown.map((r) => items(r.goalStatuses).find((s) => s.goalId === goal.id));
    const last = statuses.at(-1);
    const values = statuses.map((s) => label(R.goalStatus, s?.status));
    return {
      goal: goal.retired ? `${String(goal.id)} (no longer in the design)` : namer(data, 'inquire', 'goals', 'statement')(goal.id),
      due: date(goal.byDate),
      statuses: values.map((v) => v ?? '—'),
      evidence: text(last?.evidence),
      changed: values.length > 1 && values.at(-1) !== values.at(-2),
    };
  });
}

function indicatorRows(data: CopData, shown: Item[]) {
  return items(section(data, 'grow').healthIndicators).map((h) => {
    const values = shown.map((r) => num(items(r.indicatorValues).find((v) => sameName(v.indicator, h.indicator))?.value));
    const alertBelow = num(h.alertBelow);
    const latest = values.at(-1) ?? null;
    const below = latest !== null && alertBelow !== null && latest < alertBelow;
    return {
      indicator: text(h.indicator),
      alertBelow,
      values,
      percent: isPercentMeasure(h.indicator),
      below,
      state: latest === null ? 'Not measured' : alertBelow === null ? 'No alert level' : below ? 'Below its alert level' : 'At or above its alert level',
    };
  });
}

function healthRows(latest: Item | null, previous: Item | undefined) {
  if (!latest) return [];
  return items(latest.healthCheck).map((h) => ({
    question: label(R.healthCheckQuestion, h.question),
    score: num(h.score),
    previous: num(items(previous?.healthCheck).find((p) => p.question === h.question)?.score),
    comment: text(h.comment),
  }));
}

function decisionRows(data: CopData, latest: Item) {
  const activity = namer(data, 'design', 'activities', 'name');
  const role = namer(data, 'design', 'roles', 'title');
  return items(latest.decisions).map((d) => {
    const detail =
      d.change === 'addGoal'
        ? text(d.newGoal)
        : d.change === 'retireActivity'
          ? activity(d.activityId)
          : d.change === 'handOverRole'
            ? [role(d.roleId), text(d.newHolder)].filter(Boolean).join(', to ') || null
            : null;
    return { decision: text(d.decision), change: label(R.decisionChange, d.change), detail };
  });
}
