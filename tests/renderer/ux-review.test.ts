// Fixes from the UX review: a typed size is never ignored, charts speak the user's locale,
// technique comparisons say when they change the workload, catalog edits name what the user sees.
import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { fieldMessage, withField } from '../../src-renderer/editor/field-value';
import { sections } from '../../src-renderer/editor/fields';
import { intervalText } from '../../src-renderer/uncertainty/intervals';
import { metrics } from '../../src-renderer/results/metrics';
import { themed } from '../../src-renderer/charts/themed';
import { withoutRowLabels } from '../../src-renderer/charts/without-row-labels';
import { keptScenarioName, viewChangeNote } from '../../src-renderer/techniques/view-change';
import { entryFromEdit } from '../../src-renderer/catalog/catalog-edit';
import { catalogColumns } from '../../src-renderer/catalog/catalog-columns';
import { candidateName } from '../../src-renderer/search/apply-candidate';
import { palettes } from '../../src-renderer/charts/palette';
import { scenarioSchema } from '../../shared/schema/scenario';
import { defaultCatalog } from '../../shared/catalog';
import type { CandidateResult } from '../../shared/search/candidate';

const llama = () =>
  scenarioSchema.parse({
    id: 'l',
    name: 'Llama',
    model: { architecture: { layers: 32, hidden: 4096, heads: 32, vocab: 32_000 } },
  });

describe('model size and architecture', () => {
  it('a typed size replaces the architecture, so the engine uses it', () => {
    const next = withField(llama(), 'model.parameters', 13e9);
    expect(next.model).toEqual({ parameters: 13e9 });
    expect(scenarioSchema.safeParse(next).success).toBe(true);
  });

  it('clearing the size keeps the architecture; a typed architecture replaces the size', () => {
    expect(withField(llama(), 'model.parameters', undefined).model.architecture?.layers).toBe(32);
    const sized = scenarioSchema.parse({ id: 's', name: 'S', model: { parameters: 1e9 } });
    const shaped = withField(sized, 'model.architecture.layers', 40);
    expect(shaped.model.parameters).toBeUndefined();
    expect(shaped.model.architecture?.layers).toBe(40);
  });
});

describe('field messages in the field units', () => {
  const field = (path: string) => sections.flatMap((x) => x.fields).find((f) => f.path === path)!;

  it('speaks in % for a percent field and starts with a capital', () => {
    expect(fieldMessage(field('energy.renewableShare'), 'renewable share must be between 0 and 1')).toBe(
      'Renewable share must be between 0 % and 100 %',
    );
    expect(
      fieldMessage(
        field('training.restartOverhead'),
        'restart overhead is the share of GPU time lost and must be at most 0.9 (at 1 the run never finishes)',
      ),
    ).toBe('Restart overhead is the share of GPU time lost and must be at most 90 % (at 100 % the run never finishes)');
  });

  it('leaves unscaled fields alone', () => {
    expect(fieldMessage(field('energy.pue'), 'PUE must be at least 1')).toBe('PUE must be at least 1');
    expect(fieldMessage(field('training.tokens'), 'training tokens must be greater than 0')).toBe(
      'Training tokens must be greater than 0',
    );
  });
});

describe('charts in the user locale', () => {
  const bar = (): ChartConfiguration<'bar'> => ({
    type: 'bar',
    data: { labels: ['A long scenario name'], datasets: [] },
    options: {
      indexAxis: 'y',
      scales: { x: { type: 'linear', ticks: { callback: (v) => `${v}` } }, y: { ticks: { autoSkip: false } } },
    },
  });
  const tick = (config: ChartConfiguration<'bar'>, value: number) => {
    const callback = (config.options?.scales?.x?.ticks as { callback: (v: number, i: number, t: unknown[]) => unknown })
      .callback;
    return callback.call({}, value, 0, []);
  };

  it('writes value-axis ticks with Intl in the chosen locale', () => {
    const config = themed(bar(), palettes.light, 'de-DE');
    expect(tick(config, 350_000)).toBe('350.000');
    expect(tick(themed(bar(), palettes.light, 'en-US'), 350_000)).toBe('350,000');
    expect((config.options as { locale?: string }).locale).toBe('de-DE');
  });

  it('keeps a label the report chose to leave empty (log axes)', () => {
    const config = bar();
    (config.options!.scales!.x!.ticks as { callback: unknown }).callback = () => '';
    expect(tick(themed(config, palettes.light, 'de-DE'), 20)).toBe('');
  });

  it('hides the row labels of a one-row chart', () => {
    expect((withoutRowLabels(bar()).options?.scales?.y?.ticks as { display?: boolean }).display).toBe(false);
  });
});

describe('techniques that change the workload', () => {
  const training = scenarioSchema.parse({ id: 't', name: 'Llama', model: { parameters: 7e9 } });
  const served = { ...training, workload: 'inference' as const };

  it('says Before/After are the served model, and names the kept scenario so', () => {
    expect(viewChangeNote(training, served)).toMatch(
      /"Llama" is a pre-training scenario; this technique acts on serving/,
    );
    expect(keptScenarioName(training, served, 'Quantization')).toBe('Llama + Quantization (serving)');
  });

  it('says nothing when the workload stays', () => {
    expect(viewChangeNote(training, training)).toBeNull();
    expect(keptScenarioName(training, training, 'Green computing')).toBe('Llama + Green computing');
  });
});

describe('catalog edits', () => {
  const v100 = defaultCatalog.gpus.find((g) => g.id === 'v100-32gb')!;
  const texts = { memoryBytes: '32', bandwidthBytesPerS: '0.9', 'peakFlops.bf16': '', tdpW: '300', defaultMfu: '30' };

  it('saves a GPU without bf16 (an optional figure left empty)', () => {
    const edited = entryFromEdit(v100, catalogColumns.gpus, { ...texts, tdpW: '250' });
    expect(edited).toMatchObject({ ok: true, entry: { tdpW: 250, memoryBytes: 32e9 } });
    expect(edited.ok && (edited.entry as typeof v100).peakFlops.bf16).toBeUndefined();
  });

  it('names the column and its unit when a figure is not a number', () => {
    expect(entryFromEdit(v100, catalogColumns.gpus, { ...texts, memoryBytes: 'abc' })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Memory \(GB\): "abc" is not a number/),
    });
    expect(entryFromEdit(v100, catalogColumns.gpus, { ...texts, tdpW: '' })).toEqual({
      ok: false,
      message: expect.stringMatching(/^TDP \(W\) is empty/),
    });
  });
});

describe('search plan names', () => {
  it('use the catalog names of the GPU and region', () => {
    const c = {
      parameters: 6.39e9,
      architecture: { layers: 64, hidden: 3072 },
      gpuCount: 8,
      gpu: 'a100-40gb',
      region: 'us',
    } as unknown as CandidateResult;
    expect(
      candidateName(c, {
        gpus: [{ id: 'a100-40gb', name: 'NVIDIA A100 SXM 40GB' }],
        regions: [{ id: 'us', name: 'United States (average)' }],
      }),
    ).toBe('Search plan 6.39B (64×3072) on 8× NVIDIA A100 SXM 40GB, United States (average)');
    expect(candidateName(c)).toBe('Search plan 6.39B (64×3072) on 8× a100-40gb, us');
  });
});

describe('intervals', () => {
  it('says when a range has no spread at the shown precision instead of "30.4 – 30.4 days"', () => {
    const wallClock = metrics.find((m) => m.id === 'wallClock')!;
    const flat = { p10: 730, p50: 730, p90: 730.2 };
    const ranges = { gpuHours: flat, wallClockHours: flat, energyKWh: flat, co2eKg: flat, cost: flat } as never;
    expect(intervalText(wallClock, ranges, 'en-US', 'USD')).toBe('30.4 days (no spread)');
  });
});
