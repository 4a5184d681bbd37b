/**
 * A pack template nested 5,000 blocks deep: Handlebars' parser overflows the stack, and copkit
 * must turn that into one error line, not a crash. Handlebars takes one to three minutes to get
 * there (measured on a 2-core machine), so this runs as its own process with a generous hang
 * guard, and the test sequencer (vitest.config.ts) starts it first so the rest of the suite runs
 * beside it. Once copkit refuses such a template before Handlebars parses it, it takes a second.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SPARSE } from '../helpers/fixtures.js';
import { packYaml, writeFiles } from '../helpers/packs.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';

const HANG_GUARD_MS = 9 * 60_000;

describe('a faulty pack is one error naming the pack file and its line', () => {
  it('a template nested too deeply to compile is an error, not a crash', async () => {
    const root = tempDir();
    writeFiles(root, { 'cop.yaml': SPARSE });
    writeFiles(join(root, 'pack'), { 'pack.yaml': packYaml(), 'partials/header.hbs': `${'{{#if copkit}}'.repeat(5000)}x${'{{/if}}'.repeat(5000)}\n` });
    const before = snapshotTree(root);
    const result = await runCli(['render', '--templates', 'pack'], { cwd: root, timeoutMs: HANG_GUARD_MS });
    expect(result.code, result.stderr).toBe(1);
    expect(snapshotTree(root)).toEqual(before);
    expect(existsSync(join(root, 'docs'))).toBe(false);
    const lines = result.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('hint: '));
    expect(lines).toEqual(['error: pack/partials/header.hbs: the template nests its blocks too deeply to be compiled']);
  }, HANG_GUARD_MS + 30_000);
});
