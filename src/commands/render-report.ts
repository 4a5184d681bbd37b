import type { ChalkInstance } from 'chalk';
import type { PackNotice } from '../render/pack.js';
import type { Action } from '../render/plan.js';
import type { RenderOutcome } from '../render/render-design.js';

const paint: Record<Action, keyof ChalkInstance> = {
  create: 'green', update: 'yellow', unchanged: 'dim', remove: 'magenta', keep: 'cyan', conflict: 'red',
};

/** One line per file: `  create     docs/charter.md`, with the reason when there is one. */
export function planLines(outcome: RenderOutcome, color: ChalkInstance): string[] {
  const { plan, outDisplay } = outcome;
  return [...plan.files, plan.manifest].map((file) => {
    const action = (color[paint[file.action]] as (t: string) => string)(file.action.padEnd(10));
    return `  ${action} ${outDisplay}${file.path}${file.reason ? `  (${file.reason})` : ''}`;
  });
}

/** `2 created, 1 updated, 14 unchanged` (or what a preview would do). */
export function planCounts(outcome: RenderOutcome, mode: 'preview' | 'done'): string {
  const counts = new Map<Action, number>();
  for (const file of outcome.plan.files) counts.set(file.action, (counts.get(file.action) ?? 0) + 1);
  const words: [Action, string, string][] = [
    ['create', 'created', 'to create'], ['update', 'updated', 'to update'], ['remove', 'removed', 'to remove'],
    ['keep', 'kept (edited, no longer generated)', 'to keep (edited, no longer generated)'], ['unchanged', 'unchanged', 'unchanged'],
  ];
  const parts = words.filter(([a]) => counts.has(a)).map(([a, done, todo]) => `${counts.get(a)} ${mode === 'done' ? done : todo}`);
  return parts.join(', ') || 'nothing to render';
}

/** ` with pack acme 1.2.0`, naming the packs a design was rendered with (nothing for built-in only). */
export function packsText(outcome: RenderOutcome): string {
  const packs = outcome.packs.filter((p) => !p.builtin).map((p) => `${p.name} ${p.version}`);
  return packs.length === 0 ? '' : ` with ${packs.length === 1 ? 'pack' : 'packs'} ${packs.join(', ')}`;
}

/** `docs: 2 created, 1 updated, 14 unchanged` (plus "nothing written" for a preview). */
export function describePlan(outcome: RenderOutcome, mode: 'preview' | 'done'): string {
  const summary = `${outcome.outDisplay.replace(/\/$/, '')}: ${planCounts(outcome, mode)}${packsText(outcome)}`;
  return mode === 'preview' ? `${summary}; nothing was written (preview)` : summary;
}

/** `pack/pack.yaml:3:1  warning  <message>  pack`, the house format for a warning. */
export function noticeLine(notice: PackNotice, color: ChalkInstance): string {
  const where = notice.position ? `${notice.file}:${notice.position.line}:${notice.position.column}` : notice.file;
  return `${where}  ${color.yellow('warning')}  ${notice.message}  ${color.dim('pack')}`;
}
