import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { DocumentError } from '../errors.js';
import { byteSize, LIMITS } from './limits.js';
import type { FileLimits } from './limits.js';

/** cop.yaml is a few kilobytes; anything this big is not one, and parsing it would be a risk. */
export const MAX_FILE_BYTES = LIMITS.design.maxBytes;

/** A text file as read, normalised to LF, with what is needed to write it back the same way. */
export interface TextFile {
  /** The path as the user gave it, for messages. */
  path: string;
  text: string;
  eol: '\n' | '\r\n';
  bom: boolean;
  /** The bytes on disk, to notice another writer before saving over them. */
  bytes: Buffer;
}

/** Read a UTF-8 text file, refusing what cannot be a hand-written YAML or template file. */
export async function readTextFile(path: string, display = path, limits: FileLimits = LIMITS.design): Promise<TextFile> {
  await checkRegularFile(path, display, limits.maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileError(display, error);
  }
  return decodeText(bytes, display);
}

async function checkRegularFile(path: string, display: string, maxBytes: number): Promise<void> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileError(display, error);
  }
  if (info.isDirectory()) throw new DocumentError(display, `${display} is a folder, not a file`);
  if (!info.isFile()) throw new DocumentError(display, `${display} is not a regular file`);
  if (info.size > maxBytes) {
    throw new DocumentError(display, `${display} is ${info.size} bytes; copkit reads files of at most ${maxBytes} bytes (${byteSize(maxBytes)})`);
  }
}

export function decodeText(bytes: Buffer, display: string): TextFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DocumentError(display, `${display} is saved as UTF-16; save it as UTF-8 and try again`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    throw new DocumentError(display, `${display} is not valid UTF-8 (byte ${bad + 1}); save it as UTF-8`, {
      position: positionOfByte(bytes, bad),
    });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new DocumentError(display, `${display} contains binary data (a NUL byte), not text`, {
      position: positionOfByte(bytes, nul),
    });
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const raw = bytes.toString('utf8', bom ? 3 : 0);
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  return { path: display, text: raw.replace(/\r\n/g, '\n'), eol, bom, bytes };
}

/** Undo the normalisation of `decodeText`, so a save changes only what was edited. */
export function encodeText(text: string, like: Pick<TextFile, 'eol' | 'bom'>): Buffer {
  const body = like.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
  return Buffer.from((like.bom ? '\uFEFF' : '') + body, 'utf8');
}

function fileError(display: string, error: unknown): DocumentError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason: Record<string, string> = {
    ENOENT: `${display} not found`,
    EACCES: `${display} cannot be read: permission denied`,
    EPERM: `${display} cannot be read: permission denied`,
    EISDIR: `${display} is a folder, not a file`,
    ELOOP: `${display} is a symbolic link that points to itself`,
  };
  return new DocumentError(display, reason[code ?? ''] ?? `${display} cannot be read (${code ?? String(error)})`, {
    cause: error,
  });
}

/**
 * Index of the first byte that breaks UTF-8, or -1. Node's isUtf8 answers valid files natively;
 * only a broken one is walked here, since neither it nor TextDecoder's fatal mode says where.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need > 0 && !validLead(b, bytes[i + 1]!)) return i;
    i += need + 1;
  }
  return -1;
}

/** Reject overlong forms, surrogates and code points above U+10FFFF. */
function validLead(b: number, next: number): boolean {
  if (b === 0xe0) return next >= 0xa0;
  if (b === 0xed) return next <= 0x9f;
  if (b === 0xf0) return next >= 0x90;
  if (b === 0xf4) return next <= 0x8f;
  return true;
}

function positionOfByte(bytes: Uint8Array, index: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
