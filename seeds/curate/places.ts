/**
 * Countries and country groups that matter for Kazakhstan's trade, and a finder for their mentions in
 * the five languages of the articles: Kazakh (kk, Cyrillic), Russian (ru), Uzbek in Cyrillic (uz-Cyrl)
 * and Latin script (uz-Latn), and English (en).
 *
 * Codes. Countries carry their ISO 3166-1 alpha-3 code. Groups carry a code of 2–3 characters matching
 * /^[A-Z][A-Z0-9]{1,2}$/, none of them an ISO 3166-1 code (EAU stands for EAEU, ASN for ASEAN):
 *   C5   Central Asia (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan; also "C5+1", "МО+")
 *   WLD  the world as a whole ("world", "global", "мировой", "әлем", "жаҳон", "dunyo" …)
 *   EU   European Union
 *   EAU  Eurasian Economic Union (EAEU / ЕАЭС / ЕАЭО / ЕОИИ)
 *   CIS  Commonwealth of Independent States (СНГ / ТМД / МДҲ)
 *   ASN  ASEAN
 *   GCC  Gulf Cooperation Council and "the Gulf states"
 *   SCO  Shanghai Cooperation Organisation (ШОС / ШЫҰ / ШҲТ)
 *   OTS  Organization of Turkic States (ОТГ / ТМҰ / ТДТ)
 *   G7, G20
 *
 * What counts as a mention (form):
 *   'name'       a name in any case form, an official long name, an abbreviation, a capital used as the
 *                usual metonym (Токио, Мәскеу, Beijing, Вашингтон, Астана …), an epithet ("Страна
 *                восходящего солнца", "Күншығыс елі", "Поднебесная")
 *   'adjective'  японский, жапон, japon, Japanese, ресейлік, қазақстандық, мировой …
 *   'people'     японцы, россияне, жапондар, қазақстандықтар, Americans …
 *
 * Deliberately NOT a mention: seas, oceans, gulfs and straits named after a country ("Индийский океан",
 * "Indian Ocean", "Үнді мұхиты", "Южно-Китайское море", "Gulf of Mexico"); the US dollar as a currency
 * ("долларов США", "АҚШ доллары", "US$"); world organisations ("World Bank", "Всемирная торговая
 * организация", "Жаҳон банки") and world wars; "мир" in the sense of peace ("мир и стабильность", "за
 * мир"); continents and regions that are no group here (Европа, Азия, Latin America, bare "Америка" in
 * ru/kk/uz). English "America" alone is taken for the USA.
 *
 * Ethnonyms are taken for their country (казах → KAZ, орыс/русский → RUS, немец → DEU); bare "Korea" and
 * "корейский" are South Korea (KOR); "Англия"/"England" and "Northern Ireland" are the United Kingdom;
 * "РК" and "ҚР" are Kazakhstan (the usage of the Kazakhstani press).
 *
 * Matching. The text is normalised once into two strings of the same length as the input (so offsets are
 * the input's): Latin/Cyrillic look-alike letters inside a mixed-script word are brought to the word's
 * script ("AҚШ" with a Latin A, "МОSKVА"), every apostrophe variant (' ʻ ’ ‘ ʼ ` ´) becomes ', ё becomes
 * е; one copy keeps the case (for abbreviations: "ЕС" but not Kazakh "ес"; "US" but not "us"), the other is
 * lower-cased. Proper names must start with a capital letter ("Turkey" but not "turkey", "Қатар" but not
 * Kazakh "қатар"), adjectives in ru/kk/uz need not. Word boundaries are Unicode-aware: a match starts at
 * the start of a run of letters/digits and must not be followed by a letter, mark or digit.
 *
 * Every pattern is compiled once at module load into a sticky regular expression and filed under a hash of
 * the first two to four letters/digits it must start with; findPlaces walks the starts of the words of the
 * text and tries only the patterns filed under the word's first two, three and four letters (a few
 * patterns per word at most). Kazakh/Uzbek suffixes are matched by one shared expression after the stem.
 * Of the candidates found, the longest wins ("Южная Корея" over "Корея", "Орталық Азия" over nothing,
 * "Индийский океан" over "Индийский"); on a 50,000-word text findPlaces takes some 20–60 ms.
 */

export interface Place {
  code: string;
  kind: 'country' | 'group';
  nameEn: string;
  nameRu: string;
  nameKk: string;
}

export interface PlaceMention {
  code: string;
  start: number;
  end: number;
  text: string;
  form: 'name' | 'adjective' | 'people';
}

type Form = PlaceMention['form'];

/**
 * The forms of one place, entries separated by ';'. The first entry of en/ru/kk is the place's nameEn,
 * nameRu, nameKk unless given explicitly.
 *   en, enA, enP      English names (with capitals), adjectives, demonyms: matched as written
 *   ru, ruA, ruP      Russian names (declined automatically), adjectives (masculine nominative), demonyms
 *   kk, kkA           Kazakh names and adjective stems, followed by any Kazakh/Uzbek suffixes
 *   uz, uzA           Uzbek (Cyrillic) names and adjective stems, followed by any Kazakh/Uzbek suffixes
 *   ul, ulA           Uzbek (Latin) names and adjective stems, followed by any Uzbek Latin suffixes
 *   ab                abbreviations, case-sensitive, optionally followed by "-" and suffixes (АҚШ-қа)
 * In an entry: ' ' is one or more spaces; '-' is a hyphen, a space or nothing; '~' is an optional space;
 * "'" is an optional apostrophe of any kind. A leading '*' makes a name entry case-insensitive. A Russian
 * word starting with '=' is not declined; a word (or a whole non-Russian entry) containing '(' is a
 * regular expression over lower-cased text.
 */
interface Spec {
  code: string;
  kind: 'country' | 'group';
  nameEn?: string;
  nameRu?: string;
  nameKk?: string;
  en?: string;
  enA?: string;
  enP?: string;
  ru?: string;
  ruA?: string;
  ruP?: string;
  kk?: string;
  kkA?: string;
  uz?: string;
  uzA?: string;
  ul?: string;
  ulA?: string;
  ab?: string;
}

const SPECS: Spec[] = [
  // ---- Central Asia and the neighbours
  {
    code: 'KAZ', kind: 'country',
    en: 'Kazakhstan; Kazakstan; Qazaqstan; Republic of Kazakhstan; Astana', enA: 'Kazakhstani; Kazakh', enP: 'Kazakhstanis; Kazakhs',
    ru: 'Казахстан; Республика =Казахстан; Казакстан; Астана', ruA: 'казахстанский; казахский', ruP: 'казахстанец; казах',
    kk: 'Қазақстан; Қазақстан Республикасы; Қазақ елі; Астана', kkA: 'қазақ',
    uz: 'Қозоғистон; Қозоғистон Республикаси; Астана', uzA: 'қозоқ',
    ul: "Qozog'iston; Qozog'iston Respublikasi; Qazaqstan; Astana", ulA: 'qozoq',
    ab: 'РК; ҚР',
  },
  {
    code: 'UZB', kind: 'country',
    en: 'Uzbekistan; Tashkent', enA: 'Uzbek; Uzbekistani', enP: 'Uzbeks; Uzbekistanis',
    ru: 'Узбекистан; Ташкент', ruA: 'узбекский; узбекистанский', ruP: 'узбек',
    kk: 'Өзбекстан; Ташкент', kkA: 'өзбек',
    uz: 'Ўзбекистон; Тошкент', uzA: 'ўзбек',
    ul: "O'zbekiston; Toshkent", ulA: "o'zbek",
  },
  {
    code: 'KGZ', kind: 'country',
    en: 'Kyrgyzstan; Kyrgyz Republic; Kirghizia; Bishkek', enA: 'Kyrgyz; Kirghiz', enP: 'Kyrgyzstanis',
    ru: 'Кыргызстан; Киргизия; Киргизстан; Кыргызская Республика; Бишкек', ruA: 'кыргызский; киргизский; кыргызстанский', ruP: 'кыргыз; киргиз; кыргызстанец',
    kk: 'Қырғызстан; Бішкек', kkA: 'қырғыз',
    uz: 'Қирғизистон; Бишкек', uzA: 'қирғиз',
    ul: "Qirg'iziston; Bishkek", ulA: "qirg'iz",
  },
  {
    code: 'TJK', kind: 'country',
    en: 'Tajikistan; Dushanbe', enA: 'Tajik; Tajikistani', enP: 'Tajiks',
    ru: 'Таджикистан; Душанбе', ruA: 'таджикский; таджикистанский', ruP: 'таджик',
    kk: 'Тәжікстан; Душанбе', kkA: 'тәжік',
    uz: 'Тожикистон; Душанбе', uzA: 'тожик',
    ul: 'Tojikiston; Dushanbe', ulA: 'tojik',
  },
  {
    code: 'TKM', kind: 'country',
    en: 'Turkmenistan; Ashgabat; Ashkhabad', enA: 'Turkmen; Turkmenistani', enP: 'Turkmens',
    ru: 'Туркменистан; Туркмения; Ашхабад', ruA: 'туркменский; туркменистанский', ruP: 'туркмен',
    kk: 'Түрікменстан; Түркменстан; Ашғабат', kkA: 'түрікмен; түркмен',
    uz: 'Туркманистон; Ашхобод', uzA: 'туркман',
    ul: 'Turkmaniston; Ashxobod', ulA: 'turkman',
  },
  {
    code: 'RUS', kind: 'country',
    en: 'Russia; Russian Federation; Moscow; Kremlin', enA: 'Russian', enP: 'Russians',
    ru: 'Россия; Российская Федерация; Москва; Кремль', ruA: 'российский; русский', ruP: 'россиянин',
    kk: 'Ресей; Ресей Федерациясы; Мәскеу; Кремль', kkA: 'орыс',
    uz: 'Россия; Россия Федерацияси; Москва; Кремль', uzA: 'рус',
    ul: 'Rossiya; Rossiya Federatsiyasi; Moskva; Kreml', ulA: 'rus',
    ab: 'РФ',
  },
  {
    code: 'CHN', kind: 'country',
    en: "China; People's Republic of China; Beijing; Peking", enA: 'Chinese; sino(?=[-\\u2010\\u2011][a-z])',
    ru: 'Китай; Китайская Народная Республика; Пекин; Поднебесная', ruA: 'китайский', ruP: 'китаец',
    kk: 'Қытай; Қытай Халық Республикасы; Бейжің; Пекин', kkA: 'қытай',
    uz: 'Хитой; Хитой Халқ Республикаси; Пекин', uzA: 'хитой',
    ul: 'Xitoy; Xitoy Xalq Respublikasi; Pekin', ulA: 'xitoy',
    ab: 'КНР; ҚХР; ХХР; PRC; XXR',
  },
  {
    code: 'MNG', kind: 'country',
    en: 'Mongolia; Ulaanbaatar; Ulan Bator', enA: 'Mongolian', enP: 'Mongolians',
    ru: 'Монголия; Улан-Батор', ruA: 'монгольский', ruP: 'монгол',
    kk: 'Моңғолия; Ұлан-Батор', kkA: 'моңғол',
    uz: 'Мўғулистон; Монголия; Улан-Батор', uzA: 'мўғул',
    ul: "Mo'g'uliston; Mongoliya; Ulan-Bator", ulA: "mo'g'ul",
  },
  {
    code: 'AFG', kind: 'country',
    en: 'Afghanistan; Kabul', enA: 'Afghan', enP: 'Afghans',
    ru: 'Афганистан; Кабул', ruA: 'афганский', ruP: 'афганец',
    // No Kazakh adjective "ауған": it is also a common participle (назары ауған).
    kk: 'Ауғанстан; Ауғаныстан; Кабул',
    uz: 'Афғонистон; Кобул', uzA: 'афғон',
    ul: "Afg'oniston; Kobul", ulA: "afg'on",
  },
  // ---- Caucasus and Eastern Europe
  {
    code: 'AZE', kind: 'country',
    en: 'Azerbaijan; Baku', enA: 'Azerbaijani; Azeri', enP: 'Azerbaijanis; Azeris',
    ru: 'Азербайджан; Баку', ruA: 'азербайджанский', ruP: 'азербайджанец',
    kk: 'Әзірбайжан; Әзербайжан; Баку',
    uz: 'Озарбайжон; Боку',
    ul: 'Ozarbayjon; Boku',
  },
  {
    code: 'GEO', kind: 'country',
    en: 'Georgia; Tbilisi', enA: 'Georgian', enP: 'Georgians',
    ru: 'Грузия; Тбилиси', ruA: 'грузинский', ruP: 'грузин',
    kk: 'Грузия; Тбилиси', kkA: 'грузин',
    uz: 'Грузия; Тбилиси', uzA: 'грузин',
    ul: 'Gruziya; Tbilisi', ulA: 'gruzin',
  },
  {
    code: 'ARM', kind: 'country',
    en: 'Armenia; Yerevan', enA: 'Armenian', enP: 'Armenians',
    ru: 'Армения; Ереван', ruA: 'армянский', ruP: 'армянин',
    kk: 'Армения; Ереван', kkA: 'армян',
    uz: 'Арманистон; Ереван',
    ul: 'Armaniston; Yerevan',
  },
  {
    code: 'BLR', kind: 'country',
    en: 'Belarus; Minsk', enA: 'Belarusian; Belarussian', enP: 'Belarusians',
    ru: 'Беларусь; Белоруссия; Республика =Беларусь; Минск', ruA: 'белорусский', ruP: 'белорус',
    kk: 'Беларусь; Беларусь Республикасы; Минск', kkA: 'белорус',
    uz: 'Беларусь; Беларус; Минск', uzA: 'белорус',
    ul: 'Belarus; Minsk', ulA: 'belorus',
  },
  {
    code: 'UKR', kind: 'country',
    en: 'Ukraine; Kyiv; Kiev', enA: 'Ukrainian', enP: 'Ukrainians',
    ru: 'Украина; Киев', ruA: 'украинский', ruP: 'украинец',
    kk: 'Украина; Киев', kkA: 'украин',
    uz: 'Украина; Киев', uzA: 'украин',
    ul: 'Ukraina; Kiyev', ulA: 'ukrain',
  },
  {
    code: 'MDA', kind: 'country',
    en: 'Moldova; Chisinau', enA: 'Moldovan',
    ru: 'Молдова; Молдавия; Кишинёв', ruA: 'молдавский; молдовский',
    kk: 'Молдова', uz: 'Молдова', ul: 'Moldova',
  },
  // ---- Asia
  {
    code: 'JPN', kind: 'country',
    en: 'Japan; Nippon; Nihon; Tokyo; Land of the Rising Sun', enA: 'Japanese',
    ru: 'Япония; Токио; Страна =восходящего =солнца', ruA: 'японский', ruP: 'японец',
    kk: 'Жапония; Токио; Күн~шығыс елі', kkA: 'жапон',
    uz: 'Япония; Токио; Кунчиқар мамлакати', uzA: 'япон',
    ul: 'Yaponiya; Tokio; Kunchiqar mamlakati', ulA: 'yapon; japon',
  },
  {
    code: 'KOR', kind: 'country',
    en: 'South Korea; Republic of Korea; Korea; Seoul', enA: 'South Korean; Korean', enP: 'South Koreans; Koreans',
    ru: 'Южная Корея; Республика =Корея; Корея; Сеул', ruA: 'южнокорейский; корейский', ruP: 'кореец; южнокореец',
    kk: 'Оңтүстік Корея; Корея Республикасы; Корея; Сеул', kkA: 'корей',
    uz: 'Жанубий Корея; Корея Республикаси; Корея; Сеул', uzA: 'корейс',
    ul: 'Janubiy Koreya; Koreya Respublikasi; Koreya; Seul', ulA: 'koreys',
    ab: 'ROK',
  },
  {
    code: 'PRK', kind: 'country',
    en: "North Korea; Democratic People's Republic of Korea; Pyongyang", enA: 'North Korean', enP: 'North Koreans',
    ru: 'Северная Корея; Корейская Народно-Демократическая Республика; Пхеньян', ruA: 'северокорейский',
    kk: 'Солтүстік Корея; Пхеньян',
    uz: 'Шимолий Корея; Пхенян',
    ul: 'Shimoliy Koreya; Pxenyan',
    ab: 'КНДР; ҚХДР; КХДР; DPRK',
  },
  {
    code: 'IND', kind: 'country',
    en: 'India; New Delhi', enA: 'Indian', enP: 'Indians',
    ru: 'Индия; Нью-Дели', ruA: 'индийский', ruP: 'индиец',
    kk: 'Үндістан; Нью-Дели', kkA: 'үнді',
    uz: 'Ҳиндистон; Нью-Деҳли; Деҳли', uzA: 'ҳинд',
    ul: 'Hindiston; Nyu-Dehli; Dehli', ulA: 'hind',
  },
  {
    code: 'PAK', kind: 'country',
    en: 'Pakistan; Islamabad', enA: 'Pakistani', enP: 'Pakistanis',
    ru: 'Пакистан; Исламабад', ruA: 'пакистанский', ruP: 'пакистанец',
    kk: 'Пәкістан; Пакистан; Исламабад',
    uz: 'Покистон; Исломобод',
    ul: 'Pokiston; Islomobod',
  },
  {
    code: 'TUR', kind: 'country',
    en: 'Turkey; Türkiye; Turkiye; Ankara', enA: 'Turkish', enP: 'Turks',
    ru: 'Турция; Анкара', ruA: 'турецкий', ruP: 'тур(?:ок|к(?:ами|ам|ах|ом|а|у|е|и))',
    kk: 'Түркия; Анкара', kkA: 'түрік',
    uz: 'Туркия; Анқара', uzA: 'турк',
    ul: 'Turkiya; Anqara', ulA: 'turk',
  },
  {
    code: 'IRN', kind: 'country',
    en: 'Iran; Tehran', enA: 'Iranian', enP: 'Iranians',
    ru: 'Иран; Тегеран', ruA: 'иранский', ruP: 'иранец',
    kk: 'Иран; Тегеран',
    uz: 'Эрон; Теҳрон',
    ul: 'Eron; Tehron',
  },
  {
    code: 'VNM', kind: 'country',
    en: 'Vietnam; Viet Nam; Hanoi', enA: 'Vietnamese',
    ru: 'Вьетнам; Ханой', ruA: 'вьетнамский',
    kk: 'Вьетнам; Ханой', uz: 'Вьетнам; Ханой', ul: 'Vyetnam; Vetnam; Xanoy',
  },
  {
    code: 'THA', kind: 'country',
    en: 'Thailand; Bangkok', enA: 'Thai',
    ru: 'Таиланд; Тайланд; Бангкок', ruA: 'таиландский; тайский',
    kk: 'Тайланд; Таиланд; Бангкок', uz: 'Таиланд; Бангкок', ul: 'Tailand; Tayland; Bangkok',
  },
  {
    code: 'MYS', kind: 'country',
    en: 'Malaysia; Kuala Lumpur', enA: 'Malaysian',
    ru: 'Малайзия; Куала-Лумпур', ruA: 'малайзийский',
    kk: 'Малайзия', uz: 'Малайзия', ul: 'Malayziya',
  },
  {
    code: 'SGP', kind: 'country',
    en: 'Singapore', enA: 'Singaporean',
    ru: 'Сингапур', ruA: 'сингапурский',
    kk: 'Сингапур', uz: 'Сингапур', ul: 'Singapur',
  },
  {
    code: 'IDN', kind: 'country',
    en: 'Indonesia; Jakarta', enA: 'Indonesian',
    ru: 'Индонезия; Джакарта', ruA: 'индонезийский',
    kk: 'Индонезия; Джакарта', uz: 'Индонезия; Жакарта', ul: 'Indoneziya; Jakarta',
  },
  {
    code: 'PHL', kind: 'country',
    en: 'Philippines; Manila', enA: 'Philippine; Filipino',
    ru: 'Филиппины; Манила', ruA: 'филиппинский',
    kk: 'Филиппин; Манила', uz: 'Филиппин; Манила', ul: 'Filippin; Manila',
  },
  {
    code: 'TWN', kind: 'country',
    en: 'Taiwan; Chinese Taipei; Taipei', enA: 'Taiwanese',
    ru: 'Тайвань; Китайский Тайбэй; Тайбэй', ruA: 'тайваньский',
    kk: 'Тайвань', uz: 'Тайвань; Тайван', ul: 'Tayvan',
  },
  {
    code: 'HKG', kind: 'country',
    en: 'Hong Kong', ru: 'Гонконг; Сянган', ruA: 'гонконгский',
    kk: 'Гонконг', uz: 'Гонконг', ul: 'Gonkong',
  },
  // ---- Middle East and North Africa
  {
    code: 'ARE', kind: 'country',
    en: 'United Arab Emirates; Abu Dhabi; Dubai', enA: 'Emirati',
    ru: 'Объединённые Арабские Эмираты; Абу-Даби; Дубай', ruA: 'эмиратский',
    kk: 'Біріккен Араб Әмірліктері; Әбу-Даби; Абу-Даби; Дубай',
    uz: 'Бирлашган Араб Амирликлари; Абу-Даби; Дубай',
    ul: 'Birlashgan Arab Amirliklari; Abu-Dabi; Dubay',
    ab: 'UAE; ОАЭ; БАӘ; БАА; BAA',
  },
  {
    code: 'SAU', kind: 'country',
    en: 'Saudi Arabia; Kingdom of Saudi Arabia; Riyadh', enA: 'Saudi', enP: 'Saudis',
    ru: 'Саудовская Аравия; Эр-Рияд', ruA: 'саудовский',
    kk: 'Сауд Арабиясы; Эр-Рияд',
    uz: 'Саудия Арабистони; Ар-Риёд',
    ul: 'Saudiya Arabistoni; Ar-Riyod',
    ab: 'KSA',
  },
  {
    code: 'QAT', kind: 'country',
    en: 'Qatar', enA: 'Qatari', ru: 'Катар', ruA: 'катарский',
    kk: 'Катар', uz: 'Қатар', ul: 'Qatar',
  },
  {
    code: 'KWT', kind: 'country',
    en: 'Kuwait', enA: 'Kuwaiti', ru: 'Кувейт', ruA: 'кувейтский',
    kk: 'Кувейт', uz: 'Қувайт; Кувайт', ul: 'Quvayt',
  },
  {
    code: 'BHR', kind: 'country',
    en: 'Bahrain', enA: 'Bahraini', ru: 'Бахрейн', ruA: 'бахрейнский',
    kk: 'Бахрейн', uz: 'Баҳрайн', ul: 'Bahrayn',
  },
  {
    code: 'OMN', kind: 'country',
    en: 'Oman', enA: 'Omani', ru: 'Оман', ruA: 'оманский',
    kk: 'Оман', uz: 'Уммон', ul: 'Ummon',
  },
  {
    code: 'ISR', kind: 'country',
    en: 'Israel', enA: 'Israeli', enP: 'Israelis',
    ru: 'Израиль', ruA: 'израильский', ruP: 'израильтянин',
    kk: 'Израиль', uz: 'Исроил', ul: 'Isroil',
  },
  {
    code: 'EGY', kind: 'country',
    en: 'Egypt; Cairo', enA: 'Egyptian', enP: 'Egyptians',
    ru: 'Египет; египт(?:ом|а|у|е); Каир', ruA: 'египетский', ruP: 'египтянин',
    kk: 'Мысыр; Египет; Каир', uz: 'Миср; Қоҳира', ul: 'Misr; Qohira',
  },
  {
    code: 'IRQ', kind: 'country',
    en: 'Iraq; Baghdad', enA: 'Iraqi',
    ru: 'Ирак; Багдад', ruA: 'иракский',
    kk: 'Ирак; Бағдат', uz: 'Ироқ; Бағдод', ul: "Iroq; Bag'dod",
  },
  // ---- European Union members
  { code: 'AUT', kind: 'country', en: 'Austria', enA: 'Austrian', ru: 'Австрия', ruA: 'австрийский', kk: 'Австрия', uz: 'Австрия', ul: 'Avstriya' },
  { code: 'BEL', kind: 'country', en: 'Belgium', enA: 'Belgian', ru: 'Бельгия', ruA: 'бельгийский', kk: 'Бельгия', uz: 'Белгия; Бельгия', ul: 'Belgiya' },
  { code: 'BGR', kind: 'country', en: 'Bulgaria', enA: 'Bulgarian', ru: 'Болгария', ruA: 'болгарский', kk: 'Болгария', uz: 'Болгария', ul: 'Bolgariya' },
  { code: 'HRV', kind: 'country', en: 'Croatia', enA: 'Croatian', ru: 'Хорватия', ruA: 'хорватский', kk: 'Хорватия', uz: 'Хорватия', ul: 'Xorvatiya' },
  { code: 'CYP', kind: 'country', en: 'Cyprus', enA: 'Cypriot', ru: 'Кипр', ruA: 'кипрский', kk: 'Кипр', uz: 'Кипр', ul: 'Kipr' },
  {
    code: 'CZE', kind: 'country', en: 'Czechia; Czech Republic', enA: 'Czech',
    ru: 'Чехия; Чешская Республика', ruA: 'чешский', kk: 'Чехия', uz: 'Чехия', ul: 'Chexiya',
  },
  { code: 'DNK', kind: 'country', en: 'Denmark', enA: 'Danish', ru: 'Дания', ruA: 'датский', kk: 'Дания', uz: 'Дания', ul: 'Daniya' },
  { code: 'EST', kind: 'country', en: 'Estonia', enA: 'Estonian', ru: 'Эстония', ruA: 'эстонский', kk: 'Эстония', uz: 'Эстония', ul: 'Estoniya' },
  { code: 'FIN', kind: 'country', en: 'Finland', enA: 'Finnish', ru: 'Финляндия', ruA: 'финский; финляндский', kk: 'Финляндия', uz: 'Финляндия', ul: 'Finlandiya' },
  {
    code: 'FRA', kind: 'country', en: 'France', enA: 'French',
    ru: 'Франция', ruA: 'французский', ruP: 'француз',
    kk: 'Франция', kkA: 'француз', uz: 'Франция', uzA: 'француз', ul: 'Fransiya', ulA: 'fransuz',
  },
  {
    code: 'DEU', kind: 'country', en: 'Germany; Berlin', enA: 'German', enP: 'Germans',
    ru: 'Германия; Берлин', ruA: 'немецкий; германский', ruP: 'немец',
    kk: 'Германия; Берлин', kkA: 'неміс',
    uz: 'Германия; Олмония; Берлин', uzA: 'немис',
    ul: 'Germaniya; Olmoniya; Berlin', ulA: 'nemis',
    ab: 'ФРГ',
  },
  {
    code: 'GRC', kind: 'country', en: 'Greece', enA: 'Greek', ru: 'Греция', ruA: 'греческий', ruP: 'грек',
    kk: 'Грекия', kkA: 'грек', uz: 'Греция; Юнонистон', ul: 'Gretsiya; Yunoniston',
  },
  {
    code: 'HUN', kind: 'country', en: 'Hungary', enA: 'Hungarian', ru: 'Венгрия', ruA: 'венгерский',
    kk: 'Венгрия; Мажарстан', kkA: 'мажар', uz: 'Венгрия', ul: 'Vengriya',
  },
  { code: 'IRL', kind: 'country', en: 'Ireland', enA: 'Irish', ru: 'Ирландия', ruA: 'ирландский', kk: 'Ирландия', uz: 'Ирландия', ul: 'Irlandiya' },
  {
    code: 'ITA', kind: 'country', en: 'Italy', enA: 'Italian', enP: 'Italians',
    ru: 'Италия', ruA: 'итальянский', ruP: 'итальянец',
    kk: 'Италия', kkA: 'италиян; итальян', uz: 'Италия', uzA: 'итальян', ul: 'Italiya', ulA: 'italyan',
  },
  { code: 'LVA', kind: 'country', en: 'Latvia', enA: 'Latvian', ru: 'Латвия', ruA: 'латвийский; латышский', kk: 'Латвия', uz: 'Латвия', ul: 'Latviya' },
  { code: 'LTU', kind: 'country', en: 'Lithuania', enA: 'Lithuanian', ru: 'Литва', ruA: 'литовский', kk: 'Литва', uz: 'Литва', ul: 'Litva' },
  { code: 'LUX', kind: 'country', en: 'Luxembourg', ru: 'Люксембург', ruA: 'люксембургский', kk: 'Люксембург', uz: 'Люксембург', ul: 'Lyuksemburg' },
  { code: 'MLT', kind: 'country', en: 'Malta', enA: 'Maltese', ru: 'Мальта', ruA: 'мальтийский', kk: 'Мальта', uz: 'Мальта', ul: 'Malta' },
  {
    code: 'NLD', kind: 'country', nameKk: 'Нидерланд', en: 'Netherlands; Holland', enA: 'Dutch',
    ru: 'Нидерланды; Голландия', ruA: 'нидерландский; голландский',
    kk: 'Нидерланд; Голландия', uz: 'Нидерландия; Нидерланд; Голландия', ul: 'Niderlandiya; Gollandiya',
  },
  {
    code: 'POL', kind: 'country', en: 'Poland', enA: 'Polish', ru: 'Польша', ruA: 'польский', ruP: 'поляк',
    kk: 'Польша', kkA: 'поляк', uz: 'Польша', uzA: 'поляк', ul: 'Polsha', ulA: 'polyak',
  },
  { code: 'PRT', kind: 'country', en: 'Portugal', enA: 'Portuguese', ru: 'Португалия', ruA: 'португальский', kk: 'Португалия', uz: 'Португалия', ul: 'Portugaliya' },
  { code: 'ROU', kind: 'country', en: 'Romania', enA: 'Romanian', ru: 'Румыния', ruA: 'румынский', kk: 'Румыния', uz: 'Руминия; Румыния', ul: 'Ruminiya' },
  { code: 'SVK', kind: 'country', en: 'Slovakia', enA: 'Slovak; Slovakian', ru: 'Словакия', ruA: 'словацкий', kk: 'Словакия', uz: 'Словакия', ul: 'Slovakiya' },
  { code: 'SVN', kind: 'country', en: 'Slovenia', enA: 'Slovenian; Slovene', ru: 'Словения', ruA: 'словенский', kk: 'Словения', uz: 'Словения', ul: 'Sloveniya' },
  {
    code: 'ESP', kind: 'country', en: 'Spain', enA: 'Spanish', ru: 'Испания', ruA: 'испанский', ruP: 'испанец',
    kk: 'Испания', kkA: 'испан', uz: 'Испания', uzA: 'испан', ul: 'Ispaniya', ulA: 'ispan',
  },
  {
    code: 'SWE', kind: 'country', en: 'Sweden', enA: 'Swedish', ru: 'Швеция', ruA: 'шведский', ruP: 'швед',
    kk: 'Швеция', kkA: 'швед', uz: 'Швеция', ul: 'Shvetsiya',
  },
  // ---- Other Europe
  {
    code: 'GBR', kind: 'country',
    en: 'United Kingdom; Great Britain; Britain; England; Northern Ireland', enA: 'British', enP: 'Britons; Brits',
    ru: 'Великобритания; Соединённое королевств(?:ом|о|а|у|е); Британия; Англия; Северная Ирландия', ruA: 'британский', ruP: 'британец; англичанин',
    kk: 'Ұлыбритания; Британия; Англия; Солтүстік Ирландия', kkA: 'британ',
    uz: 'Буюк Британия; Британия; Англия', uzA: 'британ',
    ul: 'Buyuk Britaniya; Britaniya; Angliya', ulA: 'britan',
    ab: 'UK; U.K.',
  },
  {
    code: 'CHE', kind: 'country', en: 'Switzerland', enA: 'Swiss', ru: 'Швейцария', ruA: 'швейцарский',
    kk: 'Швейцария', uz: 'Швейцария', ul: 'Shveytsariya',
  },
  { code: 'NOR', kind: 'country', en: 'Norway', enA: 'Norwegian', ru: 'Норвегия', ruA: 'норвежский', kk: 'Норвегия', uz: 'Норвегия', ul: 'Norvegiya' },
  { code: 'SRB', kind: 'country', en: 'Serbia; Belgrade', enA: 'Serbian', ru: 'Сербия; Белград', ruA: 'сербский', kk: 'Сербия', uz: 'Сербия', ul: 'Serbiya' },
  // ---- Americas, Oceania, Africa
  {
    code: 'USA', kind: 'country', nameEn: 'United States', nameRu: 'США', nameKk: 'АҚШ',
    en: 'United States; United States of America; America; Washington', enA: 'American', enP: 'Americans',
    ru: 'Соединённые Штаты; Соединённые Штаты =Америки; Вашингтон', ruA: 'американский', ruP: 'американец',
    kk: 'Америка Құрама Штаттары; Вашингтон', kkA: 'америкалық',
    uz: 'Америка Қўшма Штатлари; Вашингтон', uzA: 'америкалик',
    ul: "Amerika Qo'shma Shtatlari; Vashington", ulA: 'amerikalik',
    ab: 'USA; US; U.S.; U.S.A.; США; АҚШ; AQSh; AQSH',
  },
  { code: 'CAN', kind: 'country', en: 'Canada; Ottawa', enA: 'Canadian', enP: 'Canadians', ru: 'Канада; Оттава', ruA: 'канадский', kk: 'Канада; Оттава', uz: 'Канада', ul: 'Kanada' },
  { code: 'BRA', kind: 'country', en: 'Brazil', enA: 'Brazilian', ru: 'Бразилия', ruA: 'бразильский', kk: 'Бразилия', uz: 'Бразилия', ul: 'Braziliya' },
  { code: 'MEX', kind: 'country', en: 'Mexico', enA: 'Mexican', ru: 'Мексика', ruA: 'мексиканский', kk: 'Мексика', uz: 'Мексика', ul: 'Meksika' },
  { code: 'ARG', kind: 'country', en: 'Argentina', enA: 'Argentine; Argentinian', ru: 'Аргентина', ruA: 'аргентинский', kk: 'Аргентина', uz: 'Аргентина', ul: 'Argentina' },
  {
    code: 'AUS', kind: 'country', en: 'Australia; Canberra', enA: 'Australian', enP: 'Australians',
    ru: 'Австралия; Канберра', ruA: 'австралийский', kk: 'Австралия; Аустралия', uz: 'Австралия', ul: 'Avstraliya',
  },
  { code: 'NZL', kind: 'country', en: 'New Zealand', ru: 'Новая Зеландия', ruA: 'новозеландский', kk: 'Жаңа Зеландия', uz: 'Янги Зеландия', ul: 'Yangi Zelandiya' },
  {
    code: 'ZAF', kind: 'country', en: 'South Africa', enA: 'South African',
    ru: 'Южно-Африканская Республика; Южная Африка', ruA: 'южноафриканский',
    kk: 'Оңтүстік Африка Республикасы; Оңтүстік Африка',
    uz: 'Жанубий Африка Республикаси; Жанубий Африка',
    ul: 'Janubiy Afrika Respublikasi; Janubiy Afrika',
    ab: 'ЮАР; ОАР; ЖАР',
  },
  // ---- Groups
  {
    code: 'C5', kind: 'group',
    en: 'Central Asia', enA: 'Central Asian',
    ru: 'Центральная Азия; Средняя Азия', ruA: 'центральноазиатский; среднеазиатский',
    kk: 'Орталық Азия; Орта Азия',
    uz: 'Марказий Осиё; Ўрта Осиё',
    ul: "Markaziy Osiyo; O'rta Osiyo; Orta Aziya",
    // "C5+1", and the regional abbreviations only where they name a format: "МО+Япония", "ЦА+1", "ОА+"
    ab: 'C5; С5; МО(?=\\s*\\+); ЦА(?=\\s*\\+); ОА(?=\\s*\\+)',
  },
  {
    code: 'WLD', kind: 'group', nameEn: 'World', nameRu: 'Мир',
    en: '*world; *worldwide', enA: '*global; *globally',
    // The noun "мир" has a pattern of its own below (not in the sense of peace).
    ruA: 'мировой; всемирный; глобальный; *глобально',
    kk: '*Әлем; *дүниежүзі; *жаһан', kkA: 'ғаламдық',
    uz: '*Жаҳон; *Дунё', uzA: 'глобал',
    ul: '*Jahon; *Dunyo', ulA: 'global',
  },
  {
    code: 'EU', kind: 'group',
    en: 'European Union', ru: 'Европейский союз; Евросоюз', kk: 'Еуропалық Одақ; Еуроодақ',
    uz: 'Европа Иттифоқи; Евроиттифоқ', ul: 'Yevropa Ittifoqi; Yevroittifoq',
    ab: 'EU; ЕС; ЕО; ЕИ; YeI',
  },
  {
    code: 'EAU', kind: 'group',
    en: 'Eurasian Economic Union', ru: 'Евразийский экономический союз', kk: 'Еуразиялық экономикалық одақ',
    uz: 'Евроосиё иқтисодий иттифоқи', ul: 'Yevroosiyo iqtisodiy ittifoqi',
    ab: 'EAEU; EEU; ЕАЭС; ЕАЭО; ЕОИИ; YeOII',
  },
  {
    code: 'CIS', kind: 'group', nameRu: 'Содружество Независимых Государств',
    en: 'Commonwealth of Independent States', ru: 'Содружеств(?:ом|о|а|у|е) =Независимых =Государств',
    kk: 'Тәуелсіз Мемлекеттер Достастығы', uz: 'Мустақил Давлатлар Ҳамдўстлиги', ul: "Mustaqil Davlatlar Hamdo'stligi",
    ab: 'CIS; СНГ; ТМД; МДҲ; MDH',
  },
  {
    code: 'ASN', kind: 'group', nameEn: 'ASEAN', nameRu: 'АСЕАН', nameKk: 'АСЕАН',
    en: 'Association of Southeast Asian Nations', ru: 'Ассоциаци(?:ей|я|и|ю) =государств =Юго-Восточной =Азии',
    ab: 'ASEAN; АСЕАН',
  },
  {
    code: 'GCC', kind: 'group',
    en: 'Gulf Cooperation Council; Gulf states; Gulf countries; Gulf monarchies; Persian Gulf states; Persian Gulf countries; Arab Gulf states',
    ru: 'Совет =сотрудничества =арабских =государств =Персидского =залива; *стран(?:ами|ам|ах|а|ы)? =персидского =залива; *государств(?:ами|ам|ах|а)? =персидского =залива; *монархи(?:ями|ям|ях|и|й) =персидского =залива',
    kk: 'Парсы шығанағы араб мемлекеттерінің ынтымақтастық кеңесі; Парсы шығанағы елдері; Парсы шығанағы мемлекеттері',
    uz: 'Форс кўрфази араб давлатлари ҳамкорлик кенгаши; Форс кўрфази мамлакатлари; Форс кўрфази давлатлари',
    ul: "Fors ko'rfazi arab davlatlari hamkorlik kengashi; Fors ko'rfazi mamlakatlari; Fors ko'rfazi davlatlari",
    ab: 'GCC; ССАГПЗ',
  },
  {
    code: 'SCO', kind: 'group',
    en: 'Shanghai Cooperation Organisation; Shanghai Cooperation Organization', ru: 'Шанхайская организация =сотрудничества',
    kk: 'Шанхай ынтымақтастық ұйымы', uz: 'Шанхай ҳамкорлик ташкилоти', ul: 'Shanxay hamkorlik tashkiloti; Shanghai hamkorlik tashkiloti',
    ab: 'SCO; ШОС; ШЫҰ; ШҲТ; SHT',
  },
  {
    code: 'OTS', kind: 'group',
    en: 'Organization of Turkic States; Organisation of Turkic States', ru: 'Организация =тюркских =государств',
    kk: 'Түркі мемлекеттері ұйымы', uz: 'Туркий давлатлар ташкилоти', ul: 'Turkiy davlatlar tashkiloti',
    ab: 'OTS; ОТГ; ТМҰ; ТДТ; TDT',
  },
  {
    code: 'G7', kind: 'group', en: 'Group of Seven', ru: 'Большая семёрка; Группа =семи',
    kk: 'Үлкен жетілік', uz: 'Катта еттилик', ul: 'Katta yettilik', ab: 'G-7; Г-7',
  },
  {
    code: 'G20', kind: 'group', en: 'Group of Twenty', ru: 'Большая двадцатка; Группа =двадцати',
    kk: 'Үлкен жиырмалық', uz: 'Катта йигирмалик', ul: 'Katta yigirmalik', ab: 'G-20; Г-20',
  },
];

/**
 * Phrases that contain a place name but are no mention of a place; they take part in the
 * longest-match contest and, when they win, hide what they cover. Case-insensitive.
 */
const EXCLUSIONS: { en?: string; ru?: string; kk?: string; uz?: string; ul?: string } = {
  en: [
    'World Bank', 'World Trade Organization', 'World Trade Organisation', 'World Economic Forum', 'World Health Organization',
    'World War', 'World Cup', 'Third World', 'New World', 'Old World',
    'Latin America', 'Latin American', 'North America', 'North American', 'South America', 'South American',
    'Central America', 'Central American', 'Native American', 'New Mexico',
    'US dollar', 'US dollars', 'U.S. dollar', 'U.S. dollars', 'us\\$',
  ].join('; '),
  ru: [
    'Всемирный банк', 'Всемирная торговая организация', 'Всемирная организация =здравоохранения', 'Всемирный экономический форум',
    'мировая война', 'мировое соглашени(?:ями|ям|ях|ем|е|я|ю|и|й)', 'мировой суд(?:ьями|ьям|ьей|ья|ьи|ье|ью|ей|ом|ы)?',
    'доллар(?:ами|ам|ах|ов|ом|ы|а|у|е)? =сша', 'долл\\. =сша', 'долл =сша', 'американский доллар(?:ами|ам|ах|ов|ом|ы|а|у|е)?',
    // мир in the sense of peace
    'мир(?:ом|а|у|е)?(?:\\s*,\\s*|\\s+и\\s+)(?:стабильн|безопасн|согласи|процветани|спокойстви|дружб|сотрудничеств|развити)[а-я]*',
    'мир =во =всем =мире',
  ].join('; '),
  kk: 'Дүниежүзілік банк; Дүниежүзілік сауда ұйымы; Дүниежүзілік денсаулық сақтау ұйымы; Дүниежүзілік экономикалық форум; Дүниежүзілік соғыс; Әлемдік соғыс; Екінші дүниежүзілік соғыс; АҚШ доллар; Латын Америка; Солтүстік Америка; Оңтүстік Америка; Орталық Америка',
  uz: 'Жаҳон банки; Жаҳон савдо ташкилоти; Жаҳон соғлиқни сақлаш ташкилоти; Жаҳон иқтисодий форуми; жаҳон уруши; АҚШ доллари; АҚШ доллар; Лотин Америка; Шимолий Америка; Жанубий Америка',
  ul: "Jahon banki; Jahon savdo tashkiloti; Jahon sog'liqni saqlash tashkiloti; Jahon iqtisodiy forumi; jahon urushi; AQSh dollari; AQSh dollar; Lotin Amerika; Shimoliy Amerika; Janubiy Amerika",
};

// ---------------------------------------------------------------------------------------------------------
// Text normalisation: two strings of the input's length, one case-preserving, one lower-cased.

/** Character classes of the UTF-16 units below TABLE_SIZE (Latin, Greek, Cyrillic and their extensions). */
const TABLE_SIZE = 0x2000;
const LATIN = 1;
const CYRILLIC = 2;
const LOOKALIKE = 4;
const ALNUM = 8;
const WORD_CHAR = 16;
const CLASS = new Uint8Array(TABLE_SIZE);
/** Apostrophe variants → ', ё → е (case kept). */
const FOLD = new Uint16Array(TABLE_SIZE);
const LOWER = new Uint16Array(TABLE_SIZE);
/** Latin → Cyrillic and Cyrillic → Latin look-alikes (for mixed-script words). */
const TO_CYR = new Uint16Array(TABLE_SIZE);
const TO_LAT = new Uint16Array(TABLE_SIZE);
const APOSTROPHES = [0x27, 0x2019, 0x2018, 0x02bb, 0x02bc, 0x60, 0xb4, 0x02b9];
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  const l = ch.toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
  FOLD[c] = c === 0x451 ? 0x435 : c === 0x401 ? 0x415 : c;
  TO_CYR[c] = c;
  TO_LAT[c] = c;
  if (/\p{Script=Latin}/u.test(ch) && /\p{L}/u.test(ch)) CLASS[c]! |= LATIN;
  if (/\p{Script=Cyrillic}/u.test(ch) && /\p{L}/u.test(ch)) CLASS[c]! |= CYRILLIC;
  if (/[\p{L}\p{N}]/u.test(ch)) CLASS[c]! |= ALNUM;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) CLASS[c]! |= WORD_CHAR;
}
for (const c of APOSTROPHES) if (c < TABLE_SIZE) FOLD[c] = 0x27;
for (const [lat, cyr] of [
  ['a', 'а'], ['c', 'с'], ['e', 'е'], ['o', 'о'], ['p', 'р'], ['x', 'х'], ['y', 'у'], ['k', 'к'], ['i', 'і'],
  ['A', 'А'], ['B', 'В'], ['C', 'С'], ['E', 'Е'], ['H', 'Н'], ['K', 'К'], ['M', 'М'], ['O', 'О'], ['P', 'Р'], ['T', 'Т'], ['X', 'Х'], ['I', 'І'],
] as const) {
  const l = lat.charCodeAt(0);
  const c = cyr.charCodeAt(0);
  TO_CYR[l] = c;
  TO_LAT[c] = l;
  CLASS[l]! |= LOOKALIKE;
  CLASS[c]! |= LOOKALIKE;
}

const UTF16 = new TextDecoder('utf-16le');

interface Normalised {
  cased: string;
  lower: string;
}

export function normalise(text: string): Normalised {
  const n = text.length;
  const cased = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    cased[i] = c < TABLE_SIZE ? FOLD[c]! : c === 0x2019 || c === 0x2018 ? 0x27 : c;
  }
  // Mixed-script words: bring look-alikes to the script of the word's unambiguous letters.
  let i = 0;
  while (i < n) {
    const c = cased[i]!;
    if (c >= TABLE_SIZE || (CLASS[c]! & (LATIN | CYRILLIC)) === 0) {
      i++;
      continue;
    }
    let j = i;
    let lat = 0;
    let cyr = 0;
    let latOnly = 0;
    let cyrOnly = 0;
    for (; j < n; j++) {
      const d = cased[j]!;
      const k = d < TABLE_SIZE ? CLASS[d]! : 0;
      if (k & LATIN) {
        lat++;
        if (!(k & LOOKALIKE)) latOnly++;
      } else if (k & CYRILLIC) {
        cyr++;
        if (!(k & LOOKALIKE)) cyrOnly++;
      } else break;
    }
    if (lat > 0 && cyr > 0) {
      if (cyrOnly > 0 && latOnly === 0) for (let k = i; k < j; k++) cased[k] = TO_CYR[cased[k]!]!;
      else if (latOnly > 0 && cyrOnly === 0) for (let k = i; k < j; k++) cased[k] = TO_LAT[cased[k]!]!;
    }
    i = j;
  }
  const lower = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = cased[k]!;
    lower[k] = c < TABLE_SIZE ? LOWER[c]! : c;
  }
  return { cased: UTF16.decode(cased), lower: UTF16.decode(lower) };
}

/** The class bits of any UTF-16 unit (the halves of a surrogate pair count as letters). */
const classCache = new Map<number, number>();
function classOf(c: number): number {
  if (c < TABLE_SIZE) return CLASS[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return ALNUM | WORD_CHAR;
  let k = classCache.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = (/[\p{L}\p{N}]/u.test(ch) ? ALNUM : 0) | (/[\p{L}\p{M}\p{N}]/u.test(ch) ? WORD_CHAR : 0);
    classCache.set(c, k);
  }
  return k;
}
const isAlnum = (c: number) => (classOf(c) & ALNUM) !== 0;
const isWordChar = (c: number) => (classOf(c) & WORD_CHAR) !== 0;

/** The same character mapping, applied to the literal text of a pattern. */
function normLiteral(s: string, keepCase: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < TABLE_SIZE) c = FOLD[c]!;
    else if (c === 0x2019 || c === 0x2018) c = 0x27;
    if (!keepCase && c < TABLE_SIZE) c = LOWER[c]!;
    out += String.fromCharCode(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Pattern building.

const SPACE = '[\\s\\u00a0]+';
const HYPHEN = '(?:\\s*[-\\u2010\\u2011\\u2013\\u2014]\\s*|[\\s\\u00a0]+)?';
/**
 * The end of a word. Unicode property classes are costly to compile (about a millisecond for each regular
 * expression), so only the few shared expressions below use END; the patterns themselves try their
 * longest alternative first, and bestAt checks that a match ending in a letter is not followed by one.
 */
const END = '(?![\\p{L}\\p{M}\\p{N}])';

/** Kazakh and Uzbek (Cyrillic) suffixes: plural, possessive, case, and the -лық/-лик adjective. */
const TC_ADJ = ['лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'лик'];
const TC_PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
const TC_MORPHEMES = [
  ...TC_PLURAL, ...TC_ADJ,
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нинг', 'инг',
  'ға', 'ге', 'қа', 'ке', 'на', 'не', 'га', 'ка',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ни', 'н',
  'да', 'де', 'та', 'те', 'нда', 'нде', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'мен', 'бен', 'пен', 'менен', 'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі', 'даги', 'таги',
  'ша', 'ше', 'ча', 'сыз', 'сіз', 'сиз', 'ы', 'і', 'и', 'сы', 'сі', 'си',
  'ым', 'ім', 'ың', 'ің', 'мыз', 'міз', 'ымыз', 'іміз', 'миз', 'имиз', 'гача', 'дек', 'дай', 'дей',
  'нікі', 'дікі', 'тікі', 'ныкі', 'дыкі', 'тыкі', 'ники',
];
/** Uzbek (and Kazakh) Latin suffixes. */
const TL_ADJ = ['lik', 'lyq', 'dyq', 'dik'];
const TL_PLURAL = ['lar', 'ler', 'dar', 'der', 'tar', 'ter'];
const TL_MORPHEMES = [
  ...TL_PLURAL, ...TL_ADJ,
  'ning', 'ing', 'nyń', 'nyn', 'dyń', 'dyn', 'ga', 'ka', 'qa', 'ǵa', 'ge', 'ke', 'ni', 'ny', 'dy',
  'da', 'ta', 'de', 'te', 'dan', 'tan', 'den', 'ten', 'nan', 'nen', 'dagi', 'tagi', 'men', 'ben', 'pen',
  'cha', 'i', 'si', 'miz', 'imiz', 'gacha', 'dek', 'day',
];
const alt = (xs: readonly string[]) => `(?:${[...xs].sort((a, b) => b.length - a.length).join('|')})`;
/** The suffixes after a Kazakh/Uzbek name (up to four: қазақстан-дық-тар-дың), up to the end of the word. */
const TC_SUFFIX = new RegExp(`${alt(TC_MORPHEMES)}{0,4}${END}`, 'uy');
const TL_SUFFIX = new RegExp(`${alt(TL_MORPHEMES)}{0,4}${END}`, 'uy');
/** After an abbreviation: Kazakh writes "АҚШ-қа", Uzbek "АҚШнинг", "AQShga". */
const ABBREVIATION_SUFFIX = new RegExp(`(?:[-\\u2010\\u2011\\u2013]?(?:${alt(TC_MORPHEMES)}|${alt(TL_MORPHEMES)}){1,3})?${END}`, 'uy');
/** An adjective suffix first ("ресейлік", "ресейліктің"), but not the possessive "Ресейдікі" (Russia's). */
const ADJ_RE = new RegExp(`^${alt([...TC_ADJ, ...TL_ADJ])}(?![іы])`, 'u');
const PLURAL_RE = new RegExp(alt([...TC_PLURAL, ...TL_PLURAL]), 'u');

/** Russian adjective endings, "по-японски", and the first half of a compound ("российско-китайский"). */
const RU_ADJ = `(?:${alt(['ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ую', 'юю', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими', 'ою', 'ею', 'и'])}|о(?=[-\\u2010\\u2011][а-я]))`;

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** A literal entry as a regular expression (see the Spec comment for ' ', '-', '~', "'"). */
function lit(s: string, keepCase = false): string {
  let out = '';
  for (const ch of normLiteral(s, keepCase)) {
    if (ch === ' ') out += SPACE;
    else if (ch === '-') out += HYPHEN;
    else if (ch === '~') out += '[\\s\\u00a0]*';
    else if (ch === "'") out += "'?";
    else out += escapeChar(ch);
  }
  return out;
}

const isRaw = (s: string) => /[(\\]/.test(s);

/**
 * A pattern's regular expression and the literal text every match starts with (for its key): "Япония"
 * gives япони(?:я|и|ю|ей|ею) and "япони"; "немец" gives нем(?:ец|ц…) and "нем".
 */
interface Built {
  re: string;
  fixed: string;
  /** Whether the whole pattern is literal (so that what follows it is literal too). */
  complete: boolean;
}

/** The literal prefix of a raw regular expression. */
const rawPrefix = (s: string) => s.split(/[()[\\?|*+{.]/)[0]!;

function literal(s: string, keepCase = false): Built {
  return { re: lit(s, keepCase), fixed: normLiteral(s, keepCase), complete: true };
}

/** A regular expression written in the entry; it runs over lower-cased text (escapes such as \\p{L} are kept). */
function raw(s: string, keepCase = false): Built {
  const re = keepCase ? s : s.replace(/\\p\{[^}]*\}|\\.|[^\\]/gu, (part) => (part.startsWith('\\') ? part : normLiteral(part, false)));
  return { re, fixed: rawPrefix(re), complete: false };
}

/**
 * A stem and its endings ("а|у|ом|е", or a ready group such as RU_ADJ), the longest ending tried first:
 * the patterns match greedily (see END).
 */
function declined(stem: string, endings: string, optional = false): Built {
  const group = endings.startsWith('(?:') ? endings : alt(endings.split('|'));
  return { re: `${lit(stem)}${group}${optional ? '?' : ''}`, fixed: stem, complete: false };
}

/** One Russian word in all its cases (nominative given). */
function ruWord(word: string): Built {
  if (word.startsWith('=')) return literal(word.slice(1));
  if (isRaw(word)) return raw(word);
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const rest = ruWord(word.slice(dash + 1));
    const head = normLiteral(word.slice(0, dash + 1), false);
    return { re: lit(head) + rest.re, fixed: head + rest.fixed, complete: rest.complete };
  }
  const w = normLiteral(word, false);
  const stem = (k: number) => w.slice(0, w.length - k);
  if (w.length > 4 && /(?:ая|яя|ое|ее|ые|ие|ий|ый|ой)$/.test(w)) return declined(stem(2), RU_ADJ);
  if (w.endsWith('ия')) return declined(stem(1), 'я|и|ю|ей|ею');
  if (w.endsWith('я')) return declined(stem(1), 'я|и|е|ю|ей|ею');
  if (w.endsWith('а')) return declined(stem(1), 'а|ы|и|е|у|ой|ою');
  if (w.endsWith('ь')) return declined(stem(1), 'ь|я|ю|ем|е|и|ью');
  if (w.endsWith('й')) return declined(stem(1), 'й|я|ю|ем|е');
  if (w.endsWith('ы')) return declined(stem(1), 'ы|ов|ам|ами|ах');
  if (/[оиуеюэ]$/.test(w)) return literal(w);
  return declined(w, 'а|у|ом|е', true);
}

/** A Russian phrase, every word declined but those marked '='. */
function ruPhrase(s: string): Built {
  const words = s.split(' ').map(ruWord);
  let fixed = '';
  for (const w of words) {
    fixed += (fixed ? ' ' : '') + w.fixed;
    if (!w.complete) break;
  }
  return { re: words.map((w) => w.re).join(SPACE), fixed, complete: words.every((w) => w.complete) };
}

/** A Russian adjective (masculine nominative) in all its forms. */
function ruAdjective(s: string): Built {
  if (isRaw(s)) return raw(s);
  const w = normLiteral(s, false);
  if (!/(?:ий|ый|ой)$/.test(w)) return literal(w);
  return declined(w.slice(0, -2), RU_ADJ);
}

/** A Russian demonym (nominative singular given) in all its forms. */
function ruPeople(s: string): Built {
  if (isRaw(s)) return raw(s);
  const w = normLiteral(s, false);
  const endings = ['а', 'у', 'ем', 'е', 'ы', 'ев', 'ам', 'ами', 'ах'];
  if (w.endsWith('ец')) {
    const base = w.slice(0, -2);
    const c = /[аеиюя]$/.test(base) ? 'йц' : 'ц';
    return declined(base, ['ец', ...endings.map((e) => c + e)].join('|'));
  }
  if (/[ая]нин$/.test(w)) return declined(w.slice(0, -2), 'ин|ина|ину|ином|ине|е|ам|ами|ах', true);
  return declined(w, 'а|у|ом|е|и|ы|ов|ам|ами|ах', true);
}

/** Patterns are filed under the first KEY_MAX letters/digits they start with (fewer when they are shorter). */
const KEY_MAX = 4;

/** A key is a hash of up to KEY_MAX lower-case letters/digits (collisions only cost a failed match). */
const KEY_PRIME = 1073741789;
const keyStep = (h: number, c: number) => (h * 2053 + c + 1) % KEY_PRIME;

/** The key of a pattern: the first letters/digits of its literal prefix (at least two). */
function keyOf(fixed: string, entry: string): number {
  const codes = [...normLiteral(fixed, false)].map((ch) => ch.charCodeAt(0)).filter(isAlnum);
  if (codes.length < 2) throw new Error(`places: the pattern "${entry}" must start with two literal letters or digits`);
  return codes.slice(0, KEY_MAX).reduce(keyStep, 0);
}

type Mode = 'ci' | 'cs' | 'cap';

interface Pattern {
  code: string | null; // null: an exclusion
  form: Form;
  /** The pattern up to its suffixes, sticky. */
  re: RegExp;
  /** The suffixes that may follow (shared), up to the end of the word; none: the word must end there. */
  suffix: RegExp | null;
  mode: Mode;
}

/** Patterns by key. */
const buckets = new Map<number, Pattern[]>();

function addPattern(code: string | null, form: Form, entry: string, built: Built, suffix: RegExp | null, mode: Mode): void {
  const p: Pattern = { code, form, re: new RegExp(built.re, 'uy'), suffix, mode };
  const key = keyOf(built.fixed, entry);
  const list = buckets.get(key);
  if (list) list.push(p);
  else buckets.set(key, [p]);
}

const entries = (s: string | undefined) =>
  (s ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

type Lang = 'en' | 'ru' | 'kk' | 'uz' | 'ul';

/** Adds the patterns of one field of a spec. */
function addEntries(code: string | null, lang: Lang, form: Form, field: string | undefined, kind: 'name' | 'word'): void {
  for (const rawEntry of entries(field)) {
    const ci = rawEntry.startsWith('*') || code === null;
    const entry = rawEntry.replace(/^\*/, '');
    // Names are capitalised in every language; so are English adjectives and demonyms.
    const mode: Mode = ci ? 'ci' : kind === 'name' || lang === 'en' ? 'cap' : 'ci';
    const plain = isRaw(entry) ? raw(entry) : literal(entry);
    switch (lang) {
      case 'en':
        addPattern(code, form, entry, plain, null, mode);
        break;
      case 'ru':
        addPattern(code, form, entry, form === 'adjective' ? ruAdjective(entry) : form === 'people' ? ruPeople(entry) : ruPhrase(entry), null, mode);
        break;
      case 'kk':
      case 'uz':
        addPattern(code, form, entry, plain, TC_SUFFIX, mode);
        break;
      case 'ul':
        addPattern(code, form, entry, plain, TL_SUFFIX, mode);
        break;
    }
  }
}

function addAbbreviations(code: string, field: string | undefined): void {
  for (const entry of entries(field)) addPattern(code, 'name', entry, isRaw(entry) ? raw(entry, true) : literal(entry, true), ABBREVIATION_SUFFIX, 'cs');
}

for (const s of SPECS) {
  addAbbreviations(s.code, s.ab);
  addEntries(s.code, 'en', 'name', s.en, 'name');
  addEntries(s.code, 'ru', 'name', s.ru, 'name');
  addEntries(s.code, 'kk', 'name', s.kk, 'name');
  addEntries(s.code, 'uz', 'name', s.uz, 'name');
  addEntries(s.code, 'ul', 'name', s.ul, 'name');
  addEntries(s.code, 'en', 'adjective', s.enA, 'word');
  addEntries(s.code, 'ru', 'adjective', s.ruA, 'word');
  addEntries(s.code, 'kk', 'adjective', s.kkA, 'word');
  addEntries(s.code, 'uz', 'adjective', s.uzA, 'word');
  addEntries(s.code, 'ul', 'adjective', s.ulA, 'word');
  addEntries(s.code, 'en', 'people', s.enP, 'word');
  addEntries(s.code, 'ru', 'people', s.ruP, 'word');
}

// Russian "мир" is the world except in the sense of peace: "за мир", "ради мира", "укрепление мира" …
const PEACE_BEFORE = '(?:за|ради|имя|о|об|укреплени[еяюи]|сохранени[еяюи]|поддержани[еяюи]|обеспечени[еяюи]|установлени[еяюи]|борьб[аыеу])';
addPattern(
  'WLD',
  'name',
  'мир',
  { re: `(?<!(?:^|[^а-яa-z])${PEACE_BEFORE}[\\s\\u00a0]+)мир(?:ом|а|у|е)?`, fixed: 'мир', complete: false },
  null,
  'ci',
);

for (const lang of ['en', 'ru', 'kk', 'uz', 'ul'] as const) addEntries(null, lang, 'name', EXCLUSIONS[lang], 'name');

/**
 * A sea, ocean, gulf or strait named after the place just matched: not a mention of the place. Also
 * "Южно-Китайское и Восточно-Китайское моря".
 */
const WATER_AFTER = new RegExp(
  `(?:[\\s\\u00a0]+(?:и|или)[\\s\\u00a0]+[\\p{L}-]+(?:ое|ий|ый|ой|ая|ого|ом|ую|ые|ие|их|ых))?[\\s\\u00a0-]+(?:мор(?:е|я|ю|ях|ями|ям)|океан\\p{L}*|залив\\p{L}*|пролив\\p{L}*|теңіз\\p{L}*|мұхит\\p{L}*|шығанағ\\p{L}*|бұғаз\\p{L}*|денгиз\\p{L}*|уммон\\p{L}*|кўрфаз\\p{L}*|бўғоз\\p{L}*|dengiz\\p{L}*|okean\\p{L}*|ko'?rfaz\\p{L}*|sea|ocean|gulf|bay|straits?)${END}`,
  'uy',
);
const WATER_BEFORE = /(?:sea|ocean|gulf|bay|straits?)\s+of\s+(?:the\s+)?$/u;

// ---------------------------------------------------------------------------------------------------------
// The public list and the finder.

/** The first entry of a field as a plain name ("Организация =тюркских =государств" → "Организация тюркских государств"). */
function firstName(field: string | undefined, code: string): string {
  const name = entries(field)[0]?.replace(/^\*/, '').replace(/(^|\s)=/g, '$1');
  if (!name || isRaw(name)) throw new Error(`places: ${code} needs a plain first name (or nameEn/nameRu/nameKk)`);
  return name;
}

export const PLACES: ReadonlyArray<Place> = SPECS.map((s) =>
  Object.freeze({
    code: s.code,
    kind: s.kind,
    nameEn: s.nameEn ?? firstName(s.en, s.code),
    nameRu: s.nameRu ?? firstName(s.ru, s.code),
    nameKk: s.nameKk ?? firstName(s.kk, s.code),
  }),
);

/**
 * The keys a word starting at i can match: its first 2, 3 … KEY_MAX letters/digits, skipping what lies
 * between them (apostrophes, hyphens, dots, spaces: "O'zbekiston", "U.S.", "Abu Dhabi" → "oz", "us", "abud").
 */
function keysAt(lower: string, i: number, out: number[]): number {
  let key = keyStep(0, lower.charCodeAt(i));
  let count = 0;
  let gap = 0;
  for (let j = i + 1; j < lower.length && count < KEY_MAX - 1 && gap <= 8; j++) {
    const c = lower.charCodeAt(j);
    if (isAlnum(c)) {
      key = keyStep(key, c);
      out[count++] = key;
      gap = 0;
    } else gap++;
  }
  return count;
}

interface Candidate {
  start: number;
  end: number;
  form: Form;
  code: string | null;
}

/** Kazakh/Uzbek: жапон+дар, қазақстан+дық+тар are people; ресей+лік, rossiya+lik are adjectives. */
function classify(p: Pattern, suffix: string): Form {
  if (suffix === '') return p.form;
  const adjectival = ADJ_RE.test(suffix);
  if (PLURAL_RE.test(suffix) && (adjectival || p.form !== 'name')) return 'people';
  return adjectival ? 'adjective' : p.form;
}

/**
 * The best candidate starting at `start`: the longest; of equally long ones the one with the longer stem
 * ("түрікмен" is Turkmen, not "түрік" + "мен"), then an exclusion, then the first listed (names first).
 */
function bestAt(text: Normalised, start: number, keys: number[]): Candidate | null {
  const { cased, lower } = text;
  let best: Pattern | null = null;
  let bestEnd = 0;
  let bestStemEnd = 0;
  const nKeys = keysAt(lower, start, keys);
  for (let k = 0; k < nKeys; k++) {
    const bucket = buckets.get(keys[k]!);
    if (!bucket) continue;
    for (const p of bucket) {
      const subject = p.mode === 'cs' ? cased : lower;
      p.re.lastIndex = start;
      if (!p.re.test(subject)) continue;
      const stemEnd = p.re.lastIndex;
      let end = stemEnd;
      if (p.suffix) {
        p.suffix.lastIndex = stemEnd;
        if (!p.suffix.test(subject)) continue;
        end = p.suffix.lastIndex;
      } else if (end < subject.length && isWordChar(subject.charCodeAt(end)) && isWordChar(subject.charCodeAt(end - 1))) continue;
      if (best && (end < bestEnd || (end === bestEnd && (stemEnd < bestStemEnd || (stemEnd === bestStemEnd && !(p.code === null && best.code !== null)))))) continue;
      // A proper name starts with a capital, but the Kazakh/Uzbek adjective made of it does not (ресейлік).
      if (p.mode === 'cap' && cased.charCodeAt(start) === lower.charCodeAt(start) && !ADJ_RE.test(lower.slice(stemEnd, end))) continue;
      best = p;
      bestEnd = end;
      bestStemEnd = stemEnd;
    }
  }
  if (!best) return null;
  const candidate: Candidate = { start, end: bestEnd, form: classify(best, lower.slice(bestStemEnd, bestEnd)), code: best.code };
  if (candidate.code !== null) {
    // "Индийский океан", "Қытай теңізі", "Gulf of Mexico": the water, not the country.
    WATER_AFTER.lastIndex = bestEnd;
    if (WATER_AFTER.test(lower)) {
      candidate.end = WATER_AFTER.lastIndex;
      candidate.code = null;
    } else if (start >= 4 && lower.charCodeAt(start - 1) <= 0x20 && WATER_BEFORE.test(lower.slice(Math.max(0, start - 20), start))) {
      candidate.code = null;
    }
  }
  return candidate;
}

/** Every mention of a place in the text, sorted by start; of overlapping candidates the longest wins. */
export function findPlaces(text: string): PlaceMention[] {
  if (text.length === 0) return [];
  const normalised = normalise(text);
  const { lower } = normalised;
  const candidates: Candidate[] = [];
  const keys: number[] = [];
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const wordChar = c < TABLE_SIZE ? (CLASS[c]! & WORD_CHAR) !== 0 : isWordChar(c);
    if (wordChar && !inWord) {
      const best = bestAt(normalised, i, keys);
      if (best) candidates.push(best);
    }
    inWord = wordChar;
  }
  // Longest first; an accepted span hides every candidate it overlaps.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    if (c.code !== null) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => ({ code: c.code!, start: c.start, end: c.end, text: text.slice(c.start, c.end), form: c.form }));
}
