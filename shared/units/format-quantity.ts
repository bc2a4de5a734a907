// Compact, unit-aware display of engine figures (for the CLI and plain-text contexts).

const scales: [number, string][] = [
  [1e15, 'Q'],
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 7e9 → "7B", 1.4e12 → "1.4T", 980 → "980". */
export const formatCount = (value: number, digits = 3): string => {
  const abs = Math.abs(value);
  for (const [scale, suffix] of scales)
    if (abs >= scale) return `${Number((value / scale).toPrecision(digits))}${suffix}`;
  return `${Number(value.toPrecision(digits))}`;
};

export const formatBytes = (bytes: number): string => {
  const abs = Math.abs(bytes);
  if (abs >= 1e12) return `${(bytes / 1e12).toFixed(2)} TB`;
  if (abs >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (abs >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes)} B`;
};

export const formatHours = (hours: number): string => {
  if (hours >= 48) return `${(hours / 24).toFixed(1)} days`;
  if (hours >= 1) return `${hours.toFixed(1)} h`;
  return `${(hours * 60).toFixed(1)} min`;
};
