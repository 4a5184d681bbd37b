/**
 * The quick save (an autosave that replaces only the changed answers' lines in the text last
 * saved) writes exactly the bytes the full save (print the whole file, then put back its own
 * spacing) would write, over random designs, random hand-written layout and random answers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import type { Path } from '../../src/findings.js';
import { repoRoot } from '../helpers/cli.js';
import { designAnswers, multiline, printable } from '../helpers/design-arbitrary.js';
import { fcSeed } from '../helpers/fc-seed.js';
import { tempDir } from '../helpers/tmp.js';

const STAMP = new Set(['copkit', 'revision', 'updated', 'history']);

/** Every answer that is one value (text, number, yes or no) or a list of them, with its path. */
function answerPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return path.length > 1 ? [path] : [];
    return value.flatMap((item, i) => answerPaths(item, [...path, i]));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => (path.length === 0 && STAMP.has(key) ? [] : answerPaths(child, [...path, key])));
  }
  return path.length > 1 ? [path] : [];
}

/** Text that is awkward for YAML: it looks like a number, a boolean, a comment, a key or a list. */
const awkward = fc.constantFrom(
  'yes',
  'No',
  '1:30',
  '0755',
  '12',
  '3.50',
  'true',
  '- x',
  '# not a comment',
  'a: b',
  'a #b',
  '{x}',
  '[G1]',
  ' padded ',
  'ends with colon:',
  "it's",
  '"quoted"',
  'two  spaces',
  '',
);
const answer = fc.oneof(printable, multiline, awkward, fc.integer({ min: -5, max: 500 }), fc.boolean(), fc.array(fc.oneof(printable, awkward), { maxLength: 3 }));

/** Layout a person might add by hand: comments, blank lines, padded comments and brackets. */
const handEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom('comment', 'blank', 'trailing', 'padding'), word: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,12}$/) });

function withHandLayout(text: string, edits: readonly { at: number; kind: string; word: string }[]): string {
  const lines = text.split('\n');
  for (const { at, kind, word } of edits) {
    const n = at % lines.length;
    const line = lines[n]!;
    const indent = /^\s*/.exec(line)![0];
    if (kind === 'blank') lines.splice(n, 0, '');
    else if (kind === 'comment' && /^\s*(?:- )?[A-Za-z]+:/.test(line)) lines.splice(n, 0, `${indent}# ${word}`);
    else if (kind === 'trailing' && /^\s*[a-zA-Z]+: [A-Za-z0-9][^#:>|'"]*$/.test(line)) lines[n] = `${line}    # ${word}`;
    else if (kind === 'padding') lines[n] = line.replace(/\[([^\]\s][^\]]*[^\]\s])\]$/, '[ $1 ]');
  }
  return lines.join('\n');
}

/** Two copies of one file, one saved as autosave saves and one always in full, compared after each save. */
async function compareSaves(text: string, steps: readonly { pick: number; value: unknown; day: number }[], dir: string): Promise<{ quick: number; saves: number }> {
  const paths = ['quick', 'full'].map((name) => {
    mkdirSync(join(dir, name), { recursive: true });
    const path = join(dir, name, 'cop.yaml');
    writeFileSync(path, text);
    return path;
  });
  let quickFile: CopFile;
  let fullFile: CopFile;
  try {
    [quickFile, fullFile] = [await CopFile.load(paths[0]!), await CopFile.load(paths[1]!)];
  } catch {
    return { quick: 0, saves: 0 }; // a hand edit that broke the YAML is not this property's concern
  }
  let quick = 0;
  let saves = 0;
  for (const step of steps) {
    const candidates = answerPaths(quickFile.data);
    if (candidates.length === 0) break;
    const path = candidates[step.pick % candidates.length]!;
    const current = candidates.length > 0 ? JSON.stringify(pathValue(quickFile.data, path)) : '';
    // A list answer gets a list, a single answer a single value, as the wizard gives them.
    const value = current.startsWith('[') === Array.isArray(step.value) ? step.value : Array.isArray(step.value) ? (step.value[0] ?? 'x') : [step.value];
    quickFile.set(path, value);
    fullFile.set(path, value);
    const today = `2026-12-0${1 + step.day}`;
    const saved = await quickFile.save(today);
    expect(await fullFile.save(today, { quick: false })).toBe(saved);
    if (!saved) continue;
    saves++;
    if (quickFile.lastSave === 'quick') quick++;
    expect(readFileSync(paths[0]!, 'utf8')).toBe(readFileSync(paths[1]!, 'utf8'));
  }
  return { quick, saves };
}

function pathValue(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
}

const steps = fc.array(fc.record({ pick: fc.nat(), value: answer, day: fc.nat(1) }), { minLength: 2, maxLength: 6 });

describe('the quick save', () => {
  it('writes the same bytes as the full save, for random designs and random answers changed one at a time', async () => {
    const base = tempDir();
    let run = 0;
    let quick = 0;
    await fc.assert(
      fc.asyncProperty(designAnswers, fc.array(handEdit, { maxLength: 6 }), steps, async (data, edits, changes) => {
        const dir = join(base, `run-${run++}`);
        const seed = CopFile.create(join(base, `seed-${run}.yaml`));
        for (const [key, value] of Object.entries(data)) seed.set([key], value);
        await seed.save('2026-11-26');
        const text = withHandLayout(readFileSync(join(base, `seed-${run}.yaml`), 'utf8'), edits);
        quick += (await compareSaves(text, changes, dir)).quick;
      }),
      { numRuns: 30, seed: fcSeed },
    );
    // The property says nothing if every save took the full path (39 quick saves in these 30 runs with the default seed).
    expect(quick).toBeGreaterThan(15);
  });

  it('writes the same bytes as the full save for the hand-written example, with comments, blank lines and padding added anywhere', async () => {
    const example = readFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml'), 'utf8');
    const base = tempDir();
    let run = 0;
    let quick = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(handEdit, { maxLength: 10 }), steps, async (edits, changes) => {
        quick += (await compareSaves(withHandLayout(example, edits), changes, join(base, `run-${run++}`))).quick;
      }),
      { numRuns: 15, seed: fcSeed },
    );
    expect(quick).toBeGreaterThan(7);
  });

  it('is how an autosave of one changed answer is written, and a change it cannot write alone goes in full', async () => {
    const dir = tempDir();
    const path = join(dir, 'cop.yaml');
    writeFileSync(path, readFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml'), 'utf8'));
    const file = await CopFile.load(path);
    const kinds: (string | undefined)[] = [];
    for (const [answer, value] of [
      [['design', 'rhythmSummary'], 'A breakfast table in every depot, version 1.'],
      [['design', 'rhythmSummary'], 'A breakfast table in every depot, version 2.'],
      [['setup', 'facilitatorName'], 'Someone Else'],
      [['inquire', 'purposeAreas'], ['learningAndDevelopingPractice']],
      [['inquire', 'existingAlternatives'], undefined],
    ] as [Path, unknown][]) {
      file.set(answer, value);
      await file.save('2026-12-01');
      kinds.push(file.lastSave);
    }
    // The first save of a command adds a history entry; removing an answer removes lines.
    expect(kinds).toEqual(['full', 'quick', 'quick', 'quick', 'full']);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('  rhythmSummary: >-\n    A breakfast table in every depot, version 2.\n');
    expect(text).toContain('  - { revision: 15, date: 2026-12-01, summary: "setup: 1 answer changed; inquire: 2 answers changed; design: 1 answer changed" }\n');
    expect((await CopFile.load(path)).data.design?.rhythmSummary).toBe('A breakfast table in every depot, version 2.');
  });
});
