import { describe, expect, it } from 'vitest';
import { resolveCatalog } from '../../shared/catalog/index';
import { estimateScenario } from '../../shared/engine/estimate';
import { scenarioSchema } from '../../shared/schema/scenario';
import { estimateUncertainty } from '../../shared/uncertainty/index';
import { tornadoChartConfig, tornadoRowLabel } from '../../shared/report/tornado-chart';

const scenario = scenarioSchema.parse({
  id: 'a',
  name: 'A',
  model: { parameters: 7e9 },
  training: { tokens: 1e12 },
  hardware: { gpuCount: 64 },
});
const catalog = resolveCatalog(undefined);
const result = estimateUncertainty(scenario, estimateScenario(scenario, catalog), catalog);

describe('tornadoChartConfig', () => {
  it('draws floating bars from the point value to each end, widest swing first', () => {
    const config = tornadoChartConfig(result.tornado, 'cost', { currency: 'USD' });
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    const [low, high] = config.data.datasets;
    const base = result.tornado.base.cost;
    const moving = result.tornado.bars.cost.filter((b) => b.swing > 0);
    expect(config.data.labels).toEqual(moving.map(tornadoRowLabel));
    expect(low!.data).toEqual(moving.map((b) => [base, b.outputAtLow]));
    expect(high!.data).toEqual(moving.map((b) => [base, b.outputAtHigh]));
    const swings = (low!.data as [number, number][]).map(([, l], i) =>
      Math.abs((high!.data as [number, number][])[i]![1] - l),
    );
    expect(swings).toEqual(swings.slice().sort((a, b) => b - a));
    expect(JSON.stringify(config.options?.scales?.x)).toContain('Cost (USD)');
  });

  it('leaves out inputs that do not move the output unless asked, and keeps the widest with maxBars', () => {
    // GPU-hours do not depend on price, PUE, power, grid or exchange rate.
    const gpuHours = tornadoChartConfig(result.tornado, 'gpuHours');
    expect(gpuHours.data.labels?.map(String).map((l) => l.split(' (')[0])).toEqual(
      expect.arrayContaining(['MFU', 'Training tokens', 'Failures and restarts']),
    );
    expect(gpuHours.data.labels).toHaveLength(3);
    expect(tornadoChartConfig(result.tornado, 'gpuHours', { includeFlat: true }).data.labels).toHaveLength(8);
    expect(tornadoChartConfig(result.tornado, 'cost', { maxBars: 2 }).data.labels).toHaveLength(2);
    expect(gpuHours.options?.plugins?.title).toMatchObject({ text: 'What moves GPU-hours most' });
  });

  it('labels each row with the input range in its unit', () => {
    expect(tornadoRowLabel({ input: 'mfu', inputLow: 0.7, inputHigh: 1.2 })).toBe('MFU (0.7×–1.2×)');
    expect(tornadoRowLabel({ input: 'restartOverhead', inputLow: 0, inputHigh: 0.1 })).toBe(
      'Failures and restarts (0%–10%)',
    );
  });
});
