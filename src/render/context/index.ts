/**
 * The view model every template receives: plain data built from cop.yaml alone (no clock, no
 * environment), with enum values as labels and every field defined, because templates run in
 * strict mode. Pure: the same data gives the same model.
 */
import { hostRegion, organizationType, stageStatus } from '../../model/enums.js';
import { nextStep } from '../../model/next-step.js';
import { designProgress } from '../../model/progress.js';
import { answersOf } from '../../model/answers.js';
import type { CopData } from '../../model/types.js';
import type { Finding } from '../../findings.js';
import { formatPath } from '../../findings.js';
import { pathWords } from '../../model/path-words.js';
import { charterView } from './charter.js';
import { commandFor } from './gaps.js';
import { evaluationView } from './evaluation.js';
import { growthPlanView } from './growth-plan.js';
import { launchPlanView } from './launch-plan.js';
import { pilotReportView } from './pilot-report.js';
import { contactsFor, roleViews } from './roles.js';
import type { RoleView } from './roles.js';
import { listWords } from '../../words.js';
import { label, num, strings, text, date } from './values.js';

/** The kind of organisation as a phrase after its name: "Northwind Imaging (a company)". */
const organizationKind: Readonly<Record<string, string>> = {
  higherEducation: 'a university or college',
  school: 'a school or school district',
  government: 'a public body',
  healthcare: 'a healthcare organisation',
  nonprofit: 'a non-profit or charity',
  association: 'a professional association',
  corporate: 'a company',
  crossOrganizational: 'several organisations together',
};

/** Who hosts the community, named when setup has the name, else by its kind alone. */
function hostView(setup: Record<string, unknown>) {
  const name = text(setup.hostName);
  const type = typeof setup.organizationType === 'string' ? setup.organizationType : '';
  const kind = Object.hasOwn(organizationKind, type) ? organizationKind[type]! : null;
  const kindLabel = label(organizationType, setup.organizationType);
  return {
    name,
    kind,
    /** "Northwind Imaging (a company)", "Northwind Imaging", or the kind's label when no name is given. */
    named: name ? (kind ? `${name} (${kind})` : name) : kindLabel,
    sites: strings(setup.hostSites),
    /** "North Hospital, City Hospital and the Eye Clinic", or null. */
    sitesInWords: strings(setup.hostSites).length ? listWords(strings(setup.hostSites)) : null,
  };
}

export interface ContextInputs {
  data: CopData;
  /** Design findings from `collectFindings()`, schema findings excluded. */
  findings: readonly Finding[];
}

function stagesView(data: CopData) {
  return designProgress(data).map((s) => ({
    id: s.id,
    title: s.title,
    status: label(stageStatus, s.status),
    complete: s.status === 'complete',
    answered: s.answered,
    required: s.required,
    updated: s.updated ?? null,
    missing: s.missing.map((m) => m.path),
    command: commandFor(s.id),
  }));
}

export function buildContext({ data, findings }: ContextInputs) {
  const roles = roleViews(data);
  const setup = answersOf(data, 'setup');
  const byKey = (key: string) => roles.filter((r) => r.key === key);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    copkit: { revision: num(data.revision) ?? 0, updated: date(data.updated) },
    community: {
      name: text(setup.communityName),
      organizationType: label(organizationType, setup.organizationType),
      host: hostView(setup),
      // Whose data-protection rules apply; "elsewhere" names no region, so say it in words.
      dataRules: setup.hostRegion === 'other' ? 'elsewhere (the rules of the place where it is hosted apply)' : label(hostRegion, setup.hostRegion),
      facilitator: text(setup.facilitatorName),
      /** The IANA name of the community's time zone, which the dates of the plan and the calendar belong to. */
      timeZone: text(setup.timeZone),
    },
    stages: stagesView(data),
    next: nextStep(designProgress(data), errors),
    charter: charterView(data),
    roles: roles.map((role) => ({ ...role, contacts: contactsFor(role, roles) })),
    sponsors: byKey('sponsor'),
    coordinators: byKey('coordinator'),
    launchPlan: launchPlanView(data),
    pilotReport: pilotReportView(data),
    growthPlan: growthPlanView(data),
    evaluation: evaluationView(data),
    findings: findings.map((f) => ({
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      path: f.path.length ? formatPath(f.path) : null,
      // The same place in words, for documents people read ("Prototype: success stories").
      where: f.path.length ? (f.where ?? pathWords(f.path, data)) : null,
    })),
  };
}

export type RenderContext = ReturnType<typeof buildContext>;
export type { RoleView };
