import { asc } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client';
import { commodities, commodityShares, indicators, partners, sources } from '../../db/schema';
import type { Searchable } from '../domain/search';

export type SearchKind = 'partner' | 'indicator' | 'commodity' | 'source';

export interface SearchItem extends Searchable<SearchKind> {
  nameEn: string;
  nameRu: string;
  nameKk: string;
}

/** Everything a reader can search for, with every name it goes by (codes, three languages, aliases, the articles' own words). */
export function listSearchItems(db: AppDatabase): SearchItem[] {
  const originals = new Map<string, string[]>();
  for (const row of db.selectDistinct({ commodity: commodityShares.commodity, original: commodityShares.commodityOriginal }).from(commodityShares).all())
    originals.set(row.commodity, [...(originals.get(row.commodity) ?? []), row.original]);
  const names = (item: { nameEn: string; nameRu: string; nameKk: string }) => [item.nameEn, item.nameRu, item.nameKk];
  return [
    ...db
      .select()
      .from(partners)
      .orderBy(asc(partners.code))
      .all()
      .map((p) => ({ kind: 'partner' as const, key: p.code, nameEn: p.nameEn, nameRu: p.nameRu, nameKk: p.nameKk, names: [p.code, ...names(p), ...p.aliases.split(';').map((a) => a.trim()).filter(Boolean)] })),
    ...db
      .select()
      .from(indicators)
      .orderBy(asc(indicators.code))
      .all()
      .map((i) => ({ kind: 'indicator' as const, key: i.code, nameEn: i.nameEn, nameRu: i.nameRu, nameKk: i.nameKk, names: [i.code.replaceAll('_', ' '), ...names(i)] })),
    ...db
      .select()
      .from(commodities)
      .orderBy(asc(commodities.code))
      .all()
      .map((c) => ({ kind: 'commodity' as const, key: c.code, nameEn: c.nameEn, nameRu: c.nameRu, nameKk: c.nameKk, names: [...names(c), ...(originals.get(c.code) ?? [])] })),
    ...db
      .select()
      .from(sources)
      .orderBy(asc(sources.id))
      .all()
      .map((s) => ({
        kind: 'source' as const,
        key: s.id,
        nameEn: s.titleEn,
        nameRu: s.titleRu ?? s.title,
        nameKk: s.titleKk ?? s.title,
        names: [s.title, s.titleEn, s.titleRu ?? '', s.titleKk ?? '', s.publisher ?? ''].filter(Boolean),
      })),
  ];
}
