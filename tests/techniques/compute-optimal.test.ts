import { describe, expect, it } from 'vitest';
import { budgetForLoss, computeOptimal, optimalPlanFor } from '../../shared/engine/techniques';
import { computeOptimalPlan, hoffmannFit, predictedLoss } from '../../shared/engine/scaling-laws';
import { catalog, gpt3, run, scenario, serving7b } from './fixtures';

describe('compute-optimal sizing', () => {
  it('GPT-3 (175B on 300B tokens) reaches its predicted loss with a smaller model on more tokens and less compute', () => {
    const s = gpt3();
    const r = run(computeOptimal, s, { goal: 'same-loss', rule: 'hoffmann' });
    const n = r.comparison.before.parameters.total;
    const lossBefore = predictedLoss(n, 300e9);
    const m = r.result.scenario;
    expect(m.model.parameters).toBeLessThan(n);
    expect(m.training.tokens!).toBeGreaterThan(300e9);
    expect(predictedLoss(m.model.parameters!, m.training.tokens!)).toBeCloseTo(lossBefore, 4);
    expect(r.comparison.after.trainingFlops).toBeLessThan(r.comparison.before.trainingFlops);
    expect(r.comparison.savings.gpuHours.saved).toBeGreaterThan(0);
    expect(r.result.details.map((d) => d.label)).toContain('Predicted loss after');
  });

  it('same compute: the Hoffmann optimum for 6·N·D and a lower predicted loss', () => {
    const s = gpt3();
    const r = run(computeOptimal, s, { goal: 'same-compute' });
    const c = 6 * r.comparison.before.parameters.total * 300e9;
    const plan = computeOptimalPlan(c);
    expect(r.result.scenario.model.parameters).toBeCloseTo(Math.round(plan.parameters), 0);
    expect((6 * r.result.scenario.model.parameters! * r.result.scenario.training.tokens!) / c).toBeCloseTo(1, 6);
    expect(plan.loss).toBeLessThan(predictedLoss(r.comparison.before.parameters.total, 300e9));
  });

  it('the 20-tokens rule gives D = 20·N', () => {
    const plan = optimalPlanFor(6 * 70e9 * 1.4e12, 'twenty-tokens');
    expect(plan.parameters).toBeCloseTo(70e9, -3);
    expect(plan.tokens / plan.parameters).toBeCloseTo(20, 9);
    const r = run(computeOptimal, scenario({ model: { parameters: 1e9 }, training: { tokens: 1e11 } }), {
      goal: 'same-compute',
      rule: 'twenty-tokens',
    });
    expect(r.result.scenario.training.tokens! / r.result.scenario.model.parameters!).toBeCloseTo(20, 3);
  });

  it('budgetForLoss inverts the optimal loss', () => {
    const target = predictedLoss(1e10, 1e11);
    const c = budgetForLoss(target, 6e21, 'hoffmann');
    const p = computeOptimalPlan(c, hoffmannFit);
    expect(p.loss).toBeCloseTo(target, 6);
  });

  it('refuses serving and mixture-of-experts scenarios with a reason', () => {
    expect(computeOptimal.applicable(serving7b(), catalog).ok).toBe(false);
    const moe = scenario({
      model: { architecture: { layers: 32, hidden: 4096, heads: 32, experts: 8, expertsTopK: 2 } },
    });
    const a = computeOptimal.applicable(moe, catalog);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.reason).toMatch(/mixture-of-experts/);
  });
});
