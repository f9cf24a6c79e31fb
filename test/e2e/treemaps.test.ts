/**
 * The composition treemaps in the browser: for both flows, in three languages, on a phone (375 px)
 * and a desktop (1280 px), each canvas is drawn (mostly filled by its rectangles, in the flow's
 * colour), its labels stay inside the canvas (a label that does not fit is hidden), the page
 * does not scroll sideways, and nothing goes wrong in the console.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/charts/palette';
import { baseUrl, drawCharts, horizontalOverflow, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FLOWS = [
  ['export', PALETTE[1]],
  ['import', PALETTE[2]],
] as const;
const FERRO = { en: 'Ferroalloys', ru: 'Ферросплавы', kk: 'Ферроқорытпалар' };

describe.each(['en', 'ru', 'kk'] as const)('treemaps in %s', (lang) => {
  it.each([375, 1280])(`/${lang}/partners/JPN at %i px: both flows drawn, labels inside, no sideways scroll`, async (width) => {
    const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.addInitScript(() => {
      const drawn: Array<{ text: string; right: number; canvas: number; id: string }> = [];
      (window as unknown as { drawn: typeof drawn }).drawn = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
        // Where the text ends, in the canvas's CSS pixels (Chart.js draws scaled by the device pixel ratio).
        const m = this.getTransform();
        const end = (m.a * (x + this.measureText(text).width) + m.e) / (window.devicePixelRatio || 1);
        const start = (m.a * x + m.e) / (window.devicePixelRatio || 1);
        const align = this.textAlign;
        const right = align === 'left' || align === 'start' ? end : align === 'center' ? (start + end) / 2 + (end - start) / 2 : start;
        drawn.push({ text: String(text), right, canvas: this.canvas.clientWidth, id: this.canvas.closest('figure')?.id ?? '' });
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    await page.goto(`${baseUrl()}/${lang}/partners/JPN`, { waitUntil: 'networkidle' });
    await drawCharts(page);
    expect(Number(await page.getAttribute('html', 'data-charts'))).toBeGreaterThanOrEqual(3);

    for (const [flow, colour] of FLOWS) {
      const canvas = page.locator(`figure[id^="composition-${flow}-"] canvas[data-chart]`);
      await canvas.scrollIntoViewIfNeeded();
      const kind = await canvas.evaluate((c) => (JSON.parse(c.getAttribute('data-chart') ?? '{}') as { kind?: string }).kind);
      expect(kind).toBe('treemap');
      const [r, g, b] = (colour.match(/[0-9A-F]{2}/gi) ?? []).map((h) => Number.parseInt(h, 16));
      const ink = await canvas.evaluate(
        (c, rgb) => {
          const el = c as HTMLCanvasElement;
          const data = el.getContext('2d')?.getImageData(0, 0, el.width, el.height).data ?? new Uint8ClampedArray();
          let drawn = 0;
          let coloured = 0;
          let all = 0;
          for (let i = 0; i < data.length; i += 4 * 7) {
            all += 1;
            if ((data[i + 3] ?? 0) > 0) drawn += 1;
            if (Math.abs((data[i] ?? 0) - rgb[0]) < 8 && Math.abs((data[i + 1] ?? 0) - rgb[1]) < 8 && Math.abs((data[i + 2] ?? 0) - rgb[2]) < 8) coloured += 1;
          }
          return { drawn: drawn / Math.max(1, all), coloured: coloured / Math.max(1, all), width: el.clientWidth };
        },
        [r ?? 0, g ?? 0, b ?? 0] as [number, number, number],
      );
      // Rectangles fill the canvas, mostly in the flow's colour (the largest commodity dominates both flows).
      expect(ink.drawn, `${flow} ink`).toBeGreaterThan(0.8);
      expect(ink.coloured, `${flow} colour`).toBeGreaterThan(0.4);
      expect(ink.width).toBeLessThanOrEqual(width);
    }

    const drawn = await page.evaluate(() => (window as unknown as { drawn: Array<{ text: string; right: number; canvas: number; id: string }> }).drawn);
    const labels = drawn.filter((d) => d.id.startsWith('composition-'));
    expect(labels.map((d) => d.text)).toContain(FERRO[lang]);
    // Every label drawn ends inside its canvas: those that do not fit their rectangle are not drawn.
    expect(labels.filter((d) => d.right > d.canvas + 1)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });
});
