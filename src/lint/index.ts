/**
 * The design lint registry: the twenty rules of DOMAIN.md section 8 in its order, the further
 * candidates, then the rules copkit adds for the social and technical architecture. Adding a
 * rule means adding its file and one line here; the reference page (docs/lint-rules.md) is
 * generated from this list.
 */
import type { Finding, Path } from '../findings.js';
import { valueAt } from '../model/answers.js';
import type { CopData } from '../model/types.js';
import { closest } from '../model/suggest.js';
import { isPlainObject } from '../model/values.js';
import { isPrefix } from '../model/validate.js';
import { gateOpen, lintContext } from './gate.js';
import { quote } from './read.js';
import type { LintRule } from './types.js';
import { bigBangLaunch } from './rules/big-bang-launch.js';
import { faceToFaceGap } from './rules/face-to-face-gap.js';
import { goalWithoutActivity } from './rules/goal-without-activity.js';
import { goalsNotMeasurable } from './rules/goals-not-measurable.js';
import { launchBeforePrototypeGate } from './rules/launch-before-prototype-gate.js';
import { memberValueMissing } from './rules/member-value-missing.js';
import { missingAsyncHome } from './rules/missing-async-home.js';
import { noCodeOfConduct } from './rules/no-code-of-conduct.js';
import { noCoordinator } from './rules/no-coordinator.js';
import { noExitPlan } from './rules/no-exit-plan.js';
import { noPeripheralOnRamp } from './rules/no-peripheral-on-ramp.js';
import { noReviewCycle } from './rules/no-review-cycle.js';
import { noRhythm } from './rules/no-rhythm.js';
import { noSponsor } from './rules/no-sponsor.js';
import { noTechnologySteward } from './rules/no-technology-steward.js';
import { overlapUnchecked } from './rules/overlap-unchecked.js';
import { pilotWithoutSuccessCriteria } from './rules/pilot-without-success-criteria.js';
import { publicSectorNotice } from './rules/public-sector-notice.js';
import { purposeAreaUnsupported } from './rules/purpose-area-unsupported.js';
import { singleVisibilitySpace } from './rules/single-visibility-space.js';
import { thinCoreGroup } from './rules/thin-core-group.js';
import { unresourcedRoles } from './rules/unresourced-roles.js';
import { untestedAssumptions } from './rules/untested-assumptions.js';
import { valueMeasuresOnlyActivity } from './rules/value-measures-only-activity.js';
import { channelWithoutLife } from './rules/channel-without-life.js';
import { familiarityAndExcitement } from './rules/familiarity-and-excitement.js';
import { insideOutsideDialogue } from './rules/inside-outside-dialogue.js';
import { memberDataProtection } from './rules/member-data-protection.js';
import { momentumGap } from './rules/momentum-gap.js';
import { overManaged } from './rules/over-managed.js';
import { tooManyTools } from './rules/too-many-tools.js';

export type { LintRule } from './types.js';

export const lintRules: readonly LintRule[] = [
  noCoordinator,
  noSponsor,
  thinCoreGroup,
  launchBeforePrototypeGate,
  pilotWithoutSuccessCriteria,
  untestedAssumptions,
  goalWithoutActivity,
  goalsNotMeasurable,
  purposeAreaUnsupported,
  memberValueMissing,
  faceToFaceGap,
  noRhythm,
  noPeripheralOnRamp,
  singleVisibilitySpace,
  missingAsyncHome,
  noTechnologySteward,
  bigBangLaunch,
  unresourcedRoles,
  valueMeasuresOnlyActivity,
  noReviewCycle,
  // Further candidates (DOMAIN.md section 8, "not in the core 20").
  noCodeOfConduct,
  publicSectorNotice,
  overlapUnchecked,
  noExitPlan,
  // Added by copkit beyond DOMAIN.md section 8 (issue 17), each from the source it names.
  overManaged,
  channelWithoutLife,
  tooManyTools,
  insideOutsideDialogue,
  familiarityAndExcitement,
  memberDataProtection,
  momentumGap,
];

const byId = new Map(lintRules.map((rule) => [rule.id, rule]));

export function findRule(id: string): LintRule | undefined {
  return byId.get(id);
}

/** A rule that `lint.disable` switched off, and where it says so. */
export interface DisabledRule {
  rule: LintRule;
  path: Path;
}

export interface LintResult {
  /** Findings of the rules that apply and are switched on, plus problems with `lint.disable`. */
  findings: Finding[];
  disabled: DisabledRule[];
}

/**
 * Run every rule that applies to this design at its stage. `today` (YYYY-MM-DD) enables the
 * checks of dates that have passed; leave it out where output must not depend on the day.
 */
/**
 * `broken`: sections and fields of the wrong shape (reported by the schema). A rule that reads any
 * of them is held back: its findings would only restate that one cause many times over.
 */
export function lintDesign(design: CopData, options: { today?: string | undefined; broken?: readonly Path[] } = {}): LintResult {
  // copkit refuses files whose top level is not a map; this keeps the rules safe for any caller.
  const data = isPlainObject(design) ? design : ({} as CopData);
  const { disabled, findings } = readDisableList(data);
  const off = new Set(disabled.map((d) => d.rule.id));
  const context = lintContext(data, options.today);
  for (const rule of lintRules) {
    if (off.has(rule.id) || readsBroken(rule, options.broken ?? []) || !gateOpen(rule.appliesWhen, data, context)) continue;
    for (const found of rule.check(data, context)) {
      findings.push({
        rule: rule.id,
        severity: found.severity ?? rule.severity,
        message: found.message,
        path: found.path,
        ...(found.atKey ? { atKey: true } : {}),
      });
    }
  }
  return { findings, disabled };
}

function readsBroken(rule: LintRule, broken: readonly Path[]): boolean {
  if (broken.length === 0) return false;
  return rule.reads.some((read) => {
    const parts = read.replace(/\[\]/g, '').split('.');
    return broken.some((b) => isPrefix(b, parts) || isPrefix(parts, b));
  });
}

/** `lint: { disable: [rule-id] }`: the rules switched off, and a warning for each unknown id. */
function readDisableList(data: CopData): { disabled: DisabledRule[]; findings: Finding[] } {
  const disabled: DisabledRule[] = [];
  const findings: Finding[] = [];
  const list = valueAt(data, ['lint', 'disable']);
  if (!Array.isArray(list)) return { disabled, findings };
  list.forEach((entry: unknown, index) => {
    if (typeof entry !== 'string') return; // the validator reports entries that are not text
    const path: Path = ['lint', 'disable', index];
    const rule = findRule(entry.trim());
    if (rule) {
      if (!disabled.some((d) => d.rule === rule)) disabled.push({ rule, path });
      return;
    }
    const guess = closest(entry.trim(), byId.keys());
    findings.push({
      rule: 'schema',
      severity: 'warning',
      path,
      message: `${quote(entry)} is not a lint rule copkit knows${guess ? `; did you mean ${guess}?` : '; the rules are listed in docs/lint-rules.md'}`,
    });
  });
  return { disabled, findings };
}
