/**
 * With JavaScript disabled: every page still shows its figures in tables, the filters and the
 * comparison work by full-page submit, and CSV links download.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage } from './browser';
import { at, EVERY_PAGE } from '../helpers/pages';

const PAGES = EVERY_PAGE.map((page) => at('en', page));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const noJs = () => openPage(browser, { javaScriptEnabled: false });

describe('without JavaScript', () => {
  it.each(PAGES)('%s shows its figures in tables', async (path) => {
    const { page, problems } = await noJs();
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    const rows = await page.$$eval('main table tbody tr', (trs) => trs.length);
    expect(rows).toBeGreaterThan(0);
    // Every chart's numbers are in the table beside it.
    const charts = await page.$$eval('figure.chart', (figures) => figures.map((f) => f.querySelectorAll('table tbody tr').length));
    expect(charts.every((n) => n > 0)).toBe(true);
    // Each chart is the server's image of it, loaded and drawn at full width.
    const images = await page.$$eval('figure.chart', (figures) => figures.map((f) => (f.querySelector('img.chart-image') as HTMLImageElement | null)?.naturalWidth ?? 0));
    expect(images.every((width) => width === 2000)).toBe(true);
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });

  it('filters data by submitting the form', async () => {
    const { page } = await noJs();
    await page.goto(`${baseUrl()}/en/data`, { waitUntil: 'networkidle' });
    await page.selectOption('select[name="partner"]', 'RUS');
    await Promise.all([page.waitForURL(/partner=RUS/), page.click('form.filters button[type="submit"]')]);
    expect(await page.textContent('section.results[aria-label="Observations"] .count')).toBe('7 rows');
    expect(await page.inputValue('select[name="partner"]')).toBe('RUS');
    await page.context().close();
  });

  it('compares step by step: partner, then figure, then periods, each a full-page submit', async () => {
    const { page, problems } = await noJs();
    await page.goto(`${baseUrl()}/en/compare`, { waitUntil: 'networkidle' });
    // Only partners with a figure for two different periods are offered.
    expect(await page.$$eval('#compare-partner option', (options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['JPN']);
    await Promise.all([page.waitForURL(/partner=JPN/), page.click('#compare-step-partner button')]);
    expect(await page.textContent('#compare-result h2')).toContain('Japan');
    await page.selectOption('#compare-indicator', 'investment_stock');
    await Promise.all([page.waitForURL(/indicator=investment_stock/), page.click('#compare-step-indicator button')]);
    expect(await page.textContent('#compare-result h2')).toContain('Accumulated investment, Japan');
    await page.goto(`${baseUrl()}/en/compare?partner=JPN&indicator=trade_turnover`, { waitUntil: 'networkidle' });
    await page.selectOption('#compare-a', '2008/2012');
    await page.selectOption('#compare-b', '2024');
    await Promise.all([page.waitForURL(/b=2024/), page.click('#compare-step-periods button')]);
    expect((await page.textContent('#compare-result h2'))?.replace(/\s+/g, ' ')).toBe('Trade turnover, Japan: 2008–2012 → 2024');
    // One form: a new figure and new periods in one press of "Compare".
    await page.selectOption('#compare-indicator', 'exports');
    await page.selectOption('#compare-b', '2025-01/2025-09');
    await Promise.all([page.waitForURL(/indicator=exports/), page.click('#compare-step-periods button')]);
    expect((await page.textContent('#compare-result h2'))?.replace(/\s+/g, ' ')).toBe('Exports, Japan: 2008–2012 → Jan–Sep 2025');
    expect(problems).toEqual({ console: [], failed: [], foreign: [] });
    await page.context().close();
  });

  it('downloads CSV from a link', async () => {
    const { page } = await noJs();
    await page.goto(`${baseUrl()}/en/data?partner=RUS`, { waitUntil: 'networkidle' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('section.results[aria-label="Observations"] .downloads a:text("Download CSV")')]);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Array<{ partner: string }>;
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.partner))).toEqual(new Set(['RUS']));
    await page.context().close();
  });
});
