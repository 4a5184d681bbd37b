#!/usr/bin/env node
// Build copkit: type-check with tsc, then bundle with esbuild into dist/.
//
// Why a bundle: on Node 20 loading yaml's ~80 CommonJS files and our own modules one by one costs
// more than the work `copkit status` does; one ESM bundle with a chunk per lazily imported command
// starts markedly faster (npm run bench). Dependencies that only one command needs (handlebars,
// @inquirer/prompts) stay external and load only in that command.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const yamlEsm = yamlEsmPlugin();
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  // The worker threads (commands/render-worker.ts, portfolio-worker.ts) are started by path: entries of their own, beside main.js.
  entryPoints: [`${root}src/main.ts`, `${root}src/commands/render-worker.ts`, `${root}src/commands/portfolio-worker.ts`],
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
  plugins: [docxPatches, yamlEsm],
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

/**
 * yaml ships CommonJS for Node and the same code as ES modules for browsers. Bundled, the CommonJS
 * files each sit in a wrapper called through require() and reach one another through exports
 * objects; the ES modules are joined into one scope, which V8's interpreter (copkit runs without
 * the optimiser, main.ts) runs faster. The one difference between the two builds is how a warning
 * is given, and log.js is replaced by the Node build's own rule, so both behave alike.
 */
function yamlEsmPlugin() {
  const browserDist = `${root}node_modules/yaml/browser/dist/`;
  return {
    name: 'yaml-esm',
    setup(b) {
      b.onResolve({ filter: /^yaml$/ }, () => ({ path: `${browserDist}index.js` }));
      b.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/]log\.js$/ }, () => {
        const node = readFileSync(`${root}node_modules/yaml/dist/log.js`, 'utf8');
        if (!node.includes('node_process.emitWarning(warning)')) throw new Error('yaml changed: dist/log.js no longer warns as scripts/build.mjs expects');
        return {
          contents: `import node_process from 'node:process';
function debug(logLevel, ...messages) {
  if (logLevel === 'debug') console.log(...messages);
}
function warn(logLevel, warning) {
  if (logLevel === 'debug' || logLevel === 'warn') {
    if (typeof node_process.emitWarning === 'function') node_process.emitWarning(warning);
    else console.warn(warning);
  }
}
export { debug, warn };
`,
          loader: 'js',
        };
      });
    },
  };
}

// Which build this is (src/version.ts's copkitBuild): a hash of everything the bundle runs, so a
// render's inputs hash (src/render/unchanged.ts) changes with any change to copkit's code, not
// only with its version. Written last, once every file it covers is in place.
const built = createHash('sha256');
for (const name of readdirSync(`${root}dist`)
  .filter((n) => n.endsWith('.js') || n.endsWith('.json'))
  .sort()) {
  built
    .update(`${name}\0`)
    .update(readFileSync(`${root}dist/${name}`))
    .update('\0');
}
writeFileSync(`${root}dist/build-id.txt`, `${built.digest('hex').slice(0, 16)}\n`);

// The JSON Schema ships with the package so that editors can fetch it (SCHEMA_URL).
const schema = execFileSync(process.execPath, [`${root}bin/copkit.js`, 'schema']);
mkdirSync(`${root}schema/v1`, { recursive: true });
writeFileSync(`${root}schema/v1/cop.schema.json`, schema);
