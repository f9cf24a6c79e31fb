/**
 * The dashboard's pages for every test that walks them (integration, fuzz, scale, the browser
 * tests, the soak script): each page once, by name, as a path without its language prefix ('' is
 * the overview), and the selections the tests open. A new page goes into PAGE and into the
 * selections that should cover it.
 */

export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The five curated articles, by source id (the file name of each article without .txt). */
export const SOURCE = {
  japan000: '000_a50b504d80912738',
  s001: '001_2a22ae72c3245a82',
  s002: '002_854e4821269078e4',
  s003: '003_af71af07aad02984',
  s004: '004_3d641aaf15a662e3',
} as const;

/** Every page, without its language prefix. */
export const PAGE = {
  overview: '',
  partners: '/partners',
  japan: '/partners/JPN',
  russia: '/partners/RUS',
  centralAsia: '/partners/C5',
  world: '/partners/WLD',
  compare: '/compare',
  compareInvestment: '/compare?partner=JPN&indicator=investment_stock&a=2014-03/2014-12&b=2025-12',
  compareInvestmentYear: '/compare?partner=JPN&indicator=investment_stock&a=2014&b=2025-12',
  compareTrade: '/compare?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09',
  compareTradeYears: '/compare?partner=JPN&indicator=trade_turnover&a=2008/2012&b=2024',
  sources: '/sources',
  source000: `/sources/${SOURCE.japan000}`,
  source001: `/sources/${SOURCE.s001}`,
  source002: `/sources/${SOURCE.s002}`,
  source003: `/sources/${SOURCE.s003}`,
  source004: `/sources/${SOURCE.s004}`,
  data: '/data',
  dataJapanImports: '/data?partner=JPN&flow=import',
  dataJapanExports: '/data?partner=JPN&flow=export',
  observations: '/data/observations',
  commodityShares: '/data/commodity-shares',
  sourceList: '/data/sources',
  checks: '/checks',
  search: '/search?q=Japan',
  searchLatin: '/search?q=Yaponiya',
} as const;

/** The downloads: language-neutral, with no prefix. */
export const DOWNLOAD = {
  compareCsv: '/compare.csv',
  compareJson: '/compare.json',
  observationsCsv: '/data/observations.csv',
  observationsJson: '/data/observations.json',
  commoditySharesCsv: '/data/commodity-shares.csv',
  commoditySharesJson: '/data/commodity-shares.json',
  sourcesCsv: '/data/sources.csv',
  sourcesJson: '/data/sources.json',
  checksCsv: '/data/checks.csv',
  checksJson: '/data/checks.json',
} as const;

/** A page at its address in a language: at('en', PAGE.japan) is /en/partners/JPN. */
export const at = (lang: Language, page: string) => `/${lang}${page}`;

/** Each kind of page once, every kind of partner, the first article and each data page (pages.test.ts). */
export const PAGE_KINDS = [PAGE.overview, PAGE.partners, PAGE.japan, PAGE.russia, PAGE.centralAsia, PAGE.world, PAGE.compare, PAGE.sources, PAGE.source000, PAGE.data, PAGE.observations, PAGE.commodityShares, PAGE.sourceList];

/** Every page kind with its filtered views and every article: what the browser tests open in English. */
export const EVERY_PAGE = [
  PAGE.overview,
  PAGE.partners,
  PAGE.japan,
  PAGE.russia,
  PAGE.centralAsia,
  PAGE.world,
  PAGE.compare,
  PAGE.compareInvestment,
  PAGE.compareTrade,
  PAGE.sources,
  PAGE.source000,
  PAGE.source001,
  PAGE.source002,
  PAGE.source003,
  PAGE.source004,
  PAGE.data,
  PAGE.dataJapanImports,
  PAGE.observations,
  PAGE.commodityShares,
  PAGE.sourceList,
];

/** The pages checked to speak each language fully, search included (i18n.test.ts). */
export const TRANSLATED_PAGES = [
  PAGE.overview,
  PAGE.partners,
  PAGE.japan,
  PAGE.russia,
  PAGE.centralAsia,
  PAGE.compare,
  PAGE.compareInvestment,
  PAGE.sources,
  PAGE.source000,
  PAGE.source004,
  PAGE.data,
  PAGE.commodityShares,
  PAGE.search,
];

/** Pages whose free text the hostile seed fills: each must stay inert (e2e/hostile.test.ts). */
export const HOSTILE_PAGES = [PAGE.overview, PAGE.japan, PAGE.compare, PAGE.sources, PAGE.source000, PAGE.source001, PAGE.data, PAGE.commodityShares];

/** Pages with charts (e2e/chart-words.test.ts). */
export const CHART_PAGES = [PAGE.overview, PAGE.japan, PAGE.compareTrade];

/** One page of each kind, search in Latin letters included, checked in every language in the browser (e2e/languages.test.ts). */
export const LANGUAGE_PAGES = [PAGE.overview, PAGE.japan, PAGE.compareTrade, PAGE.source000, PAGE.data, PAGE.searchLatin];

/** Pages with amounts in tables and charts, checked on a phone (e2e/phone-amounts.test.ts). */
export const AMOUNT_PAGES = [PAGE.overview, PAGE.japan, PAGE.russia, PAGE.compareTrade, PAGE.compareInvestmentYear, PAGE.data, PAGE.dataJapanImports];

/** Every route the fuzzer appends paths and query strings to, downloads and assets included (fuzz.test.ts). */
export const FUZZ_ROUTES = [
  '/',
  PAGE.partners,
  `${PAGE.partners}/`,
  PAGE.compare,
  DOWNLOAD.compareCsv,
  DOWNLOAD.compareJson,
  PAGE.sources,
  `${PAGE.sources}/`,
  PAGE.data,
  PAGE.observations,
  DOWNLOAD.observationsCsv,
  DOWNLOAD.observationsJson,
  PAGE.commodityShares,
  DOWNLOAD.commoditySharesCsv,
  DOWNLOAD.commoditySharesJson,
  PAGE.sourceList,
  DOWNLOAD.sourcesCsv,
  DOWNLOAD.sourcesJson,
  '/assets/',
  '/favicon.ico',
];

/** The soak's mix: pages at their addresses in each language (an address without one is a redirect), and downloads (test/bench/soak.ts). */
export const SOAK_ROUTES = [
  at('en', PAGE.overview),
  at('ru', PAGE.japan),
  at('en', PAGE.russia),
  at('en', PAGE.compareTradeYears),
  at('kk', PAGE.compareInvestment),
  at('en', PAGE.dataJapanExports),
  at('en', PAGE.search),
  `${DOWNLOAD.observationsCsv}?partner=JPN`,
  DOWNLOAD.commoditySharesJson,
  at('kk', PAGE.source000),
  `${DOWNLOAD.compareCsv}?partner=JPN&indicator=trade_turnover&a=2024&b=2025-01/2025-09`,
];
