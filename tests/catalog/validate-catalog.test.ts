import { describe, expect, it } from 'vitest';
import { defaultCatalog, resolveCatalog, validateCatalog } from '../../shared/catalog';
import type { Catalog } from '../../shared/catalog/types';

const clone = (): Catalog => structuredClone(defaultCatalog);
const messages = (c: Catalog) => validateCatalog(c).map((p) => p.message);

describe('validateCatalog', () => {
  it('accepts the built-in catalog', () => {
    expect(validateCatalog(defaultCatalog)).toEqual([]);
  });

  it('reports duplicate ids, naming the list and the id', () => {
    const c = clone();
    c.gpus.push({ ...c.gpus[0]! });
    const problems = validateCatalog(c);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'id' });
    expect(problems[0]!.message).toContain('duplicate id "v100-32gb" in gpus');
  });

  it('reports a price pointing at an unknown GPU', () => {
    const c = clone();
    c.prices[0]!.gpu = 'v200';
    const problems = validateCatalog(c);
    expect(problems).toEqual([expect.objectContaining({ entry: 'prices "azure-nc-v100-westeurope"', field: 'gpu' })]);
    expect(problems[0]!.message).toMatch(/unknown GPU "v200"/);
  });

  it('reports non-positive and non-finite figures with the entry, the field and the value found', () => {
    const c = clone();
    c.gpus[2]!.tdpW = 0;
    c.gpus[3]!.peakFlops.bf16 = -1;
    c.prices[1]!.pricePerGpuHour = Number.NaN;
    c.regions[0]!.carbonIntensityKgPerKWh = -0.1;
    c.exchangeRates[1]!.perUsd = 0;
    c.pueDefaults[0]!.pue = 0.9;
    const m = messages(c);
    expect(m).toContain('gpus "a100-80gb": tdpW must be a finite number greater than 0 (found 0)');
    expect(m).toContain('gpus "h100-sxm": peakFlops.bf16 must be a finite number greater than 0 (found -1)');
    expect(m).toContain(
      'prices "aws-p4d-a100-capacity-block": pricePerGpuHour must be a finite number greater than 0 (found NaN)',
    );
    expect(m).toContain('regions "world": carbonIntensityKgPerKWh must be a finite number of at least 0 (found -0.1)');
    expect(m).toContain('exchangeRates "EUR": perUsd must be a finite number greater than 0 (found 0)');
    expect(m).toContain('pueDefaults "hyperscale": pue must be at least 1 (found 0.9)');
    expect(m).toHaveLength(6);
  });

  it('reports a missing source or a malformed date', () => {
    const c = clone();
    c.regions[1]!.source = '  ';
    c.gpus[0]!.date = 'Jan 2020';
    const problems = validateCatalog(c);
    expect(problems.map((p) => [p.entry, p.field])).toEqual([
      ['gpus "v100-32gb"', 'date'],
      ['regions "us"', 'source'],
    ]);
  });

  it('flags an intensity entered in g/kWh and an embodied figure without its derivation', () => {
    const c = clone();
    c.regions[0]!.carbonIntensityKgPerKWh = 481;
    delete c.gpus[0]!.embodiedSource;
    const m = messages(c);
    expect(m.some((x) => x.startsWith('regions "world"') && x.includes('was g/kWh entered?'))).toBe(true);
    expect(m.some((x) => x.startsWith('gpus "v100-32gb"') && x.includes('embodiedSource'))).toBe(true);
  });

  it('flags a purchase price without its source', () => {
    const c = clone();
    delete c.gpus[0]!.purchasePriceSource;
    expect(messages(c).some((x) => x.startsWith('gpus "v100-32gb"') && x.includes('purchasePriceSource'))).toBe(true);
  });

  it('reports a price whose currency has no exchange rate', () => {
    const c = clone();
    c.prices[0]!.currency = 'CHF';
    expect(messages(c)).toEqual([expect.stringContaining('currency "CHF" has no exchange rate')]);
  });

  it('validates a catalog with user overrides (entries replace by id)', () => {
    const broken = resolveCatalog({ prices: [{ ...defaultCatalog.prices[0]!, gpu: 'nope' }] });
    expect(validateCatalog(broken)).toHaveLength(1);
  });
});
