/**
 * The timeline SVG as a PNG for Word (which shows SVG only in recent versions). The font is
 * DejaVu Sans from the `dejavu-fonts-ttf` package, never the machine's fonts, so the image has the
 * same bytes on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

let fonts: string[] | undefined;

function fontFiles(): string[] {
  // One face only: loading a font file is most of the cost of drawing (section names are bold
  // in the HTML, and drawn in the regular face here).
  fonts ??= ['DejaVuSans.ttf'].map((name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
  return fonts;
}

export function svgToPng(svg: string): { png: Uint8Array; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 1.5 },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width / 1.5, height: image.height / 1.5 };
}
