import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaces, PLACES, type PlaceMention } from '../../seeds/curate/places';

/** The mentions as "CODE:form:text", in text order. */
const found = (text: string) => findPlaces(text).map((m) => `${m.code}:${m.form}:${m.text}`);
const codes = (text: string) => findPlaces(text).map((m) => m.code);

describe('PLACES', () => {
  it('has about seventy countries and the groups C5, WLD, EU, EAU, CIS', () => {
    const countries = PLACES.filter((p) => p.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(70);
    const groups = PLACES.filter((p) => p.kind === 'group').map((p) => p.code);
    expect(groups).toEqual(expect.arrayContaining(['C5', 'WLD', 'EU', 'EAU', 'CIS']));
  });

  it('has unique codes of the allowed shape', () => {
    const all = PLACES.map((p) => p.code);
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code).toMatch(/^[A-Z][A-Z0-9]{1,2}$/);
    for (const p of PLACES.filter((x) => x.kind === 'country')) expect(p.code).toMatch(/^[A-Z]{3}$/);
  });

  it('includes the neighbours, the big partners and every EU member', () => {
    const all = new Set(PLACES.map((p) => p.code));
    const wanted = [
      'KAZ', 'UZB', 'KGZ', 'TJK', 'TKM', 'RUS', 'CHN', 'MNG', 'AFG', 'JPN', 'KOR', 'IND', 'PAK', 'TUR', 'IRN', 'AZE', 'GEO', 'ARM', 'BLR', 'UKR',
      'GBR', 'CHE', 'NOR', 'USA', 'CAN', 'BRA', 'ARE', 'SAU', 'QAT', 'KWT', 'ISR', 'EGY', 'VNM', 'THA', 'MYS', 'SGP', 'IDN', 'AUS',
      // the 27 members of the European Union
      'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD',
      'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
    ];
    expect(wanted.filter((c) => !all.has(c))).toEqual([]);
  });

  it('spells the Kazakh names the standard way', () => {
    const kk = Object.fromEntries(PLACES.map((p) => [p.code, p.nameKk]));
    expect(kk).toMatchObject({
      JPN: 'Жапония', CHN: 'Қытай', RUS: 'Ресей', UZB: 'Өзбекстан', TUR: 'Түркия', KOR: 'Оңтүстік Корея', USA: 'АҚШ', KAZ: 'Қазақстан',
      KGZ: 'Қырғызстан', TJK: 'Тәжікстан', TKM: 'Түрікменстан', IND: 'Үндістан', DEU: 'Германия', GBR: 'Ұлыбритания', C5: 'Орталық Азия', WLD: 'Әлем',
    });
  });

  it.each(PLACES.flatMap((p) => [p.nameEn, p.nameRu, p.nameKk].map((name) => [p.code, name] as const)))('%s is found by its own name %s', (code, name) => {
    expect(findPlaces(name)).toEqual([{ code, start: 0, end: name.length, text: name, form: 'name' }]);
  });
});

describe('findPlaces in Kazakh', () => {
  it('finds names with their case endings', () => {
    expect(found('Қазақстан биыл Жапонияға көбірек уран сатты, ал Жапонияның инвестициясы Ресейдікінен асты.')).toEqual([
      'KAZ:name:Қазақстан',
      'JPN:name:Жапонияға',
      'JPN:name:Жапонияның',
      'RUS:name:Ресейдікінен',
    ]);
    expect(found('Қытайдан әкелінген тауарлар мен Түркиямен сауда, Өзбекстанның мақтасы')).toEqual([
      'CHN:name:Қытайдан',
      'TUR:name:Түркиямен',
      'UZB:name:Өзбекстанның',
    ]);
  });

  it('tells adjectives and people from names', () => {
    expect(found('ресейлік және қытайлық компаниялар, жапон көліктері, жапондар мен қазақстандықтар')).toEqual([
      'RUS:adjective:ресейлік',
      'CHN:adjective:қытайлық',
      'JPN:adjective:жапон',
      'JPN:people:жапондар',
      'KAZ:people:қазақстандықтар',
    ]);
    expect(found('қазақстандық экспорттаушылар')).toEqual(['KAZ:adjective:қазақстандық']);
  });

  it('finds abbreviations with their hyphenated endings', () => {
    expect(found('АҚШ-тан келген инвесторлар ЕАЭО нарығына және ҚХР-ға қызығады')).toEqual(['USA:name:АҚШ-тан', 'EAU:name:ЕАЭО', 'CHN:name:ҚХР-ға']);
    expect(found('БАӘ мен ТМД елдері, ЕО-ның талаптары')).toEqual(['ARE:name:БАӘ', 'CIS:name:ТМД', 'EU:name:ЕО-ның']);
  });

  it('finds groups and the world', () => {
    expect(found('Орталық Азия елдері Еуропалық Одақпен келісті; әлемдік нарықта баға түсті; әлемде')).toEqual([
      'C5:name:Орталық Азия',
      'EU:name:Еуропалық Одақпен',
      'WLD:adjective:әлемдік',
      'WLD:name:әлемде',
    ]);
  });

  it('prefers the longest name', () => {
    expect(found('Оңтүстік Корея мен Корея Республикасы')).toEqual(['KOR:name:Оңтүстік Корея', 'KOR:name:Корея Республикасы']);
    expect(found('Түрікменстан газы, түрікмен газы, түрік тауарлары')).toEqual([
      'TKM:name:Түрікменстан',
      'TKM:adjective:түрікмен',
      'TUR:adjective:түрік',
    ]);
  });

  it('finds capitals used for their governments', () => {
    expect(codes('Мәскеу мен Бейжің келіссөздері Астанада өтті')).toEqual(['RUS', 'CHN', 'KAZ']);
  });

  it('does not take numbers, common words, seas or the dollar for places', () => {
    expect(found('Он екі ай бойы сонымен қатар басқа елдер қатарына қосылды; оның есі дұрыс')).toEqual([]);
    expect(found('Жүк Үнді мұхиты мен Қытай теңізі арқылы жетеді')).toEqual([]);
    expect(found('Құны 5 млрд АҚШ долларын құрады')).toEqual([]);
    expect(found('Түркі мемлекеттері ұйымы')).toEqual(['OTS:name:Түркі мемлекеттері ұйымы']);
  });
});

describe('findPlaces in Russian', () => {
  it('finds names in every case', () => {
    expect(found('Казахстан нарастил поставки в Японию и Китаю, сотрудничает с Японией и Россией, а из Японии и России ввозит машины.')).toEqual([
      'KAZ:name:Казахстан',
      'JPN:name:Японию',
      'CHN:name:Китаю',
      'JPN:name:Японией',
      'RUS:name:Россией',
      'JPN:name:Японии',
      'RUS:name:России',
    ]);
    expect(codes('в Беларуси, с Беларусью, в Нидерландах, из Египта, с Израилем, в Соединённых Штатах Америки')).toEqual([
      'BLR', 'BLR', 'NLD', 'EGY', 'ISR', 'USA',
    ]);
  });

  it('finds adjectives and demonyms', () => {
    expect(found('японских инвесторов, российские компании, казахстанский экспорт, по-японски, российско-китайская торговля')).toEqual([
      'JPN:adjective:японских',
      'RUS:adjective:российские',
      'KAZ:adjective:казахстанский',
      'JPN:adjective:японски',
      'RUS:adjective:российско',
      'CHN:adjective:китайская',
    ]);
    expect(found('японцы, китайцам и россиянам понравилось; немцы тоже')).toEqual([
      'JPN:people:японцы',
      'CHN:people:китайцам',
      'RUS:people:россиянам',
      'DEU:people:немцы',
    ]);
  });

  it('finds abbreviations, groups and the world', () => {
    expect(codes('РФ, КНР, США, ЕС, ЕАЭС, ОАЭ, СНГ, ШОС')).toEqual(['RUS', 'CHN', 'USA', 'EU', 'EAU', 'ARE', 'CIS', 'SCO']);
    expect(found('страны Центральной Азии и Евразийского экономического союза; рост мировой торговли; крупнейший в мире')).toEqual([
      'C5:name:Центральной Азии',
      'EAU:name:Евразийского экономического союза',
      'WLD:adjective:мировой',
      'WLD:name:мире',
    ]);
  });

  it('prefers the longest name', () => {
    expect(found('Южная Корея, Республики Корея, Северной Корее')).toEqual([
      'KOR:name:Южная Корея',
      'KOR:name:Республики Корея',
      'PRK:name:Северной Корее',
    ]);
  });

  it('finds capitals used for their governments', () => {
    expect(codes('Москва и Пекин ответили Вашингтону, Токио промолчал')).toEqual(['RUS', 'CHN', 'USA', 'JPN']);
  });

  it('does not take pronouns, look-alike words, oceans, peace or the dollar for places', () => {
    expect(found('Он сказал, что ОН не поедет в Индиану.')).toEqual([]);
    expect(found('Туркестанская область и тюркские языки')).toEqual([]);
    expect(found('через Индийский океан и Южно-Китайское море')).toEqual([]);
    expect(found('мир и стабильность; борьба за мир; Всемирный банк; мировое соглашение')).toEqual([]);
    expect(found('инвестиции на 4 млрд долларов США')).toEqual([]);
    expect(found('в Турции и Туркменистане')).toEqual(['TUR:name:Турции', 'TKM:name:Туркменистане']);
  });
});

describe('findPlaces in Uzbek (Cyrillic)', () => {
  it('finds names with their case endings', () => {
    expect(found('Қозоғистон Японияга уран сотади, Япониядан эса автомобиллар олади; Россиянинг улуши ўсди.')).toEqual([
      'KAZ:name:Қозоғистон',
      'JPN:name:Японияга',
      'JPN:name:Япониядан',
      'RUS:name:Россиянинг',
    ]);
  });

  it('finds adjectives, abbreviations, groups and the world', () => {
    expect(found('япон компаниялари АҚШнинг ва Хитойнинг бозорида, Марказий Осиё давлатлари ЕОИИ доирасида жаҳон бозорига чиқади')).toEqual([
      'JPN:adjective:япон',
      'USA:name:АҚШнинг',
      'CHN:name:Хитойнинг',
      'C5:name:Марказий Осиё',
      'EAU:name:ЕОИИ',
      'WLD:name:жаҳон',
    ]);
    expect(found('хитойлик ҳамкорлар ва Ўзбекистон, Тошкент')).toEqual(['CHN:adjective:хитойлик', 'UZB:name:Ўзбекистон', 'UZB:name:Тошкент']);
  });

  it('does not take the dollar or the Indian Ocean for places', () => {
    expect(found('3 миллиард АҚШ долларидан ошди; Ҳинд океани орқали')).toEqual([]);
  });
});

describe('findPlaces in Uzbek (Latin)', () => {
  it('finds names with their case endings and any apostrophe', () => {
    expect(found("O'zbekiston Yaponiyaga paxta sotadi, Rossiyadan esa bug'doy oladi.")).toEqual([
      "UZB:name:O'zbekiston",
      'JPN:name:Yaponiyaga',
      'RUS:name:Rossiyadan',
    ]);
    for (const apostrophe of ["'", 'ʻ', '’', '‘', 'ʼ', '`']) {
      const name = `Qozog${apostrophe}iston`;
      expect(found(`${name}ning eksporti`)).toEqual([`KAZ:name:${name}ning`]);
    }
  });

  it('finds adjectives, abbreviations, groups and the world', () => {
    expect(found('yapon va xitoy investorlari AQShga, Markaziy Osiyoda, dunyoda, Yevropa Ittifoqi, Moskva')).toEqual([
      'JPN:adjective:yapon',
      'CHN:adjective:xitoy',
      'USA:name:AQShga',
      'C5:name:Markaziy Osiyoda',
      'WLD:name:dunyoda',
      'EU:name:Yevropa Ittifoqi',
      'RUS:name:Moskva',
    ]);
    expect(found('rossiyalik hamkorlar')).toEqual(['RUS:adjective:rossiyalik']);
  });
});

describe('findPlaces in English', () => {
  it('finds names, adjectives and demonyms', () => {
    expect(found("Kazakhstan's exports to Japan rose while Japanese and Chinese investors, and Americans, bought stakes.")).toEqual([
      'KAZ:name:Kazakhstan',
      'JPN:name:Japan',
      'JPN:adjective:Japanese',
      'CHN:adjective:Chinese',
      'USA:people:Americans',
    ]);
  });

  it('finds abbreviations, groups and the world', () => {
    expect(found('the US, the UK, the UAE and the EU; the EAEU and the CIS; Central Asia and global markets; the world economy')).toEqual([
      'USA:name:US',
      'GBR:name:UK',
      'ARE:name:UAE',
      'EU:name:EU',
      'EAU:name:EAEU',
      'CIS:name:CIS',
      'C5:name:Central Asia',
      'WLD:adjective:global',
      'WLD:name:world',
    ]);
  });

  it('prefers the longest name', () => {
    expect(found('South Korea and North Korea; the United States of America; Central Asian states')).toEqual([
      'KOR:name:South Korea',
      'PRK:name:North Korea',
      'USA:name:United States of America',
      'C5:adjective:Central Asian',
    ]);
  });

  it('finds capitals used for their governments', () => {
    expect(codes('Tokyo, Beijing and Washington replied to Moscow')).toEqual(['JPN', 'CHN', 'USA', 'RUS']);
  });

  it('does not take look-alike words, oceans, organisations or the dollar for places', () => {
    expect(found('Indiana farmers ship turkey meat and fine china across the Indian Ocean.')).toEqual([]);
    expect(found('The World Bank lent 5 billion US dollars to Latin America; the Gulf of Mexico; the Sea of Japan.')).toEqual([]);
    expect(found('he told us')).toEqual([]);
    expect(found('a US$5bn loan from the U.S.')).toEqual(['USA:name:U.S.']);
  });
});

describe('findPlaces on any text', () => {
  it('finds Kazakhstan, the reporting country, in every language', () => {
    const text = 'Қазақстан, Казахстан, Қозоғистон, Qozogʻiston, Kazakhstan, казахстанский, қазақстандық, Республика Казахстан';
    expect(findPlaces(text).map((m) => m.code)).toEqual(Array(8).fill('KAZ'));
  });

  it('reads look-alike Latin letters inside Cyrillic words (and back)', () => {
    // "AҚШ" with a Latin A, "МОSKVА" with Cyrillic М, О, А, as news sites print them.
    expect(found('AҚШ пен Қытай; МОSKVА')).toEqual(['USA:name:AҚШ', 'CHN:name:Қытай', 'RUS:name:МОSKVА']);
  });

  it('gives offsets into the text as written, sorted and without overlaps', () => {
    const text = '— «Жапония» and the “EU”, Японией… Yaponiya’ga?';
    const mentions = findPlaces(text);
    expect(mentions.map((m) => m.code)).toEqual(['JPN', 'EU', 'JPN', 'JPN']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('never throws, and returns sorted, disjoint mentions that are slices of the text', () => {
    const pieces = ['Япония', 'Жапонияға', 'АҚШ', 'US', ' ', '-', "'", 'ʻ', 'Қазақстан', 'мир', 'world', 'Индийский', 'океан', 'Oʻzbekiston', 'Ё', 'ё', '🙂', '\u0301', '5', 'C5', '+'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const mentions: PlaceMention[] = findPlaces(text);
        let last = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 50,000-word text quickly', () => {
    const words = [
      'Қазақстан', 'Жапонияға', 'Японией', 'Rossiyadan', 'Japanese', 'АҚШ-қа', 'Орталық Азия', 'мировой', 'и', 'на', 'экспорт', 'импорт',
      'savdo', 'ва', 'мен', 'trade', 'rose', 'by', 'тонна', 'млрд', 'долларов', 'ресейлік', 'компаниялар', 'тауар', 'көлемі', 'Қозоғистон',
      'ўсди', 'increased', 'the', 'of', 'Қытай', 'Китай', 'Xitoy', 'жаңа', 'новый', 'yangi', 'new', 'Өзбекстан', 'Туркменистан', 'он', 'ОН',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const text = Array.from({ length: 50_000 }, () => words[Math.floor(random() * words.length)]).join(' ');
    findPlaces('Жапония, Japan, Япония'); // the first call compiles the regular expressions
    const t0 = performance.now();
    const mentions = findPlaces(text);
    const ms = performance.now() - t0;
    console.log(`findPlaces: ${text.length} characters, ${mentions.length} mentions in ${ms.toFixed(1)} ms`);
    expect(mentions.length).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(500);
  });
});
