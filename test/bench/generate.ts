/**
 * Builds a deterministic synthetic database in the real schema, for the benchmarks:
 *
 *   npm run bench:data -- --rows 1000000 --out bench-results/bench-1000000.db [--force] [--seed 42]
 *
 * The schema comes from the project's own migrations (db/client.ts), the indicators from
 * seeds/indicators.csv; partners (about 200: real major partners plus codes from the ISO
 * user-assigned range XAA–XZZ), about 50 commodities and 40 sources are synthetic. Every row
 * satisfies the schema's CHECK constraints and the loader's rules (as_written inside the quote and
 * reading as the value, stocks and counts at a date, shares per statement adding up to at most
 * 100). The same arguments always give the same rows: one seeded PRNG, no Math.random.
 * The app serves the file unchanged with DATABASE_PATH=<file>.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { migrateDatabase, openDatabase } from '../../db/client';
import * as schema from '../../db/schema';
import { readSeeds } from '../../seeds/loader';
import { writeExportLines } from '../../src/export-lines';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stateless hash of small integers to [0, 1): the "true" value of a figure must not depend on draw order. */
function hash01(...keys: number[]): number {
  let h = 0x811c9dc5;
  for (const k of keys) {
    h = Math.imul(h ^ (k & 0xffff), 0x01000193);
    h = Math.imul(h ^ (k >>> 16), 0x01000193);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

/** Picks an index by weight: cumulative weights and a binary search. */
function weighted(weights: readonly number[]): (u: number) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return (u) => {
    const target = u * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

// ---------------------------------------------------------------------------------------------
// Reference data

type Lang = 'kk' | 'ru' | 'uz-Cyrl';
type IndicatorDef = typeof schema.indicators.$inferInsert;

interface PartnerDef {
  code: string;
  kind: 'country' | 'group';
  nameEn: string;
  nameRu: string;
  nameKk: string;
}

/** Kazakhstan's main partners, roughly by trade volume (the order sets how many rows each gets). */
const MAJOR_PARTNERS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['RUS', 'Russia', 'Россия', 'Ресей'],
  ['CHN', 'China', 'Китай', 'Қытай'],
  ['ITA', 'Italy', 'Италия', 'Италия'],
  ['NLD', 'Netherlands', 'Нидерланды', 'Нидерланд'],
  ['TUR', 'Türkiye', 'Турция', 'Түркия'],
  ['UZB', 'Uzbekistan', 'Узбекистан', 'Өзбекстан'],
  ['KOR', 'Republic of Korea', 'Республика Корея', 'Корея Республикасы'],
  ['DEU', 'Germany', 'Германия', 'Германия'],
  ['FRA', 'France', 'Франция', 'Франция'],
  ['USA', 'United States', 'США', 'АҚШ'],
  ['JPN', 'Japan', 'Япония', 'Жапония'],
  ['KGZ', 'Kyrgyzstan', 'Кыргызстан', 'Қырғызстан'],
  ['BLR', 'Belarus', 'Беларусь', 'Беларусь'],
  ['TJK', 'Tajikistan', 'Таджикистан', 'Тәжікстан'],
  ['TKM', 'Turkmenistan', 'Туркменистан', 'Түрікменстан'],
  ['AZE', 'Azerbaijan', 'Азербайджан', 'Әзербайжан'],
  ['CHE', 'Switzerland', 'Швейцария', 'Швейцария'],
  ['GBR', 'United Kingdom', 'Великобритания', 'Ұлыбритания'],
  ['UKR', 'Ukraine', 'Украина', 'Украина'],
  ['IND', 'India', 'Индия', 'Үндістан'],
  ['ESP', 'Spain', 'Испания', 'Испания'],
  ['POL', 'Poland', 'Польша', 'Польша'],
  ['IRN', 'Iran', 'Иран', 'Иран'],
  ['ARE', 'United Arab Emirates', 'Объединённые Арабские Эмираты', 'Біріккен Араб Әмірліктері'],
  ['SAU', 'Saudi Arabia', 'Саудовская Аравия', 'Сауд Арабиясы'],
  ['CAN', 'Canada', 'Канада', 'Канада'],
  ['GEO', 'Georgia', 'Грузия', 'Грузия'],
  ['MNG', 'Mongolia', 'Монголия', 'Моңғолия'],
  ['PAK', 'Pakistan', 'Пакистан', 'Пәкістан'],
  ['AFG', 'Afghanistan', 'Афганистан', 'Ауғанстан'],
  ['BEL', 'Belgium', 'Бельгия', 'Бельгия'],
  ['AUT', 'Austria', 'Австрия', 'Австрия'],
  ['CZE', 'Czechia', 'Чехия', 'Чехия'],
  ['HUN', 'Hungary', 'Венгрия', 'Венгрия'],
  ['FIN', 'Finland', 'Финляндия', 'Финляндия'],
  ['SWE', 'Sweden', 'Швеция', 'Швеция'],
  ['LTU', 'Lithuania', 'Литва', 'Литва'],
  ['LVA', 'Latvia', 'Латвия', 'Латвия'],
  ['EST', 'Estonia', 'Эстония', 'Эстония'],
  ['ROU', 'Romania', 'Румыния', 'Румыния'],
  ['GRC', 'Greece', 'Греция', 'Грекия'],
  ['ISR', 'Israel', 'Израиль', 'Израиль'],
  ['EGY', 'Egypt', 'Египет', 'Мысыр'],
  ['VNM', 'Viet Nam', 'Вьетнам', 'Вьетнам'],
  ['THA', 'Thailand', 'Таиланд', 'Тайланд'],
  ['MYS', 'Malaysia', 'Малайзия', 'Малайзия'],
  ['SGP', 'Singapore', 'Сингапур', 'Сингапур'],
  ['IDN', 'Indonesia', 'Индонезия', 'Индонезия'],
  ['BRA', 'Brazil', 'Бразилия', 'Бразилия'],
  ['ARM', 'Armenia', 'Армения', 'Армения'],
];

const GROUPS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['C5', 'Central Asia', 'Центральная Азия', 'Орталық Азия'],
  ['WLD', 'World', 'Мир', 'Әлем'],
  ['EU', 'European Union', 'Европейский союз', 'Еуропалық Одақ'],
];

const TOTAL_PARTNERS = 200;

function buildPartners(): PartnerDef[] {
  const list: PartnerDef[] = MAJOR_PARTNERS.map(([code, nameEn, nameRu, nameKk]) => ({ code, kind: 'country', nameEn, nameRu, nameKk }));
  list.push(...GROUPS.map(([code, nameEn, nameRu, nameKk]) => ({ code, kind: 'group' as const, nameEn, nameRu, nameKk })));
  // ISO 3166-1 reserves XAA–XZZ for user-assigned codes: they can never collide with a real country.
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; list.length < TOTAL_PARTNERS; i += 1) {
    const code = `X${letters[Math.floor(i / 26)]}${letters[i % 26]}`;
    list.push({ code, kind: 'country', nameEn: `Synthetic partner ${code}`, nameRu: `Синтетический партнёр ${code}`, nameKk: `Синтетикалық серіктес ${code}` });
  }
  return list;
}

const KAZ: PartnerDef = { code: 'KAZ', kind: 'country', nameEn: 'Kazakhstan', nameRu: 'Казахстан', nameKk: 'Қазақстан' };

/** [code, hs_code, en, ru, kk]: added to the curated commodities up to about 50. */
const EXTRA_COMMODITIES: ReadonlyArray<readonly [string, string | null, string, string, string]> = [
  ['crude_oil', '2709', 'Crude oil', 'Сырая нефть', 'Шикі мұнай'],
  ['natural_gas', '2711', 'Natural gas', 'Природный газ', 'Табиғи газ'],
  ['coal', '2701', 'Coal', 'Уголь', 'Көмір'],
  ['uranium', '2844', 'Uranium', 'Уран', 'Уран'],
  ['copper', '74', 'Copper', 'Медь', 'Мыс'],
  ['zinc', '79', 'Zinc', 'Цинк', 'Мырыш'],
  ['lead', '78', 'Lead', 'Свинец', 'Қорғасын'],
  ['iron_ore', '2601', 'Iron ore', 'Железная руда', 'Темір кені'],
  ['steel', '72', 'Iron and steel', 'Чёрные металлы', 'Қара металдар'],
  ['gold', '7108', 'Gold', 'Золото', 'Алтын'],
  ['silver', '7106', 'Silver', 'Серебро', 'Күміс'],
  ['titanium', '8108', 'Titanium', 'Титан', 'Титан'],
  ['chromium_ore', '2610', 'Chromium ore', 'Хромовая руда', 'Хром кені'],
  ['manganese_ore', '2602', 'Manganese ore', 'Марганцевая руда', 'Марганец кені'],
  ['wheat', '1001', 'Wheat', 'Пшеница', 'Бидай'],
  ['barley', '1003', 'Barley', 'Ячмень', 'Арпа'],
  ['flour', '1101', 'Wheat flour', 'Пшеничная мука', 'Бидай ұны'],
  ['sunflower_oil', '1512', 'Sunflower oil', 'Подсолнечное масло', 'Күнбағыс майы'],
  ['flax_seed', '1204', 'Flax seed', 'Семена льна', 'Зығыр тұқымы'],
  ['cotton', '52', 'Cotton', 'Хлопок', 'Мақта'],
  ['meat', '02', 'Meat', 'Мясо', 'Ет'],
  ['fish', '03', 'Fish', 'Рыба', 'Балық'],
  ['dairy', '04', 'Dairy products', 'Молочная продукция', 'Сүт өнімдері'],
  ['fruit', '08', 'Fruit and nuts', 'Фрукты и орехи', 'Жемістер мен жаңғақтар'],
  ['vegetables', '07', 'Vegetables', 'Овощи', 'Көкөністер'],
  ['sugar', '17', 'Sugar', 'Сахар', 'Қант'],
  ['tea', '0902', 'Tea', 'Чай', 'Шай'],
  ['tobacco', '24', 'Tobacco', 'Табак', 'Темекі'],
  ['fertilisers', '31', 'Fertilisers', 'Удобрения', 'Тыңайтқыштар'],
  ['plastics', '39', 'Plastics', 'Пластмассы', 'Пластмассалар'],
  ['pharmaceuticals', '30', 'Pharmaceuticals', 'Фармацевтическая продукция', 'Фармацевтикалық өнімдер'],
  ['textiles', '63', 'Textiles', 'Текстильные изделия', 'Тоқыма бұйымдары'],
  ['footwear', '64', 'Footwear', 'Обувь', 'Аяқ киім'],
  ['furniture', '94', 'Furniture', 'Мебель', 'Жиһаз'],
  ['electronics', '85', 'Electrical machinery', 'Электрические машины', 'Электр машиналары'],
  ['computers', '8471', 'Computers', 'Компьютеры', 'Компьютерлер'],
  ['railway_equipment', '86', 'Railway equipment', 'Железнодорожное оборудование', 'Теміржол жабдықтары'],
];
const COMMODITY_TARGET = 50;

const SOURCE_COUNT = 40;
const PUBLISHERS = ['Kazinform', 'Kapital.kz', 'Kursiv', 'Tengrinews', 'Egemen Qazaqstan', 'Forbes Kazakhstan', 'Dunyo', 'Interfax-Kazakhstan', null] as const;

/** Indicator names in the article languages; codes not listed here fall back to the English name. */
const INDICATOR_WORDS: Record<string, { ru: string; kk: string; uz: string }> = {
  trade_turnover: { ru: 'товарооборот', kk: 'тауар айналымы', uz: 'савдо айланмаси' },
  exports: { ru: 'экспорт', kk: 'экспорт', uz: 'экспорт' },
  imports: { ru: 'импорт', kk: 'импорт', uz: 'импорт' },
  investment_stock: { ru: 'объём накопленных инвестиций', kk: 'жинақталған инвестиция көлемі', uz: 'инвестицияларнинг умумий ҳажми' },
  investment_growth_pct: { ru: 'рост инвестиций', kk: 'инвестицияның өсімі', uz: 'инвестициялар ўсиши' },
  agreements_value: { ru: 'сумма подписанных соглашений', kk: 'қол қойылған келісімдердің сомасы', uz: 'имзоланган келишувлар қиймати' },
  agreements_count: { ru: 'число подписанных документов', kk: 'қол қойылған құжаттар саны', uz: 'имзоланган ҳужжатлар сони' },
  companies_count: { ru: 'число работающих компаний', kk: 'жұмыс істеп тұрған компаниялар саны', uz: 'фаолият юритаётган компаниялар сони' },
  joint_ventures_count: { ru: 'число совместных предприятий', kk: 'бірлескен кәсіпорындар саны', uz: 'қўшма корхоналар сони' },
  projects_count: { ru: 'число совместных проектов', kk: 'бірлескен жобалар саны', uz: 'қўшма лойиҳалар сони' },
  projects_value: { ru: 'стоимость совместных проектов', kk: 'бірлескен жобалардың құны', uz: 'қўшма лойиҳалар қиймати' },
  investor_top_n: { ru: 'место среди крупнейших инвесторов', kk: 'ірі инвесторлар қатарындағы орны', uz: 'энг йирик инвесторлар қаторидаги ўрни' },
  goods_types_count: { ru: 'число видов товаров', kk: 'тауар түрлерінің саны', uz: 'товар турлари сони' },
  trade_share_pct: { ru: 'доля во внешней торговле', kk: 'сыртқы саудадағы үлесі', uz: 'ташқи савдодаги улуши' },
  transit_cargo_share_pct: { ru: 'доля транзитных грузов', kk: 'транзиттік жүктердің үлесі', uz: 'транзит юклар улуши' },
  fdi_region_share_pct: { ru: 'доля инвестиций региона', kk: 'өңір инвестицияларының үлесі', uz: 'минтақа инвестициялари улуши' },
};

/** Share of all observations per indicator; indicators not listed share what is left equally. */
const INDICATOR_WEIGHTS: Record<string, number> = { trade_turnover: 0.2, exports: 0.18, imports: 0.18, investment_stock: 0.08 };

const QUALIFIER_CHOICES = ['exact', 'exact', 'exact', 'exact', 'exact', 'exact', 'approx', 'approx', 'approx', 'more_than', 'more_than', 'less_than', 'up_to'] as const;
type Qualifier = (typeof QUALIFIER_CHOICES)[number];

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MULTI_YEAR: ReadonlyArray<readonly [number, number]> = [
  [2000, 2004],
  [2005, 2009],
  [2008, 2012],
  [2010, 2014],
  [2013, 2017],
  [2015, 2019],
  [2018, 2022],
  [2020, 2024],
];
const FIRST_YEAR = 2000;
const LAST_DATE = '2025-12-31';

// ---------------------------------------------------------------------------------------------
// Periods, with their phrases in each language, built once and reused.

interface PeriodDef {
  start: string;
  end: string;
  ru: string;
  kk: string;
  uz: string;
  en: string;
  /** Years covered (fractional for part of a year): scales flow values. */
  years: number;
  /** The year whose level a figure describes. */
  year: number;
  /** An as-of date taken from the article's publication date (the note says so). */
  fromPublication: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const dayEn = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS_EN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const periodCache = new Map<string, PeriodDef>();
function period(key: string, make: () => PeriodDef): PeriodDef {
  let p = periodCache.get(key);
  if (!p) {
    p = make();
    periodCache.set(key, p);
  }
  return p;
}

const yearPeriod = (y: number) =>
  period(`y${y}`, () => ({ start: `${y}-01-01`, end: `${y}-12-31`, ru: `за ${y} год`, kk: `${y} жылы`, uz: `${y} йилда`, en: `in ${y}`, years: 1, year: y, fromPublication: false }));

const janSepPeriod = (y: number) =>
  period(`s${y}`, () => ({
    start: `${y}-01-01`,
    end: `${y}-09-30`,
    ru: `за январь–сентябрь ${y} года`,
    kk: `${y} жылдың қаңтар–қыркүйек айларында`,
    uz: `${y} йилнинг январь–сентябрь ойларида`,
    en: `in January–September ${y}`,
    years: 0.75,
    year: y,
    fromPublication: false,
  }));

const multiYearPeriod = (a: number, b: number) =>
  period(`m${a}`, () => ({ start: `${a}-01-01`, end: `${b}-12-31`, ru: `за ${a}–${b} годы`, kk: `${a}–${b} жылдары`, uz: `${a}–${b} йилларда`, en: `over ${a}–${b}`, years: b - a + 1, year: b, fromPublication: false }));

const datePeriod = (iso: string, fromPublication: boolean) =>
  period(`d${iso}${fromPublication ? 'p' : ''}`, () => ({
    start: iso,
    end: iso,
    ru: `по состоянию на ${dmy(iso)}`,
    kk: `${dmy(iso)} жағдай бойынша`,
    uz: `${dmy(iso)} ҳолатига кўра`,
    en: `as of ${dayEn(iso)}`,
    years: 1,
    year: Number(iso.slice(0, 4)),
    fromPublication,
  }));

const visitPeriod = (start: string) =>
  period(`v${start}`, () => {
    const end = addDays(start, 2);
    const span = `${dmy(start)}–${dmy(end)}`;
    return { start, end, ru: `в ходе визита ${span}`, kk: `${span} сапары барысында`, uz: `${span} ташрифи давомида`, en: `during the visit of ${dayEn(start)}–${dayEn(end)}`, years: 1, year: Number(start.slice(0, 4)), fromPublication: false };
  });

// ---------------------------------------------------------------------------------------------
// Numbers as the articles write them

interface Written {
  value: number;
  asWritten: string;
  en: string;
}

/** Digits with a decimal comma, as in "331,9"; returns the canonical value exactly as the loader reads it. */
function decimal(x: number, decimals: number, scaleExponent: number): { text: string; value: number } {
  let fixed = x.toFixed(decimals);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [whole = '0', frac = ''] = fixed.split('.');
  return { text: frac ? `${whole},${frac}` : whole, value: Number(`${whole}${frac}e${scaleExponent - frac.length}`) };
}

const USD_WORDS: Record<Lang, Record<9 | 6 | 3, string>> = {
  'uz-Cyrl': { 9: 'миллиард доллар', 6: 'миллион доллар', 3: 'минг доллар' },
  kk: { 9: 'млрд доллар', 6: 'миллион доллар', 3: 'мың доллар' },
  ru: { 9: 'млрд долларов', 6: 'млн долларов', 3: 'тыс. долларов' },
};
const EN_SCALE: Record<9 | 6 | 3, string> = { 9: 'billion', 6: 'million', 3: 'thousand' };

/** A dollar amount rounded as a source would print it: "1,3 млрд долларов". */
function writeUsd(v: number, lang: Lang, decimals: number, roundDir: number): Written {
  const exp: 9 | 6 | 3 = v >= 1e9 ? 9 : v >= 1e6 ? 6 : 3;
  const scaled = v / 10 ** exp;
  const step = 10 ** decimals;
  const rounded = Math.max(1 / step, (roundDir < 0 ? Math.floor(scaled * step) : roundDir > 0 ? Math.ceil(scaled * step) : Math.round(scaled * step)) / step);
  const d = decimal(rounded, decimals, exp);
  return { value: d.value, asWritten: `${d.text} ${USD_WORDS[lang][exp]}`, en: `${d.text.replace(',', '.')} ${EN_SCALE[exp]} dollars` };
}

function writePercent(v: number, lang: Lang, decimals: number): Written {
  const d = decimal(Math.round(v * 10 ** decimals) / 10 ** decimals, decimals, 0);
  const word = lang === 'kk' ? ' пайыз' : lang === 'uz-Cyrl' ? ' фоиз' : '%';
  // Whole percents in words ("32 пайыз"), fractions with the sign ("94,8%").
  return { value: d.value, asWritten: d.text.includes(',') ? `${d.text}%` : `${d.text}${word}`, en: `${d.text.replace(',', '.')}%` };
}

function writeCount(n: number, lang: Lang): Written {
  return { value: n, asWritten: lang === 'uz-Cyrl' ? `${n} та` : String(n), en: String(n) };
}

// ---------------------------------------------------------------------------------------------
// Text of the quotes

const QUAL_EN: Record<Qualifier, string> = { exact: '', approx: 'about ', more_than: 'more than ', less_than: 'less than ', up_to: 'up to ' };

/** The number with its qualifier words around it, as each language places them; contains as_written verbatim. */
function qualified(aw: string, q: Qualifier, lang: Lang): string {
  if (lang === 'ru') return `${{ exact: '', approx: 'около ', more_than: 'свыше ', less_than: 'менее ', up_to: 'до ' }[q]}${aw}`;
  if (lang === 'kk') return { exact: aw, approx: `шамамен ${aw}`, more_than: `${aw}дан астам`, less_than: `${aw}дан төмен`, up_to: `${aw}ға дейін` }[q];
  return { exact: aw, approx: `қарийб ${aw}`, more_than: `${aw}дан ортиқ`, less_than: `${aw}дан кам`, up_to: `${aw}гача` }[q];
}

// ---------------------------------------------------------------------------------------------
// The generator

export interface GenerateOptions {
  rows: number;
  out: string;
  force?: boolean;
  seed?: number;
  /** Commodity-share rows as a fraction of `rows`. */
  shareRatio?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  observations: number;
  commodityShares: number;
  partners: number;
  indicators: number;
  commodities: number;
  sources: number;
  seconds: number;
  bytes: number;
}

interface SourceDef {
  id: string;
  publisher: string | null;
  language: Lang;
  publishedOn: string;
  precision: 'day' | 'month' | 'year';
  /** The last day the article can describe: its publication date, or the end of its month or year. */
  latest: string;
  latestYear: number;
  short: { ru: string; kk: string; uz: string; en: string };
}

function buildSources(random: () => number): SourceDef[] {
  const languages: Lang[] = ['kk', 'kk', 'ru', 'ru', 'uz-Cyrl'];
  const sources: SourceDef[] = [];
  for (let i = 0; i < SOURCE_COUNT; i += 1) {
    const hex = Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');
    // More recent years have more articles; the oldest is from 2001, so that 2000 can be stated.
    const year = 2001 + Math.min(24, Math.floor(25 * Math.sqrt(random())));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysInMonth(year, month));
    const r = random();
    const precision = r < 0.8 ? 'day' : r < 0.9 ? 'month' : 'year';
    const publishedOn = precision === 'day' ? `${year}-${pad(month)}-${pad(day)}` : precision === 'month' ? `${year}-${pad(month)}` : String(year);
    const latest = precision === 'day' ? publishedOn : precision === 'month' ? `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` : `${year}-12-31`;
    const publisher = PUBLISHERS[Math.floor(random() * PUBLISHERS.length)] ?? null;
    const language = languages[Math.floor(random() * languages.length)] as Lang;
    const name = publisher ?? 'источник';
    sources.push({
      id: `${String(100 + i).padStart(3, '0')}_${hex}`,
      publisher,
      language,
      publishedOn,
      precision,
      latest: latest > LAST_DATE ? LAST_DATE : latest,
      latestYear: Number(latest.slice(0, 4)),
      short: { ru: `данным ${name}`, kk: `${publisher ?? 'Дереккөз'}`, uz: `${publisher ?? 'Манба'}`, en: publisher ?? 'the source' },
    });
  }
  return sources;
}

/** Refuses to overwrite unless forced, then writes the database and reports what it wrote. */
export function generateBenchDatabase(options: GenerateOptions): GenerateResult {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const rows = options.rows;
  const out = path.resolve(options.out);
  if (existsSync(out)) {
    if (!options.force) throw new Error(`${options.out} exists; pass --force to overwrite it.`);
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${out}${suffix}`, { force: true });
  }
  mkdirSync(path.dirname(out), { recursive: true });

  const random = prng(options.seed ?? 42);
  const seeds = readSeeds();
  const indicators: IndicatorDef[] = seeds.indicators;
  const partners = buildPartners();
  const commodities = [
    ...seeds.commodities.map((c) => ({ code: c.code, hsCode: c.hsCode ?? null, nameEn: c.nameEn, nameRu: c.nameRu, nameKk: c.nameKk })),
    ...EXTRA_COMMODITIES.map(([code, hsCode, nameEn, nameRu, nameKk]) => ({ code, hsCode, nameEn, nameRu, nameKk })),
  ]
    .filter((c, i, all) => all.findIndex((d) => d.code === c.code) === i)
    .slice(0, COMMODITY_TARGET);
  const sources = buildSources(random);

  const handle = openDatabase(out, { readonly: false });
  const { sqlite } = handle;
  migrateDatabase(handle.db);
  // Bulk load into a new file: a rollback journal (it journals nothing for pages the transaction adds; better-sqlite3's
  // defensive mode refuses journal_mode = OFF), no fsync, a large page cache. The file ends in WAL mode, as
  // openDatabase leaves it. The secondary indexes are dropped for the load and rebuilt from their own SQL, as
  // the migration wrote it: building an index by sorting is faster than a million random insertions into it.
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1048576');
  sqlite.pragma('temp_store = MEMORY');
  const indexes = sqlite
    .prepare("select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('observations', 'commodity_shares') order by name")
    .all() as Array<{ name: string; sql: string }>;
  for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);

  const insertObservation = sqlite.prepare(
    'insert into observations (id, indicator, reporter, partner, period_start, period_end, value, unit, qualifier, as_written, source_id, quote, quote_en, quote_ru, quote_kk, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertShare = sqlite.prepare(
    'insert into commodity_shares (id, reporter, partner, flow, period_start, period_end, commodity, commodity_original, share_pct, qualifier, as_written, source_id, quote, quote_en, quote_ru, quote_kk, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );

  // The few reference rows go through Drizzle, so that every column of the current schema is named as the app names it.
  const titles = (n: number): Record<Lang, string> => ({
    ru: `Синтетическая статья № ${n} о внешней торговле Казахстана`,
    kk: `Қазақстанның сыртқы саудасы туралы № ${n} синтетикалық мақала`,
    'uz-Cyrl': `Қозоғистон ташқи савдоси ҳақида № ${n} синтетик мақола`,
  });
  handle.db.transaction((tx) => {
    tx.insert(schema.partners).values([KAZ, ...partners]).run();
    tx.insert(schema.indicators).values(indicators).run();
    tx.insert(schema.commodities).values(commodities).run();
    tx.insert(schema.sources)
      .values(
        sources.map((s, i) => {
          const title = titles(i + 1);
          return {
            id: s.id,
            publisher: s.publisher,
            title: title[s.language],
            titleEn: `Synthetic article no. ${i + 1} on Kazakhstan's foreign trade`,
            titleRu: s.language === 'ru' ? null : title.ru,
            titleKk: s.language === 'kk' ? null : title.kk,
            language: s.language,
            publishedOn: s.publishedOn,
            datePrecision: s.precision,
            dateNote: s.precision === 'day' ? 'Stated in the date line at the head of the article.' : `The article states only the ${s.precision} of publication.`,
            note: 'Synthetic benchmark data (test/bench/generate.ts), not a real article.',
          };
        }),
      )
      .run();
    // Synthetic data says so in its version, so that a citation or data package made from it cannot pass for the curated one.
    const dataDate = sources.map((s) => s.publishedOn).reduce((a, b) => (b > a ? b : a), '');
    tx.insert(schema.dataset).values({ id: 1, version: `synthetic-${rows}-${options.seed ?? 42}`, dataDate }).run();
  });

  // Partners get rows by rank (1/√rank): the largest about 4% of all rows, the smallest about 0.3%.
  const pickPartner = weighted(partners.map((_, rank) => 1 / Math.sqrt(rank + 1)));
  const otherWeight = (1 - Object.values(INDICATOR_WEIGHTS).reduce((a, b) => a + b, 0)) / Math.max(1, indicators.filter((i) => !(i.code in INDICATOR_WEIGHTS)).length);
  const pickIndicator = weighted(indicators.map((i) => INDICATOR_WEIGHTS[i.code] ?? otherWeight));
  const pickSource = weighted(sources.map(() => 0.5 + random()));
  const indicatorWords = indicators.map((i) => {
    const ru = (i.nameRu || i.nameEn).toLocaleLowerCase('ru');
    return INDICATOR_WORDS[i.code] ?? { ru, kk: (i.nameKk || i.nameEn).toLocaleLowerCase('ru'), uz: ru };
  });

  /** A year the source can describe in full: mostly the last three before publication. */
  const pastYear = (s: SourceDef, u: number, v: number) => {
    const last = s.latest.endsWith('-12-31') ? s.latestYear : s.latestYear - 1;
    const y = u < 0.6 ? last - Math.floor(v * 3) : FIRST_YEAR + Math.floor(v * (last - FIRST_YEAR + 1));
    return Math.max(FIRST_YEAR, Math.min(last, y));
  };

  /** The period a source states for an indicator of this kind. */
  const pickPeriod = (indicator: IndicatorDef, s: SourceDef, partnerIndex: number): PeriodDef => {
    const u = random();
    const v = random();
    const instant = indicator.kind === 'stock' || indicator.kind === 'count' || indicator.kind === 'rank' || (indicator.kind === 'share' && u < 0.5);
    if (instant) {
      if (s.precision === 'day' && random() < 0.4) return datePeriod(s.publishedOn, true);
      return datePeriod(`${pastYear(s, random(), v)}-12-31`, false);
    }
    if (indicator.kind === 'flow' && indicator.code.startsWith('agreements_')) {
      // One visit a year per partner, on a date that depends only on partner and year.
      const y = pastYear(s, u, v);
      const month = 1 + Math.floor(hash01(partnerIndex, y, 7) * 12);
      const start = `${y}-${pad(month)}-${pad(1 + Math.floor(hash01(partnerIndex, y, 8) * 26))}`;
      return start <= addDays(s.latest, -2) ? visitPeriod(start) : yearPeriod(Math.min(y, s.latestYear - 1));
    }
    if (indicator.kind === 'flow') {
      if (u < 0.1) {
        const fits = MULTI_YEAR.filter(([, b]) => `${b}-12-31` <= s.latest);
        const chosen = fits[Math.floor(v * fits.length)];
        if (chosen) return multiYearPeriod(chosen[0], chosen[1]);
      } else if (u < 0.3) {
        const y = s.latest >= `${s.latestYear}-09-30` && v < 0.5 ? s.latestYear : pastYear(s, random(), v);
        return janSepPeriod(y);
      }
    }
    return yearPeriod(pastYear(s, random(), v));
  };

  /** The "true" figure, the same whichever source states it: trade grows with the years and falls with the partner's rank. */
  const trueValue = (indicator: IndicatorDef, indicatorIndex: number, partnerIndex: number, p: PeriodDef): number => {
    const rank = partnerIndex + 1;
    const level = 25e9 / rank ** 1.1;
    const growth = 1.02 + hash01(partnerIndex, 1) * 0.08;
    const yearly = (y: number) => level * growth ** (y - 2025) * (0.85 + 0.3 * hash01(partnerIndex, y, 2));
    const exportShare = 0.2 + 0.6 * hash01(partnerIndex, 3);
    const noise = hash01(partnerIndex, indicatorIndex, p.year, 4);
    switch (indicator.code) {
      case 'trade_turnover':
      case 'exports':
      case 'imports': {
        let total = 0;
        const startYear = Number(p.start.slice(0, 4));
        for (let y = startYear; y <= p.year; y += 1) total += yearly(y);
        if (p.years < 1) total *= p.years * (0.9 + 0.2 * noise);
        const share = indicator.code === 'exports' ? exportShare : indicator.code === 'imports' ? 1 - exportShare : 1;
        return Math.max(2e6, total * share);
      }
      case 'investment_stock':
        return Math.max(5e6, level * 2 * (p.year - 1995) * 0.1 * (0.8 + 0.4 * noise));
      case 'projects_value':
      case 'agreements_value':
        return Math.max(1e6, level * (0.05 + 0.5 * noise));
      case 'investment_growth_pct':
        // Growth only: a fall is written as a positive number with a word for "fell", which the value cannot carry.
        return 2 + 58 * noise;
      case 'trade_share_pct':
        return Math.min(30, 30 / rank ** 0.9) * (0.8 + 0.4 * noise);
      case 'investor_top_n':
        return [5, 10, 10, 20, 50][Math.floor(noise * 5)] as number;
      default:
        if (indicator.unit === 'percent') return 40 + 55 * noise;
        if (indicator.unit === 'USD') return Math.max(1e6, level * 0.1 * (0.5 + noise));
        if (indicator.unit === 'rank') return [5, 10, 20][Math.floor(noise * 3)] as number;
        return Math.max(1, Math.round((2000 / rank ** 0.7) * (0.5 + noise)));
    }
  };

  const write = (indicator: IndicatorDef, v: number, q: Qualifier, lang: Lang): Written => {
    const dir = q === 'more_than' ? -1 : q === 'less_than' || q === 'up_to' ? 1 : 0;
    if (indicator.unit === 'USD') return writeUsd(v, lang, Math.floor(random() * 3), dir);
    if (indicator.unit === 'percent') return writePercent(v, lang, Math.floor(random() * 2));
    const n = dir < 0 && v >= 20 ? Math.floor(v / 10) * 10 : Math.max(1, Math.round(v));
    return writeCount(n, lang);
  };

  const reporter = KAZ.code;
  const kazName = { ru: 'Казахстаном', kk: 'Қазақстан', uz: 'Қозоғистон' };
  const batch = 100_000;
  let written = 0;
  const writeObservations = sqlite.transaction((from: number, to: number) => {
    for (let n = from; n < to; n += 1) {
      const s = sources[pickSource(random())] as SourceDef;
      const pi = pickPartner(random());
      const partner = partners[pi] as PartnerDef;
      const ii = pickIndicator(random());
      const indicator = indicators[ii] as IndicatorDef;
      const p = pickPeriod(indicator, s, pi);
      const q = QUALIFIER_CHOICES[Math.floor(random() * QUALIFIER_CHOICES.length)] as Qualifier;
      const w = write(indicator, trueValue(indicator, ii, pi, p), q, s.language);
      const words = indicatorWords[ii] as { ru: string; kk: string; uz: string };
      const number = qualified(w.asWritten, q, s.language);
      // The quote in the article's language; our translations into Russian and Kazakh where it is in another.
      const say = (lang: Lang) =>
        lang === 'ru'
          ? `По ${s.short.ru}, ${words.ru} между ${kazName.ru} и «${partner.nameRu}» ${p.ru} составил ${lang === s.language ? number : qualified(w.asWritten, q, 'ru')}.`
          : lang === 'kk'
            ? `${s.short.kk} мәліметінше, ${kazName.kk} мен «${partner.nameKk}» арасындағы ${words.kk} ${p.kk} ${lang === s.language ? number : qualified(w.asWritten, q, 'kk')} болды.`
            : `${s.short.uz} маълумотларига кўра, ${kazName.uz} ва «${partner.nameRu}» ўртасидаги ${words.uz} ${p.uz} ${number}ни ташкил этди.`;
      const quote = say(s.language);
      const quoteRu = s.language === 'ru' ? null : say('ru');
      const quoteKk = s.language === 'kk' ? null : say('kk');
      const quoteEn = `According to ${s.short.en}, ${indicator.nameEn.charAt(0).toLowerCase()}${indicator.nameEn.slice(1)} between Kazakhstan and ${partner.nameEn} ${p.en} was ${QUAL_EN[q]}${w.en}.`;
      const note = p.fromPublication ? 'As-of date not stated in the article; its publication date is used.' : null;
      insertObservation.run(`syn-${String(n + 1).padStart(7, '0')}`, indicator.code, reporter, partner.code, p.start, p.end, w.value, indicator.unit, q, w.asWritten, s.id, quote, quoteEn, quoteRu, quoteKk, note);
    }
  });
  for (let from = 0; from < rows; from += batch) {
    const to = Math.min(rows, from + batch);
    writeObservations(from, to);
    written = to;
    log(`  observations: ${written.toLocaleString('en')} / ${rows.toLocaleString('en')} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }

  // Commodity shares: statements of 2–8 commodities for one (source, reporter, partner, flow, period), each
  // statement once, shares in tenths of a percent rounded down so that they add up to at most 99.
  const shareTarget = Math.round(rows * (options.shareRatio ?? 0.1));
  const statements = new Set<string>();
  let shares = 0;
  const writeShares = sqlite.transaction(() => {
    // Statements are drawn until the target is met; a long run of draws that all exist already means the key space is full.
    let misses = 0;
    while (shares < shareTarget && misses < 100_000) {
      const s = sources[pickSource(random())] as SourceDef;
      const pi = pickPartner(random());
      const partner = partners[pi] as PartnerDef;
      const flow = random() < 0.5 ? 'export' : 'import';
      const p = random() < 0.7 ? yearPeriod(pastYear(s, random(), random())) : janSepPeriod(pastYear(s, random(), random()));
      const key = `${s.id}|${partner.code}|${flow}|${p.start}|${p.end}`;
      if (statements.has(key)) {
        misses += 1;
        continue;
      }
      statements.add(key);
      misses = 0;
      const k = Math.min(shareTarget - shares, 2 + Math.floor(random() * 7));
      const chosen = new Set<number>();
      while (chosen.size < k) chosen.add(Math.floor(random() * commodities.length));
      const weights = [...chosen].map(() => random() ** 3 + 0.01);
      const sum = weights.reduce((a, b) => a + b, 0);
      const totalTenths = 700 + Math.floor(random() * 290);
      [...chosen].forEach((ci, j) => {
        const c = commodities[ci] as (typeof commodities)[number];
        // Floor keeps the sum at or under totalTenths; the 0.1 minimum adds at most 0.8 (k ≤ 8), still under 100.
        const tenths = Math.max(1, Math.floor((totalTenths * (weights[j] as number)) / sum));
        const text = tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)},${tenths % 10}`;
        const asWritten = `${text}%`;
        const original = (s.language === 'ru' ? c.nameRu : c.nameKk).toLocaleLowerCase('ru');
        const q: Qualifier = random() < 0.85 ? 'exact' : 'approx';
        const number = qualified(asWritten, q, s.language);
        const flowRu = flow === 'export' ? 'экспорта' : 'импорта';
        const say = (lang: Lang) =>
          lang === 'ru'
            ? `В структуре ${flowRu} Казахстана с «${partner.nameRu}» ${p.ru} на ${c.nameRu.toLocaleLowerCase('ru')} пришлось ${lang === s.language ? number : qualified(asWritten, q, 'ru')}.`
            : lang === 'kk'
              ? `${p.kk} Қазақстанның «${partner.nameKk}» бағытындағы ${flow === 'export' ? 'экспортының' : 'импортының'} ${lang === s.language ? number : qualified(asWritten, q, 'kk')} — ${c.nameKk.toLocaleLowerCase('ru')}.`
              : `${p.uz} Қозоғистоннинг «${partner.nameRu}» билан ${flow === 'export' ? 'экспортининг' : 'импортининг'} ${number} — ${original}.`;
        const quote = say(s.language);
        const quoteEn = `Of Kazakhstan's ${flow}s ${flow === 'export' ? 'to' : 'from'} ${partner.nameEn} ${p.en}, ${QUAL_EN[q]}${text.replace(',', '.')}% were ${c.nameEn.toLowerCase()}.`;
        shares += 1;
        insertShare.run(`syn-s${String(shares).padStart(7, '0')}`, reporter, partner.code, flow, p.start, p.end, c.code, original, tenths / 10, q, asWritten, s.id, quote, quoteEn, s.language === 'ru' ? null : say('ru'), s.language === 'kk' ? null : say('kk'), null);
      });
    }
  });
  writeShares();
  log(`  commodity shares: ${shares.toLocaleString('en')} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const indexStarted = performance.now();
  sqlite.transaction(() => {
    for (const index of indexes) sqlite.exec(index.sql);
  })();
  log(`  indexes rebuilt: ${indexes.length} in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);
  // The downloads' stored CSV records, as the seed writes them (src/export-lines.ts).
  const linesStarted = performance.now();
  const lines = handle.db.transaction(() => writeExportLines(handle.db));
  log(`  CSV records stored: ${lines.observations.toLocaleString('en')} + ${lines.commodityShares.toLocaleString('en')} in ${((performance.now() - linesStarted) / 1000).toFixed(1)} s`);
  // The planner's statistics, as the seed loader leaves them: without them it may pick a less selective index.
  sqlite.pragma('analysis_limit = 1000');
  sqlite.exec('ANALYZE');
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  return {
    observations: written,
    commodityShares: shares,
    partners: partners.length + 1,
    indicators: indicators.length,
    commodities: commodities.length,
    sources: sources.length,
    seconds: (performance.now() - started) / 1000,
    bytes: statSync(out).size,
  };
}

// ---------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv: string[]): GenerateOptions {
  const options: GenerateOptions = { rows: 1_000_000, out: '' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[(i += 1)];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--rows') options.rows = Number(value());
    else if (arg === '--out') options.out = value();
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--force') options.force = true;
    else throw new Error(`Unknown argument ${arg}. Usage: generate.ts --rows N --out file.db [--force] [--seed N]`);
  }
  if (!Number.isInteger(options.rows) || options.rows < 1) throw new Error('--rows must be a whole number of at least 1');
  if (options.seed !== undefined && !Number.isInteger(options.seed)) throw new Error('--seed must be a whole number');
  if (!options.out) throw new Error('--out file.db is required');
  return options;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (existsSync(options.out) && !options.force) throw new Error(`${options.out} exists; pass --force to overwrite it.`);
    console.log(`Generating ${options.rows.toLocaleString('en')} observations into ${options.out} …`);
    const result = generateBenchDatabase({ ...options, log: (line) => console.log(line) });
    console.log(
      `Wrote ${result.observations.toLocaleString('en')} observations and ${result.commodityShares.toLocaleString('en')} commodity shares ` +
        `(${result.partners} partners, ${result.indicators} indicators, ${result.commodities} commodities, ${result.sources} sources) ` +
        `to ${options.out} (${(result.bytes / 1e6).toFixed(0)} MB) in ${result.seconds.toFixed(1)} s.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
