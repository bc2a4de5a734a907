// The search scatter config (shared with the PDF): points, frontier, trade-off line, axes, filters.
import { describe, expect, it } from 'vitest';
import { searchLogTickLabel, searchScatterChartConfig, twoAxisFront } from '../../shared/report/search-chart';
import { runSearch } from '../../shared/search';
import { defaultCatalog } from '../../shared/catalog';
import { interactiveScatter } from '../../src-renderer/search/chart-interaction';
import type { ActiveElement, Chart, TooltipItem } from 'chart.js';

const result = runSearch(
  {
    goal: { kind: 'parameters', parameters: 1e9, tolerance: 0.5 },
    space: {
      layers: [12, 16, 24],
      hidden: [1024, 2048],
      heads: [16],
      queryHeadsPerKvHead: [1],
      gpus: ['h100-sxm', 'a100-80gb'],
      regions: ['us', 'france'],
      precision: ['mixed-bf16'],
      zeroStage: [1],
      recompute: ['none'],
      microBatch: [1],
      tensorParallel: [1],
      pipelineParallel: [1],
      gpuCount: [8, 16, 32],
    },
  },
  defaultCatalog,
  { scatterSize: 1000 },
);

type P = { x: number; y: number; id: number };
const dataOf = (config: ReturnType<typeof searchScatterChartConfig>, i: number) => config.data.datasets[i]!.data as P[];

describe('searchScatterChartConfig', () => {
  it('plots sampled plans apart from the frontier, which is highlighted, in report units', () => {
    const config = searchScatterChartConfig(result, { currency: 'EUR' });
    expect(config.type).toBe('scatter');
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Candidates (sample)',
      'Pareto frontier',
      'Best trade-off: loss vs cost',
    ]);
    const frontierIds = new Set(result.frontier.map((c) => c.id));
    expect(
      dataOf(config, 1)
        .map((p) => p.id)
        .sort(),
    ).toEqual([...frontierIds].sort());
    expect(dataOf(config, 0).some((p) => frontierIds.has(p.id))).toBe(false);
    expect(dataOf(config, 0).length + dataOf(config, 1).length).toBeGreaterThanOrEqual(result.scatter.length);
    const first = result.frontier[0]!;
    expect(dataOf(config, 1).find((p) => p.id === first.id)).toEqual({ x: first.cost, y: first.loss, id: first.id });
    const scales = config.options!.scales as Record<string, { type: string; title: { text: string } }>;
    expect(scales.x!.title.text).toBe('Cost (EUR)');
    expect(scales.y!.title.text).toBe('Predicted loss (nats/token)');
    expect(scales.x!.type).toBe('linear');
  });

  it('switches axes, units and log scales', () => {
    const config = searchScatterChartConfig(result, { x: 'time', y: 'co2', logX: true, logY: true });
    const scales = config.options!.scales as Record<string, { type: string; title: { text: string } }>;
    expect([scales.x!.type, scales.y!.type]).toEqual(['logarithmic', 'logarithmic']);
    expect(scales.x!.title.text).toBe('Wall-clock time (days)');
    const c = result.frontier[0]!;
    expect(dataOf(config, 1).find((p) => p.id === c.id)).toEqual({
      x: c.wallClockHours / 24,
      y: c.co2eKg / 1e3,
      id: c.id,
    });
    const energy = searchScatterChartConfig(result, { x: 'energy' });
    expect(dataOf(energy, 1).find((p) => p.id === c.id)?.x).toBeCloseTo(c.energyKWh / 1e3, 9);
  });

  it('draws the two-axis trade-off through frontier points no other beats on both axes', () => {
    const config = searchScatterChartConfig(result, { x: 'cost', y: 'loss' });
    const line = dataOf(config, 2);
    const frontier = dataOf(config, 1);
    expect(line.length).toBeGreaterThan(0);
    for (const p of line)
      expect(frontier.some((q) => (q.x < p.x && q.y <= p.y) || (q.x <= p.x && q.y < p.y))).toBe(false);
    for (let i = 1; i < line.length; i++) {
      expect(line[i]!.x).toBeGreaterThan(line[i - 1]!.x);
      expect(line[i]!.y).toBeLessThan(line[i - 1]!.y);
    }
    expect(
      twoAxisFront([
        { x: 1, y: 5, id: 1 },
        { x: 2, y: 6, id: 2 },
        { x: 3, y: 1, id: 3 },
        { x: 1, y: 7, id: 4 },
      ]).map((p) => p.id),
    ).toEqual([1, 3]);
  });

  it('filters plans and marks the selected one', () => {
    const onlyA100 = searchScatterChartConfig(result, { include: (c) => c.gpu === 'a100-80gb' });
    const byId = new Map([...result.scatter, ...result.frontier].map((c) => [c.id, c]));
    for (const i of [0, 1]) for (const p of dataOf(onlyA100, i)) expect(byId.get(p.id)?.gpu).toBe('a100-80gb');
    const chosen = result.frontier[1] ?? result.frontier[0]!;
    const selected = searchScatterChartConfig(result, { selectedId: chosen.id });
    expect(selected.data.datasets[3]?.label).toBe('Selected plan');
    expect(dataOf(selected, 3)).toEqual([{ x: chosen.cost, y: chosen.loss, id: chosen.id }]);
    expect(searchScatterChartConfig(result, { selectedId: -1 }).data.datasets).toHaveLength(3);
  });

  it('labels log axes at 1, 2, 3 and 5 × 10ⁿ only', () => {
    expect([200_000, 300_000, 400_000, 500_000, 1e6].map(searchLogTickLabel)).toEqual([
      '200,000',
      '300,000',
      '',
      '500,000',
      '1,000,000',
    ]);
    expect(searchLogTickLabel(0.002)).toBe('0.002');
  });

  it('leaves out what a log axis cannot show, and copes with an empty result', () => {
    const zeroCo2 = result.frontier.map((c, i) => (i === 0 ? { ...c, co2eKg: 0 } : c));
    const config = searchScatterChartConfig({ scatter: [], frontier: zeroCo2 }, { y: 'co2', logY: true });
    expect(dataOf(config, 1).some((p) => p.id === zeroCo2[0]!.id)).toBe(false);
    const empty = searchScatterChartConfig({ scatter: [], frontier: [] });
    expect(empty.data.datasets.map((d) => d.data.length)).toEqual([0, 0, 0]);
  });

  it('on screen, a click selects the plan under the pointer and the tooltip names it', () => {
    const base = searchScatterChartConfig(result);
    const selected: number[] = [];
    const plans = new Map([...result.scatter, ...result.frontier].map((c) => [c.id, c]));
    const config = interactiveScatter(
      base,
      () => plans,
      (id) => selected.push(id),
    );
    const chart = { data: config.data } as unknown as Chart;
    const point = dataOf(config, 1)[0]!;
    config.options!.onClick!({} as never, [{ datasetIndex: 1, index: 0 } as ActiveElement], chart);
    config.options!.onClick!({} as never, [], chart);
    expect(selected).toEqual([point.id]);
    const label = config.options!.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'scatter'>) => string;
    const c = plans.get(point.id)!;
    expect(label({ raw: point, formattedValue: '?' } as TooltipItem<'scatter'>)).toBe(
      `${c.gpuCount} × ${c.gpu}, ${c.region}: ${c.architecture.layers} × ${c.architecture.hidden}, ${c.architecture.heads} heads`,
    );
    expect(config.options!.scales).toEqual(base.options!.scales); // the shared part is untouched
  });
});
