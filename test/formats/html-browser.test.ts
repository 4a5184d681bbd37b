/// <reference lib="dom" />
/**
 * The committed HTML pages of the examples, opened by real consumers: headless Chromium (Debian's
 * `chromium`, driven by playwright-core; `.ci/run` installs it) with every network request
 * refused, and html-validate. One browser for all pages keeps this quick.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const sites = ['field-service-technicians', 'secretaires-de-mairie'].map((name) => join(repoRoot, 'examples', name, 'docs', 'html'));

function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.html'))
    .sort()
    .map((p) => join(dir, p));
}

let browser: BrowserContext;
const requested: string[] = [];
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  profile = mkdtempSync(join(tmpdir(), 'copkit-chromium-'));
  // A fresh profile (the user data dir) for every run; the network is off and any request that
  // is not for a local file is refused and recorded.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    offline: true,
    viewport: { width: 1000, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await browser.route('**/*', (route) => {
    const url = route.request().url();
    requested.push(url);
    return url.startsWith('file:') ? route.continue() : route.abort();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** How many colours a PNG screenshot holds, counted by the browser itself on a canvas. */
async function distinctColours(page: Page, base64: string): Promise<number> {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return seen.size;
  }, base64);
}

describe('HTML pages in Chromium', () => {
  it.each(sites)(
    '%s: every page loads with the network off, asks for nothing outside itself, and links to pages that exist',
    async (site) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const file of pages(site)) {
        requested.length = 0;
        await page.goto(pathToFileURL(file).href);
        expect(
          requested.filter((u) => u !== pathToFileURL(file).href),
          file,
        ).toEqual([]);
        const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        for (const link of links.filter((l) => l.startsWith('file:'))) {
          expect(existsSync(new URL(link.split('#')[0]!)), `${file} links to ${link}`).toBe(true);
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    },
    120_000,
  );

  it('draws the launch timeline as a visible SVG, and a screenshot of the page is not blank', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(sites[0]!, 'launch-plan.html')).href);
    const svg = page.locator('figure.chart svg');
    await expect(svg.count()).resolves.toBe(1);
    expect(await svg.isVisible()).toBe(true);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(100);
    expect(await page.locator('figure.chart svg rect[fill="#2f6f9f"]').count()).toBeGreaterThan(3);
    const shot = (await page.screenshot({ fullPage: true })).toString('base64');
    expect(await distinctColours(page, shot)).toBeGreaterThan(3);
    await page.close();
  }, 60_000);

  it("draws the evaluation report's participation chart as an SVG from the numbers of its Mermaid block", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(sites[0]!, 'evaluation-report.html')).href);
    const svg = page.locator('figure.chart svg.xychart');
    await expect(svg.count()).resolves.toBe(1);
    expect(await svg.isVisible()).toBe(true);
    const bars = await page.$$eval('figure.chart svg.xychart rect title', (ts) => ts.map((t) => t.textContent));
    expect(bars).toEqual(['2026-10-16: 123', '2026-11-20: 142']);
    const core = await page.$$eval('figure.chart svg.xychart circle title', (ts) => ts.map((t) => t.textContent));
    expect(core).toEqual(['2026-10-16: 8', '2026-11-20: 9']);
    expect(await page.locator('figcaption').first().textContent()).toBe('Members at each review');
    await page.close();
  }, 60_000);

  it('prints each numbered section on a new page, without the navigation bar', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(sites[0]!, 'charter.html')).href);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('main > h2', (hs) => hs.map((h) => getComputedStyle(h).breakBefore));
    expect(breaks[0]).toBe('auto');
    expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
    expect(await page.locator('nav').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);
});

describe('HTML pages in html-validate', () => {
  it.each(sites)(
    '%s: every page is valid HTML',
    async (site) => {
      const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off', 'long-title': 'off' } });
      for (const file of pages(site)) {
        const report = await validator.validateFile(file);
        const messages = report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
        expect(messages).toEqual([]);
      }
    },
    60_000,
  );
});
