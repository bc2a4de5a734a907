// What each search form field is called on screen; messages and labels use the same words.
export const fieldLabels: Record<string, string> = {
  goal: 'Goal', 'goal.tolerance': 'Size tolerance',
  'limits.maxCost': 'Maximum cost', 'limits.deadlineHours': 'Deadline (hours)', 'limits.maxGpus': 'Maximum GPUs',
  'limits.maxCo2eKg': 'Maximum CO₂e (kg)', 'limits.maxEnergyKWh': 'Maximum energy (kWh)',
  'space.layers': 'Layers', 'space.hidden': 'Hidden size', 'space.heads': 'Attention heads', 'space.queryHeadsPerKvHead': 'Query heads per KV head',
  'space.ffnRatio': 'FFN ratio', 'space.vocab': 'Vocabulary', 'space.seqLength': 'Sequence length', 'space.tokensPerParameter': 'Tokens per parameter',
  'space.microBatch': 'Micro-batch', 'space.tensorParallel': 'Tensor parallel', 'space.pipelineParallel': 'Pipeline parallel', 'space.gpuCount': 'GPU counts',
  'space.precision': 'Precision', 'space.optimizer': 'Optimizer', 'space.recompute': 'Recomputation', 'space.zeroStage': 'ZeRO stage',
  'space.gpus': 'GPU types', 'space.regions': 'Regions', frontier: 'Frontier objectives', rankBy: 'Rank by', topK: 'Top-k', maxCandidates: 'Maximum candidates', seed: 'Seed',
};

/** The goal's figure: label, unit and an example, per goal kind. */
export const goalLabels: Record<string, { label: string; unit: string; hint: string }> = {
  'target-loss': { label: 'Target loss', unit: 'nats/token', hint: 'e.g. 2.1 — each shape trains on the fewest tokens that reach it' },
  parameters: { label: 'Model size', unit: 'parameters', hint: 'e.g. 7B — shapes within the tolerance, trained on tokens per parameter' },
  compute: { label: 'Compute budget', unit: 'FLOPs', hint: 'e.g. 1e23 — each shape trains on C / 6N tokens' },
  'cost-budget': { label: 'Money budget', unit: 'currency', hint: 'e.g. 500k — each plan trains on what the budget buys' },
  'energy-budget': { label: 'Energy budget', unit: 'kWh', hint: 'e.g. 200k' },
  'time-budget': { label: 'Time budget', unit: 'hours', hint: 'e.g. 720 (30 days)' },
};
