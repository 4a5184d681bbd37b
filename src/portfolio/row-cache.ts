/**
 * The portfolio's cache of rows (`copkit status a b c`): one JSON file in copkit's cache folder,
 * read once at the start of a run and rewritten once at its end, holding for each design (by its
 * absolute path) the key of what was read (row-key.ts) and the cached part of its row.
 *
 * One file for all designs, not one per design: over 1,000 designs, reading one 0.6 MB file and
 * writing it atomically cost less than opening 1,000 small ones (README, Performance). It stays
 * bounded: a rewrite keeps this run's designs and other designs' entries of the same day (an entry
 * of another day can never match, its key holds the day), at most MAX_ENTRIES.
 *
 * The cache can only ever save work: a file that cannot be read, is not JSON, or holds an entry of
 * the wrong shape is taken as empty (or without that entry); a folder that cannot be made or
 * written, or a full disk, leaves the run without a cache. Nothing here throws. The file is written
 * through atomicWrite (a temporary file renamed over it), so it is whole or absent, never partial.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite, removeStaleTempFiles } from '../io/atomic-write.js';
import { stageStatus } from '../model/enums.js';
import type { PortfolioRow } from './row.js';
import { CACHE_FORMAT } from './row-key.js';

export const CACHE_FILE = 'status-rows.json';

/** Bounds the file at a few megabytes even for a consultant who checks many portfolios a day. */
export const MAX_ENTRIES = 5000;

/** Beyond this, the file is not read at all: it cannot be one copkit wrote (MAX_ENTRIES rows). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A design's cached row: its key and the part of its row that reading the design gives. */
export interface CachedRow {
  key: string;
  row: PortfolioRow;
}

/** As stored: with the day it was made for, to prune by. */
export interface StoredRow extends CachedRow {
  today: string;
}

/** The cached rows by absolute path, or an empty map whenever the file cannot be used. */
export async function readRowCache(folder: string): Promise<Map<string, StoredRow>> {
  const rows = new Map<string, StoredRow>();
  try {
    const path = join(folder, CACHE_FILE);
    if ((await stat(path)).size > MAX_FILE_BYTES) return rows;
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (!isObject(parsed) || parsed.format !== CACHE_FORMAT || !isObject(parsed.entries)) return rows;
    for (const [file, entry] of Object.entries(parsed.entries)) {
      if (isStoredRow(entry)) rows.set(file, { key: entry.key, today: entry.today, row: entry.row });
    }
  } catch {
    // Missing, unreadable or not JSON: as good as empty.
  }
  return rows;
}

/**
 * Write this run's rows (`fresh`, by absolute path) with the entries of `earlier` that are worth
 * keeping, unless that would not change the file. Failures are ignored.
 */
export async function writeRowCache(folder: string, earlier: ReadonlyMap<string, StoredRow>, fresh: ReadonlyMap<string, StoredRow>, today: string): Promise<void> {
  const next = nextEntries(earlier, fresh, today);
  if (sameEntries(earlier, next)) return;
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // What a copkit killed mid-write left behind, so the folder stays as small as the file.
    await removeStaleTempFiles(folder, new Set([CACHE_FILE]));
    const entries = Object.fromEntries(next);
    // Private (0600): the rows hold community names and what is wrong with each design.
    await atomicWrite(join(folder, CACHE_FILE), `${JSON.stringify({ format: CACHE_FORMAT, entries })}\n`, { mode: 0o600 });
  } catch {
    // A read-only folder, a full disk, a file where the folder should be: no cache this time.
  }
}

/** This run's rows first, then the same day's rows of other designs, newest first, up to MAX_ENTRIES. */
function nextEntries(earlier: ReadonlyMap<string, StoredRow>, fresh: ReadonlyMap<string, StoredRow>, today: string): Map<string, StoredRow> {
  const next = new Map(fresh);
  for (const [file, entry] of earlier) {
    if (next.size >= MAX_ENTRIES) break;
    if (!next.has(file) && entry.today === today) next.set(file, entry);
  }
  return next;
}

/** Whether writing `next` would keep the same rows under the same keys as the file already has. */
function sameEntries(earlier: ReadonlyMap<string, StoredRow>, next: ReadonlyMap<string, StoredRow>): boolean {
  if (earlier.size !== next.size) return false;
  for (const [file, entry] of next) if (earlier.get(file)?.key !== entry.key) return false;
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown) => value === null || isText(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

function isStoredRow(entry: unknown): entry is StoredRow {
  return isObject(entry) && isText(entry.key) && isText(entry.today) && isRow(entry.row);
}

/** The cached part of a row as row.ts makes it (pack and docs not yet known), field by field. */
function isRow(row: unknown): row is PortfolioRow {
  if (!isObject(row)) return false;
  const { stage, next, overdue } = row;
  const stageOk = stage === null || (isObject(stage) && isText(stage.id) && isText(stage.title) && isText(stage.status) && Object.hasOwn(stageStatus.labels, stage.status));
  const nextOk = next === null || (isObject(next) && isTextOrNull(next.command) && isText(next.message));
  const overdueOk = Array.isArray(overdue) && overdue.every((o) => isObject(o) && isText(o.code) && isText(o.date) && isText(o.message));
  const counts = isCount(row.errors) && isCount(row.warnings);
  return (
    isText(row.file) &&
    isTextOrNull(row.failure) &&
    typeof row.invalid === 'boolean' &&
    isTextOrNull(row.community) &&
    stageOk &&
    nextOk &&
    overdueOk &&
    counts &&
    row.pack === null &&
    row.docs === 'unknown'
  );
}
