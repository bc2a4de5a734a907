// Transfer learning: instead of pretraining from scratch, fine-tune an existing
// pretrained model of the same size on a smaller, task-specific corpus.
import { z } from 'zod';
import { allOf, standardMethodOnly, workloadIn } from './guards';
import { withHistory } from './history';
import { positiveOption } from './option-schemas';
import type { Technique } from './types';

const options = z.object({
  /** Fine-tuning corpus, tokens. */
  tokens: positiveOption('tokens', 1e15).default(1e9),
});

export const transferLearning: Technique<typeof options> = {
  id: 'transfer-learning',
  label: 'Transfer learning',
  description:
    'Start from a pretrained model and fine-tune all its weights on your data instead of pretraining from scratch.',
  source: 'Source article, "Focused Application of Transfer Learning"',
  options,
  fields: () => [{ id: 'tokens', label: 'Fine-tuning tokens', kind: 'number', unit: 'tokens', default: 1e9 }],
  applicable: (s) =>
    allOf(
      () => workloadIn(s, ['pretraining'], 'transfer learning replaces pretraining from scratch.'),
      () => standardMethodOnly(s, 'the fine-tuning workload'),
    ),
  apply: (s, o) => {
    const summary = `Pretraining from scratch → full fine-tuning of a pretrained model of the same size on ${o.tokens.toExponential(2)} tokens.`;
    const scenario = withHistory(
      {
        ...s,
        workload: 'fine-tuning',
        fineTuning: { ...s.fineTuning, method: 'full' },
        training: { ...s.training, tokens: o.tokens, epochs: 1 },
      },
      { id: 'transfer-learning', label: 'Transfer learning', detail: summary },
    );
    const assumptions = [
      'A pretrained model of this size and architecture must exist (e.g. open weights); its pretraining cost is not counted here.',
      `Fine-tuning corpus of ${o.tokens.toExponential(2)} tokens (an option: set it to the size of your data); compute 6·N per token as in pretraining.`,
      'Task quality after fine-tuning is not modelled. Combine with PETL (LoRA/QLoRA) to cut memory further.',
    ];
    return { scenario, summary, assumptions, extraRuns: [], details: [] };
  },
};
