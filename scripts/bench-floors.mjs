#!/usr/bin/env node
// The floors under four of `npm run bench`'s rows (issue 14): what the unavoidable part of each
// costs on this machine, with nothing of copkit's logic, as paired ratios like scripts/bench.mjs.
//
// Each floor is a small Node script written into a temporary folder and run as its own process:
// - render (example), first: Node starts, loads yaml and Handlebars' runtime (bundled like
//   copkit's, one file), parses the example cop.yaml, and writes copkit's own output files (the
//   bytes a real render produced, taken beforehand) durably: each to a temporary name, written,
//   fsynced and closed, all at once; renamed in order; each folder and the parent fsynced once;
//   the manifest last the same way. The "copkit's steps" variant also writes the manifest of
//   what is about to change first (copkit's kill guarantee) and syncs the temporaries in batches
//   of 16 as copkit does.
// - render (example), unchanged: Node starts, reads cop.yaml and hashes it, reads and parses the
//   manifest, and reads and hashes every output file (lstat first, as a check must).
// - 1,000 designs, from nothing / unchanged: the same per design, the designs split over two
//   worker threads (the machine's cores), against the same floor for one design; and against
//   copkit's own one-design render, which is what `npm run bench` divides by.
// Each triple runs `node -e 0` (or the one-design run), the floor and copkit back to back; the
// figure is the median ratio of ROUNDS triples (BATCH_ROUNDS for the batch), with min and max.
//
// `npm run build` first. Environment: ROUNDS=15, BATCH_ROUNDS=5, CLIENTS=1000 (0 skips the batch
// rows), ONLY=first,unchanged,batch (rows whose key contains one of these words). It is never a
// test, and it changes nothing in the tree: everything happens in a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, writeClients } from './bench-clients.mjs';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('../', import.meta.url)));
const bin = join(root, 'bin/copkit.js');
const rounds = Math.max(1, Number(process.env.ROUNDS ?? 15));
const batchRounds = Math.max(1, Number(process.env.BATCH_ROUNDS ?? 5));
const clients = Number(process.env.CLIENTS ?? 1000);
const only = process.env.ONLY ? process.env.ONLY.split(',') : undefined;
const wanted = (key) => !only || only.some((w) => key.includes(w));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const env = { ...process.env, NO_COLOR: '1', COPKIT_TODAY: '2026-12-01' };

/** Run node with `args` in `cwd`: wall time in ms, CPU time (user + system) in ms. */
function time(args, cwd) {
  const command = timeBin ? [timeBin, '-f', '\n%U %S', process.execPath, ...args] : [process.execPath, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = String(result.stderr);
  if (result.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${result.status}: ${stderr.slice(-800)}`);
  const [user, sys] = timeBin ? stderr.trim().split('\n').at(-1).split(' ').map(Number) : [Number.NaN, Number.NaN];
  return { ms, cpu: (user + sys) * 1000 };
}

/** `pairs` rounds of [baseline, ...sides]; for each side its median ratio to the baseline (wall) and its median CPU. */
function rounded({ name, pairs = rounds, warm = 1, baseline, sides }) {
  for (let i = 0; i < warm; i++) for (const run of [baseline, ...sides.map((s) => s.run)]) run();
  const ratios = sides.map(() => []);
  const cpu = sides.map(() => []);
  const baseCpu = [];
  for (let i = 0; i < pairs; i++) {
    const b = baseline();
    baseCpu.push(b.cpu);
    sides.forEach((side, s) => {
      const c = side.run();
      ratios[s].push(c.ms / b.ms);
      cpu[s].push(c.cpu);
    });
  }
  console.log(`\n${name} (${pairs} rounds; baseline CPU ${median(baseCpu).toFixed(0)} ms)`);
  sides.forEach((side, s) => {
    const r = ratios[s];
    console.log(
      `  ${side.name.padEnd(58)}${`${median(r).toFixed(2)}x`.padStart(9)}${`${Math.min(...r).toFixed(2)}x`.padStart(9)}${`${Math.max(...r).toFixed(2)}x`.padStart(9)}   CPU ${median(cpu[s]).toFixed(0)} ms`,
    );
  });
}

/** Every file under `dir` (relative paths, `/`-separated) with its bytes. */
function filesUnder(dir) {
  const out = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ path: relative(dir, full).split('\\').join('/'), content: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

// The floor scripts. FLOOR_DURABLE is shared by the render floors: copkit's durable write, bare.
const FLOOR_DURABLE = `
import { mkdir, open, readFile, rename, lstat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
const sha256 = (b) => createHash('sha256').update(b).digest('hex');
async function syncFolder(dir) { const h = await open(dir, 'r'); try { await h.sync(); } finally { await h.close(); } }
async function stage(full, text) {
  const tmp = join(dirname(full), '.' + full.split('/').at(-1) + '.' + process.pid + '-' + Math.random().toString(36).slice(2) + '.tmp');
  const h = await open(tmp, 'wx', 0o644);
  try { const bytes = Buffer.from(text); await h.writeFile(bytes); await h.sync(); if ((await h.stat()).size !== bytes.length) throw new Error('short'); } finally { await h.close(); }
  return tmp;
}
/** Write files durably: staged at once (or \`batch\` at a time), renamed in order, folders synced once. */
export async function writeDurably(outDir, files, { pending = false, batch = Infinity } = {}) {
  const manifest = JSON.stringify({ files: Object.fromEntries(files.filter((f) => !f.path.endsWith('manifest.json')).map((f) => [f.path, sha256(f.content)])) }, null, 2);
  const outputs = files.filter((f) => !f.path.endsWith('manifest.json'));
  const folders = [...new Set(outputs.map((f) => dirname(join(outDir, f.path))))];
  await Promise.all(folders.map((d) => mkdir(d, { recursive: true })));
  if (pending) { const full = join(outDir, '.copkit-manifest.json'); await rename(await stage(full, manifest), full); await syncFolder(outDir); }
  const staged = [];
  for (let s = 0; s < outputs.length; s += batch) staged.push(...(await Promise.all(outputs.slice(s, s + batch).map((f) => stage(join(outDir, f.path), f.content)))));
  for (const [i, f] of outputs.entries()) await rename(staged[i], join(outDir, f.path));
  await Promise.all([...folders, dirname(outDir)].map(syncFolder));
  const full = join(outDir, '.copkit-manifest.json');
  await rename(await stage(full, manifest), full);
  await syncFolder(outDir);
}
/** Whether every file recorded in the manifest is there with its recorded hash. */
export async function allUnchanged(copPath, outDir) {
  const design = sha256(await readFile(copPath));
  const manifest = JSON.parse(await readFile(join(outDir, '.copkit-manifest.json'), 'utf8')).files;
  const hashes = await Promise.all(Object.keys(manifest).map(async (p) => { const full = join(outDir, p); if (!(await lstat(full)).isFile()) return ''; return sha256(await readFile(full)); }));
  return design !== '' && Object.values(manifest).every((h, i) => h === hashes[i]);
}`;

const FLOOR_FIRST = `
import { parseDocument, Handlebars } from './floor-modules.mjs';
import { readFileSync } from 'node:fs';
import { writeDurably } from './floor-durable.mjs';
const [copPath, outputsPath, mode] = process.argv.slice(2);
const doc = parseDocument(readFileSync(copPath, 'utf8'));
if (doc.errors.length || !Handlebars.template) throw new Error('parse');
doc.toJS();
const outputs = JSON.parse(readFileSync(outputsPath, 'utf8'));
if (mode !== 'parse') await writeDurably(outputsPath.replace(/outputs\\.json$/, 'docs'), outputs, mode === 'copkit' ? { pending: true, batch: 16 } : {});`;

const FLOOR_UNCHANGED = `
import { allUnchanged } from './floor-durable.mjs';
import { dirname, join } from 'node:path';
const [copPath] = process.argv.slice(2);
if (!(await allUnchanged(copPath, join(dirname(copPath), 'docs')))) throw new Error('changed');`;

// The batch floor: designs split over two worker threads, each design parsed and written (or checked) in turn.
const FLOOR_BATCH = `
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from './floor-modules.mjs';
import { writeDurably, allUnchanged } from './floor-durable.mjs';
const THREADS = 2;
if (isMainThread) {
  const [mode, outputsPath, ...copPaths] = process.argv.slice(2);
  const threads = Math.min(THREADS, copPaths.length);
  await Promise.all(Array.from({ length: threads }, (_, t) => new Promise((done, fail) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { mode, outputsPath, copPaths: copPaths.filter((_, i) => i % threads === t) } });
    w.on('error', fail); w.on('exit', (code) => (code === 0 ? done() : fail(new Error('worker ' + code))));
  })));
} else {
  const { mode, outputsPath, copPaths } = workerData;
  const outputs = JSON.parse(readFileSync(outputsPath, 'utf8'));
  for (const copPath of copPaths) {
    const outDir = join(dirname(copPath), 'docs');
    if (mode === 'unchanged') { if (!(await allUnchanged(copPath, outDir))) throw new Error('changed ' + copPath); continue; }
    const doc = parseDocument(readFileSync(copPath, 'utf8'));
    if (doc.errors.length) throw new Error('parse');
    doc.toJS();
    await writeDurably(outDir, outputs);
  }
  parentPort.close();
}`;

const work = mkdtempSync(join(tmpdir(), 'copkit-floors-'));
try {
  console.log(`copkit floors: ${root}`);
  console.log(
    `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  // yaml from its ES modules and Handlebars' runtime, in one file each as copkit's build loads them.
  await build({
    stdin: {
      contents: `export { parseDocument } from ${JSON.stringify(join(root, 'node_modules/yaml/browser/dist/index.js'))};\nimport H from 'handlebars/runtime';\nexport const Handlebars = H;`,
      resolveDir: root,
    },
    outfile: join(work, 'floor-modules.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  writeFileSync(join(work, 'floor-durable.mjs'), FLOOR_DURABLE);
  writeFileSync(join(work, 'floor-first.mjs'), FLOOR_FIRST);
  writeFileSync(join(work, 'floor-unchanged.mjs'), FLOOR_UNCHANGED);
  writeFileSync(join(work, 'floor-batch.mjs'), FLOOR_BATCH);
  const node0 = () => time(['-e', '0'], work);
  // Both sides of the example rows run under the V8 flag copkit's commands run under (main.ts).
  const floor = (script, ...args) => time(['--max-opt=1', join(work, script), ...args], work);

  // The example, as bench.mjs sets it up (Markdown only), rendered once for its output bytes.
  const ex = join(work, 'example');
  mkdirSync(ex);
  writeFileSync(join(ex, 'cop.yaml'), readFileSync(join(root, 'examples/field-service-technicians/cop.yaml'), 'utf8').replace(/^ {2}formats: .*\n/m, ''));
  time([bin, 'render'], ex);
  const outputs = filesUnder(join(ex, 'docs'));
  const floorDir = join(work, 'floor-example');
  mkdirSync(floorDir);
  writeFileSync(join(floorDir, 'outputs.json'), JSON.stringify(outputs));
  cpSync(join(ex, 'cop.yaml'), join(floorDir, 'cop.yaml'));
  const bytes = outputs.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  console.log(`example: ${outputs.length} files (manifest included), ${Math.round(bytes / 1024)} KiB`);

  if (wanted('first')) {
    const fresh = (dir, run) => () => {
      rmSync(join(dir, 'docs'), { recursive: true, force: true });
      return run();
    };
    const first = (mode) => fresh(floorDir, () => floor('floor-first.mjs', join(floorDir, 'cop.yaml'), join(floorDir, 'outputs.json'), mode));
    rounded({
      name: 'render (example), first, against node -e 0',
      baseline: node0,
      sides: [
        { name: 'floor, part: modules and parse only, nothing written', run: first('parse') },
        { name: 'floor: modules, parse, durable writes', run: first('bare') },
        { name: "floor with copkit's steps (manifest first, batches of 16)", run: first('copkit') },
        { name: 'copkit render', run: fresh(ex, () => time([bin, 'render'], ex)) },
      ],
    });
  }
  if (wanted('unchanged')) {
    time([bin, 'render'], ex);
    rounded({
      name: 'render (example), unchanged, against node -e 0',
      baseline: node0,
      sides: [
        { name: 'floor: read and hash cop.yaml, the manifest, every file', run: () => floor('floor-unchanged.mjs', join(ex, 'cop.yaml')) },
        { name: 'copkit render', run: () => time([bin, 'render'], ex) },
      ],
    });
  }
  if (clients > 0 && (wanted('batch') || wanted('unchanged-batch'))) batchFloors(outputs);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The batch rows' floors, over designs set up as bench.mjs sets them up. */
function batchFloors(exampleOutputs) {
  const dir = join(work, 'batch');
  const files = writeClients(root, dir, clients).map((file) => join(dir, file));
  // One design rendered by copkit gives the bytes every floor design writes.
  const one = files[0];
  time([bin, 'render', one], dir);
  const outputs = filesUnder(join(dirname(one), 'docs'));
  const outputsPath = join(dir, 'outputs.json');
  writeFileSync(outputsPath, JSON.stringify(outputs));
  console.log(`\nbatch: ${clients} designs of ${outputs.length} files each (manifest included); the example had ${exampleOutputs.length}`);
  const fresh = (list) => {
    for (const f of list) rmSync(join(dirname(f), 'docs'), { recursive: true, force: true });
  };
  const floorBatch = (mode, list) => () => {
    if (mode === 'first') fresh(list);
    return time([join(work, 'floor-batch.mjs'), mode, outputsPath, ...list], dir);
  };
  const copkitOne = (keep) => () => {
    if (!keep) fresh([one]);
    return time([bin, 'render', relative(dir, one)], dir);
  };
  if (wanted('batch')) {
    rounded({
      name: `render ${clients} designs (from nothing), floor against the floor for one design`,
      pairs: batchRounds,
      warm: 0,
      baseline: floorBatch('first', [one]),
      sides: [{ name: `floor: ${clients} designs parsed and written durably, 2 threads`, run: floorBatch('first', files) }],
    });
    rounded({
      name: `render ${clients} designs (from nothing), floor against copkit's render of one`,
      pairs: batchRounds,
      warm: 0,
      baseline: copkitOne(false),
      sides: [{ name: `floor: ${clients} designs parsed and written durably, 2 threads`, run: floorBatch('first', files) }],
    });
  }
  if (wanted('unchanged-batch') || wanted('batch')) {
    floorBatch('first', files)();
    rounded({
      name: `render ${clients} designs (unchanged), floor against the floor for one design`,
      pairs: batchRounds,
      warm: 0,
      baseline: floorBatch('unchanged', [one]),
      sides: [{ name: `floor: ${clients} designs' files read and hashed, 2 threads`, run: floorBatch('unchanged', files) }],
    });
    // copkit's render of one design, unchanged: its own manifest, so render it once first.
    rmSync(join(dirname(one), 'docs'), { recursive: true, force: true });
    time([bin, 'render', relative(dir, one)], dir);
    rounded({
      name: `render ${clients} designs (unchanged), floor against copkit's render of one`,
      pairs: batchRounds,
      warm: 0,
      baseline: copkitOne(true),
      sides: [{ name: `floor: ${clients} designs' files read and hashed, 2 threads`, run: floorBatch('unchanged', files) }],
    });
  }
}
