import { parse } from 'csv-parse/sync';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, textOf } from '../helpers/app';
import { at, PAGE_KINDS } from '../helpers/pages';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});

const JAPAN_000 = '000_a50b504d80912738';
const PAGES = PAGE_KINDS.map((page) => at('en', page));

describe('every page', () => {
  it.each(PAGES)('%s is a full HTML page with a doctype, language, title and one h1', async (path) => {
    const r = await t.get(path);
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/html; charset=UTF-8');
    expect(r.text.startsWith('<!DOCTYPE html>')).toBe(true);
    const doc = r.document;
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(textOf(doc.querySelector('title'))).toContain('Kazakhstan Trade & Investment Dashboard');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(r.headers.get('vary')).toContain('HX-Request');
  });

  it.each(PAGES)('%s loads nothing from another host', async (path) => {
    const doc = (await t.get(path)).document;
    const urls = [...doc.querySelectorAll('script[src], link[href], img[src]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith('/'), url).toBe(true);
  });

  it('every figure link anywhere points at a figure that its source page shows', async () => {
    const targets = new Set<string>();
    for (const path of PAGES) {
      for (const a of (await t.get(path)).document.querySelectorAll('a[href^="/en/sources/"]')) {
        const href = a.getAttribute('href') ?? '';
        if (href.includes('#')) targets.add(href);
      }
    }
    expect(targets.size).toBeGreaterThanOrEqual(40);
    const pages = new Map<string, HTMLElement>();
    for (const href of targets) {
      const [path, fragment] = href.split('#') as [string, string];
      const doc = pages.get(path) ?? (await t.get(path)).document;
      pages.set(path, doc);
      expect(doc.querySelector(`[id="${fragment}"]`), href).toBeTruthy();
    }
    // Some fifty pages fetched and parsed, source pages with a citation per figure among them:
    // about 2.5 s alone, more beside the other test files on two cores.
  }, 20_000);
});

describe('overview', () => {
  it('shows Japan’s latest turnover, exports, imports and the derived balance, with period and source', async () => {
    const doc = (await t.get('/en')).document;
    const card = doc.querySelector('section.card[aria-labelledby="card-JPN"]');
    const rows = Object.fromEntries(card!.querySelectorAll('.headline-row').map((row) => [textOf(row.querySelector('dt')), row]));
    expect(textOf(rows['Trade turnover']?.querySelector('.amount'))).toBe('$1.3 bn');
    expect(textOf(rows['Trade turnover'])).toContain('Jan–Sep 2025');
    expect(textOf(rows['Trade turnover'])).toContain('9 months');
    expect(rows['Trade turnover']?.querySelector('a.source-link')?.getAttribute('href')).toBe(`/en/sources/${JAPAN_000}?figure=000-04#fig-000-04`);
    expect(textOf(rows.Exports?.querySelector('.amount'))).toBe('$331.9 m');
    expect(textOf(rows.Imports?.querySelector('.amount'))).toBe('$944.2 m');
    // 331,9 − 944,2 млн: four significant figures, no more.
    expect(textOf(rows.Balance?.querySelector('.amount'))).toBe('≈ −$612.3 m');
    expect(textOf(rows.Balance?.querySelector('.badge-derived'))).toBe('derived');
  });

  it('shows Japan’s investment as the three December 2025 sources state it, with the range and “sources differ”', async () => {
    const doc = (await t.get('/en')).document;
    const card = doc.querySelector('section.card[aria-labelledby="card-JPN"]')!;
    const investment = card.querySelectorAll('.headline-row').find((row) => textOf(row.querySelector('dt')).startsWith('Investment'))!;
    expect(textOf(investment.querySelector('.badge-differ'))).toBe('sources differ');
    expect(textOf(investment)).toContain('$8 bn – $9 bn');
    expect(investment.querySelectorAll('.per-source li').map((li) => textOf(li.querySelector('.amount')))).toEqual(['≈ about $8 bn', '> more than $8.5 bn', '≈ about $9 bn']);
    expect(textOf(investment)).toContain('as of Dec 2025');
  });

  it('does not put Russia’s 2024 investment inflow beside accumulated investment', async () => {
    // Our sources give Russia no trade and no accumulated investment: its "more than $4 bn" is the
    // inflow during 2024 (002-02), which the headline cards and the investment chart do not show as a stock.
    const doc = (await t.get('/en')).document;
    expect(doc.querySelector('section.card[aria-labelledby="card-RUS"]')).toBeNull();
    expect(textOf(doc.querySelector('figure#investment'))).not.toContain('Russia');
  });

  it('charts trade across every period, striping the multi-year total and the part year, with a table and a CSV link', async () => {
    const doc = (await t.get('/en')).document;
    const figure = doc.querySelector('figure#trade-JPN')!;
    const spec = JSON.parse(figure.querySelector('canvas')!.getAttribute('data-chart')!);
    // The five-year total is drawn as its annual average, never as one tall bar beside single years.
    expect(spec.labels).toEqual([['2008–2012', '(annual average)'], '2024', ['Jan–Sep 2025', '(9 months)']]);
    expect(spec.datasets[0].data).toEqual([1.4e9, 2e9, 1.3e9]);
    expect(spec.datasets[0].tooltips[0]).toBe('≈\u00a0$1\u00a0bn (derived; annual average of a 5-year total of $7\u00a0bn)');
    expect(spec.datasets[0].striped).toEqual([true, false, true]);
    const rows = figure.querySelectorAll('table tbody tr');
    expect(rows).toHaveLength(3);
    // The table keeps the total as stated, with the derived average beneath it.
    expect(textOf(rows[0]!.querySelectorAll('td')[0])).toMatch(/^\$7 bn .*annual average: ≈ \$1 bn derived$/);
    // 3,5 − 3,4 млрд: the balance could be anything from 0 to 0.2 bn.
    expect(textOf(rows[0]!.querySelectorAll('td')[3])).toContain('$0 – +$200 m sign uncertain derived');
    const csv = figure.querySelector('.downloads a')!.getAttribute('href')!;
    const download = await t.get(csv);
    expect(download.status).toBe(200);
    const csvRows = parse(download.text, { columns: true }) as Array<Record<string, string>>;
    expect(csvRows.map((r) => r.id).sort()).toEqual(['000-03', '000-04', '000-05', '000-06', '001-03', '003-02', '003-03', '003-04']);
  });

  it('charts investment by partner, one bar per statement', async () => {
    const spec = JSON.parse((await t.get('/en')).document.querySelector('figure#investment canvas')!.getAttribute('data-chart')!);
    expect(spec.labels).toHaveLength(4);
    expect(spec.datasets.map((d: { label: string }) => d.label)).toEqual(['Japan']);
  });
});

describe('partner pages', () => {
  it('lists partners with their figure counts', async () => {
    const rows = (await t.get('/en/partners')).document.querySelectorAll('tbody tr');
    const counts = Object.fromEntries(rows.map((r) => [textOf(r.querySelector('code')), Number(textOf(r.querySelector('td.num')))]));
    expect(counts).toMatchObject({ JPN: 40, RUS: 7 });
    // Kazakhstan reports nearly every figure; it is not listed as its own partner.
    expect(Object.keys(counts).sort()).toEqual(['C5', 'JPN', 'RUS', 'WLD']);
  });

  it('names both sides of a figure a partner reports itself, without an arrow that reads as a direction', async () => {
    const doc = (await t.get('/en/partners/JPN')).document;
    const heads = doc.querySelectorAll('table.figures tbody th').map(textOf);
    expect(heads).toContain('Share of trade (Japan with Central Asia)');
    expect(heads.some((h) => h.includes('→'))).toBe(false);
  });

  it('shows Japan’s commodity composition with every share and what the source leaves unitemised', async () => {
    const doc = (await t.get('/en/partners/JPN')).document;
    const exports = doc.querySelectorAll('figure.chart').find((f) => textOf(f.querySelector('figcaption')).startsWith('Exports to Japan'))!;
    const shares = exports.querySelectorAll('tbody tr').map((r) => [textOf(r.querySelector('th')), textOf(r.querySelector('.amount'))]);
    expect(shares).toEqual([
      ['Ferroalloys (ферроқотишмалар)', '94.8%'],
      ['Tantalum (тантал)', '2.3%'],
      ['Aluminium (алюминий)', '2.1%'],
      ['Inert gases (инерт газлар)', '0.37%'],
      // 100 % minus four shares printed to 0.1 and 0.01 points: 0.27–0.59 %, not "0.43 %".
      ['Not itemised in the source', '0.27% – 0.59%'],
    ]);
    const imports = doc.querySelectorAll('figure.chart').find((f) => textOf(f.querySelector('figcaption')).startsWith('Imports from Japan'))!;
    expect(imports.querySelectorAll('tbody tr')).toHaveLength(10);
    // "1%" is one significant figure, so what is left unitemised is about 20 %, not 22.5 %.
    expect(textOf(imports.querySelector('tbody tr:last-child .amount'))).toBe('≈ 20%');
    const spec = JSON.parse(imports.querySelector('canvas')!.getAttribute('data-chart')!);
    expect(spec.kind).toBe('treemap');
    expect(spec.items[0]).toMatchObject({ label: 'Passenger cars', share: 55.8, derived: true });
  });

  it('shows agreements as each source states them, with the sources differing on the count', async () => {
    const section = (await t.get('/en/partners/JPN')).document.querySelector('section[aria-labelledby="agreements"]')!;
    const count = section.querySelectorAll('tbody tr').find((r) => textOf(r.querySelector('th')).startsWith('Agreements signed'))!;
    expect(textOf(count.querySelector('.badge-differ'))).toBe('sources differ');
    expect(count.querySelectorAll('.per-source li .amount').map(textOf)).toEqual(['> more than 60', '≈ about 40']);
    expect(textOf(count)).toContain('18–20 Dec 2025');
  });

  it('shows the older direct investment figure beside the 2025 statements', async () => {
    const section = (await t.get('/en/partners/JPN')).document.querySelector('section[aria-labelledby="investment"]')!;
    expect(textOf(section)).toContain('$4.4 bn');
    expect(textOf(section)).toContain('as of Mar–Dec 2014');
    expect(section.querySelector('figure canvas')).toBeTruthy();
  });

  it('shows Russia’s investment, its growth and the rest', async () => {
    const doc = (await t.get('/en/partners/RUS')).document;
    const text = textOf(doc.querySelector('main'));
    expect(text).toContain('> more than $4 bn');
    expect(text).toContain('32%');
    expect(text).toContain('170');
    expect(text).toContain('≈ about $48 bn');
    expect(text).toContain('top 5');
    expect(text).toContain('The sources state no trade flows for this partner.');
  });

  it('redirects a lower-case code, refuses a malformed one and does not know an unknown one', async () => {
    const lower = await t.app.request('/en/partners/jpn');
    expect(lower.status).toBe(301);
    expect(lower.headers.get('location')).toBe('/en/partners/JPN');
    const bad = await t.get('/en/partners/j1%3Cx');
    expect(bad.status).toBe(400);
    expect(textOf(bad.document.querySelector('.error-message'))).toContain('ISO 3166-1 alpha-3');
    const unknown = await t.get('/en/partners/XXX');
    expect(unknown.status).toBe(404);
    expect(unknown.type).toContain('text/html');
  });
});

describe('sources', () => {
  it('lists the five articles with language, date precision and figure counts', async () => {
    const rows = (await t.get('/en/sources')).document.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(5);
    const byId = Object.fromEntries(rows.map((r) => [r.querySelector('th a')!.getAttribute('href'), r]));
    expect(textOf(byId[`/en/sources/${JAPAN_000}`]?.querySelector('td.num'))).toBe('23');
    expect(textOf(byId['/en/sources/003_af71af07aad02984'])).toContain('2014 (year)');
    expect(textOf(byId['/en/sources/004_3d641aaf15a662e3'])).toContain('Dec 2025 (month)');
  });

  it('shows every figure from the article with its quote in the original language, the number marked, and the translation', async () => {
    const doc = (await t.get(`/en/sources/${JAPAN_000}`)).document;
    const cards = doc.querySelectorAll('li.quote-card');
    expect(cards).toHaveLength(23);
    const exports = doc.querySelector('#fig-000-05')!;
    expect(exports.querySelector('blockquote')!.getAttribute('lang')).toBe('uz-Cyrl');
    expect(textOf(exports.querySelector('blockquote mark'))).toBe('331,9 миллион доллар');
    expect(textOf(exports.querySelector('.translation'))).toContain('exports 331.9 million dollars');
    expect(doc.querySelectorAll('section[aria-labelledby="skipped"] tbody tr')).toHaveLength(28);
  });

  it('refuses a malformed id and does not know an unknown one', async () => {
    expect((await t.get('/en/sources/nope')).status).toBe(400);
    expect((await t.get('/en/sources/000_0000000000000000')).status).toBe(404);
  });
});

describe('data pages and downloads', () => {
  const CONTRACT = 'id,indicator,reporter,partner,period_start,period_end,period_label,value,unit,qualifier,as_written,source_id,source_title,source_published_on,source_language,quote,quote_en,note,scope';

  it('filters observations and commodity shares together, saying which filters do not apply', async () => {
    const doc = (await t.get('/en/data?partner=JPN&flow=export')).document;
    const [observations, shares] = doc.querySelectorAll('section.results');
    expect(textOf(observations?.querySelector('.count'))).toBe('26 rows');
    expect(textOf(observations?.querySelector('.note'))).toBe('Not applicable to this table: flow.');
    expect(textOf(shares?.querySelector('.count'))).toBe('4 rows');
    const links = observations!.querySelectorAll('.downloads a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/data/observations.csv?partner=JPN', '/data/observations.csv?partner=JPN&bom=1', '/data/observations.json?partner=JPN']);
  });

  it('serves exactly the filtered rows as CSV in the documented columns, with numbers untouched', async () => {
    const r = await t.get('/data/observations.csv?partner=JPN&indicator=exports,imports&period=2025');
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="kz-trade-observations_partner-JPN_indicator-exports+imports_period-2025.csv"');
    expect(r.text.split('\r\n')[0]).toBe(CONTRACT);
    const rows = parse(r.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.id, row.value, row.period_label, row.as_written])).toEqual([
      ['000-05', '331900000', 'Jan–Sep 2025', '331,9 миллион доллар'],
      ['000-06', '944200000', 'Jan–Sep 2025', '944,2 миллион доллар'],
    ]);
    expect(r.text).toContain(',331900000,USD,');
  });

  it('says which investment figures are direct and which total, and leaves the rest empty', async () => {
    const csv = parse((await t.get('/data/observations.csv?partner=JPN&indicator=investment_stock')).text, { columns: true }) as Array<Record<string, string>>;
    expect(csv.map((row) => [row.id, row.scope])).toEqual([
      ['003-05', 'direct'],
      ['000-02', 'total'],
      ['001-04', ''],
      ['004-06', ''],
    ]);
    const json = JSON.parse((await t.get('/data/observations.json?partner=RUS&indicator=investment_inflow')).text) as Array<Record<string, unknown>>;
    expect(json.map((row) => [row.id, row.scope, row.period_start, row.period_end])).toEqual([['002-02', null, '2024-01-01', '2024-12-31']]);
  });

  it('serves the same rows as JSON, and a byte-order mark for Excel on request', async () => {
    const json = await t.get('/data/observations.json?partner=JPN&indicator=exports');
    expect(json.type).toBe('application/json; charset=utf-8');
    const rows = JSON.parse(json.text) as Array<Record<string, unknown>>;
    expect(rows.map((row) => row.id)).toEqual(['003-04', '000-05']);
    expect(Object.keys(rows[0]!).join(',')).toBe(CONTRACT);
    const bom = await t.app.request('/data/observations.csv?partner=JPN&bom=1');
    const bytes = new Uint8Array(await bom.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const plain = new Uint8Array(await (await t.app.request('/data/observations.csv?partner=JPN')).arrayBuffer());
    expect(plain[0]).toBe('i'.charCodeAt(0));
  });

  it('serves commodity shares and sources in their documented columns', async () => {
    const shares = await t.get('/data/commodity-shares.csv?flow=import');
    expect(shares.text.split('\r\n')[0]).toBe(
      'id,reporter,partner,flow,period_start,period_end,period_label,commodity,commodity_original,hs_code,share_pct,qualifier,source_id,quote,quote_en,as_written,note',
    );
    expect(parse(shares.text, { columns: true })).toHaveLength(9);
    const sources = await t.get('/data/sources.csv');
    const rows = parse(sources.text, { columns: true }) as Array<Record<string, string>>;
    expect(sources.text.split('\r\n')[0]).toBe('id,publisher,title,title_en,language,published_on,date_precision,figures_count,date_note,note,url');
    // The article's address where it is known (only article 000's is), empty rather than guessed.
    expect(rows.map((r) => [r.id?.slice(0, 3), r.published_on, r.date_precision, r.figures_count, r.url?.slice(0, 8)])).toEqual([
      ['000', '2025-12-17', 'day', '23', 'https://'],
      ['001', '2025-12', 'month', '6', ''],
      ['004', '2025-12', 'month', '7', ''],
      ['002', '2025-11-10', 'day', '7', ''],
      ['003', '2014', 'year', '9', ''],
    ]);
  });

  it('gives an empty CSV with its header when nothing matches', async () => {
    const r = await t.get('/data/observations.csv?partner=RUS&indicator=exports');
    expect(r.status).toBe(200);
    expect(r.text).toBe(`${CONTRACT}\r\n`);
  });

  it('swaps only the results for an htmx request', async () => {
    const r = await t.getPartial('/en/data?partner=RUS');
    expect(r.status).toBe(200);
    expect(r.text).not.toContain('<html');
    expect(r.text).not.toContain('<form');
    expect(textOf(r.document.querySelector('.count'))).toBe('7 rows');
  });

  it.each([
    ['/en/data/observations?partner=ZZZ', 400, 'Invalid "partner": unknown value "ZZZ"'],
    ['/en/data/observations?partner=<b>', 400, 'Invalid "partner": expected partner codes'],
    ['/en/data/observations?colour=red', 400, 'Unknown parameter "colour"'],
    ['/en/data/observations?period=2025-13', 400, 'Invalid "period"'],
    ['/en/data/observations?page=0', 400, 'Invalid "page"'],
    ['/en/data/observations?page=9', 404, 'There is no page 9'],
  ])('%s → %d', async (path, status, message) => {
    const r = await t.get(path);
    expect(r.status).toBe(status);
    expect(r.type).toContain('text/html');
    expect(textOf(r.document.querySelector('.error-message'))).toContain(message);
  });

  it('answers a bad CSV request in plain text and a bad JSON request in JSON', async () => {
    const csv = await t.get('/data/observations.csv?partner=ZZZ');
    expect(csv.status).toBe(400);
    expect(csv.type).toContain('text/plain');
    const json = await t.get('/data/observations.json?partner=ZZZ');
    expect(json.status).toBe(400);
    expect(JSON.parse(json.text)).toMatchObject({ error: { status: 400 } });
  });
});

describe('compare', () => {
  const measures = (doc: HTMLElement) =>
    Object.fromEntries(doc.querySelectorAll('table.compare-table tbody tr').map((tr) => [textOf(tr.querySelector('th')), tr.querySelectorAll('td').map(textOf)]));

  it('a multi-year total against a year: the annual average to one significant figure, the difference "sign uncertain"', async () => {
    const doc = (await t.get('/en/compare?partner=JPN&indicator=trade_turnover&a=2008/2012&b=2024')).document;
    const m = measures(doc);
    expect(m['As stated']).toEqual(['$7 bn', '≈ about $2 bn; $2 bn', '']);
    expect(m['Annual value']).toEqual(['≈ $1 bn derived', '≈ $2 bn derived', '']);
    // Never "+42.9 %": 1.3–1.5 bn a year against 1.5–2.5 bn.
    expect(m['Difference in annual value, percent']?.[2]).toBe('0% – +100% sign uncertain derived');
    expect(textOf(doc.querySelector('.method'))).toContain('annual average');
    // The chart keeps the total off the bars: its annual average stands for it.
    const spec = JSON.parse(doc.querySelector('#compare-chart canvas')!.getAttribute('data-chart')!);
    expect(spec.datasets[0].data[0]).toBeNull();
  });

  it('a year against part of a year: per month and per year rounded to the sources, never "≈ $1.733 bn" or "≈ −13.3 %"', async () => {
    const doc = (await t.get('/en/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09')).document;
    const m = measures(doc);
    expect(Object.keys(m)).not.toContain('Difference');
    expect(m['Per month']).toEqual(['≈ $200 m derived', '≈ $140 m derived', '']);
    expect(m['Annual value']?.[1]).toBe('≈ $1.7 bn estimate');
    expect(m['Difference in annual value']?.[2]).toBe('−$900 – +$300 m sign uncertain estimate');
    expect(m['Difference in annual value, percent']?.[2]).toBe('−40% – +20% sign uncertain estimate');
    expect(doc.querySelector('tr[data-measure="annual_rate_change"] .amount')?.getAttribute('title')).toBe('Every value the stated figures allow: −$833.3\u00a0m – +$300\u00a0m.');
    expect(doc.querySelectorAll('.notes-list li').map(textOf)).toContain('Per-year figures for part of a year assume an even spread over the year and ignore seasonality.');
  });

  it('direct investment in 2014 against total investment in 2025: the warning stands above the result, as-of dates never read as days', async () => {
    const doc = (await t.get('/en/compare?partner=JPN&indicator=investment_stock&a=2014&b=2025-12')).document;
    const result = doc.querySelector('#compare-result')!;
    const warning = result.querySelector('.compare-warnings [data-warning="mixed_scope"]');
    expect(textOf(warning)).toContain('direct investment only');
    const order = result.childNodes.filter((n) => n instanceof Object && 'tagName' in n).map((n) => (n as HTMLElement).classNames || (n as HTMLElement).tagName);
    expect(order.indexOf('compare-warnings')).toBeLessThan(order.indexOf('table-scroll'));
    const m = measures(doc);
    // Qualifiers kept: "more than 8.5" is not "$8.5 bn".
    expect(m['As stated']).toEqual(['$4.4 bn', '≈ about $8 bn; > more than $8.5 bn; ≈ about $9 bn sources differ', '']);
    expect(m.Difference?.[2]).toBe('> +$3 bn derived');
    expect(m['Compound annual growth']?.[2]).toBe('> +4% derived');
    expect(doc.querySelectorAll('table.compare-table thead th').map(textOf)).toEqual(['Measure', 'as of Mar–Dec 2014', 'as of Dec 2025', 'Difference']);
    expect(textOf(doc.querySelector('table.compare-table thead'))).not.toMatch(/days/);
    expect(textOf(doc.querySelector('.side-figures'))).toContain('direct investment');
  });

  it('shows each side’s figures with their sources', async () => {
    const doc = (await t.get('/en/compare?partner=JPN&indicator=investment_stock&a=2014&b=2025-12')).document;
    const links = doc.querySelectorAll('.side-figures a.source-link').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/en/sources/003_af71af07aad02984?figure=003-05#fig-003-05',
      `/en/sources/${JAPAN_000}?figure=000-02#fig-000-02`,
      '/en/sources/001_2a22ae72c3245a82?figure=001-04#fig-001-04',
      '/en/sources/004_3d641aaf15a662e3?figure=004-06#fig-004-06',
    ]);
  });

  it('offers only partners and figures with two different periods', async () => {
    const doc = (await t.get('/en/compare')).document;
    // Russia, Central Asia and the world have no figure stated for two periods.
    expect(doc.querySelectorAll('#compare-partner option').map((o) => o.getAttribute('value'))).toEqual(['JPN']);
    expect(doc.querySelectorAll('#compare-indicator option').map((o) => o.getAttribute('value'))).toEqual(['exports', 'imports', 'investment_stock', 'investor_top_n', 'trade_turnover']);
    for (const key of ['a', 'b']) expect(doc.querySelectorAll(`#compare-${key} option`).length).toBeGreaterThanOrEqual(2);
    const r = await t.get('/en/compare?partner=RUS');
    expect(r.status).toBe(404);
    expect(textOf(r.document.querySelector('.error-message'))).toBe('No figure for Russia has two different periods in our sources yet, so nothing can be compared. Its figures are on the partner page.');
  });

  it('changing the figure over htmx returns only the result and the selects that depend on it', async () => {
    const r = await t.getPartial('/en/compare?partner=JPN&indicator=investment_stock');
    expect(r.status).toBe(200);
    expect(r.text).not.toContain('<html');
    const doc = r.document;
    expect(doc.querySelector('#compare-partner')).toBeNull();
    expect(doc.querySelector('#compare-step-periods')?.getAttribute('hx-swap-oob')).toBe('true');
    expect(doc.querySelectorAll('#compare-a option').map((o) => o.getAttribute('value'))).toEqual(['2014-03/2014-12', '2025-12']);
    const same = await t.getPartial('/en/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2008/2012');
    expect(same.document.querySelector('[hx-swap-oob]')).toBeNull();
  });

  it('the same URL opened directly gives the whole page with the form', async () => {
    const doc = (await t.get('/en/compare?partner=JPN&indicator=investment_stock')).document;
    // One form: partner, figure and periods go together in one submit.
    const form = doc.querySelector('form#compare-form')!;
    expect(form.querySelector('select#compare-partner option[selected]')?.getAttribute('value')).toBe('JPN');
    expect(form.querySelector('select#compare-indicator option[selected]')?.getAttribute('value')).toBe('investment_stock');
    expect(form.querySelectorAll('select#compare-a, select#compare-b')).toHaveLength(2);
    expect(doc.querySelectorAll('form')).toHaveLength(2); // this one and the search box
    expect(textOf(doc.querySelector('#compare-result h2'))).toBe('Accumulated investment, Japan: as of Mar–Dec 2014 → as of Dec 2025');
  });

  it('serves the comparison as CSV and JSON, with each derived value’s interval and the value shown', async () => {
    const csv = await t.get('/compare.csv?partner=JPN&indicator=trade_turnover&a=2008/2012&b=2024');
    expect(csv.type).toBe('text/csv; charset=utf-8');
    const rows = parse(csv.text, { columns: true }) as Array<Record<string, string>>;
    const rate = rows.find((r) => r.measure === 'annual_rate')!;
    expect([rate.status, rate.a_low, rate.a_high, rate.a_shown, rate.a_value, rate.period_a_label]).toEqual(['derived', '1300000000', '1500000000', 'about', '1000000000', '2008–2012']);
    const pct = rows.find((r) => r.measure === 'annual_rate_change_pct')!;
    expect([pct.change_shown, pct.change_value, pct.change_shown_low, pct.change_shown_high, pct.sign_uncertain]).toEqual(['range', '', '0', '100', 'true']);
    const json = JSON.parse((await t.get('/compare.json?partner=JPN&indicator=investment_stock&a=2014&b=2025-12')).text);
    expect(json).toMatchObject({
      method: 'stock',
      warnings: ['mixed_scope'],
      a: { period: '2014-03/2014-12', period_label: 'as of Mar–Dec 2014' },
      b: { period: '2025-12', period_label: 'as of Dec 2025', sources_differ: true },
    });
    expect(json.b.figures).toHaveLength(3);
    expect(json.a.figures[0]).toMatchObject({ id: '003-05', scope: 'direct', as_written: expect.stringContaining('4,4 млрд') });
    const change = json.measures.find((m: { measure: string }) => m.measure === 'change').change;
    expect(change).toMatchObject({ low: 3.05e9, high: null, shown: 'at_least', value: 3e9 });
  });

  it.each([
    ['/compare.json?partner=JPN&indicator=trade_turnover&a=2024&b=2024', 'Both sides are the same period (2024)'],
    ['/compare.csv?partner=JPN&indicator=trade_turnover&a=2024&b=2024', 'Both sides are the same period (2024)'],
    ['/compare.json?partner=JPN&indicator=investment_stock&a=2025-12-17&b=2025-12', 'Both sides are the same period (as of Dec 2025)'],
    ['/compare.json?partner=JPN&indicator=agreements_count&a=2025-12-18/2025-12-20&b=2025-12-18/2025-12-20', 'Both sides are the same period (18–20 Dec 2025)'],
  ])('a period against itself is refused: %s', async (path, message) => {
    const r = await t.get(path);
    expect(r.status).toBe(400);
    expect(r.text).toContain(message);
  });

  it('one submit without JavaScript changes figure and periods; periods the new figure lacks give way to its own, said so', async () => {
    const both = (await t.get('/en/compare?partner=JPN&indicator=exports&a=2008/2012&b=2025-01/2025-09&go=1')).document;
    expect(textOf(both.querySelector('#compare-result h2'))).toBe('Exports, Japan: 2008–2012 → Jan–Sep 2025');
    expect(both.querySelector('#compare-result .notice')).toBeNull();
    const stale = (await t.get('/en/compare?partner=JPN&indicator=investment_stock&a=2024&b=2025-01/2025-09&go=1')).document;
    expect(textOf(stale.querySelector('#compare-result h2'))).toBe('Accumulated investment, Japan: as of Mar–Dec 2014 → as of Dec 2025');
    expect(textOf(stale.querySelector('#compare-result .notice'))).toContain('The periods chosen are not stated for accumulated investment');
    // "Show" for a figure lists its periods; "Show" for a partner starts afresh.
    const shown = (await t.get('/en/compare?partner=JPN&indicator=investment_stock&a=2024&b=2024&step=indicator')).document;
    expect(textOf(shown.querySelector('#compare-result h2'))).toBe('Accumulated investment, Japan: as of Mar–Dec 2014 → as of Dec 2025');
  });

  it('a figure stated for one period only says so', async () => {
    const r = await t.get('/en/compare?partner=JPN&indicator=agreements_count');
    expect(r.status).toBe(404);
    expect(textOf(r.document.querySelector('.error-message'))).toContain('Agreements signed for Japan is stated for one period only (18–20 Dec 2025)');
  });

  it.each([
    ['/en/compare?a=abc', 400, 'Invalid "a"'],
    ['/en/compare?partner=JPN&indicator=nonsense', 400, 'Invalid "indicator"'],
    ['/en/compare?partner=ZZZ', 404, 'No partner with the code ZZZ'],
    ['/en/compare?partner=JPN&indicator=investment_inflow', 404, 'The sources state no investment inflow for Japan'],
    ['/en/compare?partner=JPN&indicator=trade_turnover&a=2019', 404, 'Periods with figures: 2008–2012; 2024; Jan–Sep 2025'],
    ['/en/compare?partner=JPN&x=1', 400, 'Unknown parameter "x"'],
  ])('%s → %d', async (path, status, message) => {
    const r = await t.get(path);
    expect(r.status).toBe(status);
    expect(textOf(r.document.querySelector('.error-message'))).toContain(message);
  });
});

describe('anything else', () => {
  it('answers unknown paths with a 404 page, unknown CSV with text and unknown JSON with JSON', async () => {
    const page = await t.get('/no/such/page');
    expect(page.status).toBe(404);
    expect(textOf(page.document.querySelector('h1'))).toContain('404');
    expect((await t.get('/no.csv')).type).toContain('text/plain');
    expect(JSON.parse((await t.get('/no.json')).text)).toMatchObject({ error: { status: 404 } });
  });

  it('serves fingerprinted assets cached for a year, with 304 on a matching ETag', async () => {
    const doc = (await t.get('/en')).document;
    const src = doc.querySelector('script[src^="/assets/app."]')!.getAttribute('src')!;
    const r = await t.app.request(src);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const again = await t.app.request(src, { headers: { 'If-None-Match': r.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await t.app.request('/assets/app.000000000000.js')).status).toBe(404);
  });
});
