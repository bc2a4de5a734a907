// A candidate's figures as text, in the user's locale and the search's currency.
import type { CandidateResult } from '../../shared/search/candidate';
import type { ObjectiveId } from '../../shared/search/spec';
import { formatCurrency, formatDuration, formatEnergy, formatMass, formatNumber } from '../lib/format';

export const objectiveText = (c: CandidateResult, objective: ObjectiveId, locale: string, currency: string): string => {
  switch (objective) {
    case 'loss':
      return formatNumber(c.loss, locale, 4);
    case 'cost':
      return formatCurrency(c.cost, locale, currency);
    case 'time':
      return formatDuration(c.wallClockHours, locale);
    case 'energy':
      return formatEnergy(c.energyKWh, locale);
    case 'co2':
      return formatMass(c.co2eKg, locale);
  }
};
