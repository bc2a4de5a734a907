// Parameter-efficient transfer learning: train low-rank adapters (LoRA) on a frozen
// base, optionally stored in 4-bit NF4 (QLoRA), instead of updating every weight.
import { z } from 'zod';
import { loraTargetIds } from '../../schema/scenario';
import { allOf, refuse, standardMethodOnly, workloadIn } from './guards';
import { withHistory } from './history';
import { choiceOption, wholeOption } from './option-schemas';
import type { Technique } from './types';

const methods = ['lora', 'qlora'] as const;

const options = z.object({
  method: choiceOption('method', methods).default('lora'),
  rank: wholeOption('rank', 1, 65_536).default(16),
  targets: z
    .array(choiceOption('targets', loraTargetIds), { error: `targets must be a list of: ${loraTargetIds.join(', ')}` })
    .min(1, 'targets: choose at least one module')
    .default(['q', 'k', 'v', 'o']),
});

export const petl: Technique<typeof options> = {
  id: 'petl',
  label: 'Parameter-efficient fine-tuning (LoRA / QLoRA)',
  description:
    'Freeze the pretrained weights and train small low-rank adapters: no gradients or optimizer states for the base, and with QLoRA a 4-bit base.',
  source:
    'Source article, "Parameter-Efficient Transfer Learning (PETL)"; Hu et al. 2021 (LoRA); Dettmers et al. 2023 (QLoRA)',
  options,
  fields: () => [
    {
      id: 'method',
      label: 'Method',
      kind: 'select',
      default: 'lora',
      choices: [
        { value: 'lora', label: 'LoRA (16-bit base)' },
        { value: 'qlora', label: 'QLoRA (NF4 base)' },
      ],
    },
    { id: 'rank', label: 'Adapter rank', kind: 'number', default: 16 },
  ],
  applicable: (s) =>
    allOf(
      () =>
        workloadIn(
          s,
          ['fine-tuning'],
          'parameter-efficient methods adapt a pretrained model: use a fine-tuning scenario (or apply "Transfer learning" first).',
        ),
      () => standardMethodOnly(s, 'the fine-tuning method'),
      () =>
        s.fineTuning.method === 'qlora'
          ? refuse(
              `"${s.name}" already uses QLoRA, the most memory-frugal method offered; change the rank or targets in the editor instead.`,
            )
          : { ok: true },
    ),
  apply: (s, o) => {
    const targets = [...new Set(o.targets)];
    const summary = `Fine-tuning ${s.fineTuning.method === 'full' ? 'all weights' : `with ${s.fineTuning.method.toUpperCase()}`} → ${o.method.toUpperCase()} rank ${o.rank} on ${targets.join(', ')}.`;
    const scenario = withHistory(
      { ...s, fineTuning: { method: o.method, loraRank: o.rank, loraTargets: targets } },
      { id: 'petl', label: 'PETL', detail: summary },
    );
    const assumptions = [
      'Trainable parameters: L · Σ r·(d_in + d_out) over the adapted matrices (Hu et al. 2021); the base gets no gradients or optimizer states.',
      'Compute per token: 4·N for the frozen base (forward + activation gradients) + 6 per adapter parameter; activation memory is unchanged.',
      'Quality: Hu et al. 2021 report LoRA on par with full fine-tuning for GPT-3 175B on their tasks; Dettmers et al. 2023 report QLoRA matching 16-bit full fine-tuning on their benchmarks. Task quality is not modelled here.',
      ...(o.method === 'qlora'
        ? [
            'QLoRA base stored in NF4 ≈ 4.127 bits per weight (Dettmers et al. 2023); dequantization overhead on compute is not modelled.',
          ]
        : []),
      ...(s.model.architecture
        ? []
        : [
            'No architecture given: adapter sizes use a typical decoder shape for the parameter count (L = h/128); give the architecture for exact counts.',
          ]),
    ];
    return { scenario, summary, assumptions, extraRuns: [], details: [] };
  },
};
