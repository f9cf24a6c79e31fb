/**
 * The cross-checks page as a model (docs/architecture.md, "Cross-checks"): the stored checks
 * grouped by kind, each with the figures it compares and their sources. Bounded: the first
 * CHECKS_SHOWN of each kind; the download has them all.
 */
import type { AppDatabase } from '../../db/client';
import { CHECK_KINDS, type CheckKind, type CheckResult } from '../domain/checks';
import type { CommodityShareRow } from '../queries/commodity-shares';
import { checkFigures, listChecks } from '../queries/checks';
import type { ObservationRow } from '../queries/observations';
import { listIndicators, listPartners } from '../queries/reference';

export const CHECKS_SHOWN = 200;

export type CheckedFigure = ObservationRow | CommodityShareRow;

export interface ChecksModel {
  total: number;
  groups: Array<{ kind: CheckKind; checks: CheckResult[] }>;
  figures: Map<string, CheckedFigure>;
  indicators: ReturnType<typeof listIndicators>;
  partners: ReturnType<typeof listPartners>;
}

export function checksModel(db: AppDatabase): ChecksModel {
  const { checks, total } = listChecks(db, CHECKS_SHOWN);
  return {
    total,
    groups: CHECK_KINDS.map((kind) => ({ kind, checks: checks.filter((c) => c.kind === kind) })),
    figures: checkFigures(db, checks.flatMap((c) => c.figureIds)),
    indicators: listIndicators(db),
    partners: listPartners(db),
  };
}
