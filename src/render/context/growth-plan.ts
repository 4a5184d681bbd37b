/**
 * The growth plan's view model (DOMAIN.md 3.6 and 7.1): growth activities, group projects,
 * participation targets and the pathways inward, recognition, knowledge assets and who keeps
 * them, external connections and succession.
 */
import * as E from '../../model/enums.js';
import type { CopData } from '../../model/types.js';
import { gapOf } from './gaps.js';
import { namer, names } from './refs.js';
import { date, items, label, num, section, strings, text } from './values.js';

export function growthPlanView(data: CopData) {
  const grow = section(data, 'grow');
  const role = namer(data, 'design', 'roles', 'title');
  const goal = namer(data, 'inquire', 'goals', 'statement');
  const targets = items(grow.participationTargets).map((t) => ({
    level: label(E.participationLevel, t.level),
    current: num(t.current),
    target: num(t.target),
    reviewDate: date(t.reviewDate),
  }));
  return {
    activities: items(grow.growthActivities).map((a) => ({
      name: text(a.name),
      type: label(E.growthActivityType, a.type),
      cadence: label(E.frequency, a.cadence),
      lead: role(a.leadRole),
      start: date(a.startDate),
    })),
    projects: items(grow.groupProjects).map((p) => ({
      title: text(p.title),
      goals: names(goal, p.supportsGoals),
      lead: text(p.lead),
      members: num(p.memberCount),
      deliverable: text(p.deliverable),
      due: date(p.dueDate),
      status: label(E.projectStatus, p.status),
    })),
    targets,
    totals: {
      current: targets.reduce((sum, t) => sum + (t.current ?? 0), 0),
      target: targets.reduce((sum, t) => sum + (t.target ?? 0), 0),
    },
    pathways: items(grow.participationPathways).map((p) => ({
      from: label(E.participationLevel, p.fromLevel),
      to: label(E.participationLevel, p.toLevel),
      mechanism: text(p.mechanism),
    })),
    recognition: strings(grow.recognition),
    assets: items(grow.knowledgeAssets).map((a) => ({ title: text(a.title), type: label(E.assetType, a.type), owner: text(a.owner), lastUpdated: date(a.lastUpdated) })),
    connections: strings(grow.externalConnections),
    succession: items(grow.successionPlan).map((s) => ({
      role: role(s.roleId),
      holder: text(s.currentHolder),
      successor: text(s.successor),
      handoverBy: date(s.handoverBy),
    })),
    healthCheckCadence: label(E.healthCheckCadence, grow.healthCheckCadence),
    gaps: {
      activities: gapOf(data, ['grow.growthActivities']),
      projects: gapOf(data, ['grow.groupProjects']),
      participation: gapOf(data, ['grow.participationTargets', 'grow.participationPathways']),
      recognition: gapOf(data, ['grow.recognition']),
      assets: gapOf(data, ['grow.knowledgeAssets']),
      connections: gapOf(data, ['grow.externalConnections']),
      succession: gapOf(data, ['grow.successionPlan']),
    },
  };
}
