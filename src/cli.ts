/**
 * The command tree. Each action turns flags into a typed options object and awaits a lazily
 * imported command, so a command's heavy modules load only when it runs.
 */
import { Command } from 'commander';
import type { Deps } from './deps.js';
import { copkitVersion } from './version.js';

export interface GlobalOptions {
  file: string;
  color: boolean;
  debug: boolean;
}

export interface RunState { exitCode: number }

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
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.stdout.write(text),
      writeErr: (text) => deps.stderr.write(text),
    });

  const globals = (command: Command) => command.optsWithGlobals() as GlobalOptions;
  const finish = (code: number) => {
    state.exitCode = code;
  };

  program
    .command('init')
    .description('start a design, or carry on where it stopped')
    .option('--dir <folder>', 'work in this folder (created if missing)')
    .option('--answers <file>', 'take answers from a YAML or JSON file shaped like cop.yaml')
    .option('-y, --yes', 'accept the defaults for every question left, without asking', false)
    .action(async (options: { dir?: string; answers?: string; yes: boolean }, command: Command) => {
      const { initCommand } = await import('./commands/init.js');
      finish(await initCommand({ ...globals(command), ...options }, deps));
    });

  program
    .command('stage')
    .argument('<name>', 'setup, inquire, design, prototype, launch, grow or sustain')
    .description('revisit one stage, with the current answers as defaults')
    .option('--answers <file>', 'take answers from a YAML or JSON file shaped like cop.yaml')
    .option('-y, --yes', 'accept the defaults for every question left, without asking', false)
    .action(async (name: string, options: { answers?: string; yes: boolean }, command: Command) => {
      const { stageCommand } = await import('./commands/stage.js');
      finish(await stageCommand(name, { ...globals(command), ...options }, deps));
    });

  program
    .command('status')
    .description('show each stage\'s progress, what is missing and the next step')
    .option('--json', 'print machine-readable JSON only', false)
    .action(async (options: { json: boolean }, command: Command) => {
      const { statusCommand } = await import('./commands/status.js');
      finish(await statusCommand({ ...globals(command), json: options.json }, deps));
    });

  program
    .command('check')
    .description('validate cop.yaml and report design problems')
    .option('--json', 'print machine-readable JSON only', false)
    .option('--strict', 'fail on warnings too', false)
    .action(async (options: { json: boolean; strict: boolean }, command: Command) => {
      const { checkCommand } = await import('./commands/check.js');
      finish(await checkCommand({ ...globals(command), ...options }, deps));
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
    .action(async (files: string[], options: { out?: string; only?: string[]; format?: string[]; templates?: string; check: boolean; dryRun: boolean; force: boolean }, command: Command) => {
      const { renderCommand } = await import('./commands/render.js');
      const { out, only = [], format = [], templates, check, dryRun, force } = options;
      finish(await renderCommand({ ...globals(command), files, out, only, format, templates, check, dryRun, force }, deps));
    });

  const templates = program
    .command('templates')
    .description('see and copy the templates documents are rendered with (template packs)');
  const fileGiven = (command: Command) => command.getOptionValueSourceWithGlobals('file') === 'cli';
  templates
    .command('list')
    .description('show each template, the file it resolves to and the pack it comes from')
    .option('--templates <dir>', 'a template pack to use before render.templates and the built-in templates')
    .option('--json', 'print machine-readable JSON only', false)
    .action(async (options: { templates?: string; json: boolean }, command: Command) => {
      const { templatesListCommand } = await import('./commands/templates.js');
      finish(await templatesListCommand({ ...globals(command), fileGiven: fileGiven(command), ...options }, deps));
    });
  templates
    .command('eject')
    .description('copy built-in templates into a pack to change them (never overwrites a file)')
    .argument('[names...]', 'templates or partials to copy, such as charter or charter-goals (default: all)')
    .option('--to <dir>', 'the pack folder to copy into (default: render.templates of cop.yaml)')
    .action(async (names: string[], options: { to?: string }, command: Command) => {
      const { templatesEjectCommand } = await import('./commands/templates.js');
      finish(await templatesEjectCommand({ ...globals(command), fileGiven: fileGiven(command), names, ...options }, deps));
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of cop.yaml')
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js');
      finish(await schemaCommand(deps));
    });

  for (const command of [...program.commands, ...templates.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => deps.stdout.write(text),
      writeErr: (text) => deps.stderr.write(text),
    });
  }
  return program;
}
