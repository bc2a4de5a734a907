import { describe, expect, it } from 'vitest';
import { PFS_DAY_FLOPS } from '../../shared/engine/compute';
import { estimate, llama2, relativeError } from './fixtures';

describe('GPT-3 training compute (Brown et al. 2020, Table D.1): 6·N·D with D = 300B', () => {
  const table: [string, number, number, number][] = [
    ['Small', 125e6, 2.6, 2.25e20],
    ['Medium', 356e6, 7.42, 6.41e20],
    ['Large', 760e6, 15.8, 1.37e21],
    ['XL', 1.32e9, 27.5, 2.38e21],
    ['2.7B', 2.65e9, 55.2, 4.77e21],
    ['6.7B', 6.66e9, 139, 1.2e22],
    ['13B', 12.85e9, 268, 2.31e22],
    ['175B', 174.6e9, 3640, 3.14e23],
  ];
  it.each(table)('GPT-3 %s', (_name, parameters, pfsDays, flops) => {
    const e = estimate({
      model: { parameters },
      training: { tokens: 300e9 },
      hardware: { gpu: 'v100-32gb', gpuCount: 1024 },
      pricing: { pricePerGpuHour: 1 },
    });
    expect(relativeError(e.trainingFlops, flops)).toBeLessThan(0.01);
    expect(relativeError(e.trainingFlops / PFS_DAY_FLOPS, pfsDays)).toBeLessThan(0.02);
  });
});

describe('Llama 2 (Touvron et al. 2023, Table 2): A100-80GB, 2T tokens, default MFU', () => {
  const rows = [
    ['7B', 184_320, 400, 31.22],
    ['13B', 368_640, 400, 62.44],
    ['70B', 1_720_320, 400, 291.42],
  ] as const;
  it.each(rows)('%s: GPU-hours and tCO2e within 15%', (size, gpuHours, watts, tCo2e) => {
    const e = estimate({
      model: { architecture: llama2[size] },
      training: { tokens: 2e12, seqLength: 4096, zeroStage: 1, tensorParallel: size === '70B' ? 8 : 1 },
      hardware: { gpu: 'a100-80gb', gpuCount: 2048 },
      // The published emissions count GPU power only, no PUE; intensity implied by the table.
      energy: { gpuPowerW: watts, serverOverheadWPerGpu: 0, pue: 1, carbonIntensityKgPerKWh: 0.4235 },
      pricing: { pricePerGpuHour: 1 },
    });
    expect(relativeError(e.gpuHours, gpuHours)).toBeLessThan(0.15);
    expect(relativeError(e.co2eKg / 1000, tCo2e)).toBeLessThan(0.15);
  });
});
