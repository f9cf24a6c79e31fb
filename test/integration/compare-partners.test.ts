/** Two partners on one figure for one period: on the curated data (none yet) and with two partners added. */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { observations } from '../../db/schema';
import { buildTestApp, textOf } from '../helpers/app';

describe('on the curated data', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    t = await buildTestApp();
  });

  it('says plainly that no two partners share a figure and period yet, and links back to comparing periods', async () => {
    const r = await t.get('/en/compare/partners');
    expect(r.status).toBe(200);
    expect(textOf(r.document.querySelector('.empty-state'))).toBe(
      'No figure in our sources is stated for two partners for the same period yet, so no two partners can be compared. Two periods of one partner can.',
    );
    expect(r.document.querySelector('.actions a')?.getAttribute('href')).toBe('/en/compare');
    expect((await t.get('/compare/partners.json')).status).toBe(404);
    expect((await t.get('/en/compare')).document.querySelector('.actions a')?.getAttribute('href')).toBe('/en/compare/partners');
  });
});

describe('with a second partner stating the same figure for the same month', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    t = await buildTestApp();
    // A made-up Russian statement of accumulated investment in December 2025, for the comparison only.
    const base = { reporter: 'KAZ', unit: 'USD' as const, sourceId: '002_854e4821269078e4', quote: 'Test sentence.', quoteEn: 'Test sentence.' };
    t.db.insert(observations).values([
      { ...base, id: 'zz-01', indicator: 'investment_stock', partner: 'RUS', periodStart: '2025-12-05', periodEnd: '2025-12-05', value: 26e9, qualifier: 'more_than', asWritten: '26 млрд' },
      { ...base, id: 'zz-02', indicator: 'transit_cargo_share_pct', partner: 'C5', periodStart: '2025-12-01', periodEnd: '2025-12-01', value: 12.5, unit: 'percent', qualifier: 'exact', asWritten: '12,5%' },
    ]).run();
  });

  it('offers exactly the figures and periods two partners have, and compares them', async () => {
    const doc = (await t.get('/en/compare/partners')).document;
    expect(doc.querySelectorAll('#compare-figure option').map((o) => [o.getAttribute('value'), textOf(o)])).toEqual([
      ['investment_stock:2025-12', 'Accumulated investment, as of Dec 2025'],
      ['transit_cargo_share_pct:2025-12', 'Share of Asia–Europe overland cargo, as of Dec 2025'],
    ]);
    const r = await t.get('/en/compare/partners?figure=investment_stock:2025-12&a=JPN&b=RUS');
    expect(r.status).toBe(200);
    const rows = Object.fromEntries(r.document.querySelectorAll('table.compare-table tbody tr').map((tr) => [textOf(tr.querySelector('th')), tr.querySelectorAll('td').map(textOf)]));
    expect(rows['As stated']).toEqual(['≈ about $8 bn; > more than $8.5 bn; ≈ about $9 bn sources differ', '> more than $26 bn', '']);
    // "More than 8.5 bn" against "more than 26 bn": neither side has a ceiling, so the difference has no bound at all.
    expect(rows.Difference?.[2]).toBe('not bounded by the sources derived');
    expect(textOf(r.document.querySelector('#compare-heading'))).toBe('Accumulated investment, as of Dec 2025: Japan → Russia');
  });

  it('draws the two partners’ chart on the server too, and offers it wide and for embedding', async () => {
    const query = '?figure=investment_stock:2025-12&a=JPN&b=RUS';
    const png = await t.app.request(`/kk/compare/partners/chart/compare-partners-chart.png${query}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const csv = parse(await (await t.app.request(`/en/compare/partners/chart/compare-partners-chart.csv${query}`)).text()) as string[][];
    expect(csv.map((row) => row[0])).toEqual(['Name', 'Japan', 'Russia']);
    expect((await t.app.request(`/en/compare/partners/embed/compare-partners-chart${query}`)).headers.get('x-frame-options')).toBeNull();
  });

  it('gives shares a difference in percentage points', async () => {
    const doc = (await t.get('/en/compare/partners?figure=transit_cargo_share_pct:2025-12&a=WLD&b=C5')).document;
    const rows = doc.querySelectorAll('table.compare-table tbody tr').map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelectorAll('td')[2])]);
    // 12.5 % against "about 80 %" (75–85) and "more than 80 %": at most 12.55 − 75 points, one significant figure.
    expect(rows).toEqual([
      ['As stated', ''],
      ['Difference, percentage points', '< −60 pp derived'],
    ]);
  });

  it('serves the comparison as JSON and CSV, and refuses a partner against itself', async () => {
    const json = JSON.parse((await t.get('/compare/partners.json?figure=investment_stock:2025-12&a=JPN&b=RUS')).text);
    expect(json).toMatchObject({ indicator: 'investment_stock', period: '2025-12', method: 'partners', a: { partner: 'JPN' }, b: { partner: 'RUS', figures: [{ id: 'zz-01' }] } });
    const csv = parse((await t.get('/compare/partners.csv?figure=investment_stock:2025-12&a=JPN&b=RUS')).text, { columns: true }) as Array<Record<string, string>>;
    expect(csv.find((row) => row.measure === 'change')).toMatchObject({ partner_a: 'JPN', partner_b: 'RUS', change_shown: 'unknown', change_low: '', change_high: '' });
    const same = await t.get('/en/compare/partners?figure=investment_stock:2025-12&a=JPN&b=JPN');
    expect(same.status).toBe(400);
    expect(textOf(same.document.querySelector('.error-message'))).toBe('Both sides are the same partner (Japan). Choose two different partners.');
    const missing = await t.get('/en/compare/partners?figure=investment_stock:2025-12&a=JPN&b=C5');
    expect(missing.status).toBe(404);
    expect((await t.get('/en/compare/partners?figure=nonsense')).status).toBe(400);
  });
});
