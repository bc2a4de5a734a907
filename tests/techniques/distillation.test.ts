import { describe, expect, it } from 'vitest';
import { estimateScenario } from '../../shared/engine/estimate';
import { distillation, runTechnique } from '../../shared/engine/techniques';
import { catalog, fullFineTune7b, gpt3, run, serving70b } from './fixtures';

describe('distillation', () => {
  it('serving: a 10× smaller student serves the same traffic; labelling and student training are one-off runs', () => {
    const s = serving70b();
    const r = run(distillation, s, { studentParameters: 7e9, tokens: 1e11 });
    const { before, after, extras } = r.comparison;
    expect(r.result.scenario.model.parameters).toBe(7e9);
    expect(r.result.scenario.inference.requestsPerSecond).toBe(s.inference.requestsPerSecond);
    expect(extras.map((x) => x.kind)).toEqual(['one-off', 'one-off']);
    // The labelling run: one forward pass over the tokens (2·N·D FLOPs, prefill of seq-length requests).
    const labelling = extras[0]!.estimate;
    expect(labelling.tokens).toBeCloseTo(1e11, -3);
    expect(labelling.trainingFlops / (2 * before.parameters.total * 1e11)).toBeCloseTo(1, 6);
    // The student's training on the same tokens: 6·N·D.
    expect(extras[1]!.estimate.trainingFlops).toBeCloseTo(6 * 7e9 * 1e11, -10);
    expect(r.comparison.savings.cost.saved).toBeGreaterThan(0);
    const oneOff = extras.reduce((sum, x) => sum + x.estimate.cost.total, 0);
    expect(r.comparison.savingsIncludingOneOff.cost.saved).toBeCloseTo(r.comparison.savings.cost.saved - oneOff, 3);
    expect(r.comparison.paybackHours).toBeCloseTo(oneOff / (r.comparison.savings.cost.saved / after.wallClockHours), 6);
  });

  it('labelling is billed for busy replica-hours, not a whole idle window', () => {
    const r = run(distillation, fullFineTune7b(), { studentShare: 0.1, oneOffHours: 168 });
    const labelling = r.comparison.extras[0]!.estimate;
    expect(labelling.wallClockHours).toBeLessThan(168);
    // At most one replica's rounding away from the pure compute time: 2·N·D ÷ (peak × MFU).
    const h100 = catalog.gpus.find((g) => g.id === 'h100-sxm')!;
    const computeHours =
      (2 * r.comparison.before.parameters.total * 1e8) / (h100.peakFlops.bf16! * h100.defaultMfu) / 3600;
    expect(labelling.gpuHours).toBeGreaterThanOrEqual(computeHours * 0.999);
    expect(labelling.gpuHours).toBeLessThan(computeHours * 1.5);
  });

  it('pretraining: the student trains on 20 tokens per parameter by default; only labelling is one-off', () => {
    const r = run(distillation, gpt3());
    const student = r.result.scenario;
    const studentParameters = Math.round(r.comparison.before.parameters.total * 0.1);
    expect(student.model.parameters).toBe(studentParameters);
    expect(student.training.tokens).toBe(20 * studentParameters);
    expect(r.comparison.extras).toHaveLength(1);
    expect(estimateScenario(student, catalog).parameters.total).toBe(studentParameters);
  });

  it('rejects a student that is not smaller than the teacher, naming the option', () => {
    const r = runTechnique(distillation, serving70b(), { studentParameters: 1e12 }, catalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/options\.studentParameters: the student .* must be smaller/);
  });
});
