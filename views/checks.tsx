/**
 * Cross-checks between figures as views show them (docs/architecture.md, "Cross-checks"): the
 * status badge, the message built from the stored numbers in the reader's language, and the short
 * line the partner and source pages put beside the figures a check concerns.
 */
import type { Indicator } from '../db/schema';
import { type CheckResult, meetsAt } from '../src/domain/checks';
import type { Interval } from '../src/domain/precision';
import type { CommodityShareRow } from '../src/queries/commodity-shares';
import type { ObservationRow } from '../src/queries/observations';
import { nameOf } from '../src/i18n/names';
import { urls } from '../src/urls';
import { Badge, SourceLink, sourceName } from './components';
import type { Ui } from './ui';

export type CheckedFigure = ObservationRow | CommodityShareRow;
export type FigureLookup = ReadonlyMap<string, CheckedFigure>;

/** A number at up to four decimals in the reader's notation (binary noise cleaned): 1276.1, 99,415. */
function plain(ui: Ui, x: number): string {
  const text = new Intl.NumberFormat(ui.lang === 'en' ? 'en-US' : 'ru-RU', { maximumFractionDigits: 4 }).format(Number(x.toPrecision(10)));
  return text.replace('-', '−');
}

/**
 * An interval in full, in the unit and scale of its larger end ("$1,276.0–1,276.2 m" would lose
 * digits as "$1.276 bn"): money as the formatter writes one amount, with both ends in its place;
 * an open end as "or more" / "or less". The formatter's own rounding (4 significant figures) is
 * for stated values and would hide what a check compares.
 */
export function intervalText(ui: Ui, r: Interval, unit: string): string {
  const { t, f } = ui;
  if (r.low === -Infinity && r.high === Infinity) return t.checks.unbounded;
  if (r.high === Infinity) return t.checks.atLeast(intervalText(ui, { low: r.low, high: r.low }, unit));
  if (r.low === -Infinity) return t.checks.atMost(intervalText(ui, { low: r.high, high: r.high }, unit));
  const top = Math.max(Math.abs(r.low), Math.abs(r.high));
  const numbers = (divisor: number) => (r.low === r.high ? plain(ui, r.low / divisor) : `${plain(ui, r.low / divisor)}–${plain(ui, r.high / divisor)}`);
  switch (unit) {
    case 'USD': {
      const divisor = top >= 1e9 ? 1e9 : top >= 1e6 ? 1e6 : 1;
      // The formatter's own amount of one unit of the scale ("$1 bn", "1 млрд $"), its "1" replaced by the numbers.
      return f.value(divisor, 'USD').replace('1', numbers(divisor));
    }
    case 'percent':
      return `${numbers(1)}%`;
    case 'tonnes': {
      const divisor = top >= 1e9 ? 1e9 : top >= 1e6 ? 1e6 : 1;
      return f.value(divisor, 'tonnes').replace('1', numbers(divisor));
    }
    case 'rank':
      return r.low === r.high ? f.value(r.low, 'rank') : f.value(1, 'rank').replace('1', numbers(1));
    default:
      return numbers(1);
  }
}

/** A stated figure as a check's message names it: its qualifier's sign and its value. */
function statedText(ui: Ui, figure: CheckedFigure | undefined, fallback: { value: number | null; unit: string }): string {
  if (!figure) return fallback.value === null ? '?' : ui.f.value(fallback.value, fallback.unit);
  const value = 'sharePct' in figure ? figure.sharePct : figure.value;
  const unit = 'sharePct' in figure ? 'percent' : figure.unit;
  return `${ui.f.qualifierSign(figure.qualifier)}${ui.f.value(value, unit)}`;
}

const yearText = (ui: Ui, year: string) => ui.f.period({ start: `${year}-01-01`, end: `${year}-12-31` });

/** The check's result in words, from its stored numbers and the figures it names. */
export function checkMessage(ui: Ui, check: CheckResult, figures: FigureLookup, indicators: readonly Indicator[]): string {
  const { t } = ui;
  const fig = (id: string | undefined) => (id === undefined ? undefined : figures.get(id));
  const range = (r: Interval) => intervalText(ui, r, check.unit);
  const verdict = check.status === 'cannot_check' ? '' : t.checks.verdict[check.status] ?? '';
  const explained = check.explainedBy ? ` ${t.checks.explained(check.explainedBy)}` : '';
  const b = check.b;
  switch (check.kind) {
    case 'trade_sum': {
      const turnover = fig(b?.figureIds[0]);
      if (check.status === 'cannot_check' || !b) {
        const present = check.a.figureIds.map(fig).find((x) => x && 'indicator' in x);
        const missing = present && 'indicator' in present && present.indicator === 'exports' ? 'imports' : 'exports';
        return t.checks.flowMissing(nameOf(ui, indicators, missing));
      }
      const [exports, imports] = ['exports', 'imports'].map((code) => check.a.figureIds.map(fig).find((x) => x && 'indicator' in x && x.indicator === code));
      const sum = check.a.value === null ? range(check.a) : range({ low: check.a.value, high: check.a.value });
      return `${t.checks.tradeSum(statedText(ui, exports, { value: null, unit: check.unit }), statedText(ui, imports, { value: null, unit: check.unit }), sum, range(check.a))} ${t.checks.turnoverMeans(statedText(ui, turnover, { value: b.value, unit: check.unit }), range(b))} ${verdict}${explained}`;
    }
    case 'share_sum': {
      const sum = check.a.value === null ? range(check.a) : range({ low: check.a.value, high: check.a.value });
      const text = t.checks.shareSum(check.a.figureIds.length, sum, range(check.a));
      return `${text} ${check.status === 'inconsistent' ? t.checks.overHundred : verdict}${explained}`;
    }
    case 'growth': {
      const growth = fig(check.a.figureIds[0]);
      const rate = statedText(ui, growth, { value: check.a.value, unit: 'percent' });
      switch (check.reason) {
        case 'earlier_level_missing': {
          const level = check.figureIds.map(fig).find((x) => x && x.id !== growth?.id);
          const levelText = level ? `${ui.f.period({ start: level.periodStart, end: level.periodEnd })} (${statedText(ui, level, { value: null, unit: 'USD' })})` : '?';
          return t.checks.earlierLevelMissing(rate, levelText, yearText(ui, check.missingPeriod ?? '?'));
        }
        case 'level_missing':
          return t.checks.levelMissing(rate, yearText(ui, check.missingPeriod ?? '?'));
        case 'not_a_year':
          return t.checks.notAYear(rate);
        case 'base_not_positive':
          return t.checks.baseNotPositive(rate);
        default: {
          if (!b) return verdict;
          const implied = b.value === null ? range(b) : range({ low: b.value, high: b.value });
          return `${t.checks.growth(rate, range(check.a), implied, range(b))} ${verdict}${explained}`;
        }
      }
    }
    case 'sources': {
      if (!b) return verdict;
      const [x, y] = [fig(check.a.figureIds[0]), fig(b.figureIds[0])];
      const named = (f: CheckedFigure | undefined, side: typeof b) => {
        const stated = statedText(ui, f, { value: side.value, unit: check.unit });
        return f ? `${sourceName(ui, f)}: ${stated}` : stated;
      };
      const at = meetsAt(check.a, b);
      const points = check.a.low === check.a.high && b.low === b.high;
      const meets = check.status === 'consistent' && at !== undefined && !points ? ` ${t.checks.meetsAt(range({ low: at, high: at }))}` : '';
      // A difference of ranks is a number of places, not a rank.
      const difference = check.difference ? intervalText(ui, check.difference, check.unit === 'rank' ? 'count' : check.unit) : '?';
      return `${t.checks.sources(named(x, check.a), range(check.a), named(y, b), range(b))} ${t.checks.differenceIs(difference)}${meets} ${verdict}${explained}`;
    }
  }
}

/** The status as a badge: "consistent within rounding", "inconsistent" ("sources differ"), "cannot check". */
export function CheckBadge({ ui, check }: { ui: Ui; check: CheckResult }) {
  const labels = check.kind === 'sources' ? ui.t.checks.sourcesStatus : ui.t.checks.status;
  const kind = check.status === 'consistent' ? 'consistent' : check.status === 'inconsistent' ? 'inconsistent' : 'cannot';
  return (
    <Badge kind={kind} title={ui.t.checks.kinds[check.kind]}>
      {labels[check.status] ?? check.status}
    </Badge>
  );
}

/** The figures a check compares, each with its id and a link to its quote on its source page. */
export function CheckFigures({ ui, check, figures }: { ui: Ui; check: CheckResult; figures: FigureLookup }) {
  return (
    <ul class="check-figures">
      {check.figureIds.map((id) => {
        const f = figures.get(id);
        return (
          <li>
            <span class="fig-id">{id}</span> {f ? <SourceLink ui={ui} figure={f} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Under a table of figures: one line per check that concerns them, "Checked: [consistent within
 * rounding] exports + imports against turnover", linking to the check. Nothing when there is none.
 */
export function CheckLines({ ui, checks, figureIds }: { ui: Ui; checks: readonly CheckResult[]; figureIds?: ReadonlySet<string> }) {
  const shown = figureIds ? checks.filter((c) => c.figureIds.some((id) => figureIds.has(id))) : checks;
  if (shown.length === 0) return null;
  return (
    <ul class="check-lines">
      {shown.map((c) => (
        <li>
          {ui.t.checks.checked}: <CheckBadge ui={ui} check={c} /> <a href={urls.check(ui, c.id)}>{ui.t.checks.kinds[c.kind]}</a> <span class="muted">({c.figureIds.join(', ')})</span>
        </li>
      ))}
    </ul>
  );
}
