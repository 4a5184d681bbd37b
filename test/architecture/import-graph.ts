/**
 * The layer rule of ARCHITECTURE.md as code: read the import and export-from specifiers of every
 * .ts file under src/, then report each import that points up a layer and each import circle.
 * No dependency: a regular expression over the source is enough for this codebase's imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Module path (relative to src/, `/`-separated, `.ts`) to the modules it imports. */
export type ImportGraph = Map<string, string[]>;

/**
 * The layers, lowest first. A module may import its own layer and any layer below it; the key is
 * a folder (`model/`) or a single module (`errors.ts`) under src/.
 */
export const layers: readonly (readonly string[])[] = [
  ['errors.ts', 'findings.ts', 'version.ts', 'options.ts', 'words.ts'],
  ['io/'],
  ['model/'],
  ['document/'],
  ['lint/'],
  ['check/'],
  ['render/'],
  ['portfolio/'],
  ['wizard/'],
  ['commands/', 'deps.ts', 'format-error.ts'],
  ['cli.ts', 'run.ts', 'jit-policy.ts'],
  ['main.ts'],
];

const specifier = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative specifiers of one file's source, static and dynamic. */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(specifier)) {
    const target = match[1] ?? match[2];
    if (target?.startsWith('.')) found.push(target);
  }
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The import graph of every .ts file under `root`. */
export function readGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of tsFiles(root).sort()) {
    const from = relative(root, file).split('\\').join('/');
    const targets = importsOf(readFileSync(file, 'utf8')).map((spec) =>
      relative(root, resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
        .split('\\')
        .join('/'),
    );
    graph.set(from, [...new Set(targets)].sort());
  }
  return graph;
}

/** The layer a module belongs to, or -1 if no layer names it. */
export function layerOf(module: string): number {
  return layers.findIndex((keys) => keys.some((key) => (key.endsWith('/') ? module.startsWith(key) : module === key)));
}

/** Each import from a module to a higher layer (or of a module no layer names), as `a -> b`. */
export function upwardImports(graph: ImportGraph): string[] {
  const wrong: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const a = layerOf(from);
      const b = layerOf(to);
      if (a < 0 || b < 0 || b > a) wrong.push(`${from} -> ${to}`);
    }
  }
  return wrong;
}

/** Every import circle, each as the modules on it (`a -> b -> a`), found by depth-first search. */
export function importCycles(graph: ImportGraph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
