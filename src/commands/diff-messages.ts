/** `copkit diff` as text, Markdown (for a pull-request comment) or JSON. */
import { formatPath } from '../findings.js';
import type { Change, DesignDiff } from '../model/diff.js';
import { hasChanges } from '../model/diff.js';
import type { Line } from './report.js';

export type DiffFormat = 'text' | 'markdown' | 'json';

export interface DiffReport {
  file: string;
  from: string;
  to: string;
  diff: DesignDiff;
}

/** One change as a sentence: "Role R3 Executive sponsor: holder TBD → Priya Raman". */
export function changeLine(change: Change): string {
  const { subject, field, before, after } = change;
  switch (change.scope) {
    case 'field':
      if (change.kind === 'added') return `${subject}: ${field} set to ${after}`;
      if (change.kind === 'removed') return `${subject}: ${field} cleared (was ${before})`;
      return `${subject}: ${field} ${before} → ${after}`;
    case 'item':
      return change.kind === 'added' ? `${subject} added` : `${subject} removed`;
    case 'entry':
      return change.kind === 'added' ? `${label(subject)} added ${after}` : `${label(subject)} removed ${before}`;
    default:
      if (change.kind === 'reordered') return `${label(subject)} order changed`;
      if (change.kind === 'added') return `${label(subject)} answered ${after}`;
      if (change.kind === 'removed') return `${label(subject)} cleared (was ${before})`;
      return `${label(subject)} ${before} → ${after}`;
  }
}

/** A question label ends with its question mark; any other subject gets a colon. */
function label(subject: string): string {
  return subject.endsWith('?') || subject.endsWith(':') ? subject : `${subject}:`;
}

function revision(value: number | null): string {
  return value === null ? '' : ` (revision ${value})`;
}

function heading(report: DiffReport): string {
  const { diff } = report;
  return `${report.file}: ${report.from}${revision(diff.revision.before)} → ${report.to}${revision(diff.revision.after)}`;
}

/** The notes that are not answer changes, or the absence of any change. */
function notes(diff: DesignDiff): string[] {
  if (!hasChanges(diff)) return ['No changes.'];
  const out: string[] = [];
  if (diff.groups.length === 0 && diff.comments) out.push('Only comments changed; no answers changed.');
  else if (diff.comments) out.push('Comments changed too.');
  if (diff.formatting) out.push('Only formatting changed (spacing, quoting or key order); no answers changed.');
  return out;
}

export function diffText(report: DiffReport): string {
  const lines = [heading(report)];
  for (const group of report.diff.groups) {
    lines.push('', group.title, ...group.changes.map((c) => `  ${changeLine(c)}`));
  }
  const extra = notes(report.diff);
  if (extra.length > 0) lines.push('', ...extra);
  return `${lines.join('\n')}\n`;
}

/** Markdown that reads well as a pull-request comment and passes markdownlint. */
export function diffMarkdown(report: DiffReport): string {
  const lines = [`## Design changes in ${code(report.file)}`, '', `${code(report.from)}${revision(report.diff.revision.before)} → ${code(report.to)}${revision(report.diff.revision.after)}`];
  for (const group of report.diff.groups) {
    lines.push('', `### ${group.title}`, '', ...group.changes.map((c) => `- ${escapeMarkdown(changeLine(c))}`));
  }
  const extra = notes(report.diff);
  if (extra.length > 0) lines.push('', ...extra.map(escapeMarkdown));
  return `${lines.join('\n')}\n`;
}

export function diffJson(report: DiffReport): string {
  const { diff } = report;
  const json = {
    file: report.file,
    from: report.from,
    to: report.to,
    revision: diff.revision,
    changed: hasChanges(diff),
    comments: diff.comments,
    formatting: diff.formatting,
    groups: diff.groups.map((g) => ({
      stage: g.id,
      title: g.title,
      changes: g.changes.map((c) => ({
        kind: c.kind,
        scope: c.scope,
        path: formatPath(c.path),
        subject: c.subject,
        field: c.field ?? null,
        before: c.before ?? null,
        after: c.after ?? null,
      })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** Answers are people's text: keep them from turning into Markdown markup or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** What `copkit diff` prints: the comparison in the format asked for, on stdout. */
export function diffView(result: { format: DiffFormat; report: DiffReport }): Line[] {
  const { format, report } = result;
  return [{ to: 'stdout', text: format === 'json' ? diffJson(report) : format === 'markdown' ? diffMarkdown(report) : diffText(report) }];
}
