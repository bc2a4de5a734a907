// Techniques stack: each result is a valid scenario that the next one can take.
import { describe, expect, it } from 'vitest';
import { edgeDeployment, greenComputing, petl, quantization } from '../../shared/engine/techniques';
import { fullFineTune7b, run, serving7b } from './fixtures';

describe('chaining techniques', () => {
  it('PETL then green computing keeps both changes and both history entries', () => {
    const first = run(petl, fullFineTune7b(), { method: 'qlora' }).result.scenario;
    const second = run(greenComputing, first, { region: 'france' }).result.scenario;
    expect(second.fineTuning.method).toBe('qlora');
    expect(second.energy.region).toBe('france');
    expect(second.techniques.map((t) => t.id)).toEqual(['petl', 'green-computing']);
  });

  it('quantization then edge deployment at the same precision', () => {
    const q = run(quantization, serving7b(), { precision: 'int8' }).result.scenario;
    const e = run(edgeDeployment, q, { precision: 'int8' });
    expect(e.comparison.before.memoryPerGpuBytes.weights).toBeCloseTo(e.comparison.after.memoryPerGpuBytes.weights, 0);
    expect(e.result.scenario.techniques.map((t) => t.id)).toEqual(['quantization', 'edge-deployment']);
  });
});
