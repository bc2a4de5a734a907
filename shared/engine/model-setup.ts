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
    d.add({
      id: 'parameters',
      label: 'Parameters (from the architecture)',
      formula: 'L·(2h² + 2h·kv·d + E·m·h·f + 2h) + V·h·(tied ? 1 : 2) + h',
      value: total,
      unit: 'parameters',
      inputs: [
        input({ key: 'layers', name: 'layers L', value: arch.layers, unit: '' }),
        input({ key: 'hidden', name: 'hidden h', value: arch.hidden, unit: '' }),
        input({
          key: 'kvHeadsTimesHeadDim',
          name: 'KV heads kv × head dim d',
          value: `${arch.kvHeads} × ${arch.hidden / arch.heads}`,
          unit: '',
        }),
        input({ key: 'ffnSize', name: 'FFN size f', value: arch.ffn, unit: '' }),
        input({ key: 'ffnMatrices', name: 'FFN matrices m', value: arch.gatedFfn ? 3 : 2, unit: '' }),
        input({ key: 'experts', name: 'experts E', value: arch.experts, unit: '' }),
        input({ key: 'vocabulary', name: 'vocabulary V', value: arch.vocab, unit: '' }),
      ],
      source: 'Decoder-only transformer without biases (LLaMA layout)',
    });
    if (arch.experts > 1) {
      d.add({
        id: 'active-parameters',
        label: 'Active parameters per token',
        formula: 'total − L·(E − k)·m·h·f',
        value: active,
        unit: 'parameters',
        inputs: [
          input({ key: 'experts', name: 'experts E', value: arch.experts, unit: '' }),
          input({ key: 'activeExperts', name: 'active experts k', value: arch.expertsTopK, unit: '' }),
        ],
      });
    }
  } else {
    total = s.model.parameters as number;
    active = total;
    arch = approximateArchitecture(total, 32_000);
    embedding = 0;
    d.add({
      id: 'parameters',
      label: 'Parameters (as given)',
      formula: 'N',
      value: total,
      unit: 'parameters',
      inputs: [input({ key: 'parameters', name: 'parameters', value: total, unit: '' })],
    });
    d.add({
      id: 'approximate-architecture',
      label: 'Approximate shape used for activation memory',
      formula: 'h = ∛(128·N/12), L = h/128 (continuous)',
      value: arch.layers,
      unit: 'layers',
      inputs: [
        input({ key: 'hidden', name: 'hidden h', value: arch.hidden, unit: '' }),
        input({ key: 'heads', name: 'heads', value: arch.heads, unit: '' }),
      ],
      source: 'Typical decoder aspect ratio (GPT-3, LLaMA: L ≈ h/128); give the architecture for exact figures',
    });
  }
  const adapters = s.workload === 'fine-tuning' && s.fineTuning.method !== 'full';
  let trainable = s.workload === 'inference' ? 0 : total;
  if (adapters) {
    trainable = loraTrainableParameters(arch, s.fineTuning.loraRank, s.fineTuning.loraTargets);
    d.add({
      id: 'trainable-parameters',
      label: 'Trainable LoRA parameters',
      formula: 'L · Σ_targets r·(d_in + d_out)',
      value: trainable,
      unit: 'parameters',
      inputs: [
        input({ key: 'rank', name: 'rank r', value: s.fineTuning.loraRank, unit: '' }),
        input({ key: 'targets', name: 'targets', value: s.fineTuning.loraTargets.join(', '), unit: '' }),
        input({ key: 'layers', name: 'layers L', value: arch.layers, unit: '' }),
      ],
      source: 'Hu et al. 2021, "LoRA: Low-Rank Adaptation of Large Language Models"',
    });
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
