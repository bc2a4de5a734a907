// The built-in catalog and the merge of a document's overrides over it.
import type { Catalog } from './types';
import type { CatalogOverrides } from '../schema/catalog-overrides';
import { gpus } from './gpus';
import { prices } from './prices';
import { regions } from './regions';
import { pueDefaults } from './pue';
import { exchangeRates } from './exchange-rates';

export const CATALOG_DATE = '2025-01-02';

export const defaultCatalog: Catalog = { date: CATALOG_DATE, gpus, prices, regions, pueDefaults, exchangeRates };

const mergeById = <T extends { id: string }>(base: T[], extra: T[] | undefined): T[] => {
  if (!extra || extra.length === 0) return base;
  const byId = new Map(base.map((e) => [e.id, e]));
  for (const e of extra) byId.set(e.id, e);
  return [...byId.values()];
};

/** The catalog with a document's overrides applied (entries replace by id, or are added). */
export const resolveCatalog = (overrides?: Partial<CatalogOverrides>, base: Catalog = defaultCatalog): Catalog => {
  if (!overrides) return base;
  const rates = mergeById(
    base.exchangeRates.map((r) => ({ ...r, id: r.currency })),
    overrides.exchangeRates?.map((r) => ({ ...r, id: r.currency })),
  ).map(({ id: _id, ...r }) => r);
  return {
    date: base.date,
    gpus: mergeById(base.gpus, overrides.gpus),
    prices: mergeById(base.prices, overrides.prices),
    regions: mergeById(base.regions, overrides.regions),
    pueDefaults: base.pueDefaults,
    exchangeRates: rates,
  };
};

export const findGpu = (catalog: Catalog, id: string) => catalog.gpus.find((g) => g.id === id);
export const findRegion = (catalog: Catalog, id: string) => catalog.regions.find((r) => r.id === id);
export const findPrice = (catalog: Catalog, id: string) => catalog.prices.find((p) => p.id === id);

export { validateCatalog, type CatalogProblem } from './validate';
