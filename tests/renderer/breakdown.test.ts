import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog';
import { estimateInput } from '../../shared/engine/estimate';
import { breakdownGroups } from '../../src-renderer/results/breakdown';

describe('results breakdown', () => {
  it('shows the serving figures of an inference estimate', () => {
    const e = estimateInput(
      { id: 's', name: 'serve', workload: 'inference', model: { parameters: 7e9 } },
      defaultCatalog,
    );
    const ids = breakdownGroups(e).flatMap((g) => g.steps.map((s) => s.id));
    expect(ids).toEqual(
      expect.arrayContaining([
        'time-to-first-token',
        'time-per-output-token',
        'decode-throughput',
        'replicas',
        'cost-per-million-tokens',
        'energy-per-million-tokens',
      ]),
    );
  });

  it('leaves out figures a training estimate does not have, and zero cost parts', () => {
    const e = estimateInput(
      { id: 't', name: 'train', model: { parameters: 7e9 }, training: { tokens: 1e9 } },
      defaultCatalog,
    );
    const ids = breakdownGroups(e).flatMap((g) => g.steps.map((s) => s.id));
    expect(ids).not.toContain('time-to-first-token');
    expect(ids).toEqual(
      expect.arrayContaining(['training-flops', 'mfu', 'price-per-gpu-hour', 'gpu-power', 'co2e-operational']),
    );
  });
});
