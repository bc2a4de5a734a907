// `aiplan estimate [file] [flags] [--scenario NAME] [--json]`
import { resolveCatalog } from '../../../shared/catalog';
import { estimateScenario } from '../../../shared/engine/estimate';
import { EngineError } from '../../../shared/engine/errors';
import type { Estimate } from '../../../shared/engine/types';
import type { ScenarioInput } from '../../../shared/schema/scenario';
import type { Catalog } from '../../../shared/catalog/types';
import { parseArgs } from '../flags';
import { applyScenarioFlags, parseScenarioOrThrow, scenarioFlagSpecs, scenarioFlags } from '../scenario-flags';
import { loadDocumentForCli } from '../load-for-cli';
import { estimateTable } from '../estimate-table';
import { UsageError, type CliCommand } from '../types';
import { estimateRange } from '../../../shared/uncertainty';
import type { Scenario } from '../../../shared/schema/scenario';

/** The documented JSON shape (issues #2 and #8), plus the parallelism, warnings and derivation steps. */
export const estimateJson = (e: Estimate, range?: ReturnType<typeof estimateRange>) => ({
  name: e.name,
  parameters: e.parameters.total,
  tokens: e.tokens,
  trainingFlops: e.trainingFlops,
  gpu: e.gpu.id,
  gpuCount: e.gpuCount,
  memoryPerGpuBytes: {
    weights: e.memoryPerGpuBytes.weights,
    gradients: e.memoryPerGpuBytes.gradients,
    optimizer: e.memoryPerGpuBytes.optimizer,
    activations: e.memoryPerGpuBytes.activations,
    kvCache: e.memoryPerGpuBytes.kvCache,
    overhead: e.memoryPerGpuBytes.overhead,
    total: e.memoryPerGpuBytes.total,
    usable: e.memoryPerGpuBytes.usable,
    fits: e.memoryPerGpuBytes.fits,
  },
  gpuHours: e.gpuHours,
  wallClockHours: e.wallClockHours,
  energyKWh: e.energyKWh,
  co2eKg: e.co2eKg,
  cost: { total: e.cost.total, currency: e.cost.currency },
  ...(range ? { range } : {}),
  method: e.method,
  workload: e.workload,
  mfu: e.mfu,
  parallelism: e.parallelism,
  warnings: e.warnings,
  steps: e.steps,
  catalogDate: e.catalogDate,
});

const runEstimates = (scenarios: ScenarioInput[], catalog: Catalog): { scenario: Scenario; estimate: Estimate }[] =>
  scenarios.map((raw) => {
    const scenario = parseScenarioOrThrow(raw);
    try {
      return { scenario, estimate: estimateScenario(scenario, catalog) };
    } catch (e) {
      if (e instanceof EngineError) {
        const flag = Object.entries(scenarioFlags).find(([, f]) => f.path.join('.') === e.field)?.[0];
        throw new UsageError(`${flag ? `--${flag}` : e.field} (scenario "${scenario.name}"): ${e.message}`);
      }
      throw e;
    }
  });

export const command: CliCommand = {
  name: 'estimate',
  summary: 'Estimate memory, GPUs, time, energy, CO2 and cost for a file or for flags',
  usage: [
    'aiplan estimate [file.aiplan] [--scenario NAME] [--json] [scenario flags]',
    '',
    'Without a file, the flags describe one scenario; with a file, they override every selected scenario.',
    ...Object.entries(scenarioFlags).map(([name, f]) => `  --${name.padEnd(20)} ${f.help}`),
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, { ...scenarioFlagSpecs, json: { boolean: true }, scenario: { repeatable: true } });
    if (parsed.positionals.length > 1)
      throw new UsageError(
        `expected at most one file, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`,
      );
    const file = parsed.positionals[0];
    let catalog = resolveCatalog();
    let inputs: ScenarioInput[];
    if (file !== undefined) {
      const loaded = await loadDocumentForCli(file, io);
      if (!loaded) return 1;
      catalog = resolveCatalog(loaded.catalogOverrides);
      const wanted = parsed.flags.get('scenario');
      const chosen = wanted
        ? loaded.scenarios.filter((s) => wanted.includes(s.name) || wanted.includes(s.id))
        : loaded.scenarios;
      if (wanted && chosen.length !== wanted.length) {
        const missing = wanted.filter((w) => !loaded.scenarios.some((s) => s.name === w || s.id === w));
        throw new UsageError(
          `--scenario: no scenario named ${missing.map((m) => `"${m}"`).join(', ')} in ${file}; it has ${loaded.scenarios.map((s) => `"${s.name}"`).join(', ')}`,
        );
      }
      inputs = chosen.map((s) => applyScenarioFlags(s, parsed));
    } else {
      inputs = [applyScenarioFlags({ id: 'cli', name: 'Command line', model: {} }, parsed)];
      if (!parsed.flags.has('params') && !parsed.flags.has('layers'))
        throw new UsageError(
          'give a file, or the model size with --params (e.g. --params 7B) or the architecture with --layers --hidden --heads',
        );
    }
    const results = runEstimates(inputs, catalog);
    if (parsed.booleans.get('json')) {
      const scenarios = results.map((r) => estimateJson(r.estimate, estimateRange(r.scenario, r.estimate, catalog)));
      io.stdout(`${JSON.stringify({ catalogDate: catalog.date, scenarios }, null, 2)}\n`);
    } else {
      io.stdout(`${estimateTable(results.map((r) => r.estimate))}\n`);
    }
    return 0;
  },
};
