import { describe, expect, it } from 'vitest';
import { cloudMigration, runTechnique } from '../../shared/engine/techniques';
import { catalog, run, scenario, serving7b } from './fixtures';

const onPrem = () =>
  scenario({
    name: '7B fine-tuning on owned H100s',
    workload: 'fine-tuning',
    model: { parameters: 7e9 },
    training: { tokens: 1e9 },
    hardware: { gpu: 'h100-sxm' },
    energy: { pue: 2 },
    pricing: { mode: 'on-prem' },
  });

describe('cloud-based AI services', () => {
  it('moves an on-premises run to the cheapest cloud price at hyperscale PUE: same GPU-hours, less energy', () => {
    const r = run(cloudMigration, onPrem());
    const { before, after } = r.comparison;
    expect(r.result.scenario.pricing.mode).toBe('cloud');
    expect(after.gpuHours).toBe(before.gpuHours);
    expect(after.energyKWh / before.energyKWh).toBeCloseTo(1.1 / 2, 9);
    const cheapest = Math.min(
      ...catalog.prices.filter((p) => p.gpu === 'h100-sxm' && p.currency === 'USD').map((p) => p.pricePerGpuHour),
    );
    expect(after.cost.total).toBeCloseTo(after.gpuHours * cheapest, 6);
  });

  it('uses a named price for the GPU and names a wrong one', () => {
    const r = run(cloudMigration, onPrem(), { priceId: 'aws-p5-h100-on-demand' });
    expect(r.result.scenario.pricing.priceId).toBe('aws-p5-h100-on-demand');
    const bad = runTechnique(cloudMigration, onPrem(), { priceId: 'aws-g4dn-t4-on-demand' }, catalog);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.reason).toMatch(/options\.priceId: "aws-g4dn-t4-on-demand" is not a catalog price for h100-sxm/);
  });

  it('refuses scenarios already in the cloud', () => {
    const a = cloudMigration.applicable(serving7b(), catalog);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.reason).toMatch(/already costed at cloud prices/);
  });
});
