import type { Path } from '../findings.js';
import { plainKey } from '../words.js';
import { stageStatus } from '../model/enums.js';
import { findStage, stageIds } from '../model/registry.js';
import type { CopData } from '../model/types.js';

/** A history line stays one readable line in cop.yaml and in `git log`-like views. */
export const SUMMARY_LIMIT = 100;

/**
 * The history line for one command's changes, e.g. `design: rhythm summary, roles R2 and R5
 * changed; inquire marked complete`. Answers are named in plain words, list items by their ids;
 * a line that would pass SUMMARY_LIMIT counts the answers instead (`design: 5 answers changed`).
 */
export function describeChanges(paths: readonly Path[], data?: CopData): string {
  const answers = new Map<string, Path[]>();
  const statuses: string[] = [];
  const other = new Set<string>();
  for (const path of paths) {
    const [section, key] = path;
    if (section === 'progress' && typeof key === 'string') {
      if (!statuses.includes(key)) statuses.push(key);
    } else if (typeof section === 'string' && (stageIds as readonly string[]).includes(section) && key !== undefined) {
      if (!answers.has(section)) answers.set(section, []);
      answers.get(section)!.push(path);
    } else if (typeof section === 'string') {
      other.add(section);
    }
  }
  const tail: string[] = [];
  for (const stage of statuses) tail.push(statusPart(stage, data));
  if (other.size > 0) tail.push(`${[...other].join(', ')} changed`);
  const stages = stageIds.filter((stage) => answers.has(stage));
  const named = [...stages.map((stage) => namedPart(stage, answers.get(stage)!, data)), ...tail];
  const counted = [...stages.map((stage) => countedPart(stage, answers.get(stage)!)), ...tail];
  const parts = named.join('; ').length <= SUMMARY_LIMIT ? named : counted;
  return parts.length > 0 ? parts.join('; ') : 'no answers changed';
}

function statusPart(stage: string, data: CopData | undefined): string {
  const status = (data?.progress as Record<string, { status?: string } | undefined> | undefined)?.[stage]?.status;
  const label = status && Object.hasOwn(stageStatus.labels, status) ? stageStatus.labels[status as keyof typeof stageStatus.labels] : undefined;
  return label ? `${stage} marked ${label.toLowerCase()}` : `${stage} status changed`;
}

function countedPart(stage: string, paths: readonly Path[]): string {
  const keys = new Set(paths.map((p) => String(p[1])));
  return `${stage}: ${keys.size} ${keys.size === 1 ? 'answer' : 'answers'} changed`;
}

/** `design: rhythm summary, roles R2 and R5 changed`: answers in order, items by their ids. */
function namedPart(stage: string, paths: readonly Path[], data: CopData | undefined): string {
  const items = new Map<string, string[] | undefined>();
  const spec = findStage(stage);
  for (const [, key, index] of paths) {
    const name = String(key);
    const field = spec?.questions[name];
    const id = field?.kind === 'objectList' && typeof index === 'number' ? itemId(data, stage, name, index) : undefined;
    const known = items.get(name);
    if (!items.has(name)) items.set(name, id ? [id] : undefined);
    else if (known && id && !known.includes(id)) known.push(id);
    else if (known && !id) items.set(name, undefined);
  }
  const names = [...items].map(([key, ids]) => (ids ? `${plainKey(key)} ${joinAnd(ids)}` : plainKey(key)));
  return `${stage}: ${joinAnd(names)} changed`;
}

function itemId(data: CopData | undefined, stage: string, key: string, index: number): string | undefined {
  const list = (data as Record<string, Record<string, unknown> | undefined> | undefined)?.[stage]?.[key];
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function joinAnd(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
