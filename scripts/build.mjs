#!/usr/bin/env node
// Build copkit: type-check with tsc, then bundle with esbuild into dist/.
//
// Why a bundle: on Node 20 loading yaml's ~80 CommonJS files and our own modules one by one costs
// more than the work `copkit status` does; one ESM bundle with a chunk per lazily imported command
// starts markedly faster (npm run bench). Dependencies that only one command needs (handlebars,
// @inquirer/prompts) stay external and load only in that command.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { docxPatchesPlugin } from './docx-patches.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsc = `${root}node_modules/typescript/bin/tsc`;

// `--no-typecheck`: npm test type-checks src and test together (npm run typecheck), a superset of
// this check, so it skips this one rather than run tsc twice.
if (!process.argv.includes('--no-typecheck')) {
  execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`, '--noEmit'], { stdio: 'inherit' });
}

const docxPatches = docxPatchesPlugin(readFileSync);
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  // The render worker (commands/render-worker.ts) is started by path: an entry of its own, beside main.js.
  entryPoints: [`${root}src/main.ts`, `${root}src/commands/render-worker.ts`],
  entryNames: '[name]',
  outdir: `${root}dist`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // markdown-it and docx are bundled into the chunks of their formats (src/render/formats/convert.ts
  // imports them only when asked), tree-shaken and read as one file each, which loads them faster
  // than their own files one by one; the rasteriser is a native module and stays outside.
  external: ['handlebars', '@inquirer/prompts', 'jszip', '@resvg/resvg-js', 'dejavu-fonts-ttf'],
  plugins: [docxPatches],
  // Bundled CommonJS (commander, yaml) calls require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __copkitRequire } from 'node:module'; const require = __copkitRequire(import.meta.url);" },
});

// copkit's own templates, precompiled (src/render/precompiled.ts): every .hbs file under
// templates/, so that a render with them loads neither Handlebars' parser nor its compiler.
const precompiler = `${root}dist/.precompile.mjs`;
await build({
  stdin: { contents: "export { precompileTemplates } from './src/render/precompile.ts';", resolveDir: root, loader: 'ts' },
  outfile: precompiler,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  external: ['handlebars'],
});
const { precompileTemplates } = await import(pathToFileURL(precompiler).href);
writeFileSync(`${root}dist/builtin-templates.js`, precompileTemplates(`${root}templates`));
rmSync(precompiler);

// `copkit --help` and `copkit <command> --help`, printed ahead: main.ts answers them from this
// file without loading commander or any command (the help has a fixed width, see cli.ts).
const help = {};
const helpOf = (args) => execFileSync(process.execPath, [`${root}bin/copkit.js`, ...args, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
help[''] = helpOf([]);
const commands = help['']
  .slice(help[''].indexOf('Commands:'))
  .split('\n')
  .slice(1)
  .map((line) => /^ {2}([a-z][a-z-]*)\b/.exec(line)?.[1])
  .filter((name) => name && name !== 'help');
for (const name of commands) help[name] = helpOf([name]);
writeFileSync(`${root}dist/help.json`, `${JSON.stringify(help, null, 2)}\n`);

// The JSON Schema ships with the package so that editors can fetch it (SCHEMA_URL).
const schema = execFileSync(process.execPath, [`${root}bin/copkit.js`, 'schema']);
mkdirSync(`${root}schema/v1`, { recursive: true });
writeFileSync(`${root}schema/v1/cop.schema.json`, schema);
