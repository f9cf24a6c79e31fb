/**
 * A dictionary of commonly traded goods of Kazakhstan and its partners, for mapping a commodity as an
 * article writes it ("енгил автомобиллар", "легковые автомобили", "жеңіл автокөліктер",
 * "yengil avtomobillar", "passenger cars") to a commodity code.
 *
 * Stems. Each language has a list of phrases; a phrase is a string of space-separated word stems,
 * and each stem must prefix-match one word of the text, the words consecutive: 'легков автомоб'
 * matches "легковых автомобилей". Kazakh and Uzbek add suffixes after the stem, Russian and English
 * change endings; a prefix handles both. A short stem that would also begin unrelated words may be
 * bounded: 'газ+2' allows at most two letters after the stem (газ, газа, газом, not газета), and
 * 'tea=' is the whole word only. Words are runs of letters and digits (\p{L}, \p{M}, \p{N}); an
 * apostrophe inside a word belongs to it (Uzbek o‘, g‘, tutuq belgisi); hyphens split words.
 *
 * Comparison is on folded words: lower case (toLocaleLowerCase), Latin look-alike letters inside a
 * Cyrillic word read as Cyrillic and the converse (articles mix "Aгар", "Каzinform"), ё as е,
 * Kazakh and Uzbek letters as their nearest Russian letter (қ→к, ғ→г, ң→н, ө→о, ұ/ү/ў→у, һ/ҳ→х,
 * і→и, ә→а), ъ and apostrophes dropped (o‘g‘it, og'it and ogit are one word). Kazakh text typed
 * with Russian letters ("мунай") therefore still matches.
 *
 * The codes of seeds/commodities.csv are kept with the same hs_code and names as that file.
 */

export type CommodityLang = 'kk' | 'ru' | 'uz-Cyrl' | 'uz-Latn' | 'en';

export const COMMODITY_LANGS: ReadonlyArray<CommodityLang> = ['ru', 'kk', 'uz-Cyrl', 'uz-Latn', 'en'];

export interface CommodityEntry {
  code: string;
  /** HS chapter (2 digits) or heading (4 digits) where one clearly fits, else null. */
  hsCode: string | null;
  nameEn: string;
  nameRu: string;
  nameKk: string;
  /** Per language, phrases of space-separated word stems (see the module comment). */
  stems: Record<CommodityLang, string[]>;
}

export interface CommodityMatch {
  entry: CommodityEntry;
  /** UTF-16 offsets into the phrase as given: phrase.slice(start, end) is the matched text. */
  start: number;
  end: number;
}

type Row = [code: string, hs: string | null, en: string, ru: string, kk: string, stems: Record<CommodityLang, string>];

// prettier-ignore
const ROWS: Row[] = [
  // ---- Energy ----
  ['crude_oil', '2709', 'Crude oil', 'Сырая нефть', 'Шикі мұнай', {
    ru: 'сыр нефт; нефт сыр; нефт+3; нефть; нефтяное сырье; газовый конденсат; газоконденсат',
    kk: 'шикі мұнай; мұнай; газ конденсат',
    'uz-Cyrl': 'хом нефт; хом ашё нефт; нефт+3; газ конденсат',
    'uz-Latn': 'xom neft; neft+3; gaz kondensat',
    en: 'crude oil; crude petroleum; crude=; petroleum oil; petroleum=; oil=; gas condensate',
  }],
  ['petroleum_products', '2710', 'Petroleum products', 'Нефтепродукты', 'Мұнай өнімдері', {
    ru: 'нефтепродукт; нефтян продукт; продукт нефтепереработ; бензин; дизельн топлив; дизтопли; авиакеросин; керосин; мазут; горюч смазочн; смазочн масл; моторн топлив; гсм=',
    kk: 'мұнай өнім; мұнай өңдеу өнім; бензин; дизель отын; жанар жағармай; жағармай; керосин; мазут',
    'uz-Cyrl': 'нефт маҳсулот; нефть маҳсулот; нефтмаҳсулот; нефтни қайта ишлаш маҳсулот; бензин; дизел ёқилғи; дизель ёқилғи; ёқилғи мойлаш; керосин; мазут',
    'uz-Latn': 'neft mahsulot; neftni qayta ishlash mahsulot; benzin; dizel yoqilgi; yoqilgi moylash; kerosin; mazut',
    en: 'petroleum product; oil product; refined petroleum; refined product; refined oil product; gasoline; petrol=; diesel; jet fuel; kerosene; fuel oil; motor fuel; lubricant; lubricating oil',
  }],
  ['natural_gas', '2711', 'Natural gas', 'Природный газ', 'Табиғи газ', {
    ru: 'природн газ; газ+2; трубопроводн газ; товарн газ',
    kk: 'табиғи газ; газ=; газы=; газд; газын; газға; тауарлық газ',
    'uz-Cyrl': 'табиий газ; газ=; гази=; газни; газнинг; газдан; газга; газлар',
    'uz-Latn': 'tabiiy gaz; gaz=; gazi=; gazni; gazning; gazdan; gazga; gazlar',
    en: 'natural gas; gas=; pipeline gas',
  }],
  ['lng', '2711', 'Liquefied natural gas', 'Сжиженный природный газ', 'Сұйытылған табиғи газ', {
    ru: 'сжиженн природн газ; сжиженн газ; спг=',
    kk: 'сұйытылған табиғи газ; сұйылтылған табиғи газ; сұйытылған газ; сұйылтылған газ',
    'uz-Cyrl': 'суюлтирилган табиий газ; суюлтирилган газ; суюқ газ',
    'uz-Latn': 'suyultirilgan tabiiy gaz; suyultirilgan gaz; suyuq gaz',
    en: 'liquefied natural gas; liquified natural gas; lng=',
  }],
  ['lpg', '2711', 'Liquefied petroleum gas', 'Сжиженный нефтяной газ', 'Сұйытылған мұнай газы', {
    ru: 'сжиженн нефтян газ; сжиженн углеводородн газ; суг=; пропан',
    kk: 'сұйытылған мұнай газ; сұйылтылған мұнай газ; сұйытылған көмірсутек газ; пропан',
    'uz-Cyrl': 'суюлтирилган нефт газ; суюлтирилган углеводород газ; пропан',
    'uz-Latn': 'suyultirilgan neft gaz; suyultirilgan uglevodorod gaz; propan',
    en: 'liquefied petroleum gas; liquified petroleum gas; lpg=; propane; butane',
  }],
  ['coal', '2701', 'Coal', 'Уголь', 'Көмір', {
    ru: 'уголь; угля; углю; углем; углей; каменн угл; энергетическ угл; коксующ угл; бур угл',
    kk: 'көмір+4; тас көмір; энергетикалық көмір',
    'uz-Cyrl': 'кўмир+4; тошкўмир',
    'uz-Latn': 'komir+4; toshkomir',
    en: 'coal+1; coking coal; thermal coal; steam coal; hard coal; lignite',
  }],
  ['electricity', '2716', 'Electricity', 'Электроэнергия', 'Электр энергиясы', {
    ru: 'электроэнерги; электрическ энерги; электричеств',
    kk: 'электр энергия; электр қуат; электроэнергия',
    'uz-Cyrl': 'электр энергия; электроэнергия; электр қуват',
    'uz-Latn': 'elektr energiya; elektroenergiya; elektr quvvat',
    en: 'electricity; electric power; electrical energy; electric energy',
  }],
  ['uranium', '2844', 'Uranium', 'Уран', 'Уран', {
    ru: 'уран; закис окис уран',
    kk: 'уран',
    'uz-Cyrl': 'уран',
    'uz-Latn': 'uran',
    en: 'uranium; yellowcake; triuranium',
  }],
  // ---- Ores, metals ----
  ['iron_ore', '2601', 'Iron ore', 'Железная руда', 'Темір кені', {
    ru: 'железн руд; железорудн; окатыш',
    kk: 'темір кен; темір руда; темір кені; темір рудасы',
    'uz-Cyrl': 'темир руда; темир маъдан; темир рудаси',
    'uz-Latn': 'temir ruda; temir madan',
    en: 'iron ore; iron pellet; iron ore concentrate',
  }],
  ['chrome_ore', '2610', 'Chromium ore', 'Хромовая руда', 'Хром кені', {
    ru: 'хромов руд; хромит; хромов концентрат; хроморуд',
    kk: 'хром кен; хром руда; хромит',
    'uz-Cyrl': 'хром руда; хром маъдан; хромит',
    'uz-Latn': 'xrom ruda; xrom madan; xromit',
    en: 'chrome ore; chromium ore; chromite; chrome concentrate',
  }],
  ['manganese_ore', '2602', 'Manganese ore', 'Марганцевая руда', 'Марганец кені', {
    ru: 'марганцев руд; марганцев концентрат',
    kk: 'марганец кен; марганец руда',
    'uz-Cyrl': 'марганец руда; марганец маъдан',
    'uz-Latn': 'marganets ruda; marganes ruda; marganets madan',
    en: 'manganese ore; manganese concentrate',
  }],
  ['copper_ore', '2603', 'Copper ore and concentrates', 'Медная руда и концентраты', 'Мыс кені мен концентраттары', {
    ru: 'медн руд; медн концентрат; медьсодержащ; руд медн',
    kk: 'мыс кен; мыс руда; мыс концентрат',
    'uz-Cyrl': 'мис руда; мис маъдан; мис концентрат',
    'uz-Latn': 'mis ruda; mis madan; mis konsentrat; mis kontsentrat',
    en: 'copper ore; copper concentrate',
  }],
  ['ferroalloys', '7202', 'Ferroalloys', 'Ферросплавы', 'Ферроқорытпалар', {
    ru: 'ферросплав; ферро сплав',
    kk: 'ферроқорытпа; ферро қорытпа; ферросплав',
    'uz-Cyrl': 'ферроқотишма; ферро қотишма; ферросплав',
    'uz-Latn': 'ferroqotishma; ferro qotishma; ferrosplav',
    en: 'ferroalloy; ferro alloy',
  }],
  ['ferrochrome', '7202', 'Ferrochrome', 'Феррохром', 'Феррохром', {
    ru: 'феррохром; ферро хром',
    kk: 'феррохром',
    'uz-Cyrl': 'феррохром',
    'uz-Latn': 'ferroxrom; ferrokhrom',
    en: 'ferrochrom; ferro chrome; ferrochromium',
  }],
  ['ferrosilicon', '7202', 'Ferrosilicon', 'Ферросилиций', 'Ферросилиций', {
    ru: 'ферросилиц',
    kk: 'ферросилиц',
    'uz-Cyrl': 'ферросилиц',
    'uz-Latn': 'ferrosilits; ferrosilis',
    en: 'ferrosilicon; ferro silicon',
  }],
  ['ferromanganese', '7202', 'Ferromanganese', 'Ферромарганец', 'Ферромарганец', {
    ru: 'ферромарган; силикомарган',
    kk: 'ферромарган; силикомарган',
    'uz-Cyrl': 'ферромарган; силикомарган',
    'uz-Latn': 'ferromargan; silikomargan',
    en: 'ferromanganese; silicomanganese',
  }],
  ['steel', '72', 'Iron and steel', 'Чёрные металлы', 'Қара металдар', {
    ru: 'стал+2; чугун; черн металл; черн металлург; железо; железа=',
    kk: 'болат; шойын; қара металл; қара метал',
    'uz-Cyrl': 'пўлат; чўян; қора металл; қора метал',
    'uz-Latn': 'polat; choyan; qora metall; qora metal',
    en: 'steel; iron and steel; pig iron; ferrous metal; iron+1',
  }],
  ['rolled_steel', null, 'Rolled steel', 'Стальной прокат', 'Болат прокаты', {
    ru: 'прокат; металлопрокат; стальн прокат; плоск прокат; листов стал; арматур; катанк',
    kk: 'прокат; болат прокат; металл прокат; илектелген; болат қаңылтыр; арматура',
    'uz-Cyrl': 'прокат; пўлат прокат; металл прокат; пўлат тунука; арматура',
    'uz-Latn': 'prokat; polat prokat; metall prokat; polat tunuka; armatura',
    en: 'rolled steel; rolled product; flat rolled; rolled; flat steel; steel sheet; steel plate; steel coil; rebar; wire rod',
  }],
  ['pipes', null, 'Pipes and tubes', 'Трубы', 'Құбырлар', {
    ru: 'труб+3; трубн продукц; трубн издел',
    kk: 'құбыр+4',
    'uz-Cyrl': 'қувур+4',
    'uz-Latn': 'quvur+4',
    en: 'pipe+1; tube+1; steel pipe; line pipe; pipe and tube; pipes and tube',
  }],
  ['metals', null, 'Metals', 'Металлы', 'Металдар', {
    ru: 'металл; металлург продукц; металлургическ продукц',
    kk: 'металл; металдар; метал+3; металлургия өнім',
    'uz-Cyrl': 'металл; метал+4; металлургия маҳсулот',
    'uz-Latn': 'metall; metal+4; metallurgiya mahsulot',
    en: 'metal; metallurgical product; base metal',
  }],
  ['non_ferrous_metals', null, 'Non-ferrous metals', 'Цветные металлы', 'Түсті металдар', {
    ru: 'цветн металл; цветмет',
    kk: 'түсті металл; түсті метал',
    'uz-Cyrl': 'рангли металл; рангли метал',
    'uz-Latn': 'rangli metall; rangli metal',
    en: 'non ferrous; non ferrous metal; nonferrous',
  }],
  ['copper', '74', 'Copper', 'Медь', 'Мыс', {
    ru: 'медь; меди=; медью; медн',
    kk: 'мыс=; мысы=; мыст; мысқа',
    'uz-Cyrl': 'мис=; миси=; миснинг; мисдан; мисга; мисни',
    'uz-Latn': 'mis=; misi=; misning; misdan; misga; misni',
    en: 'copper',
  }],
  ['refined_copper', '7403', 'Refined copper', 'Рафинированная медь', 'Тазартылған мыс', {
    ru: 'рафинированн мед; медн катод; катодн мед; катод мед',
    kk: 'тазартылған мыс; тазартылған мыс; мыс катод; катод мыс; катодты мыс',
    'uz-Cyrl': 'тозаланган мис; рафинацияланган мис; мис катод; катод мис',
    'uz-Latn': 'tozalangan mis; rafinatsiyalangan mis; mis katod; katod mis',
    en: 'refined copper; copper cathode; cathode copper',
  }],
  ['aluminium', '76', 'Aluminium', 'Алюминий', 'Алюминий', {
    ru: 'алюмини',
    kk: 'алюмини',
    'uz-Cyrl': 'алюмини; алюмин+4',
    'uz-Latn': 'alyumin; aluminiy; alyuminiy',
    en: 'aluminium; aluminum',
  }],
  ['alumina', '2818', 'Alumina', 'Глинозём', 'Глинозем', {
    ru: 'глинозем; оксид алюмини; окись алюмини',
    kk: 'глинозем; алюминий тотығ; алюминий оксид',
    'uz-Cyrl': 'глинозём; глинозем; алюминий оксид',
    'uz-Latn': 'glinozyom; glinozem; alyuminiy oksid; aluminiy oksid',
    en: 'alumina+1; aluminium oxide; aluminum oxide',
  }],
  ['zinc', '79', 'Zinc', 'Цинк', 'Мырыш', {
    ru: 'цинк',
    kk: 'мырыш; цинк',
    'uz-Cyrl': 'рух=; рухи=; рухнинг; рухдан; рухни; цинк',
    'uz-Latn': 'rux=; ruxi=; ruxning; ruxdan; ruxni; sink=; tsink',
    en: 'zinc',
  }],
  ['lead', '78', 'Lead', 'Свинец', 'Қорғасын', {
    ru: 'свинец; свинц',
    kk: 'қорғасын',
    'uz-Cyrl': 'қўрғошин; қургошин',
    'uz-Latn': 'qorgoshin',
    en: 'lead=; refined lead; unwrought lead',
  }],
  ['nickel', '75', 'Nickel', 'Никель', 'Никель', {
    ru: 'никел',
    kk: 'никел',
    'uz-Cyrl': 'никел',
    'uz-Latn': 'nikel',
    en: 'nickel',
  }],
  ['titanium', '8108', 'Titanium', 'Титан', 'Титан', {
    ru: 'титан+4; титанов губк',
    kk: 'титан+4',
    'uz-Cyrl': 'титан+4',
    'uz-Latn': 'titan+4',
    en: 'titanium; titanium sponge',
  }],
  ['tantalum', '8103', 'Tantalum', 'Тантал', 'Тантал', {
    ru: 'тантал',
    kk: 'тантал',
    'uz-Cyrl': 'тантал',
    'uz-Latn': 'tantal',
    en: 'tantal',
  }],
  ['tungsten', '8101', 'Tungsten', 'Вольфрам', 'Вольфрам', {
    ru: 'вольфрам',
    kk: 'вольфрам',
    'uz-Cyrl': 'вольфрам; волфрам',
    'uz-Latn': 'volfram',
    en: 'tungsten; wolfram',
  }],
  ['molybdenum', '8102', 'Molybdenum', 'Молибден', 'Молибден', {
    ru: 'молибден',
    kk: 'молибден',
    'uz-Cyrl': 'молибден',
    'uz-Latn': 'molibden',
    en: 'molybden',
  }],
  ['rare_earth_metals', '2805', 'Rare earth metals', 'Редкоземельные металлы', 'Сирек жер металдары', {
    ru: 'редкоземельн; редкоземельн металл; редк земел; редк земел металл; рзм=',
    kk: 'сирек жер; сирекжер',
    'uz-Cyrl': 'ноёб ер; нодир ер; камёб ер',
    'uz-Latn': 'noyob yer; nodir yer; kamyob yer',
    en: 'rare earth; rare earth metal; rare earths; rareearth; ree=',
  }],
  ['gold', '7108', 'Gold', 'Золото', 'Алтын', {
    ru: 'золот',
    kk: 'алтын=; алтынн; алтынды; алтынға; алтыны=; алтын құйма',
    'uz-Cyrl': 'олтин',
    'uz-Latn': 'oltin',
    en: 'gold',
  }],
  ['silver', '7106', 'Silver', 'Серебро', 'Күміс', {
    ru: 'серебр',
    kk: 'күміс',
    'uz-Cyrl': 'кумуш',
    'uz-Latn': 'kumush',
    en: 'silver',
  }],
  ['sulphur', '2503', 'Sulphur', 'Сера', 'Күкірт', {
    ru: 'сера=; серы=; серой; серу=; комовая сера; гранулированн сер',
    kk: 'күкірт',
    'uz-Cyrl': 'олтингугурт',
    'uz-Latn': 'oltingugurt',
    en: 'sulphur; sulfur',
  }],
  ['inert_gases', '2804', 'Inert gases', 'Инертные газы', 'Инертті газдар', {
    ru: 'инертн газ; благородн газ; аргон; гели; неон; ксенон; криптон',
    kk: 'инерт газ; асыл газ; аргон; гелий; неон; ксенон; криптон',
    'uz-Cyrl': 'инерт газ; асл газ; аргон; гелий; неон; ксенон; криптон',
    'uz-Latn': 'inert gaz; argon; geliy; neon; ksenon; kripton',
    en: 'inert gas; noble gas; rare gas; argon; helium; neon=; xenon; krypton',
  }],
  // ---- Agriculture, food ----
  ['grain', '10', 'Grain', 'Зерно', 'Астық', {
    ru: 'зерн; злаков',
    kk: 'астық; дән=; дәнді дақыл',
    'uz-Cyrl': 'ғалла; дон маҳсулот; бошоқли',
    'uz-Latn': 'galla; don mahsulot; boshoqli',
    en: 'grain; cereal',
  }],
  ['wheat', '1001', 'Wheat', 'Пшеница', 'Бидай', {
    ru: 'пшениц',
    kk: 'бидай',
    'uz-Cyrl': 'буғдой',
    'uz-Latn': 'bugdoy',
    en: 'wheat; durum',
  }],
  ['barley', '1003', 'Barley', 'Ячмень', 'Арпа', {
    ru: 'ячмен',
    kk: 'арпа+4',
    'uz-Cyrl': 'арпа+4',
    'uz-Latn': 'arpa+4',
    en: 'barley',
  }],
  ['maize', '1005', 'Maize (corn)', 'Кукуруза', 'Жүгері', {
    ru: 'кукуруз',
    kk: 'жүгері',
    'uz-Cyrl': 'маккажўхори',
    'uz-Latn': 'makkajoxori',
    en: 'maize; corn=; corn grain',
  }],
  ['rice', '1006', 'Rice', 'Рис', 'Күріш', {
    ru: 'рис=; риса=; рису=; рисом',
    kk: 'күріш',
    'uz-Cyrl': 'гуруч',
    'uz-Latn': 'guruch',
    en: 'rice+1',
  }],
  ['flour', '1101', 'Flour', 'Мука', 'Ұн', {
    ru: 'мук+2; мучн',
    kk: 'ұн=; ұны=; ұнн; ұнды; ұнға; бидай ұн',
    'uz-Cyrl': 'ун=; уни=; ун маҳсулот; буғдой ун; уннинг; ундан',
    'uz-Latn': 'un=; uni=; un mahsulot; bugdoy un; unning; undan',
    en: 'flour; wheat flour',
  }],
  ['oilseeds', '12', 'Oilseeds', 'Масличные культуры', 'Майлы дақылдар', {
    ru: 'масличн; семен подсолнечн; подсолнечник; рапс; семен льн; лен=; льносемя; соя; сои=; соев боб; сафлор',
    kk: 'майлы дақыл; майлы тұқым; күнбағыс тұқым; күнбағыс дән; рапс; зығыр; соя; мақсары',
    'uz-Cyrl': 'мойли экин; мойли уруғ; кунгабоқар уруғ; рапс; зиғир; соя; махсар',
    'uz-Latn': 'moyli ekin; moyli urug; kungaboqar urug; raps; zigir; soya; maxsar',
    en: 'oilseed; oil seed; sunflower seed; rapeseed; canola; flaxseed; linseed; soybean; soya bean; soy bean; safflower',
  }],
  ['vegetable_oil', '15', 'Vegetable oil', 'Растительное масло', 'Өсімдік майы', {
    ru: 'растительн масл; пищев масл',
    kk: 'өсімдік май',
    'uz-Cyrl': 'ўсимлик мой; ўсимлик ёғ',
    'uz-Latn': 'osimlik moy; osimlik yog',
    en: 'vegetable oil; edible oil; cooking oil',
  }],
  ['sunflower_oil', '1512', 'Sunflower oil', 'Подсолнечное масло', 'Күнбағыс майы', {
    ru: 'подсолнечн масл; масл подсолнечн',
    kk: 'күнбағыс май',
    'uz-Cyrl': 'кунгабоқар мой; кунгабоқар ёғ',
    'uz-Latn': 'kungaboqar moy; kungaboqar yog',
    en: 'sunflower oil; sunflower seed oil; sunflowerseed oil',
  }],
  ['meat', '02', 'Meat', 'Мясо', 'Ет', {
    ru: 'мяс',
    kk: 'ет=; еті=; еттің; етті=; ет өнім',
    'uz-Cyrl': 'гўшт',
    'uz-Latn': 'gosht',
    en: 'meat',
  }],
  ['beef', null, 'Beef', 'Говядина', 'Сиыр еті', {
    ru: 'говядин; говяж',
    kk: 'сиыр ет; сиыр еті; ірі қара мал ет',
    'uz-Cyrl': 'мол гўшт; қорамол гўшт',
    'uz-Latn': 'mol gosht; qoramol gosht',
    en: 'beef; bovine meat',
  }],
  ['fish', '03', 'Fish', 'Рыба', 'Балық', {
    ru: 'рыб',
    kk: 'балық',
    'uz-Cyrl': 'балиқ',
    'uz-Latn': 'baliq',
    en: 'fish',
  }],
  ['dairy', '04', 'Dairy products', 'Молочная продукция', 'Сүт өнімдері', {
    ru: 'молочн; молок; сливочн масл; сыры=',
    kk: 'сүт; ірімшік; сары май',
    'uz-Cyrl': 'сут; сут маҳсулот; пишлоқ; сариёғ',
    'uz-Latn': 'sut; sut mahsulot; pishloq; sariyog',
    en: 'dairy; milk; cheese; butter',
  }],
  ['live_animals', '01', 'Live animals', 'Живые животные', 'Тірі жануарлар', {
    ru: 'жив животн; скот; крупн рогат скот; жив скот',
    kk: 'тірі жануар; тірі мал; мал=; малдар; ірі қара мал',
    'uz-Cyrl': 'тирик ҳайвон; чорва мол; қорамол',
    'uz-Latn': 'tirik hayvon; chorva mol; qoramol',
    en: 'live animal; livestock; cattle',
  }],
  ['fruits', '08', 'Fruit', 'Фрукты', 'Жемістер', {
    ru: 'фрукт; плод+3; цитрус',
    kk: 'жеміс',
    'uz-Cyrl': 'мева',
    'uz-Latn': 'meva',
    en: 'fruit',
  }],
  ['vegetables', '07', 'Vegetables', 'Овощи', 'Көкөністер', {
    ru: 'овощ',
    kk: 'көкөніс',
    'uz-Cyrl': 'сабзавот',
    'uz-Latn': 'sabzavot',
    en: 'vegetable',
  }],
  ['fruit_vegetables', null, 'Fruit and vegetables', 'Фрукты и овощи', 'Жемістер мен көкөністер', {
    ru: 'фрукт и овощ; овощ и фрукт; плод и овощ; плодоовощ; плодово овощ',
    kk: 'жеміс көкөніс; көкөніс жеміс; жеміс мен көкөніс; жеміс және көкөніс; көкөніс пен жеміс; көкөніс және жеміс',
    'uz-Cyrl': 'мева сабзавот; мева ва сабзавот; сабзавот ва мева; сабзавот мева',
    'uz-Latn': 'meva sabzavot; meva va sabzavot; sabzavot va meva; sabzavot meva',
    en: 'fruit and vegetable; vegetables and fruit; fruit vegetable',
  }],
  ['sugar', '1701', 'Sugar', 'Сахар', 'Қант', {
    ru: 'сахар',
    kk: 'қант',
    'uz-Cyrl': 'шакар',
    'uz-Latn': 'shakar',
    en: 'sugar',
  }],
  ['tea', '0902', 'Tea', 'Чай', 'Шай', {
    ru: 'чай+2',
    kk: 'шай+3',
    'uz-Cyrl': 'чой+4',
    'uz-Latn': 'choy+4',
    en: 'tea=; teas=',
  }],
  ['coffee', '0901', 'Coffee', 'Кофе', 'Кофе', {
    ru: 'коф+2; кофейн',
    kk: 'кофе',
    'uz-Cyrl': 'қаҳва; кофе',
    'uz-Latn': 'qahva; kofe',
    en: 'coffee',
  }],
  ['beverages', '22', 'Beverages', 'Напитки', 'Сусындар', {
    ru: 'напит; безалкогольн; минеральн вод',
    kk: 'сусын; алкогольсіз',
    'uz-Cyrl': 'ичимлик; алкоголсиз',
    'uz-Latn': 'ichimlik; alkogolsiz',
    en: 'beverage; drink; soft drink; non alcoholic; mineral water',
  }],
  ['alcohol', null, 'Alcoholic beverages', 'Алкогольные напитки', 'Алкогольдік сусындар', {
    ru: 'алкогол; алкогольн напит; спиртн; спиртн напит; спирт+2; водк; вино=; вина=; вин=; коньяк; пиво; пива=',
    kk: 'алкоголь; алкогольдік; ішімдік; спирт; арақ; шарап; сыра+4',
    'uz-Cyrl': 'алкогол; спиртли ичимлик; спирт; ароқ; вино; пиво',
    'uz-Latn': 'alkogol; spirtli ichimlik; spirt; aroq; vino; pivo',
    en: 'alcohol; alcoholic beverage; alcoholic drink; spirits; vodka; wine; beer; whisk; brandy; cognac',
  }],
  ['tobacco', '24', 'Tobacco', 'Табак', 'Темекі', {
    ru: 'табак; табачн; сигарет; папирос',
    kk: 'темекі; шылым',
    'uz-Cyrl': 'тамаки; сигарет',
    'uz-Latn': 'tamaki; sigaret',
    en: 'tobacco; cigarette; cigar',
  }],
  ['cotton', '52', 'Cotton', 'Хлопок', 'Мақта', {
    ru: 'хлопок; хлопк; хлопков; хлопч',
    kk: 'мақта',
    'uz-Cyrl': 'пахта',
    'uz-Latn': 'paxta',
    en: 'cotton',
  }],
  ['wool', '51', 'Wool', 'Шерсть', 'Жүн', {
    ru: 'шерст',
    kk: 'жүн',
    'uz-Cyrl': 'жун',
    'uz-Latn': 'jun',
    en: 'wool',
  }],
  // ---- Chemicals ----
  ['fertilisers', '31', 'Fertilisers', 'Удобрения', 'Тыңайтқыштар', {
    ru: 'удобрен; минеральн удобрен',
    kk: 'тыңайтқыш',
    'uz-Cyrl': 'ўғит',
    'uz-Latn': 'ogit',
    en: 'fertili; fertiliser; fertilizer',
  }],
  ['chemicals', null, 'Chemicals', 'Химическая продукция', 'Химия өнімдері', {
    ru: 'химическ продукц; химическ продукт; химическ вещест; химическ товар; химикат; химическ промышлен продукц; продукц химическ',
    kk: 'химия өнім; химиялық өнім; химиялық зат; химикат; химия өнеркәсібі өнім',
    'uz-Cyrl': 'кимёвий маҳсулот; кимё маҳсулот; кимёвий модда; кимё саноати маҳсулот; химикат',
    'uz-Latn': 'kimyoviy mahsulot; kimyo mahsulot; kimyoviy modda; kimyo sanoati mahsulot; ximikat',
    en: 'chemical; chemical product',
  }],
  ['polyethylene', '3901', 'Polyethylene', 'Полиэтилен', 'Полиэтилен', {
    ru: 'полиэтилен',
    kk: 'полиэтилен',
    'uz-Cyrl': 'полиэтилен',
    'uz-Latn': 'polietilen',
    en: 'polyethylene; polythene',
  }],
  ['polypropylene', '3902', 'Polypropylene', 'Полипропилен', 'Полипропилен', {
    ru: 'полипропилен',
    kk: 'полипропилен',
    'uz-Cyrl': 'полипропилен',
    'uz-Latn': 'polipropilen',
    en: 'polypropylene',
  }],
  ['plastics', '39', 'Plastics', 'Пластмассы', 'Пластмассалар', {
    ru: 'пластмасс; пластик; полимер',
    kk: 'пластмасса; пластик; полимер',
    'uz-Cyrl': 'пластмасса; пластик; полимер',
    'uz-Latn': 'plastmassa; plastik; polimer',
    en: 'plastic; polymer',
  }],
  ['pharmaceuticals', '30', 'Pharmaceuticals', 'Лекарственные средства', 'Дәрілік заттар', {
    ru: 'лекарств; медикамент; фармацевт; фармпрепарат; фармацевтическ продукц',
    kk: 'дәрі=; дәрілер; дәрілік; дәрі дәрмек; фармацевтика',
    'uz-Cyrl': 'дори+4; дори дармон; дори воситалар; фармацевтика',
    'uz-Latn': 'dori+4; dori darmon; dori vosita; farmatsevtika; farmasevtika',
    en: 'pharmaceutical; medicine; medicament; medication; drug',
  }],
  // ---- Machinery, equipment, vehicles ----
  ['machinery_equipment', '84', 'Machinery and equipment', 'Машины и оборудование', 'Машиналар мен жабдықтар', {
    ru: 'машин и оборудован; оборудован; машиностроительн продукц; продукц машиностроен; станк; механическ оборудован',
    kk: 'машина мен жабдық; машиналар мен жабдық; жабдық; құрал жабдық; машина жасау өнім; станок; станоктар',
    'uz-Cyrl': 'машина ва ускуна; ускуна; асбоб ускуна; жиҳоз; машинасозлик маҳсулот; дастгоҳ',
    'uz-Latn': 'mashina va uskuna; uskuna; asbob uskuna; jihoz; mashinasozlik mahsulot; dastgoh',
    en: 'machinery; machinery and equipment; equipment; machine; machine tool',
  }],
  ['electrical_equipment', '85', 'Electrical equipment', 'Электрооборудование', 'Электр жабдықтары', {
    ru: 'электрооборудован; электрическ оборудован; электротехническ; электрическ машин; электротехник',
    kk: 'электр жабдық; электр техника; электротехника; электр құрылғы',
    'uz-Cyrl': 'электр ускуна; электр жиҳоз; электротехника; электр қурилма',
    'uz-Latn': 'elektr uskuna; elektr jihoz; elektrotexnika; elektr qurilma',
    en: 'electrical equipment; electrical machinery; electric equipment; electrical good; electrical appliance',
  }],
  ['electronics', null, 'Electronics', 'Электроника', 'Электроника', {
    ru: 'электроник; электронн; электронн издели; микросхем',
    kk: 'электроника; электрондық',
    'uz-Cyrl': 'электроника; электрон',
    'uz-Latn': 'elektronika; elektron',
    en: 'electronic; consumer electronic; semiconductor; integrated circuit; microchip',
  }],
  ['household_appliances', null, 'Household appliances', 'Бытовая техника', 'Тұрмыстық техника', {
    ru: 'бытов техник; бытов прибор; холодильник; стиральн машин',
    kk: 'тұрмыстық техника; тұрмыстық құрылғы; тоңазытқыш; кір жуғыш',
    'uz-Cyrl': 'маиший техника; музлатгич; совутгич; кир ювиш',
    'uz-Latn': 'maishiy texnika; muzlatgich; sovutgich; kir yuvish',
    en: 'household appliance; home appliance; domestic appliance; refrigerator; washing machine',
  }],
  ['computers', '8471', 'Computers', 'Компьютеры', 'Компьютерлер', {
    ru: 'компьютер; ноутбук; вычислительн техник; вычислительн машин',
    kk: 'компьютер; ноутбук; есептеу техника',
    'uz-Cyrl': 'компьютер; ноутбук; ҳисоблаш техника',
    'uz-Latn': 'kompyuter; kompyuter; noutbuk; hisoblash texnika',
    en: 'computer; laptop; notebook computer',
  }],
  ['mobile_phones', '8517', 'Mobile phones', 'Мобильные телефоны', 'Ұялы телефондар', {
    ru: 'мобильн телефон; сотов телефон; смартфон; телефон',
    kk: 'ұялы телефон; смартфон; телефон',
    'uz-Cyrl': 'мобил телефон; мобиль телефон; уяли телефон; смартфон; телефон',
    'uz-Latn': 'mobil telefon; uyali telefon; smartfon; telefon',
    en: 'mobile phone; cell phone; cellphone; cellular phone; smartphone; phone; telephone',
  }],
  ['medical_instruments', '9018', 'Medical instruments and devices', 'Медицинские инструменты и аппараты', 'Медициналық аспаптар мен құрылғылар', {
    ru: 'медицинск инструмент; медицинск аппарат; медицинск оборудован; медицинск техник; медицинск издели; медицинск прибор; медтехник; медоборудован; медизделия',
    kk: 'медициналық аспап; медициналық құрылғы; медициналық жабдық; медициналық техника; медициналық бұйым',
    'uz-Cyrl': 'тиббий асбоб; тиббий ускуна; тиббий жиҳоз; тиббий қурилма; тиббий техника; тиббиёт асбоб; тиббиёт ускуна',
    'uz-Latn': 'tibbiy asbob; tibbiy uskuna; tibbiy jihoz; tibbiy qurilma; tibbiy texnika; tibbiyot asbob; tibbiyot uskuna',
    en: 'medical instrument; medical device; medical equipment; medical apparatus; surgical instrument',
  }],
  ['analysis_instruments', '9027', 'Instruments for physical or chemical analysis', 'Приборы для физического или химического анализа', 'Физикалық немесе химиялық талдауға арналған аспаптар', {
    ru: 'физическ или химическ анализ; химическ анализ; физическ анализ; прибор для анализ; аналитическ прибор; аналитическ оборудован; лабораторн оборудован; лабораторн прибор; газоанализатор; спектрометр; хроматограф',
    kk: 'физикалық немесе химиялық талдау; химиялық талдау; физикалық талдау; талдау аспап; талдау арналған аспап; зертханалық жабдық; зертханалық аспап',
    'uz-Cyrl': 'физик ёки кимёвий таҳлил; кимёвий таҳлил; физик таҳлил; таҳлил асбоб; таҳлил учун асбоб; лаборатория ускуна; лаборатория асбоб',
    'uz-Latn': 'fizik yoki kimyoviy tahlil; kimyoviy tahlil; fizik tahlil; tahlil asbob; tahlil uchun asbob; laboratoriya uskuna; laboratoriya asbob',
    en: 'physical or chemical analysis; chemical analysis; physical analysis; analysis instrument; analytical instrument; laboratory equipment; laboratory instrument; spectrometer; chromatograph',
  }],
  ['power_generating_equipment', null, 'Power-generating equipment', 'Энергогенерирующее оборудование', 'Энергия өндіретін қондырғылар', {
    ru: 'энергогенерирующ; генерирующ оборудован; генерирующ установ; энергетическ оборудован; электрогенератор; генератор; турбин',
    kk: 'энергия өндіре; электр энергиясын өндіре; энергетикалық жабдық; генератор; турбина',
    'uz-Cyrl': 'энергия ишлаб чиқарувчи; энергия ишлаб чиқарадиган; энергетика ускуна; энергетик ускуна; генератор; турбина',
    'uz-Latn': 'energiya ishlab chiqaruvchi; energiya ishlab chiqaradigan; energetika uskuna; energetik uskuna; generator; turbina',
    en: 'power generating; power generation equipment; generating equipment; generating set; power equipment; generator; turbine',
  }],
  ['vehicles', '87', 'Vehicles', 'Транспортные средства', 'Көлік құралдары', {
    ru: 'транспортн средств; автотранспорт; автотранспортн средств; автотехник',
    kk: 'көлік құрал; көлік+4; автотехника',
    'uz-Cyrl': 'транспорт восита; автотранспорт; автотехника',
    'uz-Latn': 'transport vosita; avtotransport; avtotexnika',
    en: 'vehicle; motor vehicle',
  }],
  ['passenger_cars', '8703', 'Passenger cars', 'Легковые автомобили', 'Жеңіл автокөліктер', {
    ru: 'легков автомоб; легков машин; легковушк; легков+4; автомобил; автомашин',
    kk: 'жеңіл автокөлік; жеңіл көлік; жеңіл автомобиль; жеңіл машина; автокөлік; автомобиль',
    'uz-Cyrl': 'енгил автомобил; енгил машина; енгил автомашина; енгил автомобиль; автомобил; автомашина',
    'uz-Latn': 'yengil avtomobil; yengil mashina; yengil avtomashina; avtomobil; avtomashina',
    en: 'passenger car; passenger vehicle; car+1; automobile; motor car',
  }],
  ['trucks', '8704', 'Trucks', 'Грузовые автомобили', 'Жүк көліктері', {
    ru: 'грузов автомоб; грузов машин; грузов автотранспорт; грузов транспортн средств; грузовик; самосвал',
    kk: 'жүк көлік; жүк автокөлік; жүк машина; жүк автомобиль; жүк тасымалдайтын көлік; самосвал',
    'uz-Cyrl': 'юк машина; юк автомобил; юк автомашина; юк ташувчи; самосвал',
    'uz-Latn': 'yuk mashina; yuk avtomobil; yuk avtomashina; yuk tashuvchi; samosval',
    en: 'truck; lorr; goods vehicle; dump truck',
  }],
  ['buses', '8702', 'Buses', 'Автобусы', 'Автобустар', {
    ru: 'автобус',
    kk: 'автобус',
    'uz-Cyrl': 'автобус',
    'uz-Latn': 'avtobus',
    en: 'bus=; buses; coach=; coaches',
  }],
  ['tractors', '8701', 'Tractors', 'Тракторы', 'Тракторлар', {
    ru: 'трактор',
    kk: 'трактор',
    'uz-Cyrl': 'трактор',
    'uz-Latn': 'traktor',
    en: 'tractor',
  }],
  ['vehicle_parts', '8708', 'Parts and accessories for cars and tractors', 'Запчасти и принадлежности для автомобилей и тракторов', 'Автокөліктер мен тракторларға арналған қосалқы бөлшектер мен керек-жарақтар', {
    ru: 'запчаст; запасн част; автозапчаст; запчаст автомоб; запчаст трактор; автомобильн запчаст; автомобильн комплектующ; запчаст и принадлежн; част и принадлежн; комплектующ; автокомплектующ; част автомоб; част для автомоб; принадлежн для автомоб',
    kk: 'автомобиль бөлшек; автомобиль қосалқы бөлшек; қосалқы бөлшек; қосалқы бөлшектер мен керек; бөлшектер мен керек жарақ; автобөлшек; автокөлік бөлшек; бөлшек',
    'uz-Cyrl': 'эҳтиёт қисм; эҳтиёт қисмлар ва аксессуар; эҳтиёт қисм ва аксессуар; автоэҳтиёт; бутловчи; автомобил қисм; қисм ва аксессуар',
    'uz-Latn': 'ehtiyot qism; ehtiyot qismlar va aksessuar; ehtiyot qism va aksessuar; butlovchi; avtomobil qism; qism va aksessuar',
    en: 'vehicle part; car part; auto part; automotive part; spare part; part and accessor; parts and accessor; motor vehicle part; component for vehicle',
  }],
  ['tyres', '4011', 'Tyres', 'Шины', 'Шиналар', {
    ru: 'шин+3; автошин; покрышк; автомобильн шин; шин автомоб',
    kk: 'шина; шин+5; автокөлік шина; автомобиль шина',
    'uz-Cyrl': 'шина; шин+5; автомобил шина',
    'uz-Latn': 'shina; shin+5; avtomobil shina',
    en: 'tyre; tire=; tires=; tyres; car tyre; car tire',
  }],
  ['road_construction_machinery', null, 'Road and construction machinery', 'Дорожная и строительная техника', 'Жол және құрылыс техникасы', {
    ru: 'дорожн и строительн техник; дорожн и строительн машин; дорожн и строительн оборудован; дорожно строительн; дорожностроительн; строительн техник; строительн машин; дорожн техник; спецтехник; экскаватор; бульдозер; автогрейдер; автокран; погрузчик',
    kk: 'жол және құрылыс техника; жол және құрылыс машина; жол құрылыс техника; жол құрылысы техника; құрылыс техника; құрылыс машина; жол техника; арнайы техника; экскаватор; бульдозер; автогрейдер; автокран; тиегіш',
    'uz-Cyrl': 'йўл ва қурилиш ускуна; йўл ва қурилиш техника; йўл ва қурилиш машина; йўл қурилиш; қурилиш техника; қурилиш ускуна; қурилиш машина; йўл техника; махсус техника; экскаватор; бульдозер; автокран',
    'uz-Latn': 'yol va qurilish uskuna; yol va qurilish texnika; yol va qurilish mashina; yol qurilish; qurilish texnika; qurilish uskuna; qurilish mashina; yol texnika; maxsus texnika; ekskavator; buldozer; avtokran',
    en: 'road and construction machinery; road and construction equipment; road construction machinery; road building machinery; construction machinery; construction equipment; earthmoving; earth moving; excavator; bulldozer; grader; loader',
  }],
  ['railway_cars', null, 'Railway cars', 'Железнодорожные вагоны', 'Теміржол вагондары', {
    ru: 'вагон; железнодорожн вагон; подвижн состав; полувагон',
    kk: 'вагон; теміржол вагон; темір жол вагон',
    'uz-Cyrl': 'вагон; темир йўл вагон; темирйўл вагон',
    'uz-Latn': 'vagon; temir yol vagon; temiryol vagon',
    en: 'railway car; railcar; rail car; railway wagon; railroad car; freight car; wagon; rolling stock',
  }],
  ['locomotives', null, 'Locomotives', 'Локомотивы', 'Локомотивтер', {
    ru: 'локомотив; тепловоз; электровоз',
    kk: 'локомотив; тепловоз; электровоз',
    'uz-Cyrl': 'локомотив; тепловоз; электровоз',
    'uz-Latn': 'lokomotiv; teplovoz; elektrovoz',
    en: 'locomotive',
  }],
  ['aircraft', '88', 'Aircraft', 'Воздушные суда', 'Әуе кемелері', {
    ru: 'самолет; воздушн суд; летательн аппарат; авиатехник; вертолет; авиационн техник',
    kk: 'ұшақ; тікұшақ; әуе кеме; авиация техника',
    'uz-Cyrl': 'самолёт; самолет; ҳаво кема; учоқ; вертолёт; вертолет; авиация техника',
    'uz-Latn': 'samolyot; samolet; havo kema; uchoq; vertolyot; vertolet; aviatsiya texnika',
    en: 'aircraft; airplane; aeroplane; helicopter; planes=; airliner',
  }],
  // ---- Consumer goods, materials ----
  ['furniture', '94', 'Furniture', 'Мебель', 'Жиһаз', {
    ru: 'мебел',
    kk: 'жиһаз; мебель',
    'uz-Cyrl': 'мебел',
    'uz-Latn': 'mebel',
    en: 'furniture',
  }],
  ['textiles', null, 'Textiles', 'Текстиль', 'Тоқыма бұйымдары', {
    ru: 'текстил; ткан; пряж; текстильн издели',
    kk: 'тоқыма; текстиль; мата+3; маталар',
    'uz-Cyrl': 'тўқимачилик; тўқима; газлама; мато; текстил; ип калава',
    'uz-Latn': 'toqimachilik; toqima; gazlama; mato; tekstil; ip kalava',
    en: 'textile; fabric; yarn',
  }],
  ['clothing', null, 'Clothing', 'Одежда', 'Киім', {
    ru: 'одежд; швейн издели; трикотаж',
    kk: 'киім',
    'uz-Cyrl': 'кийим',
    'uz-Latn': 'kiyim',
    en: 'clothing; clothes; apparel; garment',
  }],
  ['footwear', '64', 'Footwear', 'Обувь', 'Аяқ киім', {
    ru: 'обув',
    kk: 'аяқ киім',
    'uz-Cyrl': 'пойабзал; оёқ кийим',
    'uz-Latn': 'poyabzal; oyoq kiyim',
    en: 'footwear; shoe',
  }],
  ['wood', '44', 'Wood and timber', 'Лесоматериалы', 'Ағаш материалдары', {
    ru: 'древесин; лесоматериал; пиломатериал; лес кругл; круглый лес',
    kk: 'ағаш; сүрек',
    'uz-Cyrl': 'ёғоч; тахта',
    'uz-Latn': 'yogoch; taxta',
    en: 'wood; timber; lumber; sawnwood',
  }],
  ['paper', '48', 'Paper and paperboard', 'Бумага и картон', 'Қағаз және картон', {
    ru: 'бумаг; картон',
    kk: 'қағаз; картон',
    'uz-Cyrl': 'қоғоз; картон',
    'uz-Latn': 'qogoz; karton',
    en: 'paper; paperboard; cardboard',
  }],
  ['cement', '2523', 'Cement', 'Цемент', 'Цемент', {
    ru: 'цемент',
    kk: 'цемент',
    'uz-Cyrl': 'цемент; семент',
    'uz-Latn': 'sement; tsement',
    en: 'cement',
  }],
];

const splitPhrases = (s: string): string[] =>
  s
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');

export const COMMODITY_LEXICON: ReadonlyArray<CommodityEntry> = ROWS.map(([code, hsCode, nameEn, nameRu, nameKk, s]) => ({
  code,
  hsCode,
  nameEn,
  nameRu,
  nameKk,
  stems: {
    kk: splitPhrases(s.kk),
    ru: splitPhrases(s.ru),
    'uz-Cyrl': splitPhrases(s['uz-Cyrl']),
    'uz-Latn': splitPhrases(s['uz-Latn']),
    en: splitPhrases(s.en),
  },
}));

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

const LOCALE: Record<CommodityLang, string> = { kk: 'kk', ru: 'ru', 'uz-Cyrl': 'uz', 'uz-Latn': 'uz', en: 'en' };

const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', h: 'һ', I: 'І', i: 'і', K: 'К', k: 'к',
  M: 'М', O: 'О', o: 'о', P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х', Y: 'У', y: 'у',
};
const CYRILLIC_TO_LATIN: Record<string, string> = {
  А: 'A', а: 'a', В: 'B', С: 'C', с: 'c', Е: 'E', е: 'e', Н: 'H', һ: 'h', І: 'I', і: 'i', К: 'K', к: 'k',
  М: 'M', О: 'O', о: 'o', Р: 'P', р: 'p', Т: 'T', Х: 'X', х: 'x', У: 'Y', у: 'y',
};

const FOLD: Record<string, string> = {
  ё: 'е', қ: 'к', ғ: 'г', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', ў: 'у', һ: 'х', ҳ: 'х', і: 'и', ә: 'а', ъ: '',
  "'": '', ʻ: '', ʼ: '', '‘': '', '’': '', '`': '', '´': '',
};

const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_RE = /\p{Script=Latin}/u;

/** One word as compared: look-alike letters in the word's main script, lower case, folded. */
export function foldWord(word: string, lang: CommodityLang = 'en'): string {
  let cyr = 0;
  let lat = 0;
  for (const ch of word) {
    if (CYRILLIC_RE.test(ch)) cyr++;
    else if (LATIN_RE.test(ch)) lat++;
  }
  let w = word;
  if (cyr > 0 && lat > 0 && cyr !== lat) {
    const map = cyr > lat ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    w = Array.from(w, (ch) => map[ch] ?? ch).join('');
  }
  w = w.toLocaleLowerCase(LOCALE[lang]);
  return Array.from(w, (ch) => FOLD[ch] ?? ch).join('');
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['ʻʼ‘’`´][\p{L}\p{M}\p{N}]+)*/gu;

function tokenize(phrase: string, lang: CommodityLang): Token[] {
  const out: Token[] = [];
  for (const m of phrase.matchAll(WORD_RE)) {
    const start = m.index ?? 0;
    out.push({ word: foldWord(m[0], lang), start, end: start + m[0].length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Compiled patterns
// ---------------------------------------------------------------------------------------------

interface StemPart {
  stem: string;
  /** Letters allowed after the stem; Infinity for a plain prefix. */
  maxExtra: number;
}

interface Pattern {
  entry: CommodityEntry;
  parts: StemPart[];
  stemLength: number;
}

function compilePhrase(entry: CommodityEntry, phrase: string, lang: CommodityLang): Pattern | null {
  const parts: StemPart[] = [];
  for (const raw of phrase.split(/\s+/)) {
    if (raw === '') continue;
    const m = /^(.*?)(?:\+(\d+)|(=))?$/u.exec(raw);
    const body = m?.[1] ?? raw;
    const maxExtra = m?.[3] ? 0 : m?.[2] !== undefined ? Number(m[2]) : Infinity;
    // A stem may itself hold word separators (a hyphen): split it the way the text is split.
    const words = Array.from(body.matchAll(WORD_RE), (w) => foldWord(w[0], lang));
    words.forEach((stem, i) => parts.push({ stem, maxExtra: i === words.length - 1 ? maxExtra : Infinity }));
  }
  if (parts.length === 0) return null;
  return { entry, parts, stemLength: parts.reduce((n, p) => n + p.stem.length, 0) };
}

const PATTERNS: Record<CommodityLang, Pattern[]> = { kk: [], ru: [], 'uz-Cyrl': [], 'uz-Latn': [], en: [] };
for (const entry of COMMODITY_LEXICON) {
  for (const lang of COMMODITY_LANGS) {
    for (const phrase of entry.stems[lang]) {
      const p = compilePhrase(entry, phrase, lang);
      if (p) PATTERNS[lang].push(p);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

/**
 * Words that separate a head from its modifier: "parts FOR cars", "шины ДЛЯ автомобилей" (head
 * first), "тракторларға АРНАЛҒАН бөлшектер", "тракторлар УЧУН эҳтиёт қисмлар" (head last). A match
 * in the head outranks one only in the modifier, so tyres for cars are tyres.
 */
const HEAD_FIRST = new Set(['для', 'к', 'из', 'for', 'of']);
const HEAD_LAST_PREFIXES = ['арнал', 'ушин', 'учун', 'мулжаллан', 'uchun', 'moljallan'];

function headRange(tokens: Token[]): [number, number] {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.word;
    if (i > 0 && HEAD_FIRST.has(w)) return [0, i - 1];
    if (i < tokens.length - 1 && HEAD_LAST_PREFIXES.some((p) => w.startsWith(p))) {
      // Head last: after the last such word.
      let last = i;
      for (let j = i + 1; j < tokens.length - 1; j++) if (HEAD_LAST_PREFIXES.some((p) => tokens[j]!.word.startsWith(p))) last = j;
      return [last + 1, tokens.length - 1];
    }
  }
  return [0, tokens.length - 1];
}

interface Candidate {
  pattern: Pattern;
  first: number;
  last: number;
  /** The match lies (partly) in the phrase's head, not only in a modifier ("… for cars"). */
  inHead: boolean;
  /** The match ends on the head's last word: "car tyres", "steel pipes", "автомобильные шины". */
  endsHead: boolean;
  langRank: number;
}

/**
 * Broad classes: a word of one of them next to a more specific good is a modifier or a generic head
 * ("редкоземельные металлы", "энергогенерирующее оборудование", "алкогольные напитки").
 */
const BROAD = new Set(['metals', 'machinery_equipment', 'beverages', 'vehicles', 'grain', 'chemicals', 'electronics']);

function partMatches(part: StemPart, word: string): boolean {
  return word.startsWith(part.stem) && word.length - part.stem.length <= part.maxExtra;
}

/** Positive when a is better than b. */
function compare(a: Candidate, b: Candidate, tokens: Token[]): number {
  const span = (c: Candidate) => tokens[c.last]!.end - tokens[c.first]!.start;
  const specific = (c: Candidate) => Number(!BROAD.has(c.pattern.entry.code));
  return (
    Number(a.inHead) - Number(b.inHead) ||
    a.pattern.parts.length - b.pattern.parts.length ||
    specific(a) - specific(b) ||
    Number(a.endsHead) - Number(b.endsHead) ||
    a.pattern.stemLength - b.pattern.stemLength ||
    span(a) - span(b) ||
    b.langRank - a.langRank ||
    b.first - a.first
  );
}

function bestIn(tokens: Token[], langs: CommodityLang[], head: [number, number]): Candidate | null {
  let best: Candidate | null = null;
  for (const [langRank, lang] of langs.entries()) {
    for (const pattern of PATTERNS[lang]) {
      const n = pattern.parts.length;
      for (let i = 0; i + n <= tokens.length; i++) {
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = partMatches(pattern.parts[k]!, tokens[i + k]!.word);
        if (!ok) continue;
        const last = i + n - 1;
        const cand: Candidate = { pattern, first: i, last, inHead: i <= head[1] && last >= head[0], endsHead: last === head[1], langRank };
        if (!best || compare(cand, best, tokens) > 0) best = cand;
      }
    }
  }
  return best;
}

/**
 * The commodity a short phrase names: the best match (in the phrase's head, then most words, then a
 * specific good over a broad class, then ending on the head's last word, then longest stems) in the phrase's own language, else in the other languages (loanwords). Null when
 * the phrase names none of the lexicon's goods.
 */
export function findCommodity(phrase: string, lang: CommodityLang): CommodityMatch | null {
  const tokens = tokenize(phrase, lang);
  if (tokens.length === 0) return null;
  const head = headRange(tokens);
  const found = bestIn(tokens, [lang], head) ?? bestIn(tokens, COMMODITY_LANGS.filter((l) => l !== lang), head);
  if (!found) return null;
  return { entry: found.pattern.entry, start: tokens[found.first]!.start, end: tokens[found.last]!.end };
}
