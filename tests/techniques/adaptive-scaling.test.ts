import { describe, expect, it } from 'vitest';
import { estimateScenario } from '../../shared/engine/estimate';
import { adaptiveScaling } from '../../shared/engine/techniques';
import { catalog, pretraining7b, run, serving70b } from './fixtures';

describe('adaptive model scaling', () => {
  it('the blended cost is the large model at its share plus the small model at the rest, both engine estimates', () => {
    const s = { ...serving70b(), inference: { ...serving70b().inference, requestsPerSecond: 50 } };
    const r = run(adaptiveScaling, s, { smallShare: 0.7, smallParameters: 7e9 });
    expect(r.result.scenario.inference.requestsPerSecond).toBeCloseTo(15, 9);
    const small = r.result.extraRuns[0]!;
    expect(small.kind).toBe('concurrent');
    expect(small.scenario.inference.requestsPerSecond).toBeCloseTo(35, 9);
    const direct = estimateScenario(small.scenario, catalog);
    const { before, after, savings } = r.comparison;
    expect(savings.cost.after).toBeCloseTo(after.cost.total + direct.cost.total, 6);
    expect(savings.gpuHours.after).toBeCloseTo(after.gpuHours + direct.gpuHours, 6);
    // Concurrent runs share the period: wall-clock is not added.
    expect(savings.wallClockHours.after).toBe(after.wallClockHours);
    expect(savings.cost.saved).toBeCloseTo(before.cost.total - after.cost.total - direct.cost.total, 6);
    expect(savings.cost.saved).toBeGreaterThan(0);
  });

  it('refuses training scenarios with a reason', () => {
    const a = adaptiveScaling.applicable(pretraining7b(), catalog);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.reason).toMatch(/inference scenario/);
  });
});
