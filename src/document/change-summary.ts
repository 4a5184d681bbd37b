import type { Path } from '../findings.js';
import { stageStatus } from '../model/enums.js';
import { stageIds } from '../model/registry.js';
import type { CopData } from '../model/types.js';

/**
 * The history line for one command's changes, e.g. `design: 5 answers changed; inquire marked
 * complete`. Answers are counted per question, however often each was saved.
 */
export function describeChanges(paths: readonly Path[], data?: CopData): string {
  const answers = new Map<string, Set<string>>();
  const statuses: string[] = [];
  const other = new Set<string>();
  for (const [section, key] of paths) {
    if (section === 'progress' && typeof key === 'string') {
      if (!statuses.includes(key)) statuses.push(key);
    } else if (typeof section === 'string' && (stageIds as readonly string[]).includes(section) && key !== undefined) {
      if (!answers.has(section)) answers.set(section, new Set());
      answers.get(section)!.add(String(key));
    } else if (typeof section === 'string') {
      other.add(section);
    }
  }
  const parts: string[] = [];
  for (const stage of stageIds) {
    const keys = answers.get(stage);
    if (keys) parts.push(`${stage}: ${keys.size} ${keys.size === 1 ? 'answer' : 'answers'} changed`);
  }
  for (const stage of statuses) {
    const status = (data?.progress as Record<string, { status?: string } | undefined> | undefined)?.[stage]?.status;
    const label = status && Object.hasOwn(stageStatus.labels, status) ? stageStatus.labels[status as keyof typeof stageStatus.labels] : undefined;
    parts.push(label ? `${stage} marked ${label.toLowerCase()}` : `${stage} status changed`);
  }
  if (other.size > 0) parts.push(`${[...other].join(', ')} changed`);
  return parts.length > 0 ? parts.join('; ') : 'no answers changed';
}
