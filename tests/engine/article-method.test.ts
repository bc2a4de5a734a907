import { describe, expect, it } from 'vitest';
import { PFS_DAY_FLOPS } from '../../shared/engine/compute';
import { estimate, relativeError } from './fixtures';

/** Tokens that make 6·N·D equal the article's 3,700 PF/s-days for 175B parameters. */
const gpt35Tokens = (3700 * PFS_DAY_FLOPS) / (6 * 175e9);
const step = (e: ReturnType<typeof estimate>, id: string) => e.steps.find((s) => s.id === id)?.value;

describe("the source article's method (GPT-3.5, 175B on V100 32GB, Azure West Europe)", () => {
  const e = estimate({
    method: 'article',
    model: { parameters: 175e9 },
    training: { tokens: gpt35Tokens },
    hardware: { gpu: 'v100-32gb', gpuCount: 164 },
    pricing: { currency: 'EUR', priceId: 'azure-nc-v100-westeurope' },
  });
  it('4,200 GB of training memory (24 bytes per parameter)', () =>
    expect(step(e, 'article-memory')).toBeCloseTo(4200e9, -3));
  it('140 GPUs by memory at 30 GB usable each; 164 as the article adjusts', () => {
    expect(step(e, 'article-gpus-by-memory')).toBe(140);
    expect(e.gpuCount).toBe(164);
    expect(e.warnings.some((w) => w.includes('memory rule gives 140'))).toBe(true);
  });
  it('3,700 PF/s-days → 29,600 GPU-days → 180.5 days', () => {
    expect(step(e, 'article-pfs-days')).toBeCloseTo(3700, 6);
    expect(step(e, 'article-gpu-days')).toBeCloseTo(29_600, 6);
    expect(e.wallClockHours / 24).toBeCloseTo(180.49, 2);
  });
  it('164 × 500 W = 82 kW; 355,224 kWh (the article rounds the days to 180.5)', () => {
    expect(e.facilityPowerKW).toBeCloseTo(82, 9);
    expect(relativeError(e.energyKWh, 355_224)).toBeLessThan(1e-4);
  });
  it('164 × €3.3926 = €556.39 per hour; ≈ €2.41 million in total', () => {
    expect(e.cost.pricePerGpuHour * 164).toBeCloseTo(556.39, 2);
    expect(e.cost.currency).toBe('EUR');
    expect(e.cost.total / 1e6).toBeCloseTo(2.41, 2);
  });
  it('the standard method on the same run is slower: realistic MFU instead of 100% of peak', () => {
    const standard = estimate({
      model: { parameters: 175e9 },
      training: { tokens: gpt35Tokens, zeroStage: 3 },
      hardware: { gpu: 'v100-32gb', gpuCount: 164 },
      pricing: { currency: 'EUR', priceId: 'azure-nc-v100-westeurope' },
    });
    expect(standard.wallClockHours / e.wallClockHours).toBeCloseTo(1 / 0.3, 1);
  });
});

describe('the article method on GPT-3.5 Turbo and Llama 2 7B', () => {
  const run = (parameters: number) =>
    estimate({
      method: 'article',
      model: { parameters },
      training: { tokens: gpt35Tokens },
      hardware: { gpu: 'v100-32gb' },
      pricing: { currency: 'EUR' },
    });
  it('GPU counts follow the memory rule: 480 GB → 16, 168 GB → 6', () => {
    expect(run(20e9).gpuCount).toBe(16);
    expect(run(7e9).gpuCount).toBe(6);
  });
  it("its own method gives far longer runs than the article's 20.6 and 7.2 days (which scale GPT-3.5's days by parameters)", () => {
    expect(run(20e9).wallClockHours / 24).toBeGreaterThan(20.6 * 5);
    expect(run(7e9).wallClockHours / 24).toBeGreaterThan(7.2 * 5);
  });
});
