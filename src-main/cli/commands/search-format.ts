// Human output of `aiplan search`: counts, the top-k table, the frontier and the Chinchilla check.
import type { CandidateResult } from '../../../shared/search/candidate';
import type { SearchResult } from '../../../shared/search/run-search';

const si = (n: number) => {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [v, u] of units) if (Math.abs(n) >= v) return `${(n / v).toPrecision(3)}${u}`;
  return n.toPrecision(3);
};

const row = (c: CandidateResult) => [
  si(c.parameters),
  `${c.architecture.layers}×${c.architecture.hidden}/${c.architecture.heads}h`,
  si(c.tokens),
  c.loss.toFixed(3),
  `${c.gpuCount}×${c.gpu}`,
  `t${c.tensorParallel}p${c.pipelineParallel}d${c.dataParallel}`,
  `${c.precision} z${c.zeroStage} ${c.recompute}`,
  c.region,
  si(c.cost),
  `${c.wallClockHours.toFixed(0)} h`,
  `${si(c.energyKWh)} kWh`,
  `${si(c.co2eKg)} kg`,
  c.binding ? `${c.binding.limit} ${(c.binding.share * 100).toFixed(0)}%` : '-',
];

const HEAD = [
  'params',
  'shape',
  'tokens',
  'loss',
  'GPUs',
  'layout',
  'plan',
  'region',
  'cost',
  'time',
  'energy',
  'CO2e',
  'closest limit',
];

const table = (rows: string[][]) => {
  const all = [HEAD, ...rows];
  const widths = HEAD.map((_, j) => Math.max(...all.map((r) => r[j]!.length)));
  return all
    .map((r) =>
      r
        .map((cell, j) => cell.padEnd(widths[j]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

export const formatSearchResult = (r: SearchResult): string => {
  const lines = [
    `Evaluated ${r.evaluated.toLocaleString('en-US')} of ${r.spaceSize.toLocaleString('en-US')} plans${r.sampled ? ' (seeded sample)' : ''}${r.cancelled ? ' — cancelled' : ''}; ${r.feasible.toLocaleString('en-US')} feasible.`,
    ...Object.entries(r.rejected).map(([why, n]) => `  rejected: ${why}: ${n.toLocaleString('en-US')}`),
    ...r.notes.map((n) => `  note: ${n}`),
    '',
    `Top ${r.top.length} by ${r.rankBy}:`,
    table(r.top.map(row)),
    '',
    `Pareto frontier over ${r.frontierObjectives.join(', ')} (${r.frontier.length} plans):`,
    table(r.frontier.slice(0, 50).map(row)),
  ];
  if (r.frontier.length > 50) lines.push(`  … ${r.frontier.length - 50} more (use --json)`);
  if (r.chinchilla) {
    const c = r.chinchilla;
    lines.push(
      '',
      `Chinchilla check: the lowest-loss plan spends ${c.flops.toExponential(2)} FLOPs on ${si(c.parameters)} parameters; ` +
        `Hoffmann et al. 2022 put the loss-optimal size at ${si(c.hoffmannParameters)} (ratio ${c.ratioToHoffmann.toFixed(2)}).`,
    );
  }
  return `${lines.join('\n')}\n`;
};
