// Comparisons against published training runs: GPT-3 compute, Llama 2 GPU-hours and CO2,
// ZeRO memory per stage, Chinchilla compute-optimal tokens, Megatron MFU claims.
import { type Comparison, GB, only } from '../comparison';
import { gpt3Compute } from '../runs/gpt3';
import { llama2Runs, LLAMA2_IMPLIED_INTENSITY_KG_PER_KWH } from '../runs/llama2';
import { zeroFigure } from '../runs/zero';
import { chinchillaTable } from '../runs/chinchilla';
import { mfuClaims } from '../runs/mfu';
import { chinchillaScenario, gpt3Scenario, llama2Scenario, mfuScenario, zeroScenario } from '../scenarios';

export const gpt3Comparisons = (): Comparison[] =>
  gpt3Compute.map((run) => ({
    id: `${run.id}-flops`,
    label: run.label,
    group: 'GPT-3 compute',
    quantity: 'training compute',
    unit: 'FLOP',
    published: run.flops,
    source: run.source,
    note: `${run.parameters.toExponential(3)} parameters × 300B tokens; engine 6·N·D`,
    scenarios: [gpt3Scenario(run)],
    predict: (e) => only(e).trainingFlops,
  }));

export const llama2Comparisons = (): Comparison[] =>
  llama2Runs.flatMap((run) => {
    const scenario = llama2Scenario(run);
    const setup = `architecture L${run.architecture.layers} h${run.architecture.hidden}, 2T tokens, A100-80GB, mixed-bf16, default A100 MFU`;
    return [
      {
        id: `${run.id}-gpu-hours`,
        label: run.label,
        group: 'Llama 2',
        quantity: 'GPU-hours',
        unit: 'GPU-h',
        published: run.gpuHours,
        source: run.source,
        note: setup,
        scenarios: [scenario],
        predict: (e) => only(e).gpuHours,
      },
      {
        id: `${run.id}-co2e`,
        label: run.label,
        group: 'Llama 2',
        quantity: 'emissions',
        unit: 't CO2e',
        published: run.tco2e,
        source: run.source,
        note: `as the table counts it: GPU power only (${run.powerW} W), no server overhead, PUE 1, ${LLAMA2_IMPLIED_INTENSITY_KG_PER_KWH} kg CO2e/kWh (implied by the table); so the error is the GPU-hours error`,
        scenarios: [scenario],
        predict: (e) => only(e).co2eKg / 1000,
      },
    ];
  });

export const zeroComparisons = (): Comparison[] =>
  zeroFigure.map((fig) => ({
    id: `zero-stage-${fig.stage}-memory`,
    label: fig.label,
    group: 'ZeRO memory',
    quantity: 'model states per GPU',
    unit: 'GB',
    published: fig.memoryPerGpuGb,
    source: fig.source,
    note: `${fig.formula}; Ψ = 7.5B, N_d = 64; weights + gradients + optimizer states only (activations and overhead excluded, as in the figure)`,
    scenarios: [zeroScenario(fig)],
    predict: (e) => {
      const m = only(e).memoryPerGpuBytes;
      return (m.weights + m.gradients + m.optimizer) / GB;
    },
  }));

export const chinchillaComparisons = (): Comparison[] =>
  chinchillaTable.map((row) => ({
    id: `${row.id}-optimal-tokens`,
    label: row.label,
    group: 'Compute-optimal tokens',
    quantity: 'compute-optimal tokens',
    unit: 'tokens',
    published: row.computeOptimalTokens,
    source: row.source,
    note: `training tokens left empty: the engine picks the compute-optimal count (actual run: ${row.actualTokens.toExponential(1)} tokens)`,
    scenarios: [chinchillaScenario(row)],
    predict: (e) => only(e).tokens,
  }));

/** Model FLOPs utilization the estimate implies: 6·N·D ÷ (GPU-seconds × peak). */
const impliedMfu = (flops: number, gpuHours: number, peakFlops: number) => flops / (gpuHours * 3600 * peakFlops);

export const mfuComparisons = (): Comparison[] => {
  const [selective, full] = mfuClaims;
  if (!selective || !full) return [];
  const a100Bf16 = 312e12;
  const setup = 'MT-NLG 530B, 2,240 A100s, tensor 8 × pipeline 35, global batch 2,240, default A100 MFU';
  return [
    {
      id: `${selective.id}-mfu`,
      label: selective.label,
      group: 'MFU (Megatron)',
      quantity: 'model FLOPs utilization',
      unit: '%',
      published: selective.mfu * 100,
      source: selective.source,
      note: `${setup}; predicted = 6·N·D ÷ (GPU-hours × 312 TFLOP/s) incl. selective recomputation and the pipeline bubble`,
      scenarios: [mfuScenario(selective)],
      predict: (e) => 100 * impliedMfu(only(e).trainingFlops, only(e).gpuHours, a100Bf16),
    },
    {
      id: 'korthikanti-530b-full-vs-selective',
      label: 'MT-NLG 530B, full ÷ selective',
      group: 'MFU (Megatron)',
      quantity: 'MFU ratio full ÷ selective recomputation',
      unit: '',
      published: full.mfu / selective.mfu,
      source: full.source,
      note: `${setup}; predicted = GPU-hours(selective) ÷ GPU-hours(full): the engine's recomputation FLOP factors`,
      scenarios: [mfuScenario(selective), mfuScenario(full)],
      predict: ([sel, fu]) => {
        if (!sel || !fu) throw new Error('needs both estimates');
        return sel.gpuHours / fu.gpuHours;
      },
    },
  ];
};
