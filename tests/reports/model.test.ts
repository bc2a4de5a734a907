// The report model and the shared chart configurations, on the real engine.
import { describe, expect, it } from 'vitest';
import { resolveCatalog } from '../../shared/catalog';
import { buildReportModel } from '../../shared/report/model';
import { comparisonChart, costEnergyChart, memoryChart } from '../../shared/report/charts';
import { formatMoney, formatNumber, formatScientific } from '../../shared/report/format';
import { formatDuration, formatEnergy } from '../../shared/report/units';
import { engineEstimates, reportDocument } from './fixture';

const build = (scenarioIds: string[] = []) => {
  const doc = reportDocument();
  const catalog = resolveCatalog(doc.catalogOverrides);
  return {
    doc,
    model: buildReportModel(doc, catalog, engineEstimates(doc), {
      scenarioIds,
      date: '2026-03-02',
      appVersion: '9.9.9',
    }),
  };
};

describe('report model', () => {
  it('recommends the cheapest scenario that fits and meets its deadline, and says why', () => {
    const { model } = build();
    const feasible = model.scenarios.filter((s) => s.estimate.memoryPerGpuBytes.fits);
    const cheapest = feasible.reduce((a, b) => (b.costInReportCurrency < a.costInReportCurrency ? b : a));
    expect(model.recommendation.scenarioId).toBe(cheapest.scenario.id);
    expect(model.recommendation.reasons[0]).toContain(formatMoney(cheapest.costInReportCurrency, 'EUR'));
    expect(model.scenarios.filter((s) => s.isRecommended)).toHaveLength(1);
  });

  it('computes savings against the baseline as baseline minus scenario', () => {
    const { model } = build();
    const base = model.scenarios.find((s) => s.isBaseline)!;
    expect(base.scenario.id).toBe('baseline');
    expect(base.savings).toBeUndefined();
    for (const s of model.scenarios.filter((r) => !r.isBaseline)) {
      expect(s.savings!.energyKWh).toBeCloseTo(base.estimate.energyKWh - s.estimate.energyKWh, 6);
      expect(s.savings!.costFraction).toBeCloseTo(
        (base.costInReportCurrency - s.costInReportCurrency) / base.costInReportCurrency,
        12,
      );
    }
  });

  it('keeps the requested scenarios in the requested order and names an unknown id', () => {
    expect(build(['serving', 'baseline']).model.scenarios.map((s) => s.scenario.id)).toEqual(['serving', 'baseline']);
    expect(() => build(['nope'])).toThrow(/scenarioIds: no scenario "nope".*baseline, h100-zero3/);
  });

  it('formats the headline figures from the estimate', () => {
    const { model } = build();
    const s = model.scenarios[0]!;
    const text = Object.fromEntries(s.headline.map((h) => [h.key, h.text]));
    expect(text.cost).toBe(formatMoney(s.estimate.cost.total, 'EUR'));
    expect(text.time).toBe(formatDuration(s.estimate.wallClockHours));
    expect(text.energy).toBe(formatEnergy(s.estimate.energyKWh));
    expect(s.headline.every((h) => h.range === undefined)).toBe(true);
  });

  it('lists the catalog sources the scenarios rely on, with dates', () => {
    const { model } = build();
    expect(model.sources.some((r) => r.kind === 'GPU' && r.figure.includes('A100'))).toBe(true);
    expect(model.sources.some((r) => r.kind === 'Region' && r.figure === 'Germany')).toBe(true);
    expect(model.sources.every((r) => r.source.length > 0 && r.date.length >= 4)).toBe(true);
  });
});

describe('formatting', () => {
  it('groups thousands, uses a real minus and superscript exponents', () => {
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(-5, 0)).toBe('−5');
    expect(formatMoney(2410628, 'EUR')).toBe('€2,410,628');
    expect(formatMoney(12.5, 'CHF', 2)).toBe('CHF 12.50');
    expect(formatScientific(3.15e23)).toBe('3.15 × 10²³');
  });
});

describe('chart configurations', () => {
  const { model } = build();
  const estimates = model.scenarios.map((s) => s.estimate);

  it('stacks memory components beside the usable capacity, in GB', () => {
    const config = memoryChart(estimates);
    const weights = config.data.datasets.find((d) => d.label === 'Weights')!;
    expect(weights.data[0]).toBeCloseTo(estimates[0]!.memoryPerGpuBytes.weights / 1e9, 9);
    const capacity = config.data.datasets.find((d) => d.label === 'Usable capacity')!;
    expect(capacity.stack).not.toBe(weights.stack);
  });

  it('switches the value axis to a log scale on request, starting below the smallest value', () => {
    const linear = comparisonChart(estimates, 'cost');
    const log = comparisonChart(estimates, 'cost', { logScale: true });
    expect((linear.options!.scales!.y as { type: string }).type).toBe('linear');
    const axis = log.options!.scales!.y as { type: string; min: number };
    expect(axis.type).toBe('logarithmic');
    expect(axis.min).toBeLessThanOrEqual(Math.min(...estimates.map((e) => e.cost.total)));
  });

  it('puts cost and energy on two axes', () => {
    const config = costEnergyChart(estimates);
    expect(config.data.datasets.map((d) => d.yAxisID)).toEqual(['cost', 'energy']);
    expect(config.data.datasets[1]!.data[0]).toBeCloseTo(estimates[0]!.energyKWh / 1e3, 9);
  });
});
