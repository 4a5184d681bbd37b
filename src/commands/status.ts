import type { GlobalOptions } from '../cli.js';
import { collectFindings, countFindings, describeCounts } from '../check/collect.js';
import type { Deps } from '../deps.js';
import { CopFile } from '../document/cop-file.js';
import { stageStatus } from '../model/enums.js';
import { nextStep } from '../model/next-step.js';
import type { NextStep } from '../model/next-step.js';
import { designProgress } from '../model/progress.js';
import type { StageProgress } from '../model/progress.js';
import type { Output } from '../io/output.js';
import { designFile, outputFor } from './shared.js';

export interface StatusOptions extends GlobalOptions { json: boolean }

/** `copkit status`: where each stage stands, what is missing, and the one next step. */
export async function statusCommand(options: StatusOptions, deps: Deps): Promise<number> {
  const { path, display } = designFile(options, deps);
  const file = await CopFile.load(path, display);
  const stages = designProgress(file.data);
  const counts = countFindings(collectFindings(file));
  const next = nextStep(stages, counts.errors);
  const community = typeof file.data.setup?.communityName === 'string' ? file.data.setup.communityName : undefined;
  if (options.json) {
    const report = {
      file: display,
      community: community ?? null,
      revision: file.data.revision ?? null,
      updated: file.data.updated ?? null,
      stages: stages.map((s) => ({
        id: s.id, title: s.title, status: s.status, answered: s.answered, required: s.required,
        optionalAnswered: s.optionalAnswered, optional: s.optional,
        missing: s.missing.map((m) => m.path), updated: s.updated ?? null,
      })),
      check: counts,
      next,
    };
    deps.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const output = outputFor(options, deps);
  const heading = `${community ?? '(unnamed community)'}  ${display}, revision ${file.data.revision ?? 0}${file.data.updated ? `, updated ${file.data.updated}` : ''}`;
  deps.stdout.write(`${output.outColor.bold(heading)}\n\n${stageTable(stages, output)}\n\n`);
  deps.stdout.write(`Check: ${describeCounts(counts)}${counts.errors + counts.warnings > 0 ? ' (run `copkit check` for details)' : ''}\n`);
  deps.stdout.write(`${nextLine(next, output)}\n`);
  return 0;
}

function stageTable(stages: StageProgress[], output: Output): string {
  const c = output.outColor;
  const paint: Record<string, (t: string) => string> = { complete: c.green, inProgress: c.yellow, notStarted: c.dim, skipped: c.dim };
  const rows = [`  ${'Stage'.padEnd(11)}${'Status'.padEnd(13)}${'Required'.padEnd(10)}Updated`];
  for (const s of stages) {
    const label = stageStatus.labels[s.status].toLowerCase();
    const count = `${s.answered}/${s.required}`;
    rows.push(`  ${s.title.padEnd(11)}${paint[s.status]!(label.padEnd(13))}${count.padEnd(10)}${s.updated ?? ''}`.trimEnd());
    if (s.missing.length > 0 && s.status !== 'notStarted' && s.status !== 'skipped') {
      const names = s.missing.map((m) => (m.needs ? `${m.path} (${m.has} of ${m.needs})` : m.path));
      rows.push(c.dim(`  ${''.padEnd(11)}missing: ${names.join(', ')}`));
    }
  }
  return rows.join('\n');
}

function nextLine(next: NextStep, output: Output): string {
  return `${output.outColor.bold('Next:')} ${next.message}`;
}
