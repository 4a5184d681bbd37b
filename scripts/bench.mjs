#!/usr/bin/env node
// Start-up and command cost as paired ratios against a bare `node -e 0`.
//
// Each round runs the baseline and the command back to back and keeps their ratio, so a busy
// machine slows both sides of a pair alike; the median of many pairs is the figure reported.
// Run with `npm run bench` (it builds first). Optional: ROUNDS=50. The batch figure at the end
// is a different measure: see batchBench().
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
for (const c of cases) {
  const { ratio, baseMs, cmdMs } = measure(c);
  const ok = ratio <= c.target;
  failed ||= !ok;
  console.log(`${c.name.padEnd(22)}${`${ratio.toFixed(2)}x`.padStart(7)}${`${c.target}x`.padStart(8)}${`${baseMs.toFixed(1)} ms`.padStart(11)}${`${cmdMs.toFixed(1)} ms`.padStart(10)}  ${ok ? 'ok' : 'OVER TARGET'}`);
}
failed = formatsBench() || failed;
failed = (await batchBench()) || failed;
process.exitCode = failed ? 1 : 0;

// Formats: rendering an example in all four formats (md, html, docx, ics), as a ratio to rendering
// it in Markdown alone; both from nothing into a fresh folder, paired round by round. Optional:
// FORMAT_ROUNDS=9.
function formatsBench() {
  const formatRounds = Number(process.env.FORMAT_ROUNDS ?? 9);
  const target = 2;
  const dir = mkdtempSync(join(tmpdir(), 'copkit-bench-formats-'));
  try {
    const render = (formats) => {
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      return time([bin, 'render', example, '--out', join(dir, 'out'), '--format', formats]);
    };
    render('md'); render('md,html,docx,ics'); // warm the file cache
    const md = [];
    const all = [];
    const ratios = [];
    for (let i = 0; i < formatRounds; i++) {
      const a = render('md');
      const b = render('md,html,docx,ics');
      md.push(a);
      all.push(b);
      ratios.push(b / a);
    }
    const ratio = median(ratios);
    const ok = ratio <= target;
    console.log(`\nformats: ${example}, median of ${formatRounds} paired rounds (written from nothing)\n`);
    console.log(`render --format md               ${median(md).toFixed(0).padStart(8)} ms`);
    console.log(`render --format md,html,docx,ics ${median(all).toFixed(0).padStart(8)} ms`);
    console.log(`ratio ${ratio.toFixed(2)}x, target ${target}x  ${ok ? 'ok' : 'OVER TARGET'}`);
    return !ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Batch rendering: a consultant renders 1,000 client designs with one pack in one run. Each
// client is a copy of the pack example with its name and revision varied; the figure is the
// time of `copkit render` over all of them, as a ratio to rendering one of them alone (both
// from nothing, so every file is created). Optional: CLIENTS=1000 BATCH_ROUNDS=3 (CLIENTS=0 skips it).
async function batchBench() {
  const clients = Number(process.env.CLIENTS ?? 1000);
  const batchRounds = Number(process.env.BATCH_ROUNDS ?? 3);
  if (clients < 1) return false;
  const target = 10;
  const dir = mkdtempSync(join(tmpdir(), 'copkit-bench-'));
  try {
    cpSync(join(root, 'examples/packs'), join(dir, 'packs'), { recursive: true });
    const yaml = readFileSync(join(root, 'examples/secretaires-de-mairie/cop.yaml'), 'utf8')
      .replace('templates: ../packs/atelier-praxis', 'templates: ../../packs/atelier-praxis')
      // The batch measures Markdown rendering; the formats have their own row (formatsBench).
      .replace(/^  formats: .*\n/m, '');
    const files = [];
    for (let i = 1; i <= clients; i++) {
      const name = `client-${String(i).padStart(4, '0')}`;
      mkdirSync(join(dir, 'clients', name), { recursive: true });
      const varied = yaml.replace('du Val-de-Lenne\n', `du Val-de-Lenne, client ${i}\n`).replace('revision: 12', `revision: ${12 + (i % 7)}`);
      writeFileSync(join(dir, 'clients', name, 'cop.yaml'), varied);
      files.push(`clients/${name}/cop.yaml`);
    }
    const fresh = (list) => { for (const f of list) rmSync(join(dir, dirname(f), 'docs'), { recursive: true, force: true }); };
    const run = (nodeArgs, list, command = 'render') => {
      if (command === 'render') fresh(list);
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [...nodeArgs, bin, command, ...list], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
      return ms;
    };
    run([], files.slice(0, 1)); // warm the file cache
    const one = median(Array.from({ length: Math.max(5, Math.min(rounds, 15)) }, () => run([], files.slice(0, 1))));
    const all = median(Array.from({ length: batchRounds }, () => run([], files)));
    // For comparison: the same batch without V8's optimising compiler (see src/jit-policy.ts).
    const noOpt = run(['--max-opt=1'], files);
    const ratio = all / one;
    const ok = ratio <= target;
    console.log(`\nbatch: ${clients} designs with a template pack, median of ${batchRounds} runs (17 files each, written from nothing)\n`);
    console.log(`render one design          ${one.toFixed(0).padStart(8)} ms`);
    console.log(`render ${clients} in one run  ${all.toFixed(0).padStart(8)} ms  ${(all / clients).toFixed(1)} ms a design`);
    console.log(`  same, no optimiser       ${noOpt.toFixed(0).padStart(8)} ms  (one run; copkit keeps the optimiser for 32 designs or more)`);
    console.log(`ratio ${ratio.toFixed(1)}x, target ${target}x  ${ok ? 'ok' : 'OVER TARGET'}`);
    // The portfolio: `copkit status` over the same designs, their documents now rendered, so
    // that each is read, checked and rendered in memory to compare with what is on disk (the
    // last batch above left every design rendered).
    const statusOne = median(Array.from({ length: Math.max(5, Math.min(rounds, 15)) }, () => run([], files.slice(0, 1), 'status')));
    const statusAll = median(Array.from({ length: batchRounds }, () => run([], files, 'status')));
    const statusRatio = statusAll / statusOne;
    const statusOk = statusRatio <= target;
    console.log(`\nportfolio: copkit status over ${clients} designs, median of ${batchRounds} runs\n`);
    console.log(`status of one design       ${statusOne.toFixed(0).padStart(8)} ms`);
    console.log(`status of ${clients} in one run ${statusAll.toFixed(0).padStart(8)} ms  ${(statusAll / clients).toFixed(1)} ms a design`);
    console.log(`ratio ${statusRatio.toFixed(1)}x, target ${target}x  ${statusOk ? 'ok' : 'OVER TARGET'}`);
    return !ok || !statusOk;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
