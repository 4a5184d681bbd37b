/**
 * The command tree. Each action turns flags into a typed options object, awaits a lazily
 * imported command (so a command's heavy modules load only when it runs) and hands its result
 * to the command's view through the one reporter (ARCHITECTURE.md, "Adding a command").
 */
import { Command } from 'commander';
import { createReporter, present, write } from './commands/report.js';
import type { CommandDeps } from './commands/report.js';
import type { Deps } from './deps.js';
import type { GlobalOptions } from './options.js';
import { copkitVersion } from './version.js';

export interface RunState {
  exitCode: number;
}

/** For options that may be repeated: every value, in order. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function createProgram(deps: Deps, state: RunState): Command {
  const program = new Command('copkit')
    .description('Design and cultivate a community of practice, stage by stage, in a versioned cop.yaml.')
    .version(copkitVersion(), '-V, --version', 'print the copkit version')
    .option('-f, --file <path>', 'the design file to use', 'cop.yaml')
    .option('--no-color', 'print without colour (NO_COLOR is honoured too)')
    .option('--debug', 'print stack traces for errors', false)
    .helpOption('-h, --help', 'show help')
    // One width whatever the terminal, so that the build can print the help ahead (main.ts).
    .configureHelp({ helpWidth: 80 })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => write(deps, 'stdout', text),
      writeErr: (text) => write(deps, 'stderr', text),
    });

  const globals = (command: Command) => command.optsWithGlobals() as GlobalOptions;
  const finish = (code: number) => {
    state.exitCode = code;
  };
  /** What a command takes: the outside world and a reporter set up by the global flags. */
  const depsFor = (command: Command): CommandDeps => ({ ...deps, reporter: createReporter(globals(command), deps) });

  program
    .command('init')
    .description('start a design, or carry on where it stopped')
    .option('--dir <folder>', 'work in this folder (created if missing)')
    .option('--answers <file>', 'take answers from a YAML or JSON file shaped like cop.yaml')
    .option('-y, --yes', 'accept the defaults for every question left, without asking', false)
    .action(async (options: { dir?: string; answers?: string; yes: boolean }, command: Command) => {
      const [{ initCommand }, { wizardView }] = await Promise.all([import('./commands/init.js'), import('./commands/wizard-messages.js')]);
      const d = depsFor(command);
      finish(await present(wizardView, d.reporter, initCommand({ ...globals(command), ...options }, d)));
    });

  program
    .command('stage')
    .argument('<name>', 'setup, inquire, design, prototype, launch, grow or sustain')
    .description('revisit one stage, with the current answers as defaults')
    .option('--answers <file>', 'take answers from a YAML or JSON file shaped like cop.yaml')
    .option('-y, --yes', 'accept the defaults for every question left, without asking', false)
    .action(async (name: string, options: { answers?: string; yes: boolean }, command: Command) => {
      const [{ stageCommand }, { wizardView }] = await Promise.all([import('./commands/stage.js'), import('./commands/wizard-messages.js')]);
      const d = depsFor(command);
      finish(await present(wizardView, d.reporter, stageCommand(name, { ...globals(command), ...options }, d)));
    });

  program
    .command('review')
    .description('record a review of the community (figures, goals, stories, decisions) as a new dated entry')
    .option('--answers <file>', "take the review's answers from a YAML or JSON file (review: ...)")
    .option('-y, --yes', 'accept the defaults for every question left, without asking; the review is dated today if it has no date', false)
    .action(async (options: { answers?: string; yes: boolean }, command: Command) => {
      const [{ reviewCommand }, { wizardView }] = await Promise.all([import('./commands/review.js'), import('./commands/wizard-messages.js')]);
      const d = depsFor(command);
      finish(await present(wizardView, d.reporter, reviewCommand({ ...globals(command), ...options }, d)));
    });

  program
    .command('status')
    .argument('[files...]', 'several designs: one row each, with totals (a portfolio)')
    .description("show each stage's progress, what is missing and the next step")
    .option('--json', 'print machine-readable JSON only', false)
    .option('--jobs <n>', 'with several designs: read this many at once, each on its own thread (default: one per core for 16 designs or more)')
    .option('--no-cache', "with several designs: read each one afresh, and neither read nor keep the rows in copkit's cache folder ($XDG_CACHE_HOME/copkit, else ~/.cache/copkit)")
    .action(async (files: string[], options: { json: boolean; jobs?: string; cache: boolean }, command: Command) => {
      const d = depsFor(command);
      if (files.length > 0) {
        const [{ portfolioCommand }, { portfolioView }, { parseJobs }] = await Promise.all([
          import('./commands/portfolio.js'),
          import('./commands/portfolio-messages.js'),
          import('./commands/thread-pool.js'),
        ]);
        const jobs = parseJobs(options.jobs);
        finish(await present(portfolioView, d.reporter, portfolioCommand({ files, json: options.json, jobs, cache: options.cache }, d)));
        return;
      }
      const [{ statusCommand }, { statusView }] = await Promise.all([import('./commands/status.js'), import('./commands/status-messages.js')]);
      finish(await present(statusView, d.reporter, statusCommand({ ...globals(command), json: options.json }, d)));
    });

  program
    .command('check')
    .description('validate cop.yaml and report design problems')
    .option('--json', 'print machine-readable JSON only', false)
    .option('--strict', 'fail on warnings too', false)
    .option('--format <format>', 'text, json, github (annotations in GitHub Actions) or sarif (SARIF 2.1.0 for code scanning)')
    .action(async (options: { json: boolean; strict: boolean; format?: string }, command: Command) => {
      const [{ checkCommand }, { checkView }] = await Promise.all([import('./commands/check.js'), import('./commands/check-messages.js')]);
      const d = depsFor(command);
      finish(await present(checkView, d.reporter, checkCommand({ ...globals(command), ...options }, d)));
    });

  program
    .command('diff')
    .argument('[versions...]', 'two git revisions of the design file or two files (default: HEAD and the working file)')
    .description('show what changed in the design between two versions, answer by answer, by stage')
    .option('--format <format>', 'text, markdown (for a pull-request comment) or json', 'text')
    .option('--exit-code', 'exit 1 when there are changes, 0 when there are none (like git diff)', false)
    .action(async (versions: string[], options: { format: string; exitCode: boolean }, command: Command) => {
      const [{ diffCommand }, { diffView }] = await Promise.all([import('./commands/diff.js'), import('./commands/diff-messages.js')]);
      const d = depsFor(command);
      finish(await present(diffView, d.reporter, diffCommand({ ...globals(command), versions, ...options }, d)));
    });

  program
    .command('render')
    .description('write the charter, role descriptions, launch plan and index from cop.yaml')
    .argument('[files...]', 'design files to render, each into the folder beside it (default: --file)')
    .option('-o, --out <dir>', 'render into this folder instead of render.outDir (default docs/ beside cop.yaml)')
    .option('--only <names>', 'render only these documents (charter, roles, launch-plan, readme); comma-separated or repeated', collect)
    .option('--templates <dir>', 'a template pack to use before render.templates and the built-in templates')
    .option('--format <names>', 'formats to write (md, html, docx, ics; default render.formats, else md); comma-separated or repeated', collect)
    .option('--check', 'change nothing; exit 1 if the documents are not up to date (for CI)', false)
    .option('--dry-run', 'print what would be written, removed or refused, and write nothing', false)
    .option('--force', 'overwrite (or remove) generated files even if they were edited by hand', false)
    .option('--jobs <n>', 'with several designs: render this many at once, each on its own thread (default: one per core for 16 designs or more)')
    .action(
      async (files: string[], options: { out?: string; only?: string[]; format?: string[]; templates?: string; check: boolean; dryRun: boolean; force: boolean; jobs?: string }, command: Command) => {
        const [{ renderCommand, parseJobs }, { renderView }] = await Promise.all([import('./commands/render.js'), import('./commands/render-messages.js')]);
        const { out, only = [], format = [], templates, check, dryRun, force } = options;
        const d = depsFor(command);
        const jobs = parseJobs(options.jobs);
        finish(await present(renderView, d.reporter, renderCommand({ ...globals(command), files, out, only, format, templates, check, dryRun, force, jobs }, d)));
      },
    );

  const templates = program.command('templates').description('see and copy the templates documents are rendered with (template packs)');
  const fileGiven = (command: Command) => command.getOptionValueSourceWithGlobals('file') === 'cli';
  templates
    .command('list')
    .description('show each template, the file it resolves to and the pack it comes from')
    .option('--templates <dir>', 'a template pack to use before render.templates and the built-in templates')
    .option('--json', 'print machine-readable JSON only', false)
    .action(async (options: { templates?: string; json: boolean }, command: Command) => {
      const [{ templatesListCommand }, { listView }] = await Promise.all([import('./commands/templates.js'), import('./commands/templates-messages.js')]);
      const d = depsFor(command);
      finish(await present(listView, d.reporter, templatesListCommand({ ...globals(command), fileGiven: fileGiven(command), ...options }, d)));
    });
  templates
    .command('eject')
    .description('copy built-in templates into a pack to change them (never overwrites a file)')
    .argument('[names...]', 'templates or partials to copy, such as charter or charter-goals (default: all)')
    .option('--to <dir>', 'the pack folder to copy into (default: render.templates of cop.yaml)')
    .action(async (names: string[], options: { to?: string }, command: Command) => {
      const [{ templatesEjectCommand }, { ejectView }] = await Promise.all([import('./commands/templates.js'), import('./commands/templates-messages.js')]);
      const d = depsFor(command);
      finish(await present(ejectView, d.reporter, templatesEjectCommand({ ...globals(command), fileGiven: fileGiven(command), names, ...options }, d)));
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of cop.yaml')
    .action(async (_options: object, command: Command) => {
      const [{ schemaCommand }, { schemaView }] = await Promise.all([import('./commands/schema.js'), import('./commands/schema-messages.js')]);
      finish(await present(schemaView, depsFor(command).reporter, schemaCommand()));
    });

  for (const command of [...program.commands, ...templates.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => write(deps, 'stdout', text),
      writeErr: (text) => write(deps, 'stderr', text),
    });
  }
  return program;
}
