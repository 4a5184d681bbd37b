/** What `copkit templates list` and `templates eject` print. */
import type { EjectStep } from '../render/eject.js';
import type { PackNotice } from '../render/pack.js';
import { noticeLine } from './render-messages.js';
import { err, json, out } from './report.js';
import type { Line, Style } from './report.js';
import { table } from './table.js';

export interface TemplateRow {
  name: string;
  pack: string;
  file: string;
}
export interface PackRow {
  name: string;
  version: string;
  description: string | undefined;
  folder: string;
  /** `--templates`, `render.templates` or `copkit` (for --json). */
  from: string;
  /** Where a person finds what named the pack: `--templates`, the design file, or `copkit`. */
  namedIn: string;
}

export interface ListResult {
  json: boolean;
  notices: PackNotice[];
  packs: PackRow[];
  templates: TemplateRow[];
}

export interface EjectResult {
  /** The pack folder as messages show it. */
  folder: string;
  /** `--to` as given, if it was. */
  to: string | undefined;
  steps: EjectStep[];
}

export function listView(result: ListResult, style: Style): Line[] {
  const { packs, templates } = result;
  const notices = result.notices.map((notice) => err(noticeLine(notice, style.err)));
  if (result.json) return [...notices, json({ packs: packs.map(({ namedIn: _shown, ...row }) => row), templates })];
  const head = { head: style.out.bold };
  return [
    ...notices,
    out(
      `${table(
        ['pack', 'version', 'folder', 'named in'],
        packs.map((p) => ({ cells: [p.name, p.version, p.folder, p.namedIn] })),
        head,
      )}\n`,
    ),
    out(
      table(
        ['template', 'pack', 'file'],
        templates.map((r) => ({ cells: [r.name, r.pack, r.file] })),
        head,
      ),
    ),
  ];
}

export function ejectView(result: EjectResult, style: Style): Line[] {
  const { folder, steps, to } = result;
  const c = style.err;
  const paint = { create: c.green, kept: c.dim, refused: c.red };
  const lines = steps.map((step) => err(`  ${paint[step.action](step.action.padEnd(10))} ${folder}${step.path}${step.reason ? `  (${step.reason})` : ''}`));
  const count = (action: EjectStep['action']) => steps.filter((s) => s.action === action).length;
  lines.push(err(`${folder.replace(/\/$/, '')}: ${count('create')} created, ${count('kept')} kept as they were${count('refused') ? `, ${count('refused')} refused` : ''}`));
  if (to !== undefined && count('create') > 0) {
    lines.push(err(`${c.dim('hint:')} Render with it: copkit render --templates ${to}, or set render.templates in cop.yaml (relative to cop.yaml).`));
  }
  return lines;
}
