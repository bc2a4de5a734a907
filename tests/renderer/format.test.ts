import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCurrency,
  formatDuration,
  formatEnergy,
  formatMass,
  formatNumber,
  formatPercent,
} from '../../src-renderer/lib/format';

describe('format', () => {
  it('formats currency by locale', () => {
    expect(formatCurrency(1234.5, 'en-US', 'USD')).toBe('$1,235');
    expect(formatCurrency(12.345, 'en-US', 'EUR')).toBe('€12.35');
    expect(formatCurrency(2_410_628, 'en-US', 'EUR')).toBe('€2.41M');
    expect(formatCurrency(1234.5, 'de-DE', 'EUR')).toMatch(/^1\.235\s€$/);
  });

  it('formats numbers compactly and by locale', () => {
    expect(formatNumber(164, 'en-US')).toBe('164');
    expect(formatNumber(355_224, 'en-US')).toBe('355,224');
    expect(formatNumber(355_224, 'de-DE')).toBe('355.224');
    expect(formatNumber(1.5e7, 'en-US')).toBe('15M');
    expect(formatNumber(Number.NaN, 'en-US')).toBe('—');
  });

  it('picks a human unit for durations, sizes, energy and mass', () => {
    expect(formatDuration(0.5, 'en-US')).toBe('30 minutes');
    expect(formatDuration(10, 'en-US')).toBe('10 hours');
    expect(formatDuration(180.5 * 24, 'en-US')).toBe('181 days');
    expect(formatBytes(80e9, 'en-US')).toBe('80 GB');
    expect(formatEnergy(355_224, 'en-US')).toBe('355 MWh');
    expect(formatMass(2500, 'en-US')).toBe('2.5 t CO₂e');
    expect(formatPercent(-0.25, 'en-US')).toBe('−25%');
  });
});
