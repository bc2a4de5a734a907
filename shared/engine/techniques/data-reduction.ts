// Data reduction: deduplication, compression or feature selection leave fewer
// training tokens; for serving, prompt compression leaves fewer prompt tokens.
import { z } from 'zod';
import { estimateScenario } from '../estimate';
import { hoffmannFit, predictedLoss } from '../scaling-laws';
import { OK } from './guards';
import { withHistory } from './history';
import { choiceOption, shareOption } from './option-schemas';
import type { Technique, TechniqueDetail } from './types';

const kinds = ['deduplication', 'compression', 'feature-selection'] as const;

const options = z.object({
  /** Share of tokens removed. */
  share: shareOption('share', 0.01, 0.95).default(0.2),
  kind: choiceOption('kind', kinds).default('deduplication'),
});

const kindLabel: Record<(typeof kinds)[number], string> = {
  deduplication: 'deduplication',
  compression: 'data compression',
  'feature-selection': 'feature selection',
};

const kindBasis: Record<(typeof kinds)[number], string> = {
  deduplication:
    'Lee et al. 2022, "Deduplicating Training Data Makes Language Models Better": removing near-duplicates gave models of equal or better quality in fewer training steps.',
  compression:
    'Source article, "Data Compression": fewer tokens without losing important information. The removed share is an input, not a prediction.',
  'feature-selection':
    'Source article, "Feature Selection and Extraction": dropping redundant or irrelevant data. The removed share is an input, not a prediction.',
};

export const dataReduction: Technique<typeof options> = {
  id: 'data-reduction',
  label: 'Data reduction',
  description:
    'Train on fewer tokens after deduplication, compression or feature selection (for serving: compress the prompts).',
  source: 'Source article, "Data Efficiency": data compression, feature selection and extraction; Lee et al. 2022',
  options,
  fields: () => [
    { id: 'share', label: 'Share of tokens removed', kind: 'number', default: 0.2 },
    {
      id: 'kind',
      label: 'How',
      kind: 'select',
      default: 'deduplication',
      choices: kinds.map((k) => ({ value: k, label: kindLabel[k] })),
    },
  ],
  applicable: () => OK,
  apply: (s, o, catalog) => {
    const keep = 1 - o.share;
    if (s.workload === 'inference') {
      const prompt = Math.max(1, Math.round(s.inference.promptTokens * keep));
      const summary = `Prompt compression: ${s.inference.promptTokens} → ${prompt} prompt tokens per request (−${Math.round(o.share * 100)}%).`;
      const scenario = withHistory(
        { ...s, inference: { ...s.inference, promptTokens: prompt } },
        { id: 'data-reduction', label: 'Prompt compression', detail: summary },
      );
      return {
        scenario,
        summary,
        extraRuns: [],
        details: [],
        assumptions: [
          'Serving: the share applies to prompt tokens (prompt compression, e.g. LLMLingua, Jiang et al. 2023); output length unchanged; the effect on answer quality is not modelled.',
        ],
      };
    }
    const before = estimateScenario(s, catalog);
    const perEpoch = before.tokens / s.training.epochs;
    const tokens = perEpoch * keep;
    const summary = `${kindLabel[o.kind]}: ${perEpoch.toExponential(2)} → ${tokens.toExponential(2)} training tokens per epoch (−${Math.round(o.share * 100)}%).`;
    const scenario = withHistory(
      { ...s, training: { ...s.training, tokens } },
      { id: 'data-reduction', label: 'Data reduction', detail: summary },
    );
    const details: TechniqueDetail[] = [];
    const assumptions = [
      kindBasis[o.kind],
      'Compute, time, energy and cost scale with the tokens kept; the one-off cost of the reduction pass is not counted.',
    ];
    if (s.workload === 'pretraining') {
      const n = before.parameters.total;
      const lossBefore = predictedLoss(n, before.tokens, hoffmannFit);
      const lossAfter = predictedLoss(n, tokens * s.training.epochs, hoffmannFit);
      details.push({
        label: 'Predicted loss if the removed tokens were as informative as the kept ones (upper bound)',
        value: `${lossBefore.toFixed(4)} → ${lossAfter.toFixed(4)}`,
      });
      assumptions.push(
        `Worst case, by ${hoffmannFit.label}: loss ${lossBefore.toFixed(3)} → ${lossAfter.toFixed(3)} if the removed tokens carried as much information as the rest; removing duplicates or noise should cost less (Lee et al. 2022).`,
      );
    }
    return { scenario, summary, assumptions, extraRuns: [], details };
  },
};
