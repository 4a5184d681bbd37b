/**
 * A minimal, deterministic zip writer for the .docx package: entries in the order given, every
 * date 1980-01-01 00:00 (the zip format's first day), deflated with Node's own zlib (much faster
 * than the JavaScript deflate docx would use) and no extra fields, so the same entries give the
 * same bytes everywhere.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** The entry's text, when it has one: the same text is deflated once per run (parts every Word file has alike). */
  text?: string;
}

/** Deflated texts by their text; a run's Word files share most of their parts. */
const packedTexts = new Map<string, { packed: Buffer; crc: number }>();
const PACKED_TEXTS_MAX = 256;

function pack(entry: ZipEntry): { packed: Buffer; crc: number } {
  const known = entry.text === undefined ? undefined : packedTexts.get(entry.text);
  if (known) return known;
  const packed = { packed: deflateRawSync(entry.data, { level: 6 }), crc: crc32(entry.data) };
  if (entry.text !== undefined) {
    if (packedTexts.size >= PACKED_TEXTS_MAX) packedTexts.clear();
    packedTexts.set(entry.text, packed);
  }
  return packed;
}

const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const DOS_TIME = 0;

function header(size: number): Buffer {
  return Buffer.alloc(size);
}

export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { packed, crc } = pack(entry);
    const local = header(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = header(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 28); // flags to name length, as in the local header
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
