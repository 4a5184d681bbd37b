// Writes docs/lint-rules.md from the built rule objects (run through `npm run docs`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintReference } from '../dist/lint/reference.js';

const target = fileURLToPath(new URL('../docs/lint-rules.md', import.meta.url));
writeFileSync(target, lintReference());
process.stdout.write(`wrote ${target}\n`);
