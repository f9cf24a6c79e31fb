/**
 * The stored CSV records of the two figure downloads (db/schema.ts, exportLines): the seed renders
 * them after loading the figures, in the same transaction, with the columns the server renders a
 * download with (src/csv-contract.ts); the server checks at start that they still match.
 */
import type { AppDatabase } from '../db/client';
import { COMMODITY_SHARE_EXPORT, csvRecord, exportContext, OBSERVATION_EXPORT } from './csv-contract';
import { staleShareLines, writeShareLines } from './queries/commodity-shares';
import { staleObservationLines, writeObservationLines } from './queries/observations';
import { listCommodities, listSources } from './queries/reference';

/** Renderers of the plain (no `?lang=`) CSV record of an observation row and of a commodity share row. */
function renderers(db: AppDatabase) {
  const context = exportContext(listSources(db), listCommodities(db));
  return {
    observation: (row: ReadonlyArray<unknown>) => csvRecord(OBSERVATION_EXPORT.columns, row, context),
    share: (row: ReadonlyArray<unknown>) => csvRecord(COMMODITY_SHARE_EXPORT.columns, row, context),
  };
}

/** Replaces the stored records of both downloads; call it inside the transaction that wrote the figures and sources. */
export function writeExportLines(db: AppDatabase): { observations: number; commodityShares: number } {
  const render = renderers(db);
  return {
    observations: writeObservationLines(db, OBSERVATION_EXPORT.fields, render.observation),
    commodityShares: writeShareLines(db, COMMODITY_SHARE_EXPORT.fields, render.share),
  };
}

/** Why the stored records cannot be served by this version, or undefined when they can. */
export function staleExportLines(db: AppDatabase): string | undefined {
  const render = renderers(db);
  return staleObservationLines(db, OBSERVATION_EXPORT.fields, render.observation) ?? staleShareLines(db, COMMODITY_SHARE_EXPORT.fields, render.share);
}
