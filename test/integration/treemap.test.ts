/**
 * The composition treemaps on a partner page: their spec in three languages (areas by derived
 * dollar value, labels in the page's words, the remainder apart and marked), the table beside
 * each, and the chart's travelling forms: the server's PNG draws the rectangles, the wide CSV has
 * one row per rectangle, the embed page frames it.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { chartConfig, treemapLabel } from '../../src/charts/config';
import { PALETTE } from '../../src/charts/palette';
import type { TreemapChartSpec } from '../../views/chart-spec';
import { buildTestApp, textOf } from '../helpers/app';

const t = await buildTestApp();
const EXPORTS = 'composition-export-000-2025-01-01';
const IMPORTS = 'composition-import-000-2025-01-01';
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function treemaps(lang: string) {
  const doc = (await t.get(`/${lang}/partners/JPN`)).document;
  const figure = (id: string) => doc.querySelector(`figure#${id}`);
  const spec = (id: string) => JSON.parse(figure(id)?.querySelector('canvas[data-chart]')?.getAttribute('data-chart') ?? '{}') as TreemapChartSpec;
  return { doc, figure, spec };
}

const WORDS = {
  en: { ferro: 'Ferroalloys', value: '≈ $315 m', share: '94.8%', rest: 'Not itemised in the source', restShare: '0.27% – 0.59%', area: 'areas: dollar values, derived', importRest: '≈ $200 m' },
  ru: { ferro: 'Ферросплавы', value: '≈ 315 млн $', share: '94,8%', rest: 'Прочее (не детализировано)', restShare: '0,27% – 0,59%', area: 'площадь — стоимость в долларах, расчёт', importRest: '≈ 200 млн $' },
  kk: { ferro: 'Ферроқорытпалар', value: '≈ 315 млн $', share: '94,8%', rest: 'Басқалары (бөлініп көрсетілмеген)', restShare: '0,27% – 0,59%', area: 'ауданы — долларлық құны, есептелген', importRest: '≈ 200 млн $' },
} as const;

describe.each(Object.entries(WORDS))('the Japan page in %s', (lang, words) => {
  it('draws each flow’s composition as a treemap whose areas are derived dollar values, with the remainder apart and marked', async () => {
    const { spec, figure } = await treemaps(lang);
    const exports = spec(EXPORTS);
    expect(exports).toMatchObject({ kind: 'treemap', unit: 'USD', lang, colour: 1 });
    expect(exports.items.map((i) => i.remainder ?? false)).toEqual([false, false, false, false, true]);
    const [ferro] = exports.items;
    expect(ferro).toMatchObject({ label: words.ferro, share: 94.8, derived: true });
    expect(ferro?.valueEstimate?.low).toBeCloseTo(314_427_875, 0);
    expect(ferro?.valueEstimate?.high).toBeCloseTo(314_854_575, 0);
    // The area is the middle of the derived interval, not the share.
    expect(ferro?.value).toBeCloseTo(314_641_225, 0);
    const labelOf = (i: number) => {
      const w = treemapLabel(exports, exports.items[i]!);
      return [w.name, w.share, w.value].map((x) => nbsp(x ?? ''));
    };
    expect(labelOf(0)).toEqual([words.ferro, words.share, words.value]);
    expect(labelOf(4)).toEqual([words.rest, words.restShare, expect.stringMatching(/0,9|0\.9/)]);
    expect(exports.stripes).toBeTruthy();
    expect(nbsp(textOf(figure(EXPORTS)?.querySelector('.chart-title')))).toContain(words.area);

    const imports = spec(IMPORTS);
    expect(imports).toMatchObject({ kind: 'treemap', unit: 'USD', colour: 2 });
    expect(imports.items).toHaveLength(10);
    const rest = imports.items.find((i) => i.remainder);
    expect(rest?.label).toBe(words.rest);
    expect(nbsp(treemapLabel(imports, rest!).value ?? '')).toBe(words.importRest);
  });

  it('puts a table beside each: commodity, share, and the derived value with its range, the remainder as its own row', async () => {
    const { figure } = await treemaps(lang);
    const table = figure(EXPORTS)?.querySelector('.chart-table table');
    expect(table?.querySelectorAll('thead th')).toHaveLength(3);
    const rows = table?.querySelectorAll('tbody tr') ?? [];
    expect(rows).toHaveLength(5);
    const ferro = rows[0]!;
    expect(nbsp(textOf(ferro.querySelector('th')))).toContain(words.ferro);
    expect(ferro.querySelector('.derived-value')?.getAttribute('data-inputs')).toBe('000-s01 000-05');
    expect(nbsp(textOf(ferro.querySelector('.derived-value .amount')))).toBe(words.value);
    expect(nbsp(textOf(ferro.querySelector('.range')))).toMatch(/314[.,]4.*314[.,]9/);
    const last = rows[4]!;
    expect(textOf(last.querySelector('th'))).toBe(words.rest);
    expect(last.querySelectorAll('.derived-value')).toHaveLength(2);
    expect(figure(EXPORTS)?.querySelector('.downloads a')?.getAttribute('href')).toBe('/data/commodity-values.csv?partner=JPN&flow=export&source_id=000_a50b504d80912738&period=2025-01%2F2025-09');
  });

  it('draws the treemap as a 2000-pixel PNG on the server, its rectangles in the flow’s colour', { timeout: 30_000 }, async () => {
    for (const [id, colour] of [
      [EXPORTS, PALETTE[1]],
      [IMPORTS, PALETTE[2]],
    ] as const) {
      const r = await t.app.request(`/${lang}/partners/JPN/chart/${id}.png`);
      expect(r.status, id).toBe(200);
      expect(r.headers.get('content-type')).toBe('image/png');
      const image = await loadImage(Buffer.from(await r.arrayBuffer()));
      expect(image.width).toBe(2000);
      const canvas = createCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      const [cr, cg, cb] = (colour.match(/[0-9A-F]{2}/gi) ?? []).map((h) => Number.parseInt(h, 16));
      let filled = 0;
      let sampled = 0;
      for (let i = 0; i < data.length; i += 4 * 101) {
        sampled += 1;
        if (Math.abs((data[i] ?? 0) - (cr ?? 0)) < 6 && Math.abs((data[i + 1] ?? 0) - (cg ?? 0)) < 6 && Math.abs((data[i + 2] ?? 0) - (cb ?? 0)) < 6) filled += 1;
      }
      // The rectangles fill most of the plot: far more than bars' outlines, less than the whole image (title, notes, footer).
      expect(filled / sampled, id).toBeGreaterThan(0.3);
      expect(filled / sampled, id).toBeLessThan(0.9);
    }
  });

  it('gives a wide CSV with one row per rectangle, and an embed page', async () => {
    const { spec } = await treemaps(lang);
    const r = await t.get(`/${lang}/partners/JPN/chart/${IMPORTS}.csv`);
    expect(r.status).toBe(200);
    const rows = parseCsv(r.text, { bom: true }) as string[][];
    expect(rows).toHaveLength(1 + spec(IMPORTS).items.length);
    expect(rows[0]).toHaveLength(6);
    expect(rows[1]?.slice(0, 2)).toEqual([spec(IMPORTS).items[0]?.label, '55.8']);
    expect(rows[1]?.slice(4)).toEqual(['526363625', '527363625']);
    const rest = rows.find((row) => row[0] === words.rest);
    expect(rest?.slice(1, 4)).toEqual(['', '21.6', '23.4']);
    const embed = await t.get(`/${lang}/partners/JPN/embed/${EXPORTS}`);
    expect(embed.status).toBe(200);
    expect(embed.document.querySelector('canvas[data-chart]')).not.toBeNull();
  });
});

describe('the treemap configuration', () => {
  it('is a chartjs-chart-treemap chart whose labels hide where they do not fit, the remainder hatched', async () => {
    const { spec } = await treemaps('en');
    const s = spec(EXPORTS);
    const hatched: string[] = [];
    const config = chartConfig(s, (colour) => {
      hatched.push(colour);
      return 'pattern';
    });
    expect(config.type).toBe('treemap');
    const dataset = config.data.datasets[0] as unknown as { tree: Array<{ area: number }>; labels: { overflow: string }; backgroundColor: (ctx: unknown) => unknown };
    expect(dataset.tree.map((x) => x.area)).toEqual(s.items.map((i) => i.value));
    expect(dataset.labels.overflow).toBe('hidden');
    expect(dataset.backgroundColor({ raw: { _data: { index: 4 } } })).toBe('pattern');
    expect(dataset.backgroundColor({ raw: { _data: { index: 0 } } })).toBe(PALETTE[1]);
    expect(hatched).toHaveLength(1);
  });
});
