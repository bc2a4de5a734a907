// An uncertain input's range as text: multipliers as "0.7×", the restart share as "2%".
import { rangeUnits, type Range, type UncertainInputId } from '../../shared/schema/uncertainty';

export const isShare = (id: UncertainInputId): boolean => rangeUnits[id] === 'share';

/** The number shown in an input box: shares in %, multipliers as they are (rounded for display, not storage). */
export const shownValue = (id: UncertainInputId, value: number): number =>
  Number((isShare(id) ? value * 100 : value).toPrecision(6));

/** From the number typed back to the stored value. */
export const storedValue = (id: UncertainInputId, shown: number): number =>
  isShare(id) ? Number((shown / 100).toPrecision(12)) : shown;

export const endText = (id: UncertainInputId, value: number): string =>
  isShare(id) ? `${shownValue(id, value)}%` : `${shownValue(id, value)}×`;

export const rangeText = (id: UncertainInputId, r: Range): string =>
  `${endText(id, r.low)} / ${endText(id, r.likely)} / ${endText(id, r.high)}, ${r.distribution === 'lognormal' ? 'log-normal' : 'triangular'}`;
