/**
 * At 375 px every amount is on screen at first view: none extends past the viewport, none is cut by
 * a box that scrolls sideways, and none breaks across lines.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMOUNT_PAGES as PAGES } from '../helpers/pages';
import { baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'ru', 'kk'] as const)('at 375 px in %s', (lang) => {
  it.each(PAGES)(`/${lang}%s shows every amount whole`, async (path) => {
    const { page } = await openPage(browser, { viewport: { width: 375, height: 800 } });
    await page.goto(`${baseUrl()}/${lang}${path}`, { waitUntil: 'networkidle' });
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      const width = document.documentElement.clientWidth;
      for (const el of document.querySelectorAll<HTMLElement>('main .amount')) {
        if (el.closest('details:not([open]), [hidden], .visually-hidden')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0) continue;
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (rect.left < -1 || rect.right > width + 1) out.push(`"${text}" runs past the screen (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width})`);
        // Lines of the visible text (the qualifier's word for screen readers is out of the flow).
        const tops = new Set<number>();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top / 4));
        }
        if (tops.size > 1) out.push(`"${text}" breaks across lines`);
        for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
          if (getComputedStyle(box).overflowX === 'visible') continue;
          const outer = box.getBoundingClientRect();
          if (rect.left < outer.left - 1 || rect.right > outer.right + 1) out.push(`"${text}" is cut by a scroll box (${box.className})`);
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
