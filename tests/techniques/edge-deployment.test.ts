import { describe, expect, it } from 'vitest';
import { edgeDeployment, edgeFits, runTechnique } from '../../shared/engine/techniques';
import { catalog, serving70b, serving7b } from './fixtures';
import { run } from './fixtures';

const edgeIds = catalog.gpus.filter((g) => g.edge === true).map((g) => g.id);

describe('edge deployment', () => {
  it('a 7B model at INT4 fits on every edge GPU; headroom = usable − weights − KV − overhead', () => {
    const fits = edgeFits(serving7b(), catalog, { precision: 'int4', batchSize: 1 });
    expect(fits.map((f) => f.gpu.id)).toEqual(edgeIds);
    for (const f of fits) {
      expect(f.fits).toBe(true);
      expect(f.usableBytes).toBeCloseTo(f.gpu.memoryBytes * 0.9, 0);
      expect(f.headroomBytes).toBeCloseTo(f.usableBytes - f.requiredBytes, 0);
      // 6.7e9 × 0.5 B of weights + 2 GB framework overhead + a small KV cache.
      expect(f.requiredBytes).toBeGreaterThan(6.7e9 * 0.5 + 2e9);
      expect(f.requiredBytes).toBeLessThan(6.7e9 * 0.5 + 3e9);
    }
  });

  it('a 7B model in BF16 does not fit a 16 GB T4 but does fit a 24 GB L4', () => {
    const fits = edgeFits(serving7b(), catalog, { precision: 'bf16', batchSize: 1 });
    expect(fits.find((f) => f.gpu.id === 't4')?.fits).toBe(false);
    expect(fits.find((f) => f.gpu.id === 'l4')?.fits).toBe(true);
  });

  it('moves the scenario to the lowest-power edge GPU that fits and lists every device', () => {
    const r = run(edgeDeployment, serving7b());
    const chosen = catalog.gpus.find((g) => g.id === r.result.scenario.hardware.gpu)!;
    expect(chosen.edge).toBe(true);
    const fitting = edgeFits(serving7b(), catalog)
      .filter((f) => f.fits)
      .map((f) => f.gpu.tdpW);
    expect(chosen.tdpW).toBe(Math.min(...fitting));
    expect(r.result.details).toHaveLength(edgeIds.length);
    expect(r.comparison.after.inference!.gpusPerReplica).toBe(1);
    expect(r.comparison.savings.memoryPerGpuBytes.saved).toBeGreaterThan(0);
  });

  it('refuses a 70B model: it fits no edge GPU even at INT4', () => {
    const a = edgeDeployment.applicable(serving70b(), catalog);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.reason).toMatch(/even at INT4/);
  });

  it('names a GPU that is not an edge device', () => {
    const r = runTechnique(edgeDeployment, serving7b(), { gpu: 'h100-sxm' }, catalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/options\.gpu: "h100-sxm" is not an edge GPU/);
  });
});
