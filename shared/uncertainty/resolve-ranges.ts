// The ranges a run uses: the scenario's own where it gives one, the default otherwise.
import type { Range, UncertainInputId, UncertaintySettings } from '../schema/uncertainty';
import { uncertainInputIds } from '../schema/uncertainty';
import { defaultRanges } from './default-ranges';
import { checkRange } from './distributions';

export interface ResolvedRange {
  id: UncertainInputId;
  range: Range;
  /** Where the range came from: the user's scenario or the built-in default (with its evidence). */
  origin: 'scenario' | 'default';
  basis: string;
}

export const resolveRanges = (
  settings: Pick<UncertaintySettings, 'ranges'>,
  plannedRestartShare: number,
): ResolvedRange[] => {
  const defaults = defaultRanges(plannedRestartShare);
  return uncertainInputIds.map((id) => {
    const own = settings.ranges[id];
    const resolved: ResolvedRange = own
      ? { id, range: own, origin: 'scenario', basis: 'Set in the scenario.' }
      : { id, range: defaults[id].range, origin: 'default', basis: defaults[id].basis };
    checkRange(`uncertainty.ranges.${id}`, resolved.range);
    return resolved;
  });
};
