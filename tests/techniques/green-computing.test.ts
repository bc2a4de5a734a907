import { describe, expect, it } from 'vitest';
import { greenComputing, runTechnique } from '../../shared/engine/techniques';
import { catalog, pretraining7b, run, scenario } from './fixtures';

const region = (id: string) => catalog.regions.find((r) => r.id === id)!;

describe('green computing', () => {
  it('a greener region cuts CO2 by the ratio of intensities and leaves time and GPU-hours alone', () => {
    const s = { ...pretraining7b(), energy: { ...pretraining7b().energy, region: 'germany' } };
    const r = run(greenComputing, s, { region: 'sweden', pue: s.energy.pue });
    const { before, after } = r.comparison;
    expect(after.co2eKg / before.co2eKg).toBeCloseTo(
      region('sweden').carbonIntensityKgPerKWh / region('germany').carbonIntensityKgPerKWh,
      9,
    );
    expect(after.gpuHours).toBe(before.gpuHours);
    expect(after.energyKWh).toBe(before.energyKWh);
    expect(r.result.scenario.energy.region).toBe('sweden');
  });

  it('a lower PUE cuts energy by the PUE ratio; a renewable share cuts CO2 by its complement', () => {
    const s = pretraining7b();
    const r = run(greenComputing, s, { pue: 1.1, renewableShare: 0.5 });
    expect(r.comparison.after.energyKWh / r.comparison.before.energyKWh).toBeCloseTo(1.1 / 1.2, 9);
    expect(r.comparison.after.co2eKg / r.comparison.before.co2eKg).toBeCloseTo((1.1 / 1.2) * 0.5, 9);
  });

  it("replaces a scenario's own intensity when a region is chosen", () => {
    const s = scenario({ model: { parameters: 1e9 }, energy: { carbonIntensityKgPerKWh: 0.5 } });
    const r = run(greenComputing, s, { region: 'france' });
    expect(r.result.scenario.energy.carbonIntensityKgPerKWh).toBeUndefined();
    expect(r.comparison.after.carbonIntensityKgPerKWh).toBe(region('france').carbonIntensityKgPerKWh);
  });

  it('keeps a PUE that is already better than the default', () => {
    const s = scenario({ model: { parameters: 1e9 }, energy: { pue: 1.05 } });
    const r = run(greenComputing, s);
    expect(r.result.scenario.energy.pue).toBe(1.05);
    expect(r.result.summary).toMatch(/No change/);
  });

  it('names an unknown region', () => {
    const r = runTechnique(greenComputing, pretraining7b(), { region: 'atlantis' }, catalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/energy\.region: unknown region "atlantis"/);
  });
});
