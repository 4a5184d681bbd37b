// Writes docs/lint-rules.md from the rule objects themselves (run through `npm run docs`), so the
// page cannot drift from the rules; test/lint/lint-registry.test.ts fails when it is stale.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'copkit-docs-'));
try {
  const out = join(dir, 'reference.mjs');
  await build({ entryPoints: [join(root, 'src/lint/reference.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { lintReference } = await import(pathToFileURL(out).href);
  const target = join(root, 'docs/lint-rules.md');
  writeFileSync(target, lintReference());
  process.stdout.write(`wrote ${target}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
