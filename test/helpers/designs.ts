import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { CopFile } from '../../src/document/cop-file.js';
import type { CopData } from '../../src/model/types.js';
import { repoRoot } from './cli.js';
import { tempDir } from './tmp.js';

/** A temporary folder holding a design whose setup and Inquire are done. */
export function designAfterInquire(): string {
  const dir = tempDir();
  copyFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), join(dir, 'cop.yaml'));
  return dir;
}

/** The folder's cop.yaml must load with no schema errors; returns its data. */
export async function validDesign(dir: string): Promise<CopData> {
  const file = await CopFile.load(join(dir, 'cop.yaml'));
  expect(file.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return file.data;
}

/** The text of a file copkit wrote in `dir`. */
export const readText = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/** The cop.yaml in `dir`, parsed. */
export const readDesign = (dir: string) => parse(readText(dir, 'cop.yaml')) as CopData;
