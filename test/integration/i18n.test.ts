/**
 * The interface in English, Russian and Kazakh: the language lives in the URL and is remembered,
 * every page speaks it fully, numbers and dates follow it, and search works across scripts.
 */
import { parse } from 'csv-parse/sync';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { LANGS, MESSAGES } from '../../src/i18n/index';
import { translationOf } from '../../src/i18n/names';
import { buildTestApp, textOf } from '../helpers/app';
import { TRANSLATED_PAGES as PAGES } from '../helpers/pages';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});

/** Every string leaf of a message object, with its key path. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

/** Visible interface text: the page without curated data kept in English (marked lang="en") or in its original language. */
function interfaceText(doc: HTMLElement, lang: string): string {
  for (const el of doc.querySelectorAll('[lang]')) if (el.getAttribute('lang') !== lang && el.tagName !== 'HTML') el.remove();
  for (const el of doc.querySelectorAll('script, style, code, blockquote')) el.remove();
  return textOf(doc.querySelector('body'));
}

describe('message tables', () => {
  it('have the same keys in every language, none empty', () => {
    const shape = (m: unknown) => leaves(m).map(([k, v]) => `${k}:${typeof v}`).sort();
    for (const lang of LANGS) {
      expect(shape(MESSAGES[lang]), lang).toEqual(shape(en));
      for (const [key, value] of leaves(MESSAGES[lang])) {
        if (typeof value === 'string' && key !== 'qualifier.exact') expect(value.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        if (typeof value === 'function') {
          const f = value as (...a: unknown[]) => unknown;
          let out: unknown;
          try {
            out = f(3, 5, 7, 9);
          } catch {
            out = f('Japan', 'Russia', '2024', 'x');
          }
          // Text with every argument in place: none blank, and none dropped in as undefined or NaN.
          expect(String(out), `${lang} ${key}`).toMatch(/\S/);
          expect(String(out), `${lang} ${key}`).not.toMatch(/undefined|NaN|null|\[object /);
        }
      }
    }
  });

  it('are translations, not copies of the English', () => {
    const english = new Map(leaves(en).filter(([, v]) => typeof v === 'string' && (v as string).includes(' ')));
    for (const lang of ['ru', 'kk'] as const) {
      const copied = leaves(MESSAGES[lang]).filter(([k, v]) => english.get(k) === v).map(([k]) => k);
      expect(copied, lang).toEqual([]);
    }
  });
});

describe('choosing the language', () => {
  it.each([
    [{}, '/en'],
    [{ 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.8' }, '/ru'],
    [{ 'Accept-Language': 'de-DE, kk;q=0.5, en;q=0.3' }, '/kk'],
    [{ 'Accept-Language': 'ru', Cookie: 'lang=kk' }, '/kk'],
    [{ Cookie: 'lang=xx' }, '/en'],
  ])('a page address without a language goes to the remembered or preferred one (%j → %s)', async (headers, prefix) => {
    const r = await t.app.request('/partners/JPN?x=1', { headers });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe(`${prefix}/partners/JPN?x=1`);
    expect(r.headers.get('vary')).toContain('Cookie');
    expect((await t.app.request('/', { headers })).headers.get('location')).toBe(prefix);
  });

  it('remembers a language when the reader chooses it, and only then', async () => {
    expect((await t.app.request('/kk/partners')).headers.get('set-cookie')).toBeNull();
    const chosen = await t.app.request(`/language/kk?next=${encodeURIComponent('/kk/partners?x=1')}`);
    expect(chosen.status).toBe(302);
    expect(chosen.headers.get('location')).toBe('/kk/partners?x=1');
    expect(chosen.headers.get('set-cookie')).toMatch(/^lang=kk; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax/);
    expect(chosen.headers.get('cache-control')).toBe('private, no-store');
    // Never a page in another language, never another host.
    for (const next of ['/ru/partners', '//evil.example/kk', 'https://evil.example/kk', '/kk\\evil', '']) {
      expect((await t.app.request(`/language/kk?next=${encodeURIComponent(next)}`)).headers.get('location'), next).toBe('/kk');
    }
    expect((await t.app.request('/language/de')).status).toBe(404);
  });

  it('offers the same page, with its query, in the other languages', async () => {
    const doc = (await t.get('/ru/compare?partner=RUS')).document;
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ru');
    const links = Object.fromEntries(doc.querySelectorAll('nav.languages a').map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
    expect(links).toEqual({
      en: `/language/en?next=${encodeURIComponent('/en/compare?partner=RUS')}`,
      ru: `/language/ru?next=${encodeURIComponent('/ru/compare?partner=RUS')}`,
      kk: `/language/kk?next=${encodeURIComponent('/kk/compare?partner=RUS')}`,
    });
    // The page itself, in each language, for search engines.
    expect(doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href'))).toEqual(['/en/compare?partner=RUS', '/ru/compare?partner=RUS', '/kk/compare?partner=RUS']);
    expect(doc.querySelector('nav.languages a[aria-current="true"]')?.getAttribute('hreflang')).toBe('ru');
  });

  it('downloads stay language-neutral, with or without a prefix', async () => {
    const bare = await t.get('/data/observations.csv?partner=RUS');
    const prefixed = await t.get('/kk/data/observations.csv?partner=RUS');
    expect(prefixed.text).toBe(bare.text);
  });
});

describe.each(['en', 'ru', 'kk'] as const)('the interface in %s', (lang) => {
  const m = MESSAGES[lang];
  it.each(PAGES)(`/${lang}%s speaks ${lang} only`, async (path) => {
    const r = await t.get(`/${lang}${path}`);
    expect(r.status).toBe(200);
    const doc = r.document;
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
    // The page's own section is marked in the navigation, named in this language (search belongs to none).
    const section = path.split(/[/?]/)[1] || 'overview';
    const current = doc.querySelectorAll('nav[aria-label] a[aria-current="page"]').map((a) => textOf(a));
    expect(current).toEqual(section === 'search' ? [] : [m.nav[section as 'overview' | 'partners' | 'compare' | 'sources' | 'data']]);
    expect(textOf(doc.querySelector('.site-footer p'))).toBe(m.site.footer);
    // Every internal page link stays in the language.
    for (const a of doc.querySelectorAll('main a[href^="/"], header nav:not(.languages) a')) {
      const href = a.getAttribute('href') ?? '';
      if (!/\.(csv|json|zip)(\?|$)/.test(href)) expect(href.startsWith(`/${lang}`), href).toBe(true);
    }
    if (lang !== 'en') {
      const text = interfaceText(doc, lang);
      const english = leaves(en)
        .filter(([k, v]) => typeof v === 'string' && (v as string).length >= 8 && (v as string).includes(' ') && !k.startsWith('languages'))
        .map(([, v]) => v as string);
      for (const phrase of english) expect(text, `English left on /${lang}${path}`).not.toContain(phrase);
    }
  });
});

describe('numbers, dates and names per language', () => {
  it('formats money, periods and dates in each language', async () => {
    const turnover = async (lang: string) => {
      const doc = (await t.get(`/${lang}`)).document;
      const row = doc.querySelectorAll('section.card[aria-labelledby="card-JPN"] .headline-row')[0]!;
      return textOf(row.querySelector('dd'));
    };
    expect(await turnover('en')).toMatch(/^\$1\.3 bn.* Jan–Sep 2025 9 months$/);
    expect(await turnover('ru')).toMatch(/^1,3 млрд \$.* январь–сентябрь 2025 г\. 9 месяцев$/);
    expect(await turnover('kk')).toMatch(/^1,3 млрд \$.* 2025 ж\. қаңтар–қыркүйек 9 ай$/);
    expect(textOf((await t.get('/ru')).document.querySelector('section.card[aria-labelledby="card-JPN"] a.source-link'))).toBe('Kazinform, 17 декабря 2025 г.');
    expect(textOf((await t.get('/kk')).document.querySelector('section.card[aria-labelledby="card-JPN"] a.source-link'))).toBe('Kazinform, 2025 ж. 17 желтоқсан');
  });

  it('names partners, figures and commodities, and labels chart axes, in the language', async () => {
    const doc = (await t.get('/kk/partners/JPN')).document;
    expect(textOf(doc.querySelector('h1'))).toBe('Жапония');
    const spec = JSON.parse(doc.querySelector('figure#trade-JPN canvas')!.getAttribute('data-chart')!);
    expect(spec.lang).toBe('kk');
    expect(spec.datasets.map((d: { label: string }) => d.label)).toEqual(['Тауар айналымы', 'Экспорт', 'Импорт']);
    expect(spec.labels[2]).toEqual(['2025\u00a0ж. қаңтар–қыркүйек', '(9 ай)']);
    expect(textOf(doc.querySelector('section[aria-labelledby="composition"] tbody th'))).toMatch(/^Ферроқорытпалар/);
    const ru = (await t.get('/ru/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09')).document;
    expect(textOf(ru.querySelector('#compare-result h2'))).toBe('Товарооборот, Япония: 2024 г. → январь–сентябрь 2025 г.');
    expect(textOf(ru.querySelector('.method'))).toBe(MESSAGES.ru.compare.methods.different_lengths);
  });

  it('shows each quote in its original language with a translation into the interface language', async () => {
    const ru = (await t.get('/ru/sources/000_a50b504d80912738')).document.querySelector('#fig-000-05')!;
    expect(ru.querySelector('blockquote')?.getAttribute('lang')).toBe('uz-Cyrl');
    expect(ru.querySelector('.translation')?.getAttribute('lang')).toBe('ru');
    expect(textOf(ru.querySelector('.translation'))).toContain('экспорт — 331,9 миллиона долларов');
    const kk = (await t.get('/kk/sources/004_3d641aaf15a662e3')).document.querySelector('#fig-004-06')!;
    expect(kk.querySelector('.translation')?.getAttribute('lang')).toBe('kk');
    // A Russian quote on a Russian page needs no translation.
    expect((await t.get('/ru/sources/004_3d641aaf15a662e3')).document.querySelector('#fig-004-06 .translation')).toBeNull();
    expect(textOf((await t.get('/en/sources/001_2a22ae72c3245a82')).document.querySelector('#fig-001-03 .translation'))).toContain('reached 2 billion dollars');
  });

  it('falls back to the English translation, labelled, where there is none in the language', () => {
    expect(translationOf({ lang: 'kk' }, 'ru', { en: 'English', ru: null, kk: null })).toEqual({ text: 'English', lang: 'en', english: true });
    expect(translationOf({ lang: 'ru' }, 'ru', { en: 'English', ru: null, kk: null })).toBeNull();
  });

  it('adds name columns in the language to a download on request, keeping the contract columns', async () => {
    const plain = parse((await t.get('/data/observations.csv?partner=JPN&indicator=exports')).text, { columns: true }) as Array<Record<string, string>>;
    const ru = parse((await t.get('/data/observations.csv?partner=JPN&indicator=exports&lang=ru')).text, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(ru[0]!).slice(0, Object.keys(plain[0]!).length)).toEqual(Object.keys(plain[0]!));
    expect(ru.map((r) => [r.indicator_name, r.partner_name, r.reporter_name])).toEqual([
      ['Экспорт', 'Япония', 'Казахстан'],
      ['Экспорт', 'Япония', 'Казахстан'],
    ]);
    expect(ru[1]!.quote_translation).toContain('331,9 миллиона');
    const shares = parse((await t.get('/data/commodity-shares.csv?flow=export&lang=kk')).text, { columns: true }) as Array<Record<string, string>>;
    expect(shares[0]!.commodity_name).toBe('Ферроқорытпалар');
    expect((await t.get('/data/observations.csv?lang=de')).status).toBe(400);
  });

  it('explains errors in the language', async () => {
    const ru = await t.get('/ru/partners/XXX');
    expect(ru.status).toBe(404);
    expect(textOf(ru.document.querySelector('.error-message'))).toBe(MESSAGES.ru.errors.noPartner('XXX'));
    const kk = await t.get('/kk/data/observations?colour=red');
    expect(kk.status).toBe(400);
    expect(textOf(kk.document.querySelector('.error-message'))).toContain('Белгісіз параметр «colour»');
    const invalid = await t.get('/ru/data/observations?period=2025-13');
    expect(textOf(invalid.document.querySelector('.error-message'))).toBe(MESSAGES.ru.errors.invalidParameter('period', MESSAGES.ru.validation.periodToken!));
  });
});

describe('search across scripts', () => {
  const first = async (path: string) => {
    const doc = (await t.get(path)).document;
    const link = doc.querySelector('#search-results a');
    return [link?.getAttribute('href'), textOf(link)];
  };
  it.each([
    ['/en/search?q=Japan', '/en/partners/JPN', 'Japan'],
    ['/en/search?q=Yaponiya', '/en/partners/JPN', 'Japan'],
    ['/ru/search?q=Жапония', '/ru/partners/JPN', 'Япония'],
    ['/kk/search?q=Япония', '/kk/partners/JPN', 'Жапония'],
    ['/kk/search?q=japan', '/kk/partners/JPN', 'Жапония'],
    ['/en/search?q=Rossiya', '/en/partners/RUS', 'Russia'],
    ['/ru/search?q=ферроқотишмалар', '/ru/data/commodity-shares?commodity=ferroalloys', 'Ферросплавы'],
    ['/en/search?q=Товарооборот', '/en/data/observations?indicator=trade_turnover', 'Trade turnover'],
    ['/kk/search?q=Tokyo Declaration', '/kk/sources/001_2a22ae72c3245a82', '"Орталық Азия – Жапония" саммитінде Токио декларациясы қабылданды'],
  ])('%s finds %s first', async (path, target, name) => {
    expect(await first(path)).toEqual([target, name]);
  });

  it('says which name matched, and what it found nothing for', async () => {
    const doc = (await t.get('/en/search?q=Yaponiya')).document;
    expect(textOf(doc.querySelector('#search-results li'))).toBe('Japan · matched “Yaponiya”');
    expect(textOf((await t.get('/ru/search?q=zzzz')).document.querySelector('#search-results .count'))).toBe('По запросу «zzzz» ничего не найдено.');
  });

  it('answers an htmx request with the results only, and refuses an over-long query', async () => {
    const r = await t.getPartial('/en/search?q=Kazinform');
    expect(r.text).not.toContain('<html');
    expect(r.document.querySelectorAll('a[href^="/en/sources/"]')).toHaveLength(2);
    expect((await t.get(`/en/search?q=${'x'.repeat(101)}`)).status).toBe(400);
  });

  it('has a search box on every page', async () => {
    for (const lang of LANGS) {
      const form = (await t.get(`/${lang}/sources`)).document.querySelector('header form.site-search');
      expect(form?.getAttribute('action')).toBe(`/${lang}/search`);
      expect(form?.querySelector('input[name="q"]')?.getAttribute('placeholder')).toBe(MESSAGES[lang].search.placeholder);
    }
  });
});
