#!/usr/bin/env node
// `copkit --version` is answered here, before dist/main.js and its chunks are loaded: scripts
// probe for copkit with it, and it is the one answer that needs nothing but package.json (the
// same file src/version.ts reads). Measured against `node -e 0`, 31 pairs twice: 1.19-1.25x
// through main.js, 1.13-1.20x answered here. Everything else is main.ts's.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  await import('../dist/main.js');
}
