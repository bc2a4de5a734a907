// Edge deployment: does the (quantized) model fit on one small, low-power GPU from
// the catalog (`edge: true`)? Each candidate is an engine inference estimate on
// that GPU; the changed scenario serves on the lowest-power one that fits.
import { z } from 'zod';
import type { Catalog, Gpu } from '../../catalog/types';
import { numberFormat } from '../precision';
import { estimateScenario } from '../estimate';
import { errors } from '../errors';
import { weightPrecisionIds, type Scenario } from '../../schema/scenario';
import { allOf, refuse, standardMethodOnly } from './guards';
import { validated, withHistory } from './history';
import { blankAsUnset, choiceOption, wholeOption } from './option-schemas';
import { SERVING_VIEW_NOTE, servingView } from './serving-view';
import type { Technique } from './types';

const options = z.object({
  precision: choiceOption('precision', weightPrecisionIds).default('int4'),
  /** Concurrent sequences on the device (1 = one user). */
  batchSize: wholeOption('batchSize', 1, 1_000_000).default(1),
  /** A specific edge GPU; unset = the lowest-power one that fits. */
  gpu: blankAsUnset(z.string({ error: 'gpu must be a catalog GPU id' })),
});

type Options = z.output<typeof options>;

export interface EdgeFit {
  gpu: Gpu;
  fits: boolean;
  /** Weights + KV cache + framework overhead on the one GPU. */
  requiredBytes: number;
  /** Capacity less the safety headroom. */
  usableBytes: number;
  headroomBytes: number;
  scenario: Scenario;
}

const onDevice = (s: Scenario, gpu: Gpu, o: Pick<Options, 'precision' | 'batchSize'>): Scenario =>
  validated({
    ...servingView(s),
    hardware: { ...s.hardware, gpu: gpu.id, gpuCount: undefined, deadlineHours: undefined },
    training: { ...s.training, tensorParallel: 1, pipelineParallel: 1 },
    inference: { ...s.inference, weightPrecision: o.precision, batchSize: o.batchSize },
  });

/** Every edge GPU of the catalog with whether one of them holds the model, by the engine's inference memory. */
export const edgeFits = (
  s: Scenario,
  catalog: Catalog,
  o: Pick<Options, 'precision' | 'batchSize'> = { precision: 'int4', batchSize: 1 },
): EdgeFit[] =>
  catalog.gpus
    .filter((g) => g.edge === true)
    .map((gpu) => {
      const scenario = onDevice(s, gpu, o);
      const e = estimateScenario(scenario, catalog);
      const perReplica = e.inference?.gpusPerReplica ?? 1;
      const requiredBytes =
        (e.memoryPerGpuBytes.weights + e.memoryPerGpuBytes.kvCache) * perReplica + e.memoryPerGpuBytes.overhead;
      const usableBytes = e.memoryPerGpuBytes.usable;
      return {
        gpu,
        fits: perReplica === 1 && e.memoryPerGpuBytes.fits,
        requiredBytes,
        usableBytes,
        headroomBytes: usableBytes - requiredBytes,
        scenario,
      };
    });

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;

export const edgeDeployment: Technique<typeof options> = {
  id: 'edge-deployment',
  label: 'Edge deployment',
  description:
    'Serve the model on one small, low-power GPU near the data (quantized to fit), instead of data-centre GPUs.',
  source:
    'Source article, "Edge Computing in AI" and "Quantization" (mobile or edge devices); catalog GPUs marked edge',
  options,
  fields: (catalog) => [
    {
      id: 'precision',
      label: 'Weight precision',
      kind: 'select',
      default: 'int4',
      choices: weightPrecisionIds.map((p) => ({ value: p, label: numberFormat(p).label })),
    },
    { id: 'batchSize', label: 'Concurrent sequences per device', kind: 'number', default: 1 },
    {
      id: 'gpu',
      label: 'Edge GPU',
      kind: 'select',
      default: '',
      optional: true,
      choices: [
        { value: '', label: 'lowest-power that fits' },
        ...catalog.gpus.filter((g) => g.edge === true).map((g) => ({ value: g.id, label: g.name })),
      ],
    },
  ],
  applicable: (s, catalog) =>
    allOf(
      () => standardMethodOnly(s, 'serving memory'),
      () =>
        catalog.gpus.some((g) => g.edge === true) ? { ok: true } : refuse('the catalog has no GPU marked as edge.'),
      () => {
        // The most generous check: 4-bit weights, one sequence. If even that does not fit, no option will.
        const fits = edgeFits(s, catalog, { precision: 'int4', batchSize: 1 });
        if (fits.some((f) => f.fits)) return { ok: true };
        const smallest = fits.reduce((a, b) => (a.requiredBytes < b.requiredBytes ? a : b));
        return refuse(
          `even at INT4 with one sequence the model needs ${gb(smallest.requiredBytes)}, more than any edge GPU holds (${fits.map((f) => `${f.gpu.name}: ${gb(f.usableBytes)} usable`).join(', ')}). Distil a smaller model first.`,
        );
      },
    ),
  apply: (s, o, catalog) => {
    const fits = edgeFits(s, catalog, o);
    const candidates = o.gpu === undefined ? fits.filter((f) => f.fits) : fits.filter((f) => f.gpu.id === o.gpu);
    if (o.gpu !== undefined && candidates.length === 0) {
      throw errors.invalid(
        'options.gpu',
        `"${o.gpu}" is not an edge GPU in the catalog; edge GPUs: ${fits.map((f) => f.gpu.id).join(', ')}`,
      );
    }
    if (candidates.length === 0) {
      throw errors.invalid(
        'options.precision',
        `at ${numberFormat(o.precision).label} with ${o.batchSize} sequence(s) the model fits on no edge GPU (${fits.map((f) => `${f.gpu.name}: needs ${gb(f.requiredBytes)}, ${gb(f.usableBytes)} usable`).join('; ')}); choose INT4 or a smaller batch`,
      );
    }
    const chosen = candidates.reduce((a, b) => (b.gpu.tdpW < a.gpu.tdpW ? b : a));
    const summary = `Served on ${chosen.gpu.name} at ${numberFormat(o.precision).label}, ${o.batchSize} sequence(s) per device: ${gb(chosen.requiredBytes)} of ${gb(chosen.usableBytes)} usable${chosen.fits ? `, ${gb(chosen.headroomBytes)} headroom` : ' — does not fit'}.`;
    const scenario = withHistory(chosen.scenario, { id: 'edge-deployment', label: 'Edge deployment', detail: summary });
    const details = fits.map((f) => ({
      label: f.gpu.name,
      value: f.fits
        ? `fits: ${gb(f.requiredBytes)} of ${gb(f.usableBytes)} usable, ${gb(f.headroomBytes)} headroom, ${f.gpu.tdpW} W`
        : `does not fit: needs ${gb(f.requiredBytes)}, ${gb(f.usableBytes)} usable`,
    }));
    const assumptions = [
      ...SERVING_VIEW_NOTE(s),
      'A device holds the whole model (no tensor parallelism across devices); usable memory = capacity × (1 − headroom), framework overhead included.',
      'The traffic is served by as many devices as the engine needs; data-transfer costs and latency savings of serving near the data are not modelled.',
      `Device chosen: ${o.gpu === undefined ? 'the lowest-power edge GPU that fits' : 'as given'}; figures from ${chosen.gpu.source} (${chosen.gpu.date}).`,
    ];
    return {
      scenario,
      summary,
      assumptions,
      ...(s.workload === 'inference' ? {} : { baseline: servingView(s) }),
      extraRuns: [],
      details,
    };
  },
};
