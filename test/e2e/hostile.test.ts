/**
 * The hostile seed fixtures in a real browser: no script runs (the page title stays, no dialog
 * opens, the CSP reports nothing), nothing overflows the screen, and every right-to-left override
 * sits in an isolated box.
 */
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadAssets } from '../../src/assets';
import { createSeededMemoryDatabase } from '../../seeds/loader';
import { hostileSeedDir } from '../helpers/hostile';
import { at, HOSTILE_PAGES } from '../helpers/pages';
import { horizontalOverflow, launch, openPage } from './browser';

let browser: Browser;
let server: ServerType;
let base = '';
beforeAll(async () => {
  const app = createApp({ db: createSeededMemoryDatabase(hostileSeedDir()).db, assets: await loadAssets() });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const PATHS = HOSTILE_PAGES.map((page) => at('en', page));

describe.each([1280, 375])('hostile text at %i px', (width) => {
  it.each(PATHS)('%s stays inert', async (path) => {
    const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } }, base);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    expect(await page.title()).not.toContain('pwned');
    expect(dialogs).toEqual([]);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    expect(await horizontalOverflow(page)).toBe(0);
    const leaking = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('\u202E')))
        .filter((el) => {
          const style = getComputedStyle(el);
          // <noscript> holds its markup as text while scripts run, and is never shown then.
          return style.unicodeBidi !== 'isolate' && !['block', 'table-cell', 'list-item', 'flex', 'grid'].includes(style.display) && !['OPTION', 'NOSCRIPT'].includes(el.tagName);
        })
        .map((el) => el.tagName),
    );
    expect(leaking).toEqual([]);
    await page.context().close();
  });
});
