/**
 * The built CLI makes the Word files with lines of the docx library replaced at bundle time by
 * faster ones (scripts/docx-patches.mjs), while the in-process tests run the library as
 * published. The examples commit their Word files, and test/render/examples.test.ts checks them
 * against the library as published: here the built CLI must find them current too, so both give
 * the same bytes.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';

describe('the built copkit', () => {
  it.each(['field-service-technicians', 'secretaires-de-mairie'])('%s: renders every format to the committed bytes (render --check)', async (name) => {
    const root = tempDir();
    cpSync(join(repoRoot, 'examples'), root, { recursive: true });
    const before = snapshotTree(root);
    expect(Object.keys(before).filter((p) => p.startsWith(`${name}/docs/docx/`)).length).toBeGreaterThan(5);
    const result = await runCli(['render', '--check'], { cwd: join(root, name), env: { COPKIT_TODAY: '2026-11-26' } });
    expect(result.code, result.stderr).toBe(0);
    expect(snapshotTree(root)).toEqual(before);
  });
});
