/**
 * The charts of the documents (the Mermaid blocks copkit draws itself, such as the launch
 * timeline) as PNG images for Word, which shows SVG only in recent versions. Each chart is drawn
 * once per run and off the main thread: the rasteriser (resvg) draws in libuv's thread pool and
 * zlib compresses there too, while the HTML pages and the other Word files are made, so that on
 * a machine with two cores the image costs little of the render's time.
 *
 * The font is DejaVu Sans from the `dejavu-fonts-ttf` package, never the machine's fonts, and the
 * PNG is written here (one IDAT, no filter, Node's zlib), so the same chart gives the same bytes
 * on every machine.
 */
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import { parseMarkdown } from './markdown.js';
import type { MarkdownDocument } from './html.js';
import { chartOf } from './charts.js';

export interface ChartImage {
  png: Uint8Array;
  /** The size to show it at, in pixels (the image itself is drawn larger, for print). */
  width: number;
  height: number;
  title: string;
}

/** The images by the source of their Mermaid block, to look up while a document is built. */
export type ChartImages = ReadonlyMap<string, ChartImage>;

const ZOOM = 1.5;
const require = createRequire(import.meta.url);
const deflateAsync = promisify(deflate);

/** One face only: loading a font file is much of the cost of drawing. */
let fontFiles: string[] | undefined;

/** Start drawing every chart of the documents; the promise settles when all are drawn. */
export function startChartImages(documents: readonly MarkdownDocument[]): Promise<ChartImages> {
  const sources = new Set<string>();
  for (const doc of documents) {
    for (const token of parseMarkdown(doc.content)) if (token.type === 'fence' && token.info.trim() === 'mermaid') sources.add(token.content);
  }
  const jobs = [...sources].flatMap((source) => {
    const chart = chartOf(source);
    return chart ? [draw(chart.svg).then((image) => [source, { ...image, title: chart.title }] as const)] : [];
  });
  return Promise.all(jobs).then((entries) => new Map(entries));
}

async function draw(svg: string): Promise<Omit<ChartImage, 'title'>> {
  const { renderAsync } = await import('@resvg/resvg-js');
  fontFiles ??= [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')];
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: ZOOM },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  const png = await encodePng(image.pixels, image.width, image.height);
  return { png, width: image.width / ZOOM, height: image.height / ZOOM };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.set(Buffer.from(type, 'latin1'), 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels as a PNG: 8 bits per channel, every row unfiltered, compressed in the thread pool. */
async function encodePng(pixels: Buffer, width: number, height: number): Promise<Uint8Array> {
  const row = width * 4;
  const raw = Buffer.alloc((row + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (row + 1) + 1, y * row, (y + 1) * row);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method variants, no interlace
  const data = await deflateAsync(raw, { level: 6 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
