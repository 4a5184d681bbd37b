#!/usr/bin/env node
// Build copkit: type-check with tsc, then bundle with esbuild into dist/.
//
// Why a bundle: on Node 20 loading yaml's ~80 CommonJS files and our own modules one by one costs
// more than the work `copkit status` does; one ESM bundle with a chunk per lazily imported command
// starts markedly faster (npm run bench). Dependencies that only one command needs (handlebars,
// @inquirer/prompts) stay external and load only in that command.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsc = `${root}node_modules/typescript/bin/tsc`;

// `--no-typecheck`: npm test type-checks src and test together (npm run typecheck), a superset of
// this check, so it skips this one rather than run tsc twice.
if (!process.argv.includes('--no-typecheck')) {
  execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`, '--noEmit'], { stdio: 'inherit' });
}

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  entryPoints: [`${root}src/main.ts`],
  outdir: `${root}dist`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['handlebars', '@inquirer/prompts'],
  // Bundled CommonJS (commander, yaml) calls require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __copkitRequire } from 'node:module'; const require = __copkitRequire(import.meta.url);" },
});

// The JSON Schema ships with the package so that editors can fetch it (SCHEMA_URL).
const schema = execFileSync(process.execPath, [`${root}bin/copkit.js`, 'schema']);
mkdirSync(`${root}schema/v1`, { recursive: true });
writeFileSync(`${root}schema/v1/cop.schema.json`, schema);
