#!/usr/bin/env node
// copkit's performance goals (issue 14), measured as paired ratios.
//
// Each pair runs the baseline and the command back to back and keeps their ratio, so a busy
// machine slows both sides of a pair alike; the median of many pairs is the figure, with the
// smallest and largest ratio beside it. Start-up rows pair against a bare `node -e 0`; the batch
// rows pair a run over many designs against a run over one of them. The autosave row is a time
// in milliseconds (median of many saves in one process). Exits 1 when a goal is missed.
//
// `npm run bench` builds first. Options (environment): ROUNDS=15 (pairs per row, at least 15
// for the figures in the README), BATCH_ROUNDS=15 (pairs for the 1,000-design rows), CLIENTS=1000
// (CLIENTS=0 skips the batch rows), ONLY=help,batch (rows whose key contains one of these words),
// COPKIT_ROOT=/path/to/another/copkit (measure another build, such as an older commit's),
// NO_CACHE_FLAG=1 (leave out `status --no-cache`, for a build from before the portfolio's cache).
// Benchmarks are never tests: nothing in `npm test` depends on these figures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, writeClients } from './bench-clients.mjs';

const here = fileURLToPath(new URL('../', import.meta.url));
const root = resolve(process.env.COPKIT_ROOT ?? here);
const bin = join(root, 'bin/copkit.js');
const rounds = Math.max(1, Number(process.env.ROUNDS ?? 15));
const batchRounds = Math.max(1, Number(process.env.BATCH_ROUNDS ?? 15));
const clients = Number(process.env.CLIENTS ?? 1000);
const only = process.env.ONLY ? process.env.ONLY.split(',') : undefined;
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const env = { ...process.env, NO_COLOR: '1', COPKIT_TODAY: '2026-12-01' };

/**
 * Run node with `args` in `cwd`; the wall time in ms and the peak resident memory in KiB. The cache
 * folder is the bench's own, never the user's ~/.cache; `env` adds to the environment.
 */
function time(args, cwd, { allowFail = false, env: extra } = {}) {
  const command = timeBin ? [timeBin, '-f', '\n%M', process.execPath, ...args] : [process.execPath, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, XDG_CACHE_HOME: join(work, 'cache'), ...extra }, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = String(result.stderr);
  if (result.status !== 0 && !(allowFail && result.status === 1)) throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${result.status}: ${stderr.slice(-800)}`);
  const kib = timeBin ? Number(stderr.trim().split('\n').at(-1)) : Number.NaN;
  return { ms, kib };
}

const rows = [];
function report(row) {
  const ok = row.median <= row.goal;
  rows.push({ ...row, ok });
  const unit = row.unit ?? 'x';
  const f = (v) => `${v.toFixed(unit === 'x' ? 2 : 1)}${unit === 'x' ? 'x' : ' ms'}`;
  console.log(
    `${row.name.padEnd(52)}${f(row.median).padStart(10)}${f(row.min).padStart(10)}${f(row.max).padStart(10)}${`≤ ${f(row.goal)}`.padStart(12)}  ${ok ? 'ok' : 'MISSED'}${row.note ? `  ${row.note}` : ''}`,
  );
}

/** `pairs` pairs of (baseline, command); `before` runs ahead of each side, untimed. */
function paired({ key, name, goal, pairs = rounds, baseline, command, warm = 2, note }) {
  if (only && !only.some((w) => key.includes(w))) return undefined;
  for (let i = 0; i < warm; i++) {
    baseline();
    command();
  }
  const ratios = [];
  const extra = [];
  for (let i = 0; i < pairs; i++) {
    const b = baseline();
    const c = command();
    ratios.push(c.ms / b.ms);
    extra.push({ b, c });
  }
  const row = { key, name, goal, median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), pairs, note: note?.(extra) };
  report(row);
  return { row, extra };
}

const work = mkdtempSync(join(tmpdir(), 'copkit-bench-'));
try {
  console.log(`copkit bench: ${root}`);
  console.log(
    `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${rounds} pairs a row (${batchRounds} for the batch rows)\n`,
  );
  console.log(`${'what'.padEnd(52)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}${'goal'.padStart(12)}`);

  const node0 = () => time(['-e', '0'], work);
  const copkit =
    (args, cwd = work, opts) =>
    () =>
      time([bin, ...args], cwd, opts);

  // One example design in a folder of its own, rendered once, so that `status` compares docs.
  const ex = join(work, 'example');
  mkdirSync(ex);
  // Markdown only, as issue 14's table measured it: the example asks for every format (render.formats),
  // and the formats have their own row below.
  writeFileSync(join(ex, 'cop.yaml'), readFileSync(join(root, 'examples/field-service-technicians/cop.yaml'), 'utf8').replace(/^ {2}formats: .*\n/m, ''));
  time([bin, 'render'], ex);

  paired({ key: 'version', name: 'copkit --version', goal: 1.2, baseline: node0, command: copkit(['--version']) });
  paired({ key: 'help', name: 'copkit --help', goal: 1.2, baseline: node0, command: copkit(['--help']) });
  paired({ key: 'status', name: 'copkit status (example)', goal: 1.6, baseline: node0, command: copkit(['status'], ex) });
  paired({ key: 'check', name: 'copkit check (example)', goal: 1.6, baseline: node0, command: copkit(['check'], ex, { allowFail: true }) });
  const fresh = () => rmSync(join(ex, 'docs'), { recursive: true, force: true });
  paired({
    key: 'render-first',
    name: 'copkit render (example), first',
    goal: 1.8,
    baseline: node0,
    command: () => {
      fresh();
      return copkit(['render'], ex)();
    },
  });
  time([bin, 'render'], ex);
  paired({ key: 'render-unchanged', name: 'copkit render (example), unchanged', goal: 1.8, baseline: node0, command: copkit(['render'], ex) });

  // Formats: all four (md, html, docx, ics) against Markdown alone, both from nothing (issue 12).
  const out = join(work, 'formats-out');
  const inFormats = (formats) => () => {
    rmSync(out, { recursive: true, force: true });
    return time([bin, 'render', join(ex, 'cop.yaml'), '--out', out, '--format', formats], work);
  };
  paired({ key: 'formats', name: 'copkit render, all four formats, against Markdown', goal: 2, baseline: inFormats('md'), command: inFormats('md,html,docx,ics') });

  // A 300 KB design: the example with 500 roles and 500 goals.
  const big = join(work, 'big');
  mkdirSync(big);
  writeFileSync(join(big, 'cop.yaml'), bigDesign(readFileSync(join(root, 'examples/field-service-technicians/cop.yaml'), 'utf8')));
  const bigBytes = readFileSync(join(big, 'cop.yaml')).length;
  paired({ key: 'big-check', name: `copkit check, ${Math.round(bigBytes / 1024)} KB design`, goal: 2.5, baseline: node0, command: copkit(['check'], big, { allowFail: true }) });
  paired({ key: 'big-status', name: `copkit status, ${Math.round(bigBytes / 1024)} KB design`, goal: 2.5, baseline: node0, command: copkit(['status'], big) });

  if (clients > 0) batchRows();

  if (!only || only.some((w) => 'autosave'.includes(w))) await autosaveRow();
} finally {
  rmSync(work, { recursive: true, force: true });
}

const missed = rows.filter((r) => !r.ok);
console.log(`\n${missed.length === 0 ? 'every goal met' : `${missed.length} goal${missed.length === 1 ? '' : 's'} missed: ${missed.map((r) => r.name).join('; ')}`}`);
process.exitCode = missed.length > 0 ? 1 : 0;

/** 500 roles and 500 goals (the example's own, then numbered copies of them). */
function bigDesign(yaml) {
  const goal = (i) =>
    `    - id: G${i}\n      statement: Goal number ${i}, written as a full sentence that says what should change.\n      indicator: Share of members who report the change in the quarterly survey (number ${i})\n      target: "${i % 90}%"\n      byDate: 2027-03-31\n`;
  const role = (i) =>
    `    - id: R${i}\n      roleKey: member\n      title: Member role ${i}\n      holder: Person Number ${i}\n      responsibilities:\n        - Bring questions from the field to the community\n        - Share one tip a month with the tip library\n        - Welcome one newcomer a quarter and show them where the tips are\n      hoursPerMonth: 2\n`;
  const count = (re) => (yaml.match(re) ?? []).length;
  const goals = count(/^ {4}- id: G\d+$/gm);
  const roles = count(/^ {4}- id: R\d+$/gm);
  let goalText = '';
  for (let i = goals + 1; i <= 500; i++) goalText += goal(i);
  let roleText = '';
  for (let i = roles + 1; i <= 500; i++) roleText += role(i);
  return yaml.replace(/^ {2}goals:\n/m, `  goals:\n${goalText}`).replace(/^ {2}roles:\n/m, `  roles:\n${roleText}`);
}

// A consultant renders 1,000 client designs with one pack in one run. Each client is a copy of
// the pack example with its name and revision varied. Each pair: one design alone, then all of
// them, both from nothing (every file created). Then the portfolio: `copkit status` over them.
function batchRows() {
  const dir = join(work, 'batch');
  const files = writeClients(root, dir, clients);
  const fresh = (list) => {
    for (const f of list) rmSync(join(dir, dirname(f), 'docs'), { recursive: true, force: true });
  };
  const render =
    (list, keep = false) =>
    () => {
      if (!keep) fresh(list);
      return time([bin, 'render', ...list], dir);
    };
  // Each side of a pair keeps its own cache folder, so the run over one design never reads the
  // rows of the other 999. Before this build there was no cache (nor --no-cache): COPKIT_ROOT at
  // an older commit measures it with NO_CACHE_FLAG=1, which leaves the flag out.
  const cacheFlag = process.env.NO_CACHE_FLAG ? [] : ['--no-cache'];
  const status = (list, cache) => () => time([bin, 'status', ...(cache ? [] : cacheFlag), ...list], dir, { allowFail: true, env: { XDG_CACHE_HOME: join(work, `cache-${list.length}`) } });
  const peak = (extra) => `peak ${Math.round(Math.max(...extra.map((e) => e.c.kib)) / 1024)} MiB`;
  paired({
    key: 'batch',
    name: `render ${clients} designs, against one (from nothing)`,
    goal: 10,
    pairs: batchRounds,
    warm: 1,
    baseline: render(files.slice(0, 1)),
    command: render(files),
    note: peak,
  });
  // Rendered already, nothing changed: recognised from the manifests.
  render(files)();
  paired({
    key: 'batch-unchanged',
    name: `render ${clients} designs, against one (unchanged)`,
    goal: 10,
    pairs: batchRounds,
    warm: 1,
    baseline: render(files.slice(0, 1), true),
    command: render(files, true),
    note: peak,
  });
  paired({
    key: 'portfolio',
    name: `status ${clients} designs (portfolio), against one, no cache`,
    goal: 10,
    pairs: batchRounds,
    warm: 1,
    baseline: status(files.slice(0, 1), false),
    command: status(files, false),
    note: peak,
  });
  // The repeat run: every design read before today by this build, so every row's reading part
  // comes from the cache (the warm-up run fills it); whether the documents are current is
  // still asked of each manifest.
  paired({
    key: 'portfolio-cached',
    name: `status ${clients} designs (portfolio), against one, cached`,
    goal: 10,
    pairs: batchRounds,
    warm: 1,
    baseline: status(files.slice(0, 1), true),
    command: status(files, true),
    note: peak,
  });
}

// One autosave in the wizard: an answer set, then the full example saved (as the wizard does
// after every answer), in one process with the modules loaded, under the same V8 flags as the
// wizard (main.ts turns the optimiser off for it). Bundled from the tree's sources.
async function autosaveRow() {
  const { build } = await import('esbuild');
  const dir = join(work, 'autosave');
  mkdirSync(dir);
  const path = join(dir, 'cop.yaml');
  cpSync(join(root, 'examples/field-service-technicians/cop.yaml'), path);
  const saves = Math.max(30, rounds * 2);
  const runner = `
    import { CopFile } from './src/document/cop-file.ts';
    const file = await CopFile.load(${JSON.stringify(path)});
    const times = [];
    for (let i = 0; i < ${saves + 5}; i++) {
      const start = process.hrtime.bigint();
      file.set(['design', 'rhythmSummary'], 'A breakfast table in every depot, version ' + i + '.');
      await file.save('2026-12-01');
      if (i >= 5) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    console.log(JSON.stringify(times));`;
  const entry = join(work, 'autosave.mjs');
  await build({
    stdin: { contents: runner, resolveDir: root, loader: 'ts' },
    outfile: entry,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const result = spawnSync(process.execPath, ['--max-opt=1', entry], { cwd: dir, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`autosave: ${result.stderr}`);
  const times = JSON.parse(result.stdout);
  report({
    key: 'autosave',
    name: 'one autosave of the full example (set + save)',
    unit: 'ms',
    goal: 15,
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    note: `${saves} saves`,
  });
}
