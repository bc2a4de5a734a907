// Quantization: serve the weights (and optionally the KV cache) at fewer bits.
// Training scenarios are compared as serving the trained model.
import { z } from 'zod';
import type { Scenario, WeightPrecisionId } from '../../schema/scenario';
import { numberFormat } from '../precision';
import { allOf, standardMethodOnly } from './guards';
import { withHistory } from './history';
import { choiceOption } from './option-schemas';
import { SERVING_VIEW_NOTE, servingView } from './serving-view';
import type { Technique } from './types';

const targets = ['int8', 'int4', 'nf4', 'fp8'] as const;
const kvTargets = ['keep', 'fp8', 'int8'] as const;

const options = z.object({
  precision: choiceOption('precision', targets).default('int4'),
  kvCachePrecision: choiceOption('kvCachePrecision', kvTargets).default('keep'),
});

const accuracyNotes: Record<(typeof targets)[number], string> = {
  int8: 'INT8 weights: LLM.int8() (Dettmers et al. 2022) and SmoothQuant (Xiao et al. 2023) report accuracy close to 16-bit for large models; not modelled here.',
  int4: 'INT4 weights: GPTQ (Frantar et al. 2023) and AWQ (Lin et al. 2024) report a small perplexity increase at 4 bits per weight; quality is not modelled here.',
  nf4: 'NF4 weights with double-quantized block scales ≈ 4.127 bits per weight (Dettmers et al. 2023, QLoRA); dequantized to BF16 for the products, so compute is at the BF16 peak.',
  fp8: 'FP8 (E4M3) weights: Micikevicius et al. 2022, "FP8 Formats for Deep Learning"; needs FP8 tensor cores (Hopper, Ada, Blackwell, MI300) for the compute gain.',
};

const label = (p: WeightPrecisionId) => numberFormat(p).label;

export const quantization: Technique<typeof options> = {
  id: 'quantization',
  label: 'Quantization',
  description:
    'Store and serve the weights at INT8, INT4, NF4 or FP8 instead of 16 bits: less memory per replica, fewer bytes read per decode step.',
  source:
    'Source article, "Quantization" and its precision table; Dettmers et al. 2022; Frantar et al. 2023; Dettmers et al. 2023',
  options,
  fields: () => [
    {
      id: 'precision',
      label: 'Weight precision',
      kind: 'select',
      default: 'int4',
      choices: targets.map((t) => ({ value: t, label: label(t) })),
    },
    {
      id: 'kvCachePrecision',
      label: 'KV cache precision',
      kind: 'select',
      default: 'keep',
      choices: kvTargets.map((t) => ({ value: t, label: t === 'keep' ? 'unchanged' : label(t) })),
    },
  ],
  applicable: (s) => allOf(() => standardMethodOnly(s, 'weight precision')),
  apply: (s: Scenario, o) => {
    const base = servingView(s);
    const from = base.inference.weightPrecision;
    const kv = o.kvCachePrecision === 'keep' ? base.inference.kvCachePrecision : o.kvCachePrecision;
    const bytesFrom = numberFormat(from).bytes;
    const bytesTo = numberFormat(o.precision).bytes;
    const summary = `Weights ${label(from)} → ${label(o.precision)} (${bytesFrom} → ${+bytesTo.toFixed(3)} B per weight)${kv !== base.inference.kvCachePrecision ? `, KV cache ${label(base.inference.kvCachePrecision)} → ${label(kv)}` : ''}.`;
    const scenario = withHistory(
      { ...base, inference: { ...base.inference, weightPrecision: o.precision, kvCachePrecision: kv } },
      { id: 'quantization', label: 'Quantization', detail: summary },
    );
    const assumptions = [
      ...SERVING_VIEW_NOTE(s),
      accuracyNotes[o.precision],
      "Integer formats are computed at the GPU's INT8/INT4 peak when the catalog lists it (W8A8/W4A4 kernels). Weight-only kernels (GPTQ, AWQ) dequantize to 16 bits, so prefill may gain less; decode, which is bandwidth-bound, gains from the smaller weights either way.",
      ...(bytesTo >= bytesFrom
        ? [`${label(o.precision)} is not smaller than the current ${label(from)}: no memory saving expected.`]
        : []),
    ];
    return {
      scenario,
      summary,
      assumptions,
      ...(s.workload === 'inference' ? {} : { baseline: base }),
      extraRuns: [],
      details: [],
    };
  },
};
