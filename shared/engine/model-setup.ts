// Resolve the model of a scenario: parameter counts (exact from an architecture,
// else as given) and the architecture the memory formulas need.
import type { Scenario } from '../schema/scenario';
import type { ParameterCounts } from './types';
import { Derivation, input } from './derivation';
import {
  approximateArchitecture,
  architectureParameters,
  resolveArchitecture,
  type ResolvedArchitecture,
} from './parameters';
import { loraTrainableParameters } from './fine-tuning';
import { errors } from './errors';

export interface ModelSetup {
  arch: ResolvedArchitecture;
  params: ParameterCounts;
  /** LoRA/QLoRA: the base is frozen and only adapters train. */
  adapters: boolean;
}

export const setupModel = (s: Scenario, d: Derivation): ModelSetup => {
  const fromArchitecture = s.model.architecture !== undefined;
  let arch: ResolvedArchitecture;
  let total: number;
  let active: number;
  let embedding: number;
  if (s.model.architecture) {
    arch = resolveArchitecture(s.model.architecture);
    const p = architectureParameters(arch);
    ({ total, active, embedding } = p);
    d.add(
      'parameters',
      'Parameters (from the architecture)',
      'L·(2h² + 2h·kv·d + E·m·h·f + 2h) + V·h·(tied ? 1 : 2) + h',
      total,
      'parameters',
      [
        input('layers L', arch.layers, ''),
        input('hidden h', arch.hidden, ''),
        input('KV heads kv × head dim d', `${arch.kvHeads} × ${arch.hidden / arch.heads}`, ''),
        input('FFN size f', arch.ffn, ''),
        input('FFN matrices m', arch.gatedFfn ? 3 : 2, ''),
        input('experts E', arch.experts, ''),
        input('vocabulary V', arch.vocab, ''),
      ],
      'Decoder-only transformer without biases (LLaMA layout)',
    );
    if (arch.experts > 1) {
      d.add('active-parameters', 'Active parameters per token', 'total − L·(E − k)·m·h·f', active, 'parameters', [
        input('experts E', arch.experts, ''),
        input('active experts k', arch.expertsTopK, ''),
      ]);
    }
  } else {
    total = s.model.parameters as number;
    active = total;
    arch = approximateArchitecture(total, 32_000);
    embedding = 0;
    d.add('parameters', 'Parameters (as given)', 'N', total, 'parameters', [input('parameters', total, '')]);
    d.add(
      'approximate-architecture',
      'Approximate shape used for activation memory',
      'h = ∛(128·N/12), L = h/128 (continuous)',
      arch.layers,
      'layers',
      [input('hidden h', arch.hidden, ''), input('heads', arch.heads, '')],
      'Typical decoder aspect ratio (GPT-3, LLaMA: L ≈ h/128); give the architecture for exact figures',
    );
  }
  const adapters = s.workload === 'fine-tuning' && s.fineTuning.method !== 'full';
  let trainable = s.workload === 'inference' ? 0 : total;
  if (adapters) {
    trainable = loraTrainableParameters(arch, s.fineTuning.loraRank, s.fineTuning.loraTargets);
    d.add(
      'trainable-parameters',
      'Trainable LoRA parameters',
      'L · Σ_targets r·(d_in + d_out)',
      trainable,
      'parameters',
      [
        input('rank r', s.fineTuning.loraRank, ''),
        input('targets', s.fineTuning.loraTargets.join(', '), ''),
        input('layers L', arch.layers, ''),
      ],
      'Hu et al. 2021, "LoRA: Low-Rank Adaptation of Large Language Models"',
    );
  }
  return { arch, adapters, params: { total, active, trainable, embedding, fromArchitecture } };
};

/**
 * Megatron-style splits need whole units per GPU: tensor parallelism splits attention
 * heads, pipeline parallelism splits layers (the search rejects the same layouts).
 * Only checked for a given architecture: the shape approximated from a parameter count is continuous.
 */
export const checkModelParallelLayout = (s: Scenario, pipelineParallel: number): void => {
  const a = s.model.architecture;
  if (!a) return;
  const tp = s.training.tensorParallel;
  if (a.heads % tp !== 0) {
    throw errors.invalid(
      'training.tensorParallel',
      `tensor-parallel size ${tp} must divide the ${a.heads} attention heads (each GPU holds whole heads); found ${a.heads} % ${tp} = ${a.heads % tp}`,
    );
  }
  if (pipelineParallel > a.layers) {
    throw errors.invalid(
      'training.pipelineParallel',
      `pipeline-parallel size ${pipelineParallel} exceeds the ${a.layers} layers (each stage needs at least one layer)`,
    );
  }
};
