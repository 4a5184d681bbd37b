/**
 * The rule reference page (docs/lint-rules.md), generated from the rule objects so that it
 * cannot drift from what `copkit check` does. `npm run docs` writes it; a test fails if the
 * committed page is stale.
 */
import { describeGate } from './gate.js';
import { lintRules } from './index.js';
import type { LintRule } from './types.js';

const INTRO = `# Design lint rules

<!-- Generated from src/lint/rules by \`npm run docs\`. Do not edit by hand. -->

\`copkit check\` checks that cop.yaml is well formed and then reads the design the way an experienced
facilitator would, pointing out what the literature on communities of practice says makes
communities fail. Each finding names the line and column in cop.yaml, the problem, the fix, and
the rule below that found it. \`copkit status\` counts the findings and puts the first error in
its next step.

- **error**: a problem the sources treat as decisive. \`copkit check\` exits 1.
- **warning**: a gap worth closing. \`copkit check --strict\` exits 1 on warnings too.
- **info**: a note to consider; never fails a check.

**When rules apply.** Rules follow the stages, so a facilitator halfway through Inquire is not
told about Launch. Most rules judge a stage's answers once the stage is complete (or was left
behind: a later stage has begun while it was never started); a stage marked skipped is not
judged. A few rules apply once a stage has begun, or as soon as a date that announces it is set. Each rule says when below. Stage status is read from \`progress\` in cop.yaml, or worked out
from the answers when \`progress\` does not say.

**Roles.** A role counts as held when its \`holder\` names someone: blank, \`TBD\`, \`TBC\`, \`n/a\`,
\`none\`, \`vacant\` and the like do not. One holder is one person; the same name written with
different capitals or spacing counts once. Leadership roles are sponsor, coordinator,
facilitator and core group member.

**Switching a rule off.** A rule that does not fit your community can be switched off in
cop.yaml; \`copkit check\` then lists it as disabled, so the choice stays visible in review:

\`\`\`yaml
lint:
  disable: [public-sector-notice, single-visibility-space]
\`\`\`
`;

function overview(rules: readonly LintRule[]): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${severityText(r)} | ${r.summary} |`);
  return ['| Rule | Severity | What a good design has |', '| --- | --- | --- |', ...rows].join('\n');
}

function severityText(rule: LintRule): string {
  return rule.alsoReports ? `${rule.severity} (${rule.alsoReports.severity} when ${rule.alsoReports.when})` : rule.severity;
}

function table(rule: LintRule): string[] {
  if (!rule.table) return [];
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return ['', line(rule.table.head), line(rule.table.head.map(() => '---')), ...rule.table.rows.map(line)];
}

function section(rule: LintRule): string {
  return [
    `## ${rule.id}`,
    '',
    `${rule.summary}`,
    '',
    `- **Severity:** ${severityText(rule)}`,
    `- **Applies:** ${describeGate(rule.appliesWhen)}`,
    `- **Reads:** ${rule.reads.map((f) => `\`${f}\``).join(', ')}`,
    '',
    `**Why it matters.** ${rule.why}`,
    '',
    `**Source.** ${rule.source}`,
    '',
    `**How to fix it.** ${rule.fix}`,
    ...table(rule),
    '',
    `**To switch it off:** \`lint: { disable: [${rule.id}] }\``,
  ].join('\n');
}

/** The whole page, ending with one newline. */
export function lintReference(rules: readonly LintRule[] = lintRules): string {
  const parts = [INTRO, '## All rules', '', overview(rules), '', ...rules.flatMap((rule) => [section(rule), ''])];
  return `${parts.join('\n').trimEnd()}\n`;
}
