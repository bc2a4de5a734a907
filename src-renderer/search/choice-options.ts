// The chips each list axis offers: catalog GPUs and regions, and the schema's enums.
import type { Catalog } from '../../shared/catalog/types';
import { optimizerIds, precisionIds, recomputeIds } from '../../shared/schema/scenario';
import { objectiveIds, type ObjectiveId } from '../../shared/search/spec';

export interface ChoiceOption<T extends string | number = string> {
  value: T;
  label: string;
  title?: string;
}

const plain = <T extends string>(ids: readonly T[]): ChoiceOption<T>[] => ids.map((id) => ({ value: id, label: id }));

export const objectiveLabels: Record<ObjectiveId, string> = {
  loss: 'Loss',
  cost: 'Cost',
  time: 'Time',
  energy: 'Energy',
  co2: 'CO₂e',
};

/** Catalog GPUs and regions, with any the setup names that the catalog lacks (so they can be unticked). */
export const choiceOptions = (catalog: Catalog | null, chosen: { gpus: string[]; regions: string[] }) => {
  const gpus: ChoiceOption[] = (catalog?.gpus ?? []).map((g) => ({ value: g.id, label: g.name, title: g.id }));
  const regions: ChoiceOption[] = (catalog?.regions ?? []).map((r) => ({ value: r.id, label: r.name, title: r.id }));
  for (const id of chosen.gpus)
    if (!gpus.some((g) => g.value === id)) gpus.push({ value: id, label: `${id} (not in catalog)` });
  for (const id of chosen.regions)
    if (!regions.some((r) => r.value === id)) regions.push({ value: id, label: `${id} (not in catalog)` });
  return {
    gpus,
    regions,
    precision: plain(precisionIds),
    optimizer: plain(optimizerIds),
    recompute: plain(recomputeIds),
    zeroStage: [0, 1, 2, 3].map((z) => ({ value: z, label: `ZeRO ${z}` })) as ChoiceOption<number>[],
    objectives: objectiveIds.map((id) => ({ value: id, label: objectiveLabels[id] })) as ChoiceOption<ObjectiveId>[],
  };
};
