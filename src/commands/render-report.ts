import type { ChalkInstance } from 'chalk';
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

/** `docs/: 2 created, 1 updated, 14 unchanged` (plus "nothing written" for a preview). */
export function describePlan(outcome: RenderOutcome, mode: 'preview' | 'done'): string {
  const counts = new Map<Action, number>();
  for (const file of outcome.plan.files) counts.set(file.action, (counts.get(file.action) ?? 0) + 1);
  const words: [Action, string, string][] = [
    ['create', 'created', 'to create'], ['update', 'updated', 'to update'], ['remove', 'removed', 'to remove'],
    ['keep', 'kept (edited, no longer generated)', 'to keep (edited, no longer generated)'], ['unchanged', 'unchanged', 'unchanged'],
  ];
  const parts = words.filter(([a]) => counts.has(a)).map(([a, done, todo]) => `${counts.get(a)} ${mode === 'done' ? done : todo}`);
  const summary = `${outcome.outDisplay.replace(/\/$/, '')}: ${parts.join(', ') || 'nothing to render'}`;
  return mode === 'preview' ? `${summary}; nothing was written (preview)` : summary;
}
