import type { CopFile } from '../document/cop-file.js';
import type { Finding } from '../findings.js';
import { severityOrder } from '../findings.js';

/**
 * Everything `copkit check` reports about a loaded design, sorted by position in the file.
 * Schema findings come from the validator; design lint rules add theirs here.
 */
export function collectFindings(file: CopFile): Finding[] {
  return sortFindings(file.placedFindings);
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    (a.position?.line ?? 0) - (b.position?.line ?? 0)
    || (a.position?.column ?? 0) - (b.position?.column ?? 0)
    || severityOrder[a.severity] - severityOrder[b.severity]);
}

export interface FindingCounts { errors: number; warnings: number; infos: number }

export function countFindings(findings: readonly Finding[]): FindingCounts {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

export function describeCounts(counts: FindingCounts): string {
  const parts: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (counts.errors) parts.push(plural(counts.errors, 'error'));
  if (counts.warnings) parts.push(plural(counts.warnings, 'warning'));
  if (counts.infos) parts.push(plural(counts.infos, 'note'));
  return parts.length ? parts.join(', ') : 'no problems found';
}
