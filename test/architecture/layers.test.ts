import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importsOf, layerOf, readGraph, upwardImports } from './import-graph.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

describe('the layers of src/ (ARCHITECTURE.md)', () => {
  const graph = readGraph(src);

  it('reads the real import graph', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('run.ts')).toContain('cli.ts');
    // A lazily imported command counts like a static import.
    expect(graph.get('cli.ts')).toContain('commands/check.ts');
  });

  it('places every module in a layer and imports nothing from a layer above', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no import circle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('writes to streams and reads process only at the top: below commands/, code returns data', () => {
    const below = [...graph.keys()].filter((m) => layerOf(m) < layerOf('commands/report.ts'));
    const offending = below.filter((m) => {
      const source = readFileSync(join(src, m), 'utf8');
      // io/ names lock and temporary files by the process id, and checks a lock owner is alive.
      const process = /\bprocess\.(?!pid\b|kill\()/.test(source);
      return process || /\.write\(/.test(source);
    });
    expect(offending).toEqual([]);
  });
});

describe('the layer checker itself', () => {
  it('finds static, type-only, export-from and dynamic imports', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "export * from './d.js';",
      "const e = await import('./e.js');",
      "import { readFile } from 'node:fs/promises';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
  });

  it('flags an import that points up a layer', () => {
    const graph = new Map([
      ['model/spec.ts', ['render/engine.ts']],
      ['render/engine.ts', ['model/spec.ts']],
    ]);
    expect(upwardImports(graph)).toEqual(['model/spec.ts -> render/engine.ts']);
  });

  it('flags io/ importing render/, the leak it was written against', () => {
    expect(upwardImports(new Map([['io/render-files.ts', ['render/plan.ts']]]))).toEqual(['io/render-files.ts -> render/plan.ts']);
  });

  it('flags a module no layer names', () => {
    expect(layerOf('stray.ts')).toBe(-1);
    expect(upwardImports(new Map([['stray.ts', ['errors.ts']]]))).toEqual(['stray.ts -> errors.ts']);
  });

  it('flags an import circle, even inside one layer', () => {
    const graph = new Map([
      ['model/a.ts', ['model/b.ts']],
      ['model/b.ts', ['model/c.ts']],
      ['model/c.ts', ['model/a.ts']],
      ['model/d.ts', ['model/a.ts']],
    ]);
    expect(importCycles(graph)).toEqual(['model/a.ts -> model/b.ts -> model/c.ts -> model/a.ts']);
  });
});
