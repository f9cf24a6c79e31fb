/**
 * The words that decide a drafted figure's fields, in the five languages the assistant reads.
 * Each list is a pattern over word stems (inflected forms follow the stem); patterns are
 * case-insensitive and bounded by letters, not by JavaScript's ASCII \b.
 */

/** A pattern of alternatives, each a stem or a phrase of stems, matched at a word start. */
export const words = (...alternatives: string[]) => new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})[\\p{L}'ʻ‘’-]*`, 'giu');

/** What a number in a sentence measures, by the words near it. */
export const INDICATOR_WORDS = {
  trade_turnover: words('савдо\\s+айланма', 'тауар\\s+айналым', 'сауда\\s+айналым', 'товарооборот', 'торгов\\p{L}*\\s+оборот', 'объ[её]м\\p{L}*\\s+(?:взаимной\\s+)?торговл', 'сауда\\s+көлем', 'savdo\\s+aylanma', 'trade\\s+turnover', 'bilateral\\s+trade', 'trade\\s+between', 'trade\\s+volume', 'савдо', 'сауда', 'торговл', 'savdo', 'trade'),
  exports: words('экспорт', 'eksport', 'export'),
  imports: words('импорт', 'import'),
  investment: words('инвестиц', 'investitsiya', 'invest', 'сармоя', 'sarmoya', 'құйған\\s+қаржы', 'қаржы\\s+құй', 'вложени', 'вложил', 'капиталовложен', 'инвестиров'),
  agreements: words('келісім', 'келишув', 'kelishuv', 'соглашени', 'договор', 'құжат', 'ҳужжат', 'hujjat', 'документ', 'agreement', 'deal', 'contract', 'меморандум', 'memorand'),
  projects: words('жоба', 'лойиҳа', 'loyiha', 'проект', 'project'),
  joint_ventures: words('біріккен\\s+кәсіпорын', 'бірлескен\\s+кәсіпорын', 'совместн\\p{L}*\\s+предприят', 'қўшма\\s+корхона', "qo['ʻ‘’]shma\\s+korxona", 'joint\\s+venture'),
  companies: words('компани', 'kompaniya', 'фирм', 'compan', 'firm', 'кәсіпорын', 'корхона', 'korxona', 'предприяти', 'enterprise'),
  goods_types: words('товар\\s+тур', 'тауар\\s+түр', 'вид\\p{L}*\\s+товар', 'tovar\\s+tur', 'types\\s+of\\s+goods', 'kinds\\s+of\\s+goods'),
  tourists: words('сайёҳ', 'sayyoh', 'турист', 'tourist', 'саяхатшы', 'туристер'),
  containers: words('контейнер', 'konteyner', 'container'),
  trains: words('поезд', 'пойыз', 'poyezd', 'train'),
  cargo: words('жүк', 'юк', 'груз', 'yuk', 'cargo', 'freight'),
  investors: words('инвестор', 'investor'),
} as const;
export type IndicatorWord = keyof typeof INDICATOR_WORDS;

/** "Largest", which makes a number before investors a rank: "энг йирик ўнта инвестор", "десятку крупнейших инвесторов". */
export const LARGEST = words('энг\\s+йирик', 'ең\\s+ірі', 'ірі', 'крупнейш', 'largest', 'biggest', 'top', 'eng\\s+yirik', 'йирик', 'yirik');

/** Value words: the number is what the things counted are worth ("жалпы құны", "общую сумму", "total value"). */
export const VALUE_WORDS = words('құн', 'қиймат', 'qiymat', 'сумм', 'стоимост', 'worth', 'value', 'valued', 'total\\s+of');

/** Growth against an earlier period: "2023 йилга нисбатан 32% га кўп". */
export const GROWTH_WORDS = words('нисбатан', 'по\\s+сравнению', 'compared', 'against', 'өскен', 'өсті', 'артқан', 'артты', 'выросл', 'вырос', 'увеличил', 'рост', 'ўсди', 'ўсган', "o['ʻ‘’]sdi", 'increase', 'grew', 'growth', 'кўп', "ko['ʻ‘’]p", 'больше', 'көп');

/** Plans and forecasts: a figure that has not happened ("режалаштирмоқдалар", "келиши мумкин", "will reach"). */
export const PLANNED_WORDS = words('режалаштир', 'rejalashtir', 'жоспарла', 'планиру', 'планир', 'plan', 'намерен', 'ниетті', 'көзде', 'мақсат', 'maqsad', 'довести\\s+до', 'жеткізу', 'yetkazish', 'target', 'aim');
export const FORECAST_WORDS = words('мумкин', 'mumkin', 'кутил', 'күтіл', 'мүмкін', 'может', 'могут', 'ожида', 'прогноз', 'болжа', 'kutil', 'expected', 'forecast', 'will\\s+reach', 'could', 'may', 'likely');

/** Per day, month, year. */
export const PER_WORDS = {
  day: words('кунига', 'kuniga', 'күніне', 'в\\s+день', 'в\\s+сутки', 'ежедневно', 'per\\s+day', 'a\\s+day', 'daily'),
  month: words('ойига', 'oyiga', 'айына', 'в\\s+месяц', 'ежемесячно', 'per\\s+month', 'a\\s+month', 'monthly'),
  year: words('жылына', 'йилига', 'yiliga', 'йиллик', 'yillik', 'жылдық', 'в\\s+год', 'ежегодно', 'годов', 'per\\s+year', 'a\\s+year', 'annual', 'yearly'),
} as const;

/** Production and volume: "производит", "өндіреді", "ишлаб чиқаради", "ҳажми". */
export const OUTPUT_WORDS = words('производ', 'өндір', 'ишлаб\\s+чиқар', 'ishlab\\s+chiqar', 'produc', 'output', 'добыв', 'добыч');
export const VOLUME_WORDS = words('ҳажм', 'hajm', 'көлем', 'объ[её]м', 'volume');
/** Region (for the share of foreign investment a country takes in its region). */
export const REGION_WORDS = words('регион', 'өңір', 'аймақ', 'минтақа', 'mintaqa', 'region');
export const FOREIGN_WORDS = words('иностран', 'шетел', 'хорижий', 'xorijiy', 'foreign', 'прям\\p{L}*\\s+иностран');

/** Investment scope: direct (тікелей, прямые) or total (умумий ҳажми, общий объём). */
export const DIRECT_WORDS = words('тікелей', 'прям', 'тўғридан-тўғри', "to['ʻ‘’]g['ʻ‘’]ridan-to['ʻ‘’]g['ʻ‘’]ri", 'direct', 'ПИИ', 'FDI');
export const TOTAL_WORDS = words('умумий\\s+ҳажм', 'общ\\p{L}*\\s+объ[её]м', 'жалпы\\s+көлем', 'umumiy\\s+hajm', 'total');

/** Qualifiers: before the number (около 40), or after it (60-тан астам, 8,5 миллиард доллардан асқан). */
export const QUALIFIER_BEFORE = {
  approx: words('қарийб', 'qariyb', 'около', 'порядка', 'примерно', 'приблизительно', 'почти', 'шамамен', 'тахминан', 'taxminan', 'about', 'around', 'approximately', 'nearly', 'almost', 'some', 'roughly', 'шамасы', 'жуық', 'мөлшерінде'),
  more_than: words('свыше', 'более', 'больше', 'превыс', 'превыша', 'over', 'more\\s+than', 'above', 'exceed'),
  less_than: words('менее', 'меньше', 'less\\s+than', 'under', 'below', 'fewer\\s+than'),
  up_to: words('до', 'up\\s+to'),
} as const;
export const QUALIFIER_AFTER = {
  more_than: words('астам', 'асқан', 'асатын', 'асады', 'асты', 'ошди', 'ошиб', 'ошган', 'ортиқ', 'oshdi', 'oshib', 'ortiq', 'артық', 'жоғары', 'ziyod', 'зиёд', 'more', 'plus'),
  less_than: words('төмен', 'кем', 'кам', 'kam', 'аз', 'less', 'fewer'),
} as const;

/** Months in each language (stems), January first. */
export const MONTHS: readonly string[][] = [
  ['январ', 'қаңтар', 'yanvar', 'january', 'jan'],
  ['феврал', 'ақпан', 'fevral', 'february', 'feb'],
  ['март', 'наурыз', 'mart', 'march', 'mar'],
  ['апрел', 'сәуір', 'aprel', 'april', 'apr'],
  ['ма[йяюе]', 'мамыр', 'may', 'may'],
  ['июн', 'маусым', 'июн', 'iyun', 'june', 'jun'],
  ['июл', 'шілде', 'iyul', 'july', 'jul'],
  ['август', 'тамыз', 'avgust', 'august', 'aug'],
  ['сентябр', 'қыркүйек', 'sentabr', 'sentyabr', 'september', 'sep'],
  ['октябр', 'қазан', 'oktabr', 'oktyabr', 'october', 'oct'],
  ['ноябр', 'қараша', 'noyabr', 'november', 'nov'],
  ['декабр', 'желтоқсан', 'dekabr', 'december', 'dec'],
];

/** Relative years, read against the publication date. */
export const THIS_YEAR = words('бу\\s+йил', 'жорий\\s+йил', 'шу\\s+йил', 'биыл', 'осы\\s+жыл', 'ағымдағы\\s+жыл', 'в\\s+этом\\s+году', 'текущ\\p{L}*\\s+год', 'этого\\s+года', 'сего\\s+года', 'this\\s+year', 'joriy\\s+yil', 'shu\\s+yil', 'bu\\s+yil');
export const LAST_YEAR = words('былтыр', 'өткен\\s+жылы', 'ўтган\\s+йил', "o['ʻ‘’]tgan\\s+yil", 'в\\s+прошлом\\s+году', 'прошлого\\s+года', 'прошлом\\s+году', 'last\\s+year', 'previous\\s+year');
/** "The first nine months": дастлабки 9 ойи, алғашқы 9 айы, первые 9 месяцев, first nine months. */
export const FIRST_MONTHS = /(?<!\p{L})(?:дастлабки|алғашқы|первые|первых|за|first|dastlabki|birinchi)\s+(\d{1,2}|\p{L}+)\s+(?:ой|ай|месяц|month|oy)\p{L}*/iu;
export const NEXT_YEAR = words('келгуси\\s+йил', 'кейинги\\s+йил', 'келесі\\s+жыл', 'алдағы\\s+жыл', 'в\\s+следующем\\s+году', 'следующего\\s+года', 'в\\s+будущем\\s+году', 'next\\s+year', 'kelgusi\\s+yil', 'keyingi\\s+yil');
