#!/usr/bin/env node
// Start-up and command cost as paired ratios against a bare `node -e 0`.
//
// Each round runs the baseline and the command back to back and keeps their ratio, so a busy
// machine slows both sides of a pair alike; the median of many pairs is the figure reported.
// Run with `npm run bench` (it builds first). Optional: ROUNDS=50.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = fileURLToPath(new URL('../bin/copkit.js', import.meta.url));
const example = 'examples/field-service-technicians/cop.yaml';
const rounds = Number(process.env.ROUNDS ?? 30);

const cases = [
  { name: 'copkit --version', args: ['--version'], target: 1.2 },
  { name: 'copkit status', args: ['status', '--file', example], target: 1.8 },
  { name: 'copkit check', args: ['check', '--file', example], target: 1.8 },
];

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const extra = [];
export function addCase(c) { extra.push(c); }

function measure(c) {
  for (let i = 0; i < 3; i++) { time(['-e', '0']); time([bin, ...c.args]); } // warm the file cache
  const ratios = [];
  const base = [];
  const cmd = [];
  for (let i = 0; i < rounds; i++) {
    const b = time(['-e', '0']);
    const t = time([bin, ...c.args]);
    base.push(b);
    cmd.push(t);
    ratios.push(t / b);
  }
  return { ratio: median(ratios), baseMs: median(base), cmdMs: median(cmd) };
}

console.log(`copkit bench: ${rounds} paired rounds per command, Node ${process.version}\n`);
console.log(`${'command'.padEnd(22)}${'ratio'.padStart(7)}${'target'.padStart(8)}${'node -e 0'.padStart(11)}${'command'.padStart(10)}`);
let failed = false;
for (const c of [...cases, ...extra]) {
  const { ratio, baseMs, cmdMs } = measure(c);
  const ok = ratio <= c.target;
  failed ||= !ok;
  console.log(`${c.name.padEnd(22)}${`${ratio.toFixed(2)}x`.padStart(7)}${`${c.target}x`.padStart(8)}${`${baseMs.toFixed(1)} ms`.padStart(11)}${`${cmdMs.toFixed(1)} ms`.padStart(10)}  ${ok ? 'ok' : 'OVER TARGET'}`);
}
process.exitCode = failed ? 1 : 0;
