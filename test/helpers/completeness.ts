/**
 * Whether `copkit status --json` agrees with the answers in cop.yaml: no stage called complete
 * while a required answer it can have now is missing, and its counts match its list of missing
 * answers. Read from the registry here, not from status's own progress code.
 */
import { answerSize } from '../../src/model/answers.js';
import { isDue, requiredCount } from '../../src/model/progress.js';
import { findStage } from '../../src/model/registry.js';
import type { QuestionField } from '../../src/model/spec.js';
import type { CopData } from '../../src/model/types.js';

interface StatusStage {
  id: string;
  status: string;
  answered: number;
  required: number;
  missing: unknown[];
}

export function completenessProblems(status: { stages: StatusStage[] }, data: CopData): string[] {
  const problems: string[] = [];
  const sections = data as unknown as Record<string, Record<string, unknown> | undefined>;
  for (const entry of status.stages) {
    if (entry.required - entry.answered !== entry.missing.length) problems.push(`${entry.id}: ${entry.answered} of ${entry.required} answered, but ${entry.missing.length} listed missing`);
    if (entry.status !== 'complete') continue;
    if (entry.missing.length > 0) problems.push(`${entry.id}: complete with ${entry.missing.length} missing`);
    const stage = findStage(entry.id)!;
    for (const [key, field] of Object.entries(stage.questions as Record<string, QuestionField>)) {
      const need = requiredCount(field);
      if (need === 0 || field.filledBy || !isDue(field, data)) continue;
      if (field.askIf && sections[entry.id]?.[field.askIf.key] !== field.askIf.equals) continue;
      if (answerSize(sections[entry.id]?.[key]) < need) problems.push(`${entry.id}: complete, but ${key} has ${answerSize(sections[entry.id]?.[key])} of ${need}`);
    }
  }
  return problems;
}
