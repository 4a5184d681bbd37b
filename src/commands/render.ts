import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import type { Deps } from '../deps.js';
import { ProblemsFound, UsageError } from '../errors.js';
import { formatError } from '../format-error.js';
import { applyPlan } from '../io/render-files.js';
import { documentKinds, isDocumentKind } from '../render/documents.js';
import type { DocumentKind } from '../render/documents.js';
import { planDesignRender } from '../render/render-design.js';
import type { RenderOutcome } from '../render/render-design.js';
import { builtinTemplates } from '../render/template-source.js';
import { describePlan, planLines } from './render-report.js';
import { designFile, outputFor } from './shared.js';

export interface RenderOptions extends GlobalOptions {
  files: string[];
  out: string | undefined;
  only: string[];
  check: boolean;
  dryRun: boolean;
  force: boolean;
}

/** `--only charter,roles --only readme` as document kinds, in their usual order. */
export function parseOnly(values: readonly string[]): DocumentKind[] {
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  const unknown = names.filter((n) => !isDocumentKind(n));
  if (unknown.length > 0) {
    throw new UsageError(`unknown document ${unknown.map((n) => `"${n}"`).join(', ')} for --only; choose from ${documentKinds.join(', ')}`);
  }
  return names.length === 0 ? [...documentKinds] : documentKinds.filter((k) => names.includes(k));
}

/** `copkit render [FILE...]`: each design renders beside itself; one failure does not stop the rest. */
export async function renderCommand(options: RenderOptions, deps: Deps): Promise<number> {
  const kinds = parseOnly(options.only);
  const files = options.files.length > 0 ? options.files : [options.file];
  if (options.out !== undefined && files.length > 1) throw new UsageError('--out takes a single design file; render the others separately');
  const output = outputFor(options, deps);
  let exitCode = 0;
  for (const file of files) {
    try {
      exitCode = Math.max(exitCode, await renderOne(file, kinds, options, deps));
    } catch (error) {
      if (files.length === 1) throw error;
      const { text, exitCode: code } = formatError(error, { debug: options.debug, color: output.color });
      deps.stderr.write(text);
      exitCode = Math.max(exitCode, code);
    }
  }
  return exitCode;
}

async function renderOne(fileArg: string, kinds: DocumentKind[], options: RenderOptions, deps: Deps): Promise<number> {
  const output = outputFor(options, deps);
  const { path, display } = designFile({ file: fileArg }, deps);
  const outcome = await planDesignRender({
    copPath: path,
    copDisplay: display,
    outDir: options.out === undefined ? undefined : resolve(deps.cwd, options.out),
    kinds,
    force: options.force,
    templates: builtinTemplates(deps.cwd),
    cwd: deps.cwd,
  });
  for (const line of planLines(outcome, output.color)) deps.stderr.write(`${line}\n`);
  const { plan, outDisplay } = outcome;
  if (plan.conflicts.length > 0) throw refusal(outcome, options);
  const preview = options.check || options.dryRun;
  if (!preview) await applyPlan(outcome.outDir, plan);
  deps.stderr.write(`${describePlan(outcome, preview ? 'preview' : 'done')}\n`);
  if (options.check && plan.changes) {
    deps.stderr.write(`${output.color.red('error:')} ${outDisplay} is out of date with ${display}\n`);
    deps.stderr.write(`${output.color.dim('hint:')} Run \`copkit render${fileArg === 'cop.yaml' ? '' : ` ${fileArg}`}\` and commit the result.\n`);
    return 1;
  }
  return 0;
}

function refusal(outcome: RenderOutcome, options: RenderOptions): ProblemsFound {
  const { conflicts } = outcome.plan;
  const names = conflicts.map((c) => `${outcome.outDisplay}${c.path}`).join(', ');
  const edited = conflicts.some((c) => c.reason?.startsWith('edited by hand'));
  const hint = edited
    ? 'Carry your changes over to cop.yaml (or keep them elsewhere), then render again; --force overwrites files edited by hand.'
    : 'Move the files that are in the way somewhere else, then render again.';
  const verb = options.check || options.dryRun ? 'would write nothing' : 'wrote nothing';
  return new ProblemsFound(`copkit ${verb}: ${conflicts.length === 1 ? 'a file is' : `${conflicts.length} files are`} in the way (${names})`, hint);
}
