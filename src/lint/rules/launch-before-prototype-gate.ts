import type { LintContext, LintRule, RuleFinding } from '../types.js';
import type { CopData } from '../../model/types.js';
import { answer, hasEntries, text } from '../read.js';
import { launchDecision } from '../../model/enums.js';
import { checkDate } from '../../model/values.js';
import { pilotResultFindings } from '../pilot-results.js';

const validDay = (value: unknown) => {
  const day = text(value);
  return day !== undefined && checkDate(day) === undefined ? day : undefined;
};

/** A stage's status as cop.yaml records it (not as worked out from the answers: a launch date alone is a plan). */
function recorded(data: CopData, stage: string): unknown {
  const progress: unknown = data.progress;
  const entry = progress !== null && typeof progress === 'object' ? (progress as Record<string, unknown>)[stage] : undefined;
  return entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>).status : undefined;
}

/**
 * Whether the pilot's results can exist yet. They are due once Prototype is recorded complete or
 * Launch begun, or once the pilot's end (else the launch date) has passed. Where today is unknown
 * (rendered documents), a pilot that is not recorded as finished is taken as still running.
 */
function resultsDue(data: CopData, context: LintContext): { due: boolean; end?: string } {
  const launch = recorded(data, 'launch');
  if (recorded(data, 'prototype') === 'complete' || launch === 'inProgress' || launch === 'complete') return { due: true };
  const end = validDay(answer(data, 'prototype', 'pilotEndDate')) ?? validDay(answer(data, 'launch', 'launchDate'));
  if (end === undefined) return { due: true };
  return { due: context.today !== undefined && context.today > end, end };
}

function reason(data: CopData): string {
  const date = text(answer(data, 'launch', 'launchDate'));
  return date === undefined ? 'The Launch stage has begun' : checkDate(date) === undefined ? `The launch is planned for ${date}` : 'A launch date is set';
}

/** Before the pilot ends: one notice of what the launch will need, at the decision. */
function advanceNotice(data: CopData, end: string): RuleFinding[] {
  const story = hasEntries(answer(data, 'prototype', 'successStories'));
  const proceed = answer(data, 'prototype', 'launchDecision') === 'proceed';
  if (story && proceed) return [];
  const needed = [story ? undefined : 'a success story members agree to share', proceed ? undefined : 'the decision to proceed'].filter(Boolean);
  return [
    {
      path: ['prototype', 'launchDecision'],
      atKey: answer(data, 'prototype', 'launchDecision') === undefined,
      severity: 'info',
      message: `${reason(data)}${validDay(answer(data, 'prototype', 'pilotEndDate')) ? ` and the pilot runs until ${end}` : ''}. By ${end}, record ${needed.join(' and ')}; the launch waits for them.`,
    },
  ];
}

function decisionFinding(data: CopData, why: string): RuleFinding[] {
  const decision = answer(data, 'prototype', 'launchDecision');
  if (decision === 'proceed') return [];
  const said =
    typeof decision === 'string' && Object.hasOwn(launchDecision.labels, decision)
      ? `the pilot's decision is "${launchDecision.labels[decision as keyof typeof launchDecision.labels].toLowerCase()}"`
      : 'no decision to proceed has been recorded after the pilot';
  return [
    {
      path: ['prototype', 'launchDecision'],
      message: `${why}, but ${said}. Record the launch decision as Proceed to launch (proceed) once the pilot justifies a wider launch, or hold the launch.`,
    },
  ];
}

export const launchBeforePrototypeGate = {
  id: 'launch-before-prototype-gate',
  severity: 'error',
  alsoReports: { severity: 'info', when: 'the pilot has not ended yet (an advance notice of what the launch will need)' },
  appliesWhen: { stage: 'launch', from: 'started', orWhenSet: ['launch.launchDate'] },
  reads: [
    'progress.launch.status',
    'launch.launchDate',
    'prototype.pilotEndDate',
    'prototype.successStories[].consentToShare',
    'prototype.pilotSuccessCriteria[].met',
    'prototype.commitmentsSecured[].status',
    'prototype.launchDecision',
    'progress.prototype.status',
    'setup.origin',
  ],
  source: 'Cambridge, Kaplan & Suter (2005): the prototype stage exists to win commitment, test assumptions and produce a success story before the wider launch.',
  summary: 'The launch waits for a pilot that met its criteria, kept its sponsor, produced a story that may be shared and a decision to proceed.',
  why: "The pilot is where a design meets real members. Launching without a story you may tell leaves you nothing concrete to recruit with; launching when no criterion was met, when the sponsor declined, or without a decision to proceed means the pilot's verdict was ignored. Before the pilot ends these things cannot exist yet, so copkit only says what the launch will need.",
  fix: "A community that already exists informally (`setup.origin: emergent`) may skip Prototype. Otherwise, record at least one story from the pilot in `prototype.successStories` with `consentToShare: yes`, the results of `pilotSuccessCriteria` (`met`), the sponsor's commitment as agreed, and `prototype.launchDecision: proceed` once the pilot justifies a launch. If the pilot said otherwise, hold the launch (remove `launch.launchDate` or set Launch back to not started).",
  check(data, context) {
    if (recorded(data, 'prototype') === 'skipped' && answer(data, 'setup', 'origin') === 'emergent') {
      // An informal community has already shown it works: the launch builds on it, not on a pilot.
      return [
        {
          path: ['setup', 'origin'],
          severity: 'info',
          message: 'Prototype was skipped because the community already exists informally: the launch builds on the practice members already share, so no pilot story or launch decision is needed.',
        },
      ];
    }
    const { due, end } = resultsDue(data, context);
    if (!due && end) return advanceNotice(data, end);
    // A skipped pilot in a community built from scratch: the findings name the one way to skip it.
    const why =
      recorded(data, 'prototype') === 'skipped'
        ? `Prototype may be skipped only by a community that already exists informally, and this one is being cultivated from scratch; ${reason(data).replace(/^./, (c) => c.toLowerCase())}`
        : reason(data);
    return [...pilotResultFindings(data, why), ...decisionFinding(data, why)];
  },
} satisfies LintRule;
