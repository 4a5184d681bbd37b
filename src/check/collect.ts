import type { CopFile } from '../document/cop-file.js';
import type { Position } from '../errors.js';
import type { Finding } from '../findings.js';
import { severityOrder } from '../findings.js';
import { plural } from '../words.js';
import { lintDesign } from '../lint/index.js';
import type { LintRule } from '../lint/index.js';

export interface CollectOptions {
  /**
   * Today as YYYY-MM-DD: enables the findings about dates that have passed (a review that is
   * overdue). Leave it out where the result must not depend on the day, as in rendered documents.
   */
  today?: string | undefined;
}

/** A lint rule switched off in `lint.disable`, with the position of that entry. */
export interface DisabledEntry {
  rule: LintRule;
  position: Position;
}

export interface CheckReport {
  /** Schema findings and design lint findings together, sorted by position in the file. */
  findings: Finding[];
  disabled: DisabledEntry[];
}

/** Everything `copkit check` reports about a loaded design. */
export function collectReport(file: CopFile, options: CollectOptions = {}): CheckReport {
  const broken = file.placedFindings.filter((f) => f.shapeBroken).map((f) => f.path);
  const lint = lintDesign(file.data, { today: options.today, broken });
  const placed = lint.findings.map((f) => ({ ...f, position: f.position ?? file.positionOf(f.path, f.atKey) }));
  return {
    findings: sortFindings([...file.placedFindings, ...placed]),
    disabled: lint.disabled.map((d) => ({ rule: d.rule, position: file.positionOf(d.path) })),
  };
}

/**
 * The findings alone, for `copkit status` and for documents that list the active findings (the
 * charter's risks section). Rules switched off in `lint.disable` are left out.
 */
export function collectFindings(file: CopFile, options: CollectOptions = {}): Finding[] {
  return collectReport(file, options).findings;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

export function describeCounts(counts: FindingCounts): string {
  const parts: string[] = [];
  if (counts.errors) parts.push(plural(counts.errors, 'error'));
  if (counts.warnings) parts.push(plural(counts.warnings, 'warning'));
  if (counts.infos) parts.push(plural(counts.infos, 'note'));
  return parts.length ? parts.join(', ') : 'no problems found';
}
