// The human-readable estimate: one column per scenario, one row per figure, warnings below.
import type { Estimate } from '../../shared/engine/types';
import { formatBytes, formatCount, formatHours } from '../../shared/units/format-quantity';
import { formatMoney, formatNumber } from '../../shared/report/format';

// The same locale-independent formatting as the reports, so the CLI and the PDF print the same figures.
const money = (value: number, currency: string) => formatMoney(value, currency, value >= 1000 ? 0 : 2);
const number = formatNumber;

const rows: [string, (e: Estimate) => string][] = [
  ['Method', (e) => `${e.method}, ${e.workload}`],
  [
    'Parameters',
    (e) =>
      formatCount(e.parameters.total) +
      (e.parameters.trainable !== e.parameters.total && e.workload !== 'inference'
        ? ` (${formatCount(e.parameters.trainable)} trainable)`
        : ''),
  ],
  ['Tokens', (e) => formatCount(e.tokens)],
  ['Compute', (e) => `${e.trainingFlops.toExponential(3)} FLOP`],
  ['GPU', (e) => e.gpu.name],
  [
    'GPUs',
    (e) =>
      `${number(e.gpuCount)} (dp ${e.parallelism.data} × tp ${e.parallelism.tensor} × pp ${e.parallelism.pipeline})`,
  ],
  [
    'Memory per GPU',
    (e) =>
      `${formatBytes(e.memoryPerGpuBytes.total)} of ${formatBytes(e.memoryPerGpuBytes.usable)} usable${e.memoryPerGpuBytes.fits ? '' : ' — DOES NOT FIT'}`,
  ],
  ['  weights', (e) => formatBytes(e.memoryPerGpuBytes.weights)],
  ['  gradients', (e) => formatBytes(e.memoryPerGpuBytes.gradients)],
  ['  optimizer', (e) => formatBytes(e.memoryPerGpuBytes.optimizer)],
  ['  activations', (e) => formatBytes(e.memoryPerGpuBytes.activations)],
  ['  KV cache', (e) => formatBytes(e.memoryPerGpuBytes.kvCache)],
  ['MFU', (e) => `${(e.mfu * 100).toFixed(0)}%`],
  ['GPU-hours', (e) => number(e.gpuHours)],
  ['Wall-clock', (e) => formatHours(e.wallClockHours)],
  ['Energy', (e) => `${number(e.energyKWh)} kWh`],
  ['CO2e', (e) => `${number(e.co2eKg / 1000, 2)} t`],
  ['Cost', (e) => money(e.cost.total, e.cost.currency)],
];

export const estimateTable = (estimates: Estimate[]): string => {
  const header = ['', ...estimates.map((e) => e.name)];
  const body = rows.map(([label, cell]) => [label, ...estimates.map(cell)]);
  const table = [header, ...body];
  const widths = header.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  const lines = table.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  const notes = estimates.flatMap((e) => e.warnings.map((w) => `! ${e.name}: ${w}`));
  const dates = `Catalog figures as of ${estimates[0]?.catalogDate ?? '—'}.`;
  return [...lines, '', ...notes, ...(notes.length ? [''] : []), dates].join('\n');
};
