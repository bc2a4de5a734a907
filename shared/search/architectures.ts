// The architecture axis of a search: every valid combination of layers, hidden
// size, heads, KV grouping, FFN ratio, gating and vocabulary, with its exact
// parameter counts from the engine (computed once per shape, not per candidate).
import { architectureParameters, resolveArchitecture } from '../engine/parameters';
import type { Architecture } from '../schema/scenario';
import type { SearchGoal, SearchSpace } from './spec';

/** Flat columns, one row per architecture. */
export interface ArchitectureTable {
  count: number;
  layers: Float64Array;
  hidden: Float64Array;
  heads: Float64Array;
  kvHeads: Float64Array;
  ffn: Float64Array;
  gated: Uint8Array;
  vocab: Float64Array;
  totalParameters: Float64Array;
  activeParameters: Float64Array;
}

export const architectureOf = (t: ArchitectureTable, row: number, tiedEmbeddings = false): Architecture => ({
  layers: t.layers[row]!,
  hidden: t.hidden[row]!,
  heads: t.heads[row]!,
  kvHeads: t.kvHeads[row]!,
  ffn: t.ffn[row]!,
  gatedFfn: t.gated[row] === 1,
  vocab: t.vocab[row]!,
  tiedEmbeddings,
  experts: 1,
  expertsTopK: 1,
});

/** Shapes a goal of a fixed parameter count admits: within ± tolerance of the target. */
const withinGoal = (goal: SearchGoal, parameters: number): boolean =>
  goal.kind !== 'parameters' || Math.abs(parameters - goal.parameters) <= goal.tolerance * goal.parameters;

export const buildArchitectureTable = (
  space: SearchSpace,
  goal: SearchGoal,
  tiedEmbeddings = false,
): ArchitectureTable => {
  const rows: Architecture[] = [];
  const params: { total: number; active: number }[] = [];
  for (const layers of space.layers)
    for (const hidden of space.hidden)
      for (const heads of space.heads) {
        if (hidden % heads !== 0) continue;
        for (const group of space.queryHeadsPerKvHead) {
          if (heads % group !== 0) continue;
          for (const ratio of space.ffnRatio)
            for (const gatedFfn of space.gatedFfn)
              for (const vocab of space.vocab) {
                const arch: Architecture = {
                  layers,
                  hidden,
                  heads,
                  kvHeads: heads / group,
                  ffn: Math.max(1, Math.round(ratio * hidden)),
                  gatedFfn,
                  vocab,
                  tiedEmbeddings,
                  experts: 1,
                  expertsTopK: 1,
                };
                const p = architectureParameters(resolveArchitecture(arch));
                if (!withinGoal(goal, p.total)) continue;
                rows.push(arch);
                params.push(p);
              }
        }
      }
  const column = (pick: (a: Architecture, i: number) => number) => Float64Array.from(rows, pick);
  return {
    count: rows.length,
    layers: column((a) => a.layers),
    hidden: column((a) => a.hidden),
    heads: column((a) => a.heads),
    kvHeads: column((a) => a.kvHeads ?? a.heads),
    ffn: column((a) => a.ffn ?? 4 * a.hidden),
    gated: Uint8Array.from(rows, (a) => (a.gatedFfn ? 1 : 0)),
    vocab: column((a) => a.vocab),
    totalParameters: column((_, i) => params[i]!.total),
    activeParameters: column((_, i) => params[i]!.active),
  };
};
