/**
 * The shape of a design lint rule: data that the registry, `copkit check`, the rule reference
 * page and (later) the charter all read, plus one pure `check` function.
 */
import type { Severity } from '../findings.js';
import type { AnswerLocation, AnswerPath, ItemPath } from '../model/answers.js';
import type { LifecycleStageId } from '../model/registry.js';
import type { CopData } from '../model/types.js';

/**
 * When a rule starts to apply, so that a facilitator halfway through Inquire is not told about
 * Launch. `finished`: the stage is complete, or a later stage has begun while this one was never
 * started (a skipped stage is not judged). `started`: the stage is in progress or complete, or a
 * later stage has begun. `orWhenSet`: also as soon as one of these
 * fields has an answer (a launch date, say, means a launch is planned whatever the stage says).
 */
export interface Gate {
  readonly stage: LifecycleStageId;
  readonly from: 'started' | 'finished';
  readonly orWhenSet?: readonly AnswerPath[];
}

/** What a rule's check gets besides the data. */
export interface LintContext {
  /**
   * Today as YYYY-MM-DD, for rules about dates that have passed. Undefined where output must not
   * depend on the day it is made (rendered documents): such rules then skip their date checks.
   */
  readonly today: string | undefined;
  /** Whether a stage has begun or is done, in the sense of `Gate`. */
  started(stage: LifecycleStageId): boolean;
  finished(stage: LifecycleStageId): boolean;
}

/** One problem a rule found. */
export interface RuleFinding {
  /** The offending node in cop.yaml, or the field that should hold what is missing. */
  readonly path: AnswerLocation;
  /** In the facilitator's words: the problem, then the fix. One line. */
  readonly message: string;
  /** Point at the field's key rather than its value (a finding about a whole list). */
  readonly atKey?: boolean;
  /** Only for the rare rule that also reports a milder case (see `alsoReports`). */
  readonly severity?: Severity;
}

export interface LintRule {
  /** Stable, kebab-case; what `lint.disable` lists and what findings are reported under. */
  readonly id: string;
  readonly severity: Severity;
  /** A milder second case the rule reports, for the reference page. */
  readonly alsoReports?: { readonly severity: Severity; readonly when: string };
  readonly appliesWhen: Gate;
  /** The cop.yaml fields the rule reads, as `design.roles[].holder`; checked against the registry. */
  readonly reads: readonly (AnswerPath | ItemPath | `progress.${LifecycleStageId}.status`)[];
  /** Where the advice comes from (DOMAIN.md section 8), in words a reader can look up. */
  readonly source: string;
  /** What a good design has, in one line. */
  readonly summary: string;
  /** Why it matters, for the reference page. */
  readonly why: string;
  /** How to put it right, for the reference page. */
  readonly fix: string;
  /** A table for the reference page, where the rule works from a mapping (data, not prose). */
  readonly table?: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };
  /** Pure; never throws, whatever a draft holds (wrong types are the validator's business). */
  check(data: CopData, context: LintContext): RuleFinding[];
}
