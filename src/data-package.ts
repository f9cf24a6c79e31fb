/**
 * The data package: a Frictionless Data Package (v1, profile `tabular-data-package`) that describes
 * the four full CSV downloads, served at /data/datapackage.json and inside /data/kz-trade.zip
 * beside the CSV files (docs/architecture.md, "A download"). Every field comes from the column
 * lists of src/csv-contract.ts, each described beside its definition, so the package cannot drift
 * from the columns served; the zip's README.md is written from the same descriptions.
 */
import type { AppDatabase } from '../db/client';
import { CHECK_FIELDS, COMMODITY_SHARE_FIELDS, COMMODITY_VALUE_FIELDS, OBSERVATION_FIELDS, SOURCE_FIELDS, type TableField } from './csv-contract';
import { datasetInfo, listSources } from './queries/reference';

/** The CSV downloads the package describes, each at `/data/<path>` and beside datapackage.json in the zip. */
export const PACKAGE_CSV = ['observations.csv', 'commodity-shares.csv', 'commodity-values.csv', 'sources.csv', 'checks.csv'] as const;
export type PackageCsv = (typeof PACKAGE_CSV)[number];

export interface PackageResource {
  profile: 'tabular-data-resource';
  name: string;
  /** Relative to the descriptor: /data/observations.csv beside /data/datapackage.json, and beside it in the zip. */
  path: PackageCsv;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: typeof DIALECT;
  schema: {
    fields: TableField[];
    primaryKey: string[];
    foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
    missingValues: string[];
  };
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version: string;
  created: string;
  keywords: string[];
  licenses: Array<{ name: string; title: string }>;
  sources: Array<{ title: string; path?: string }>;
  resources: PackageResource[];
}

/** The CSV as src/http.ts `csvResponse` writes it: RFC 4180, CRLF, a header line, cells never padded. */
const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, skipInitialSpace: false, header: true, caseSensitiveHeader: true } as const;

const CELLS =
  'Empty cells are missing values. Text cells that begin with =, +, -, @, a tab or a carriage return carry a leading apostrophe against spreadsheet formula injection; numbers are never altered.';

/** Every resource lists its source article by id; that id is in sources.csv. */
const TO_SOURCES = [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }];

const resource = (name: string, path: PackageCsv, title: string, description: string, fields: TableField[], foreignKeys?: PackageResource['schema']['foreignKeys']): PackageResource => ({
  profile: 'tabular-data-resource',
  name,
  path,
  title,
  description: `${description} ${CELLS}`,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: DIALECT,
  schema: { fields, primaryKey: ['id'], ...(foreignKeys ? { foreignKeys } : {}), missingValues: [''] },
});

/** The resources, in the order of PACKAGE_CSV, with the same columns the downloads serve. */
export const PACKAGE_RESOURCES: readonly PackageResource[] = [
  resource(
    'observations',
    'observations.csv',
    'Observations',
    'Every curated figure on Kazakhstan’s trade and investment, one row each, as stated in a news article: the value in a canonical unit, the number as printed, the qualifier around it, the period, and the article’s sentence with our English translation. Several articles may state one figure; each is a row. The full table of /data/observations.csv (the same address takes filters).',
    OBSERVATION_FIELDS,
    TO_SOURCES,
  ),
  resource(
    'commodity-shares',
    'commodity-shares.csv',
    'Commodity shares',
    'What a trade flow consists of, as articles state it: the share of a commodity in the exports or imports between two sides over a period, in percent. The shares of one flow, period and source add up to at most 100; what they leave out is not itemised. The full table of /data/commodity-shares.csv.',
    COMMODITY_SHARE_FIELDS,
    TO_SOURCES,
  ),
  resource(
    'commodity-values',
    'commodity-values.csv',
    'Commodity values in dollars (derived)',
    'Commodity shares in US dollars, derived: where an article gives a commodity’s share of a flow and an article gives that flow’s value for the same reporter, partner and period, the share times the value, with the interval both printed figures allow (low, high) and the value as the dashboard shows it, no more precise than its inputs. What the listed shares leave unitemised is a row of its own. No article states these values; each row names the share and the flow figure it is computed from, and is flagged where the flow value comes from another article. Computed on request, never stored. The full table of /data/commodity-values.csv.',
    COMMODITY_VALUE_FIELDS,
    [
      ...TO_SOURCES,
      { fields: ['flow_source_id'], reference: { resource: 'sources', fields: ['id'] } },
      { fields: ['share_id'], reference: { resource: 'commodity-shares', fields: ['id'] } },
      { fields: ['flow_id'], reference: { resource: 'observations', fields: ['id'] } },
    ],
  ),
  resource(
    'sources',
    'sources.csv',
    'Sources',
    'The news articles the figures are taken from, newest first: publisher, title, language, publication date at the precision known and how it was established, and the number of figures taken from each. The full table of /data/sources.csv.',
    SOURCE_FIELDS,
  ),
  resource(
    'checks',
    'checks.csv',
    'Cross-checks',
    'Whether the figures agree with each other, as computed when the data was loaded: exports plus imports against turnover, the commodity shares of one flow against 100 percent, a growth rate against the levels it links, and one figure stated by two articles. Each row compares two numbers (side a and side b) as intervals the articles\u2019 rounding allows, names the figures and articles concerned, and says consistent (within rounding), inconsistent, or cannot_check with the reason. The full table of /data/checks.csv.',
    CHECK_FIELDS,
  ),
];

/**
 * `created` from the data, never the clock: the latest publication date among the sources (the
 * data date, at its precision: `2025-12-17`, `2025-12` or `2014`) at 00:00 UTC on its first day.
 * The same data gives the same descriptor, byte for byte.
 */
export function createdOf(dataDate: string): string {
  const [year = '1970', month = '01', day = '01'] = dataDate.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

/** The descriptor of the data the database holds now. */
export function dataPackage(db: AppDatabase): DataPackage {
  const { version, dataDate } = datasetInfo(db);
  return {
    profile: 'tabular-data-package',
    name: 'kz-trade',
    title: 'Kazakhstan trade and investment figures from news articles',
    description: [
      'Figures on Kazakhstan’s foreign trade and investment (turnover, exports, imports, investment, agreements, commodity shares) gathered from news articles in Kazakh, Russian and Uzbek by the Kazakhstan Trade & Investment Dashboard.',
      'Every figure carries its source: the article, the sentence in the original language, and an English translation. Values are canonical (US dollars as plain numbers, percent, counts); the number as printed is kept in as_written, and qualifiers (about, more than, up to) are data.',
      `Data version ${version}: the latest publication date among the articles and a hash of every curated row; equal data, equal version.`,
    ].join(' '),
    version,
    created: createdOf(dataDate),
    keywords: ['Kazakhstan', 'foreign trade', 'investment', 'Central Asia', 'news articles', 'provenance'],
    // The project states no licence for its curated data. Rather than invent one, the package says
    // so (Open Definition's `notspecified`), and that the quotes belong to their publishers.
    licenses: [
      {
        name: 'notspecified',
        title:
          'No licence stated. The curation (codes, canonical values, periods, qualifiers, notes, translations) is the dashboard project’s and states no licence yet; the quoted sentences and titles remain their publishers’ and are quoted to attribute each figure.',
      },
    ],
    sources: listSources(db).map((s) => ({
      title: `${s.publisher ?? 'Publisher not named'} (${s.publishedOn}): ${s.title} [${s.titleEn}]`,
      ...(s.url ? { path: s.url } : {}),
    })),
    resources: [...PACKAGE_RESOURCES],
  };
}

/** The descriptor as served and zipped: two-space JSON and a final newline. */
export function packageJson(pkg: DataPackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The zip's file name, naming the data version: kz-trade-2025.12.17-1a2b3c4d.zip */
export function packageFileName(pkg: Pick<DataPackage, 'version'>): string {
  return `kz-trade-${pkg.version.replace(/[^A-Za-z0-9.+-]/g, '-')}.zip`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** How a field's constraints read in the README: required, unique, allowed values, range. */
function constraintsText(field: TableField): string {
  const c = field.constraints ?? {};
  const parts = [
    c.required ? 'required' : 'may be empty',
    c.unique ? 'unique' : '',
    c.enum ? `one of ${c.enum.map((v) => `\`${v}\``).join(', ')}` : '',
    c.minimum !== undefined && c.maximum !== undefined ? `${c.minimum}–${c.maximum}` : c.minimum !== undefined ? `at least ${c.minimum}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

/** The zip's README.md: what the package holds and every column of every file, from the same descriptions. */
export function packageReadme(pkg: DataPackage): string {
  const lines = [
    `# ${pkg.title}`,
    '',
    pkg.description,
    '',
    `- Version: ${pkg.version} (created ${pkg.created})`,
    `- Licence: ${pkg.licenses.map((l) => `${l.name}: ${l.title}`).join('; ')}`,
    `- Files: ${['datapackage.json', ...pkg.resources.map((r) => r.path)].map((f) => `\`${f}\``).join(', ')}, and this README.md. \`datapackage.json\` is a Frictionless Data Package (profile \`tabular-data-package\`) describing the CSV files; each CSV is UTF-8, comma-separated, with CRLF line ends and a header line.`,
    '',
    '## Sources',
    '',
    ...pkg.sources.map((s) => `- ${s.title}${s.path ? ` <${s.path}>` : ''}`),
  ];
  for (const r of pkg.resources) {
    lines.push('', `## ${r.path}: ${r.title}`, '', r.description, '');
    lines.push(`Primary key: \`${r.schema.primaryKey.join(', ')}\`.`);
    for (const fk of r.schema.foreignKeys ?? []) lines.push(`\`${fk.fields.join(', ')}\` refers to \`${fk.reference.fields.join(', ')}\` in ${fk.reference.resource}.csv.`);
    lines.push('', '| Column | Type | Description | Constraints |', '|---|---|---|---|');
    for (const f of r.schema.fields) lines.push(`| \`${f.name}\` | ${f.type} | ${cell(`${f.title}. ${f.description}`)} | ${cell(constraintsText(f))} |`);
  }
  return `${lines.join('\n')}\n`;
}
