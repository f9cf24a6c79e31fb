/**
 * Walks every page of the curated data and checks each derived value against the figures it is
 * computed from: no displayed number has more significant figures than the least precise of them,
 * and a value whose interval reaches zero from both sides is marked "sign uncertain".
 */
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, textOf } from '../helpers/app';

let t: Awaited<ReturnType<typeof buildTestApp>>;
/** Significant figures of each figure as the article printed it, by id. */
const printed = new Map<string, number>();

/** Significant figures of a number written with digits: "1,3" → 2, "331.9" → 4, "60" → 1, "0.37" → 2. */
function significant(token: string, decimal: ',' | '.'): number {
  const [whole = '', frac = ''] = token.split(decimal);
  const digits = frac ? `${whole}${frac}`.replace(/^0+/, '') : whole.replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

beforeAll(async () => {
  t = await buildTestApp();
  for (const kind of ['observations', 'commodity-shares']) {
    const rows = JSON.parse((await t.get(`/data/${kind}.json`)).text) as Array<{ id: string; as_written: string; value?: number; share_pct?: number }>;
    for (const row of rows) {
      const token = /\d+(?:,\d+)?/.exec(row.as_written)?.[0];
      printed.set(row.id, token ? significant(token, ',') : String(row.value ?? row.share_pct).replace(/0+$/, '').length);
    }
  }
});

async function pagesToWalk(): Promise<string[]> {
  const links = async (path: string, selector: string) => (await t.get(path)).document.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');
  const pages = ['/en', '/en/partners', '/en/data', '/en/data/observations', '/en/data/commodity-shares'];
  pages.push(...(await links('/en/partners', 'main a[href^="/en/partners/"]')));
  pages.push(...(await links('/en/sources', 'main a[href^="/en/sources/"]')));
  const compare = (await t.get('/en/compare')).document;
  for (const partner of compare.querySelectorAll('#compare-partner option').map((o) => o.getAttribute('value'))) {
    const figures = (await t.get(`/en/compare?partner=${partner}`)).document;
    for (const indicator of figures.querySelectorAll('#compare-indicator option').map((o) => o.getAttribute('value'))) {
      const periods = (await t.get(`/en/compare?partner=${partner}&indicator=${indicator}`)).document.querySelectorAll('#compare-a option').map((o) => o.getAttribute('value') ?? '');
      for (const a of periods) for (const b of periods) if (a !== b) pages.push(`/en/compare?partner=${partner}&indicator=${indicator}&a=${a}&b=${b}`);
    }
  }
  return [...new Set(pages)];
}

describe('derived values on every page', () => {
  it('are never more precise than the figures they come from, and say when their sign is unknown', async () => {
    const pages = await pagesToWalk();
    expect(pages.length).toBeGreaterThan(20);
    let checked = 0;
    for (const path of pages) {
      const r = await t.get(path);
      expect(r.status, path).toBe(200);
      for (const el of r.document.querySelectorAll('.derived-value') as HTMLElement[]) {
        const inputs = (el.getAttribute('data-inputs') ?? '').split(' ').filter(Boolean);
        expect(inputs.length, `${path}: ${el.outerHTML}`).toBeGreaterThan(0);
        const allowed = Math.min(...inputs.map((id) => printed.get(id) ?? NaN));
        expect(Number.isFinite(allowed), `${path}: inputs ${inputs.join(' ')}`).toBe(true);
        const amount = el.querySelector('.amount')!;
        const shown = textOf(amount);
        for (const token of shown.match(/\d+(?:[.,]\d+)*/g) ?? []) {
          expect(significant(token.replace(/,/g, ''), '.'), `${path}: "${shown}" from ${inputs.join(' ')} (${allowed} significant figures)`).toBeLessThanOrEqual(allowed);
        }
        const [low, high] = [amount.getAttribute('data-low'), amount.getAttribute('data-high')].map((v) => (v === undefined ? NaN : Number(v)));
        if (Number.isFinite(low) && Number.isFinite(high) && low! < high!) {
          const crosses = low! <= 0 && high! >= 0;
          expect(textOf(el).includes('sign uncertain'), `${path}: "${textOf(el)}" spans ${low} to ${high}`).toBe(crosses);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
