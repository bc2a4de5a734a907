import { describe, expect, it } from 'vitest';
import { approximateArchitecture, architectureParameters, resolveArchitecture } from '../../shared/engine/parameters';
import { loraTrainableParameters } from '../../shared/engine/fine-tuning';
import { architectureSchema } from '../../shared/schema/scenario';
import { llama2, relativeError } from './fixtures';

const arch = (a: Record<string, unknown>) => resolveArchitecture(architectureSchema.parse(a));

describe('parameter counts from an architecture', () => {
  it('Llama 2 7B / 13B / 70B match the published 6.74B / 13.0B / 69.0B', () => {
    expect(architectureParameters(arch(llama2['7B'])).total).toBe(6_738_415_616);
    expect(relativeError(architectureParameters(arch(llama2['13B'])).total, 13.016e9)).toBeLessThan(0.001);
    expect(relativeError(architectureParameters(arch(llama2['70B'])).total, 68.977e9)).toBeLessThan(0.001);
  });

  it('GPT-3 175B (96 layers, 12288 hidden, tied 50257 vocabulary) ≈ 174.6B', () => {
    const p = architectureParameters(
      arch({ layers: 96, hidden: 12288, heads: 96, vocab: 50257, tiedEmbeddings: true }),
    );
    expect(relativeError(p.total, 174.6e9)).toBeLessThan(0.001);
  });

  it('mixture of experts: Mixtral 8x7B has 46.7B total and 12.9B active parameters', () => {
    const p = architectureParameters(
      arch({
        layers: 32,
        hidden: 4096,
        heads: 32,
        kvHeads: 8,
        ffn: 14336,
        gatedFfn: true,
        vocab: 32000,
        experts: 8,
        expertsTopK: 2,
      }),
    );
    expect(relativeError(p.total, 46.7e9)).toBeLessThan(0.005);
    expect(relativeError(p.active, 12.9e9)).toBeLessThan(0.005);
  });

  it('LoRA rank 16 on the fused QKV, output and both MLP matrices of the H200 350M model = 6,291,456 (measured)', () => {
    const a = arch({ layers: 24, hidden: 1024, heads: 16, vocab: 32000 });
    expect(loraTrainableParameters(a, 16, ['qkv', 'o', 'up', 'down'])).toBe(6_291_456);
  });

  it('an approximate architecture for a parameter count has 12·L·h² = N and the LLaMA 7B shape at 7B', () => {
    for (const n of [1e8, 1.3e9, 7e9, 70e9, 175e9, 1e12]) {
      const a = approximateArchitecture(n);
      expect(relativeError(12 * a.layers * a.hidden ** 2, n), String(n)).toBeLessThan(1e-12);
    }
    const a7 = approximateArchitecture(7e9);
    expect(relativeError(a7.hidden, 4096)).toBeLessThan(0.05);
    expect(relativeError(a7.layers, 32)).toBeLessThan(0.05);
  });
});
