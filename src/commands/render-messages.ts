/** What `copkit render` prints: one design's plan file by file, or one line per design of many. */
import type { ChalkInstance } from 'chalk';
import { DocumentError } from '../errors.js';
import { errorHeadline, errorStack, knownError } from '../format-error.js';
import type { PackNotice } from '../render/pack.js';
import type { Action } from '../render/plan.js';
import type { RenderOutcome } from '../render/render-design.js';
import { shellQuote } from '../words.js';
import { err } from './report.js';
import type { Line, Style } from './report.js';

const paint: Record<Action, keyof ChalkInstance> = {
  create: 'green',
  update: 'yellow',
  unchanged: 'dim',
  remove: 'magenta',
  keep: 'cyan',
  conflict: 'red',
};

/** One line per file: `  create     docs/charter.md`, with the reason when there is one. */
function planLines(outcome: RenderOutcome, color: ChalkInstance): string[] {
  const { plan, outDisplay } = outcome;
  return [...plan.files, plan.manifest].map((file) => {
    const action = (color[paint[file.action]] as (t: string) => string)(file.action.padEnd(10));
    return `  ${action} ${outDisplay}${file.path}${file.reason ? `  (${file.reason})` : ''}`;
  });
}

/** `2 created, 1 updated, 14 unchanged` (or what a preview would do). */
function planCounts(outcome: RenderOutcome, mode: 'preview' | 'done'): string {
  const counts = new Map<Action, number>();
  for (const file of outcome.plan.files) counts.set(file.action, (counts.get(file.action) ?? 0) + 1);
  const words: [Action, string, string][] = [
    ['create', 'created', 'to create'],
    ['update', 'updated', 'to update'],
    ['remove', 'removed', 'to remove'],
    ['keep', 'kept (edited, no longer generated)', 'to keep (edited, no longer generated)'],
    ['unchanged', 'unchanged', 'unchanged'],
  ];
  const parts = words.filter(([a]) => counts.has(a)).map(([a, done, todo]) => `${counts.get(a)} ${mode === 'done' ? done : todo}`);
  return parts.join(', ') || 'nothing to render';
}

/** ` with pack acme 1.2.0`, naming the packs a design was rendered with (nothing for built-in only). */
function packsText(outcome: RenderOutcome): string {
  const packs = outcome.packs.filter((p) => !p.builtin).map((p) => `${p.name} ${p.version}`);
  return packs.length === 0 ? '' : ` with ${packs.length === 1 ? 'pack' : 'packs'} ${packs.join(', ')}`;
}

/** `docs: 2 created, 1 updated, 14 unchanged` (plus "nothing written" for a preview). */
function describePlan(outcome: RenderOutcome, mode: 'preview' | 'done'): string {
  const summary = `${outcome.outDisplay.replace(/\/$/, '')}: ${planCounts(outcome, mode)}${packsText(outcome)}`;
  return mode === 'preview' ? `${summary}; nothing was written (preview)` : summary;
}

/** `pack/pack.yaml:3:1  warning  <message>  pack`, the house format for a warning. */
export function noticeLine(notice: PackNotice, color: ChalkInstance): string {
  const where = notice.position ? `${notice.file}:${notice.position.line}:${notice.position.column}` : notice.file;
  return `${where}  ${color.yellow('warning')}  ${notice.message}  ${color.dim('pack')}`;
}

/** Pack warnings, each on its line. */
export function noticesView(notices: readonly PackNotice[], style: Style): Line[] {
  return notices.map((notice) => err(noticeLine(notice, style.err)));
}

/** One design rendered on its own: its plan file by file, then what was done. */
export interface SingleRender {
  outcome: RenderOutcome;
  /** The design file as messages show it, and as it was given. */
  display: string;
  fileArg: string;
  preview: boolean;
  /** `--check` found the documents out of date. */
  stale: boolean;
  /** The plan was refused or could not be carried out (the error follows the plan). */
  failed: boolean;
}

function singleView(result: SingleRender, style: Style): Line[] {
  const { outcome, display, fileArg } = result;
  const c = style.err;
  const lines = [...noticesView(outcome.notices, style), ...planLines(outcome, c).map(err)];
  if (result.failed) return lines;
  lines.push(err(describePlan(outcome, result.preview ? 'preview' : 'done')));
  if (result.stale) {
    lines.push(err(`${c.red('error:')} ${outcome.outDisplay} is out of date with ${display}`));
    lines.push(err(`${c.dim('hint:')} Run \`copkit render${fileArg === 'cop.yaml' ? '' : ` ${shellQuote(fileArg)}`}\` and commit the result.`));
  }
  return lines;
}

export type RenderResult = ({ kind: 'single' } & SingleRender) | ({ kind: 'batch' } & BatchRender);

/** `copkit render`: one design's plan, or the summary of many (their lines were shown as they went). */
export function renderView(result: RenderResult, style: Style): Line[] {
  return result.kind === 'single' ? singleView(result, style) : batchView(result, style);
}

/** One design of the run, rendered, out of date, or failed with its error. */
export type ClientRender = {
  /** The design file as messages show it. */
  shown: string;
  check: boolean;
  preview: boolean;
  debug: boolean;
  /** Pack warnings of the design's plan, if it got that far. */
  notices: readonly PackNotice[];
} & ({ result: 'done' | 'stale'; outcome: RenderOutcome } | { result: 'failed'; error: unknown /** The same pack error was printed for an earlier design. */; repeated: boolean });

export interface BatchRender {
  designs: number;
  counts: Record<ClientRender['result'], number>;
  check: boolean;
  dryRun: boolean;
}

export function clientView(client: ClientRender, style: Style): Line[] {
  const c = style.err;
  const { shown } = client;
  const notices = noticesView(client.notices, style);
  if (client.result === 'failed') return [...notices, ...failureLines(client, style).map(err)];
  const { outcome } = client;
  const where = ` (${outcome.outDisplay})${packsText(outcome)}`;
  if (client.result === 'stale') return [...notices, err(`${shown}: ${c.red('out of date')}: ${planCounts(outcome, 'preview')}${where}`)];
  const counts = client.check ? 'up to date' : planCounts(outcome, client.preview ? 'preview' : 'done');
  return [...notices, err(`${shown}: ${counts}${where}`)];
}

/**
 * One line naming the design: the error itself when it points into the design's own file, else
 * `<design>: error: <message>`. An error in a pack file is printed once before it, in the
 * `file:line:col  error  message  source` form.
 */
function failureLines(client: Extract<ClientRender, { result: 'failed' }>, style: Style): string[] {
  const c = style.err;
  const known = knownError(client.error);
  const debug = client.debug ? [errorStack(known)] : [];
  if (known instanceof DocumentError && known.position) {
    const first = errorHeadline(known, c);
    if (known.file === client.shown) return [first, ...debug];
    const at = `${known.file}:${known.position.line}:${known.position.column}`;
    return [...(client.repeated ? [] : [first, ...debug]), `${client.shown}: ${c.red('error:')} not rendered: its templates have an error (${at})`];
  }
  return [`${client.shown}: ${c.red('error:')} ${known.message}`, ...debug];
}

function batchView(batch: BatchRender, style: Style): Line[] {
  const { counts, check, dryRun } = batch;
  const done = check ? 'up to date' : dryRun ? 'planned' : 'rendered';
  const parts = [`${counts.done} ${done}`];
  if (check) parts.push(`${counts.stale} out of date`);
  parts.push(`${counts.failed} failed`);
  const preview = dryRun && !check ? '; nothing was written (preview)' : '';
  const lines = [err(`${batch.designs} designs: ${parts.join(', ')}${preview}`)];
  if (counts.failed > 0) {
    lines.push(err(`${style.err.dim('hint:')} Render a failed design on its own (copkit render FILE) to see its plan file by file.`));
  }
  return lines;
}
