/**
 * A chart embedded in another site: an HTML page served from a second loopback origin frames the
 * embed page and includes our host script; the chart draws inside the frame and the frame takes
 * the height the embed page reports.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch } from './browser';

let browser: Browser;
let host: Server;
let hostUrl = '';

beforeAll(async () => {
  browser = await launch();
  const page = (lang: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A newsroom page</title></head><body>
<h1>An article that embeds a chart</h1>
<iframe id="chart" src="${baseUrl()}/${lang}/partners/JPN/embed/trade-JPN" style="width:640px;height:150px;border:0" title="Trade with Japan"></iframe>
<p id="after">Text after the chart.</p>
<script src="${baseUrl()}/embed.js" async></script>
</body></html>`;
  host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page(req.url === '/kk' ? 'kk' : 'en'));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

describe('a chart embedded in another site', () => {
  it.each(['/en', '/kk'])('renders in the frame and gives the frame its height (%s)', async (path) => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl()).origin);
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(hostUrl + path, { waitUntil: 'networkidle' });
    const frame = page.frames().find((f) => f.url().includes('/embed/trade-JPN'));
    expect(frame, 'the embed frame loaded').toBeDefined();
    // The chart is drawn inside the frame: Chart.js made one chart and painted its canvas.
    await frame?.waitForFunction(() => document.documentElement.dataset.charts === '1');
    const ink = await frame?.$eval('canvas[data-chart]', (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) drawn += 1;
      return drawn;
    });
    expect(ink).toBeGreaterThan(1000);
    // The frame grew from 150 px to the embed page's own height, so nothing in it is cut off.
    await page.waitForFunction(() => (document.getElementById('chart')?.getBoundingClientRect().height ?? 0) > 300);
    const [frameHeight, contentHeight] = await Promise.all([
      page.$eval('#chart', (f) => Math.round(f.getBoundingClientRect().height)),
      frame?.evaluate(() => document.documentElement.scrollHeight),
    ]);
    expect(Math.abs(frameHeight - (contentHeight ?? 0))).toBeLessThanOrEqual(2);
    expect(await frame?.$eval('.embed-source a', (a) => a.getAttribute('target') ?? document.querySelector('base')?.getAttribute('target'))).toBe('_blank');
    expect(await frame?.$eval('html', (html) => html.lang)).toBe(path.slice(1));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is refused framing everywhere else', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(`<iframe id="page" src="${baseUrl()}/en/partners/JPN"></iframe>`);
    await page.waitForTimeout(1500);
    const framed = page.frames().find((f) => f.url().startsWith(`${baseUrl()}/en/partners/JPN`));
    const title = await framed?.title().catch(() => '');
    expect(title ?? '').not.toContain('Japan');
    await context.close();
  });
});
