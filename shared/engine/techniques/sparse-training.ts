// Sparse training: skip the products with zeroed weights. The theoretical FLOP
// saving is large, the realised one on dense GPU hardware small, so the what-if
// turns only a stated share of it into time, expressed as a dense-equivalent MFU.
import { z } from 'zod';
import type { Gpu } from '../../catalog/types';
import { errors } from '../errors';
import { allOf, refuse, standardMethodOnly, workloadIn } from './guards';
import { withHistory } from './history';
import { blankAsUnset, choiceOption, shareOption } from './option-schemas';
import type { Technique } from './types';

const patterns = ['2:4', 'unstructured'] as const;

const options = z.object({
  pattern: choiceOption('pattern', patterns).default('2:4'),
  /** Share of weights that are zero; 2:4 is always 0.5. */
  sparsity: shareOption('sparsity', 0.05, 0.99).default(0.5),
  /** Share of the theoretical time saving realised; default per pattern. */
  realizedShare: blankAsUnset(shareOption('realizedShare', 0, 1)),
});

/** 2:4 structured sparsity runs on sparse tensor cores: NVIDIA Ampere and newer, AMD CDNA 3. */
const SPARSE_TENSOR_CORE_GENERATIONS = ['Ampere', 'Ada Lovelace', 'Hopper', 'Blackwell', 'CDNA 3'];

const DEFAULT_REALIZED: Record<(typeof patterns)[number], number> = { '2:4': 0.5, unstructured: 0.1 };

const REALIZED_BASIS: Record<(typeof patterns)[number], string> = {
  '2:4':
    'Sparse tensor cores double peak math throughput for 2:4 products (Mishra et al. 2021, "Accelerating Sparse Deep Neural Networks"; NVIDIA A100 whitepaper), but end-to-end gains are well below 2×: memory traffic, attention, norms and mask updates are not accelerated. Half of the theoretical saving is assumed realised.',
  unstructured:
    'Unstructured sparsity (e.g. RigL, Evci et al. 2020, "Rigging the Lottery") reduces FLOPs in proportion to density, but dense GPU tensor cores do not skip zeros: Evci et al. report FLOPs, not wall-clock, and sparse GPU kernels (Gale et al. 2020, "Sparse GPU Kernels for Deep Learning") beat dense ones only at high sparsity. 10% of the theoretical saving is assumed realised.',
};

/**
 * Share of training time that remains. 2:4: forward (2N) and activation-gradient (2N) products use the sparse
 * weights (transposable masks, Hubara et al. 2021), weight gradients (2N) stay dense → at best 2/3 of the time.
 * Unstructured: all three products scale with density.
 */
export const sparseTimeShare = (
  pattern: (typeof patterns)[number],
  sparsity: number,
  realizedShare: number,
): { theoretical: number; realized: number } => {
  const theoreticalSaving = pattern === '2:4' ? (4 / 6) * 0.5 : sparsity;
  return { theoretical: 1 - theoreticalSaving, realized: 1 - realizedShare * theoreticalSaving };
};

const gpuOf = (gpus: readonly Gpu[], id: string) => {
  const gpu = gpus.find((g) => g.id === id);
  if (!gpu)
    throw errors.unknownGpu(
      id,
      gpus.map((g) => g.id),
    );
  return gpu;
};

export const sparseTraining: Technique<typeof options> = {
  id: 'sparse-training',
  label: 'Sparse training',
  description:
    'Train with a share of the weights fixed at zero (2:4 structured or unstructured): fewer FLOPs in theory, a smaller realised speed-up on GPUs.',
  source:
    'Source article, "Sparse Training"; Evci et al. 2020 (RigL); Mishra et al. 2021 (2:4 sparsity); Hubara et al. 2021',
  options,
  fields: () => [
    {
      id: 'pattern',
      label: 'Sparsity pattern',
      kind: 'select',
      default: '2:4',
      choices: [
        { value: '2:4', label: '2:4 structured (sparse tensor cores)' },
        { value: 'unstructured', label: 'Unstructured (e.g. RigL)' },
      ],
    },
    { id: 'sparsity', label: 'Sparsity (unstructured)', kind: 'number', default: 0.5 },
    { id: 'realizedShare', label: 'Share of theoretical saving realised', kind: 'number', default: '', optional: true },
  ],
  applicable: (s) =>
    allOf(
      () =>
        workloadIn(
          s,
          ['pretraining', 'fine-tuning'],
          'sparse training changes training compute. For serving, 2:4 sparsity doubles peak math only for compute-bound prefill, while decode is bandwidth-bound: use Quantization to serve more cheaply.',
        ),
      () =>
        s.workload === 'fine-tuning' && s.fineTuning.method !== 'full'
          ? refuse(
              `"${s.name}" trains ${s.fineTuning.method.toUpperCase()} adapters on a frozen base: sparsity of the base is not trained; compare full fine-tuning instead.`,
            )
          : { ok: true },
      () => standardMethodOnly(s, 'model FLOPs utilization'),
    ),
  apply: (s, o, catalog) => {
    const gpu = gpuOf(catalog.gpus, s.hardware.gpu);
    const supported = o.pattern !== '2:4' || SPARSE_TENSOR_CORE_GENERATIONS.includes(gpu.generation);
    const realizedShare = supported ? (o.realizedShare ?? DEFAULT_REALIZED[o.pattern]) : 0;
    const sparsity = o.pattern === '2:4' ? 0.5 : o.sparsity;
    const share = sparseTimeShare(o.pattern, sparsity, realizedShare);
    const mfuBefore = s.hardware.mfu ?? gpu.defaultMfu;
    const mfuAfter = Math.min(1, mfuBefore / share.realized);
    const summary = `${o.pattern === '2:4' ? '2:4 structured' : `${Math.round(sparsity * 100)}% unstructured`} sparsity: time × ${share.realized.toFixed(3)} (theoretical × ${share.theoretical.toFixed(3)}), dense-equivalent MFU ${mfuBefore.toFixed(3)} → ${mfuAfter.toFixed(3)}.`;
    const scenario = withHistory(
      { ...s, hardware: { ...s.hardware, mfu: mfuAfter } },
      { id: 'sparse-training', label: 'Sparse training', detail: summary },
    );
    const assumptions = [
      supported
        ? REALIZED_BASIS[o.pattern]
        : `${gpu.name} (${gpu.generation}) has no sparse tensor cores: 2:4 sparsity gives no speed-up on it.`,
      ...(o.realizedShare !== undefined && supported
        ? [`Realised share of the theoretical saving set to ${o.realizedShare} (option).`]
        : []),
      "The speed-up is expressed as a dense-equivalent MFU (6·N·D counted as if dense): the engine's FLOP count stays the dense one.",
      'Memory is unchanged: sparse training keeps dense weight, gradient and optimizer tensors plus masks on GPUs.',
      'Quality at equal tokens is not modelled; sparse models usually need more tokens or a dense-to-sparse schedule to match dense accuracy (Evci et al. 2020).',
      ...(mfuAfter === 1 ? ['Dense-equivalent MFU capped at 1.'] : []),
    ];
    return { scenario, summary, assumptions, extraRuns: [], details: [] };
  },
};
