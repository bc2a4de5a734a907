// Compute-optimal scaling (Hoffmann et al. 2022) and its replication (Besiroglu et al. 2024).
import type { ChinchillaRow, LossFit } from '../types';

const tableSource =
  'Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models", as tabulated by the source article';
const tableAssumptions = ["compute-optimal tokens ≈ 20 × parameters (the source article's rule of thumb)"];

const row = (
  id: string,
  label: string,
  parameters: number,
  computeOptimalTokens: number,
  actualTokens: number,
): ChinchillaRow => ({
  id,
  label,
  parameters,
  computeOptimalTokens,
  actualTokens,
  source: tableSource,
  assumptions: tableAssumptions,
});

export const chinchillaTable: ChinchillaRow[] = [
  row('chinchilla-70b', 'Chinchilla', 70e9, 1.4e12, 1.4e12),
  row('llama-65b', 'LLaMA-65B', 65e9, 1.3e12, 1.4e12),
  row('gpt3-175b', 'GPT-3', 175e9, 3.5e12, 300e9),
];

export const lossFits: LossFit[] = [
  {
    id: 'hoffmann-2022',
    E: 1.69,
    A: 406.4,
    B: 410.7,
    alpha: 0.34,
    beta: 0.28,
    source: 'Hoffmann et al. 2022, approach 3 parametric fit',
    assumptions: ['L(N, D) = E + A/N^α + B/D^β'],
  },
  {
    id: 'besiroglu-2024',
    E: 1.8172,
    A: 482.01,
    B: 2085.43,
    alpha: 0.3478,
    beta: 0.3658,
    source: 'Besiroglu et al. 2024, "Chinchilla Scaling: A replication attempt"',
    assumptions: ['L(N, D) = E + A/N^α + B/D^β, refitted to the Hoffmann et al. data'],
  },
];
