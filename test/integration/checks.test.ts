/** The cross-checks as readers see them: the page in three languages, beside the figures, and as a download. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { crossChecks } from '../../db/schema';
import { dataPackage } from '../../src/data-package';
import { CHECK_FIELDS } from '../../src/csv-contract';
import { buildTestApp, textOf } from '../helpers/app';

const t = await buildTestApp();

describe('/{lang}/checks', () => {
  it.each([
    ['en', 'Do the figures agree with each other?', 'consistent within rounding', 'sources differ', 'cannot check'],
    ['ru', 'Согласуются ли цифры между собой?', 'согласуется в пределах округления', 'источники расходятся', 'проверить нельзя'],
    ['kk', 'Сандар бір-біріне сәйкес пе?', 'дөңгелектеу шегінде сәйкес', 'дереккөздер әртүрлі', 'тексеру мүмкін емес'],
  ])('lists every check by kind with its status, in %s', async (lang, heading, consistent, differ, cannot) => {
    const page = await t.get(`/${lang}/checks`);
    expect(page.status).toBe(200);
    const doc = page.document;
    expect(textOf(doc.querySelector('h1'))).toBe(heading);
    expect(doc.querySelectorAll('section h2')).toHaveLength(4);
    const rows = doc.querySelectorAll('[data-check]');
    expect(rows).toHaveLength(13);
    const status = (id: string) => doc.querySelector(`[data-check="${id}"]`);
    expect(textOf(status('trade_sum.000-04.000-05.000-06')?.querySelector('.badge'))).toBe(consistent);
    expect(textOf(status('sources.001-06.004-01')?.querySelector('.badge'))).toBe(differ);
    expect(textOf(status('growth.002-02.002-03')?.querySelector('.badge'))).toBe(cannot);
    // Each row names its figures and links each to its quote on its source page.
    const anchor = doc.getElementById('check-trade_sum.000-04.000-05.000-06');
    const row = anchor?.closest('tr');
    const links = row?.querySelectorAll('a.source-link').map((a) => a.getAttribute('href')) ?? [];
    expect(links).toHaveLength(3);
    expect(links[0]).toBe(`/${lang}/sources/000_a50b504d80912738?figure=000-04#fig-000-04`);
  });

  it('says what was compared, with both numbers, in the reader’s language', async () => {
    const en = (await t.get('/en/checks')).document;
    expect(textOf(en.querySelector('[data-check="trade_sum.000-04.000-05.000-06"]'))).toContain('Exports $331.9 m plus imports $944.2 m make $1.2761 bn');
    expect(textOf(en.querySelector('[data-check="trade_sum.000-04.000-05.000-06"]'))).toContain('The turnover stated as $1.3 bn means $1.25–1.35 bn.');
    expect(textOf(en.querySelector('[data-check="share_sum.000-s01.000-s02.000-s03.000-s04"]'))).toContain('add up to 99.57% (99.415–99.725% within rounding)');
    expect(textOf(en.querySelector('[data-check="sources.000-02.004-06"]'))).toContain('The two ranges meet only at $8.5 bn.');
    const ru = (await t.get('/ru/checks')).document;
    expect(textOf(ru.querySelector('[data-check="trade_sum.000-04.000-05.000-06"]'))).toContain('Товарооборот, указанный как 1,3 млрд $, означает 1,25–1,35 млрд $.');
    const kk = (await t.get('/kk/checks')).document;
    expect(textOf(kk.querySelector('[data-check="growth.002-02.002-03"]'))).toContain('2023 ж. деңгейімен');
  });

  it('is linked from the footer and the data page', async () => {
    for (const path of ['/ru/data', '/ru/partners/JPN']) {
      const doc = (await t.get(path)).document;
      expect(doc.querySelectorAll('a').some((a) => a.getAttribute('href') === '/ru/checks'), path).toBe(true);
    }
  });
});

describe('checks beside the figures', () => {
  it('puts the trade check under Japan’s trade table and the investment checks under the investment table', async () => {
    const doc = (await t.get('/en/partners/JPN')).document;
    const trade = doc.querySelector('section[aria-labelledby="trade"] .check-lines');
    expect(textOf(trade)).toContain('Checked: consistent within rounding Exports plus imports against turnover');
    expect(trade?.querySelector('a')?.getAttribute('href')).toBe('/en/checks#check-trade_sum.000-04.000-05.000-06');
    const investment = textOf(doc.querySelector('section[aria-labelledby="investment"] .check-lines'));
    expect(investment).toContain('sources agree within rounding');
    const agreements = textOf(doc.querySelector('section[aria-labelledby="agreements"] .check-lines'));
    expect(agreements).toContain('sources differ');
  });

  it('says under Russia’s investment table that its growth rate cannot be checked, in Russian', async () => {
    const doc = (await t.get('/ru/partners/RUS')).document;
    const line = doc.querySelector('section[aria-labelledby="investment"] .check-lines');
    expect(textOf(line)).toBe('Проверка: проверить нельзя Темпы роста против двух уровней, которые они связывают (002-02, 002-03)');
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('/ru/checks#check-growth.002-02.002-03');
  });

  it('puts each check beside the figures it concerns on the source page', async () => {
    const doc = (await t.get('/en/sources/000_a50b504d80912738')).document;
    expect(textOf(doc.getElementById('fig-000-05')?.querySelector('.check-lines'))).toContain('Exports plus imports against turnover');
    expect(textOf(doc.getElementById('fig-000-s01')?.querySelector('.check-lines'))).toContain('at most 100%');
    expect(doc.getElementById('fig-000-07')?.querySelector('.check-lines')).toBeNull();
  });
});

describe('/data/checks.csv and .json', () => {
  it('serves the columns the data package describes, one row per check', async () => {
    const csv = await t.get('/data/checks.csv');
    expect(csv.status).toBe(200);
    const header = csv.text.split('\r\n')[0]?.split(',');
    expect(header).toEqual(CHECK_FIELDS.map((f) => f.name));
    const resource = dataPackage(t.db).resources.find((r) => r.path === 'checks.csv');
    expect(resource?.schema.fields.map((f) => f.name)).toEqual(header);
    const rows = parseCsv(csv.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(13);
    expect(rows.find((r) => r.id === 'trade_sum.000-04.000-05.000-06')).toMatchObject({ status: 'consistent', a_low: '1276000000', a_high: '1276200000', b_low: '1250000000', b_high: '1350000000', a_figure_ids: '000-05 000-06', b_figure_ids: '000-04' });
    expect(rows.find((r) => r.id === 'sources.000-02.001-04')).toMatchObject({ b_low: '8500000000', b_high: '', difference_low: '0', difference_high: '' });
    const json = await t.get('/data/checks.json');
    expect(json.status).toBe(200);
    expect(JSON.stringify(JSON.parse(json.text)).includes('"growth.002-02.002-03"')).toBe(true);
  });
});

describe('a database whose seed wrote no checks (the bench generator’s)', () => {
  it('says no checks were run, and the partner page still serves', async () => {
    const app = await buildTestApp();
    app.db.delete(crossChecks).run();
    const page = await app.get('/en/checks');
    expect(page.status).toBe(200);
    expect(textOf(page.document.querySelector('main'))).toContain('No checks were run on this data.');
    const partner = await app.get('/en/partners/JPN');
    expect(partner.status).toBe(200);
    expect(partner.document.querySelector('.check-lines')).toBeNull();
    expect((await app.get('/data/checks.csv')).text.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

