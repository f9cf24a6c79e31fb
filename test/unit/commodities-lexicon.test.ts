/**
 * The commodity lexicon (seeds/curate/commodities.ts): goods named in five languages, inflected,
 * mapped to a code; the most specific match wins; the codes of seeds/commodities.csv are kept.
 * The phrases are written for this test, not taken from the corpus articles.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COMMODITY_LANGS, COMMODITY_LEXICON, findCommodity, type CommodityLang } from '../../seeds/curate/commodities';

const code = (phrase: string, lang: CommodityLang) => findCommodity(phrase, lang)?.entry.code ?? null;

const CASES: Record<CommodityLang, Array<[string, string]>> = {
  ru: [
    ['поставки легковых автомобилей', 'passenger_cars'],
    ['экспорт сырой нефти', 'crude_oil'],
    ['торговля нефтепродуктами', 'petroleum_products'],
    ['дизельного топлива', 'petroleum_products'],
    ['железной руды', 'iron_ore'],
    ['медных катодов', 'refined_copper'],
    ['рафинированной медью', 'refined_copper'],
    ['меди', 'copper'],
    ['пшеницей', 'wheat'],
    ['шин для грузовиков', 'tyres'],
    ['запчастей к тракторам', 'vehicle_parts'],
    ['ферросплавов', 'ferroalloys'],
    ['сжиженного природного газа', 'lng'],
    ['природного газа', 'natural_gas'],
    ['углём', 'coal'],
    ['редкоземельных металлов', 'rare_earth_metals'],
    ['минеральных удобрений', 'fertilisers'],
    ['лекарственных препаратов', 'pharmaceuticals'],
    ['грузовыми автомобилями', 'trucks'],
    ['автомобильных шин', 'tyres'],
    ['подсолнечного масла', 'sunflower_oil'],
    ['семян подсолнечника', 'oilseeds'],
    ['вольфрама', 'tungsten'],
    ['дорожно-строительной техники', 'road_construction_machinery'],
  ],
  kk: [
    ['мұнай өнімдерінің', 'petroleum_products'],
    ['шикі мұнайды', 'crude_oil'],
    ['мунайдың', 'crude_oil'], // typed with Russian letters
    ['бидайдың', 'wheat'],
    ['жеңіл автокөліктерді', 'passenger_cars'],
    ['жүк көліктерінің', 'trucks'],
    ['тракторларға арналған қосалқы бөлшектерді', 'vehicle_parts'],
    ['көмірдің', 'coal'],
    ['ферроқорытпаларды', 'ferroalloys'],
    ['тыңайтқыштарды', 'fertilisers'],
    ['мысты', 'copper'],
    ['мыс кенінің', 'copper_ore'],
    ['уранды', 'uranium'],
    ['алтынның', 'gold'],
    ['күнбағыс майын', 'sunflower_oil'],
    ['ұнның', 'flour'],
    ['медициналық құрылғыларды', 'medical_instruments'],
  ],
  'uz-Cyrl': [
    ['енгил автомобилларни', 'passenger_cars'],
    ['юк машиналарининг', 'trucks'],
    ['буғдойни', 'wheat'],
    ['пахтадан', 'cotton'],
    ['нефть маҳсулотларини', 'petroleum_products'],
    ['тиббий асбобларнинг', 'medical_instruments'],
    ['мис рудасини', 'copper_ore'],
    ['ферроқотишмаларни', 'ferroalloys'],
    ['автомобиллар учун эҳтиёт қисмларни', 'vehicle_parts'],
    ['табиий газни', 'natural_gas'],
    ['кўмирнинг', 'coal'],
    ['ўғитлар', 'fertilisers'],
    ['газламалар', 'textiles'],
  ],
  'uz-Latn': [
    ['yengil avtomobillarni', 'passenger_cars'],
    ['bug‘doyning', 'wheat'],
    ["bug'doy", 'wheat'],
    ['o‘g‘itlar', 'fertilisers'],
    ['paxta tolasi', 'cotton'],
    ['yuk mashinalari', 'trucks'],
    ['neft mahsulotlarining', 'petroleum_products'],
    ['oltinni', 'gold'],
    ['mis katodlari', 'refined_copper'],
    ['tabiiy gazning', 'natural_gas'],
    ['suyultirilgan tabiiy gaz', 'lng'],
    ["ko'mir", 'coal'],
    ['oltingugurt', 'sulphur'],
  ],
  en: [
    ['Passenger cars', 'passenger_cars'],
    ['iron ore pellets', 'iron_ore'],
    ['pig iron', 'steel'],
    ['refined copper cathodes', 'refined_copper'],
    ['car tyres', 'tyres'],
    ['tires for trucks', 'tyres'],
    ['spare parts for passenger cars', 'vehicle_parts'],
    ['crude oil', 'crude_oil'],
    ['gasoline and diesel', 'petroleum_products'],
    ['liquefied natural gas', 'lng'],
    ['aluminum', 'aluminium'],
    ['alumina', 'alumina'],
    ['nitrogen fertilizers', 'fertilisers'],
    ['wheat flour', 'flour'],
    ['smartphones', 'mobile_phones'],
    ['steel pipes', 'pipes'],
    ['rare-earth metals', 'rare_earth_metals'],
    ['buses', 'buses'],
  ],
};

describe('findCommodity: inflected phrases in five languages', () => {
  for (const lang of COMMODITY_LANGS) {
    it(lang, () => {
      for (const [phrase, expected] of CASES[lang]) expect([phrase, code(phrase, lang)]).toEqual([phrase, expected]);
    });
  }

  it('gives the offsets of the matched words in the phrase as written', () => {
    const phrase = 'Экспорт: 12% — Железная руда.';
    const m = findCommodity(phrase, 'ru');
    expect(m?.entry.code).toBe('iron_ore');
    expect(phrase.slice(m!.start, m!.end)).toBe('Железная руда');
    const uz = 'shuningdek, 3% — oʻgʻitlar';
    const u = findCommodity(uz, 'uz-Latn');
    expect(uz.slice(u!.start, u!.end)).toBe('oʻgʻitlar');
  });

  it('reads Latin look-alike letters in a Cyrillic word as Cyrillic', () => {
    expect(code('Aлюминий', 'ru')).toBe('aluminium'); // Latin A
    expect(code('сeрeбро', 'ru')).toBe('silver'); // Latin e
  });

  it('falls back to the other languages for loanwords', () => {
    expect(code('легковые автомобили', 'kk')).toBe('passenger_cars');
    expect(code('грузовики', 'uz-Cyrl')).toBe('trucks');
    expect(code('ferrochrome', 'uz-Latn')).toBe('ferrochrome');
  });
});

describe('findCommodity: the most specific match wins', () => {
  it.each([
    ['iron ore', 'en', 'iron_ore'],
    ['iron', 'en', 'steel'],
    ['vehicle parts', 'en', 'vehicle_parts'],
    ['vehicles', 'en', 'vehicles'],
    ['copper ore', 'en', 'copper_ore'],
    ['copper', 'en', 'copper'],
    ['сжиженный природный газ', 'ru', 'lng'],
    ['природный газ', 'ru', 'natural_gas'],
    ['inert gases', 'en', 'inert_gases'],
    ['fruit and vegetables', 'en', 'fruit_vegetables'],
    ['fruit', 'en', 'fruits'],
    ['медицинское оборудование', 'ru', 'medical_instruments'],
    ['оборудование', 'ru', 'machinery_equipment'],
    ['алкогольные напитки', 'ru', 'alcohol'],
    ['безалкогольные напитки', 'ru', 'beverages'],
    ['запчасти для легковых автомобилей', 'ru', 'vehicle_parts'],
    ['енгил автомобиллар учун эҳтиёт қисмлар', 'uz-Cyrl', 'vehicle_parts'],
    ['автокөлік бөлшектері', 'kk', 'vehicle_parts'],
    ['ферросплавы и феррохром', 'ru', 'ferrochrome'],
  ] as Array<[string, CommodityLang, string]>)('%s (%s) → %s', (phrase, lang, expected) => {
    expect(code(phrase, lang)).toBe(expected);
  });
});

describe('findCommodity: a phrase naming no good', () => {
  it.each([
    ['годовой отчёт министерства', 'ru'],
    ['the president visited Tokyo', 'en'],
    ['business carbon cargo', 'en'],
    ['саммит қорытындысы', 'kk'],
    ['мисол учун', 'uz-Cyrl'],
    ['газета', 'ru'],
    ['', 'en'],
    ['94,8% — ', 'ru'],
  ] as Array<[string, CommodityLang]>)('%s (%s) → null', (phrase, lang) => {
    expect(findCommodity(phrase, lang)).toBeNull();
  });
});

describe('COMMODITY_LEXICON', () => {
  it('has unique snake_case codes and 2- or 4-digit hs codes', () => {
    const codes = COMMODITY_LEXICON.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(80);
    for (const e of COMMODITY_LEXICON) {
      expect(e.code).toMatch(/^[a-z][a-z0-9_]*$/);
      if (e.hsCode !== null) expect(e.hsCode).toMatch(/^(\d{2}|\d{4})$/);
      for (const lang of COMMODITY_LANGS) expect([e.code, lang, e.stems[lang].length > 0]).toEqual([e.code, lang, true]);
    }
  });

  it("finds every entry from its own nameEn, nameRu and nameKk", () => {
    for (const e of COMMODITY_LEXICON) {
      expect([e.nameEn, code(e.nameEn, 'en')]).toEqual([e.nameEn, e.code]);
      expect([e.nameRu, code(e.nameRu, 'ru')]).toEqual([e.nameRu, e.code]);
      expect([e.nameKk, code(e.nameKk, 'kk')]).toEqual([e.nameKk, e.code]);
    }
  });

  it('keeps every code of seeds/commodities.csv with the same hs_code and names', () => {
    const rows = parse(readFileSync(new URL('../../seeds/commodities.csv', import.meta.url), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const e = COMMODITY_LEXICON.find((x) => x.code === row.code);
      expect(e, row.code).toBeDefined();
      expect({ hs: e!.hsCode, en: e!.nameEn, ru: e!.nameRu, kk: e!.nameKk }).toEqual({
        hs: row.hs_code === '' ? null : row.hs_code,
        en: row.name_en,
        ru: row.name_ru,
        kk: row.name_kk,
      });
    }
  });
});
