// Search form: defaults from the scenario, text → spec with the schema's messages per field,
// list parsing, table sorting and binding text, and the NAS campaign comparison.
import { describe, expect, it } from 'vitest';
import { formFromScenario, formFromSpec } from '../../src-renderer/search/search-form';
import { fieldOfIssue, formToSpec, spaceSize } from '../../src-renderer/search/form-to-spec';
import { parseNumberList } from '../../src-renderer/search/axis-list';
import { bindingText, matchesFilter, sortCandidates } from '../../src-renderer/search/candidate-rows';
import { checkCampaign, compareCampaigns, defaultCampaignInputs } from '../../src-renderer/search/campaign-rows';
import { chinchillaText, coverageText, rejectedRows } from '../../src-renderer/search/result-summary';
import { runSearch, searchSpecSchema } from '../../shared/search';
import { defaultCatalog } from '../../shared/catalog';
import { scenarioSchema } from '../../shared/schema/scenario';
import { estimateFor } from './fake-bridge';

const scenario = scenarioSchema.parse({
  id: 's',
  name: 'S',
  model: { parameters: 7e9 },
  training: { precision: 'fp8', seqLength: 4096 },
  hardware: { gpu: 'h200', deadlineHours: 720 },
  energy: { region: 'france', pue: 1.3 },
  pricing: { currency: 'EUR' },
});

describe('search form', () => {
  it('starts from the scenario: its GPU, region, precision, sequence length, deadline and data-centre settings', () => {
    const form = formFromScenario(scenario, { parameters: 6.7e9, tokens: 6.7e9 * 30 });
    expect(form.goalKind).toBe('parameters');
    expect(form.goalValue).toBe('6.7B');
    expect(form.choices).toMatchObject({ gpus: ['h200'], regions: ['france'], precision: ['fp8'] });
    expect(form.numbers.seqLength).toBe('4096');
    expect(form.numbers.tokensPerParameter).toBe('30'); // trains like the scenario
    expect(form.numbers.hidden).toBe('1024, 2048, 3072, 4096, 5120, 6144, 8192');
    expect(form.limits.deadlineHours).toBe('720');
    expect(form.base).toMatchObject({ energy: { pue: 1.3 }, pricing: { currency: 'EUR' } });
    const check = formToSpec(form);
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(searchSpecSchema.parse(check.spec).limits.deadlineHours).toBe(720);
      expect(JSON.parse(JSON.stringify(check.spec))).toEqual(check.spec); // storable as JSON
    }
  });

  it('names the field at fault, with the parser or the schema message', () => {
    const form = formFromScenario(scenario, { parameters: 7e9 });
    form.numbers.layers = '12, x';
    form.numbers.heads = '16, 0';
    form.limits.maxCost = '-5';
    form.choices.gpus = [];
    form.goalValue = '';
    const check = formToSpec(form);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors['space.layers']).toBe(
      'Layers: "x" is not a number; use digits with an optional k, M, B or T suffix (e.g. 7B, 1.4T, 2e12)',
    );
    expect(check.errors.goal).toBe('Goal is empty: type a number such as 7B, 1.4T or 2e12');
    form.numbers.layers = '12';
    form.goalValue = '7B';
    const schema = formToSpec(form);
    expect(schema.ok).toBe(false);
    if (schema.ok) return;
    expect(schema.errors).toEqual({
      'space.heads': 'Attention heads: attention heads values must be at least 1',
      'limits.maxCost': 'Maximum cost: maximum cost must be greater than 0',
      'space.gpus': 'GPU types: choose at least one GPU type',
    });
    expect(fieldOfIssue(['goal', 'loss'])).toBe('goal');
    expect(fieldOfIssue(['space', 'layers', 3])).toBe('space.layers');
    expect(fieldOfIssue(['topK'])).toBe('topK');
  });

  it('round-trips a saved spec, honouring allowed GPUs and regions', () => {
    const form = formFromSpec(
      {
        goal: { kind: 'compute', flops: 1e23 },
        limits: { maxGpus: 512, allowedGpus: ['h100-sxm'] },
        space: { gpus: ['h100-sxm', 'h200'], layers: [24, 32] },
        rankBy: 'cost',
      },
      formFromScenario(scenario, { parameters: 7e9 }),
    );
    expect(form).toMatchObject({ goalKind: 'compute', goalValue: '1e23', rankBy: 'cost' });
    expect(form.limits.maxGpus).toBe('512');
    expect(form.choices.gpus).toEqual(['h100-sxm']);
    expect(form.numbers.layers).toBe('24, 32');
    const check = formToSpec(form);
    expect(check.ok && searchSpecSchema.parse(check.spec).goal).toEqual({ kind: 'compute', flops: 1e23 });
  });

  it('reads lists with suffixes, commas as separators and duplicates removed; counts the space', () => {
    expect(parseNumberList('2k, 4k;8k 8k', 'Sequence length')).toEqual({ ok: true, values: [2000, 4000, 8000] });
    expect(parseNumberList('64,128', 'GPU counts')).toEqual({ ok: true, values: [64, 128] });
    expect(parseNumberList(' , ', 'Layers')).toEqual({
      ok: false,
      message: 'Layers is empty: list at least one value, separated by commas (e.g. 16, 32, 64)',
    });
    expect(
      spaceSize({ goal: { kind: 'compute', flops: 1 }, space: { layers: [1, 2], hidden: [1, 2, 3], gpus: ['a'] } }),
    ).toBe(6);
  });
});

const result = runSearch(
  {
    goal: { kind: 'parameters', parameters: 1e9, tolerance: 0.5 },
    limits: { deadlineHours: 200, maxGpus: 16 },
    space: {
      layers: [12, 16, 24],
      hidden: [1024, 2048],
      heads: [16],
      queryHeadsPerKvHead: [1],
      gpus: ['h100-sxm', 'a100-80gb'],
      regions: ['us'],
      precision: ['mixed-bf16'],
      zeroStage: [1],
      recompute: ['none'],
      microBatch: [1],
      tensorParallel: [1],
      pipelineParallel: [1],
      gpuCount: [8, 16, 32],
    },
  },
  defaultCatalog,
);

describe('search results', () => {
  it('sorts plans by any column, keeping the engine rank, and filters by GPU', () => {
    const byCost = sortCandidates(result.top, 'cost', false);
    expect(byCost.map((r) => r.candidate.cost)).toEqual([...result.top.map((c) => c.cost)].sort((a, b) => a - b));
    const byLossDesc = sortCandidates(result.top, 'loss', true);
    expect(byLossDesc[0]!.candidate.loss).toBe(Math.max(...result.top.map((c) => c.loss)));
    expect(sortCandidates(result.top, 'rank', false).map((r) => r.rank)).toEqual(result.top.map((_, i) => i + 1));
    const onlyH100 = result.top.filter(matchesFilter({ gpus: ['h100-sxm'], regions: [], precisions: [] }));
    expect(onlyH100.length).toBeGreaterThan(0);
    expect(onlyH100.every((c) => c.gpu === 'h100-sxm')).toBe(true);
  });

  it('says which limit binds and how much of it a plan uses; counts rejections', () => {
    const c = result.top[0]!;
    expect(c.binding).not.toBeNull();
    expect(bindingText(c, 'en-US')).toMatch(/^(GPU memory|GPU count|Deadline) \d+%$/);
    expect(bindingText({ ...c, binding: { limit: 'deadline', share: 0.981 } }, 'en-US')).toBe('Deadline 98%');
    expect(bindingText({ ...c, binding: null }, 'en-US')).toBe('no limit set');
    const rows = rejectedRows(result);
    expect(rows.find((r) => r.reason === 'more GPUs than allowed')?.count).toBe(
      result.rejected['more GPUs than allowed'],
    );
    expect(coverageText(result, 'en-US')).toMatch(
      /^Evaluated all [\d,]+ candidates: [\d,]+ feasible, \d+ on the Pareto frontier \(loss, cost, time, co2\)\.$/,
    );
    expect(chinchillaText(result, 'en-US')).toMatch(/Hoffmann optimum of .* parameters for that compute/);
  });

  it('prices NAS campaigns against the saving over the baseline, or says why it cannot', () => {
    const plan = result.top[0]!;
    const check = checkCampaign(defaultCampaignInputs());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const baseline = estimateFor(scenarioSchema.parse({ id: 'b', name: 'B', model: { parameters: 1e9 } }));
    baseline.cost.total = plan.cost + 1000;
    const cmp = compareCampaigns(plan, baseline, 'USD', check.spec, 3);
    expect(cmp.savingPerRun).toBeCloseTo(1000, 6);
    expect(cmp.rows.map((r) => r.strategy)).toEqual([
      'random',
      'bayesian',
      'successive-halving',
      'hyperband',
      'one-shot',
    ]);
    const random = cmp.rows[0]!;
    expect(random.cost).toBeCloseTo((100 * 0.02 + 1) * plan.cost, 6);
    expect(random.netSaving).toBeCloseTo(3000 - random.cost, 6);
    expect(
      compareCampaigns(plan, { ...baseline, cost: { ...baseline.cost, currency: 'EUR' } }, 'USD', check.spec, 1).why,
    ).toMatch(/costed in EUR and the search in USD/);
    expect(compareCampaigns(plan, undefined, 'USD', check.spec, 1).savingPerRun).toBeNull();
    expect(checkCampaign({ ...defaultCampaignInputs(), trialFidelity: 2 })).toEqual({
      ok: false,
      field: 'trialFidelity',
      message: 'trial fidelity must be at most 1',
    });
  });
});
