// Runs the document's saved searches for an export, in the main process. Bounded:
// at most EXPORT_MAX_CANDIDATES plans per search (a seeded sample of larger spaces,
// so the same document gives the same report), yielding between chunks for cancel.
import type { Catalog } from '../../shared/catalog/types';
import type { ProjectDocument } from '../../shared/schema/document';
import { parseSearchSpec, SearchRun } from '../../shared/search/run-search';
import type { SearchSpec } from '../../shared/search/spec';
import type { SearchReport } from '../../shared/report/search-report';
import { breathe } from './cancel';

/** About 0.2 s of search per saved search at the engine's ≥ 1M candidates/s. */
export const EXPORT_MAX_CANDIDATES = 200_000;
const CHUNK = 1 << 15;
const SCATTER_SIZE = 400;

/** Names the saved search's field: "searches.2.spec.goal.kind: …". */
const fieldMessage = (index: number, message: string): string =>
  `searches.${index}.${message.startsWith('spec') ? '' : 'spec.'}${message}`;

const parseOrExplain = (index: number, spec: unknown): SearchSpec | string => {
  try {
    return parseSearchSpec(spec);
  } catch (err) {
    return fieldMessage(index, (err as Error).message);
  }
};

const runOne = async (
  spec: SearchSpec,
  catalog: Catalog,
  signal: AbortSignal | undefined,
  progress: (fraction: number) => void,
) => {
  const run = new SearchRun(spec, catalog, { scatterSize: SCATTER_SIZE });
  while (!run.done) {
    run.step(CHUNK);
    progress(run.progress().evaluated / run.planned);
    await breathe(signal);
  }
  return { result: run.result(false), currency: run.compiled.base.pricing.currency };
};

/** `progress` gets the share of the saved searches done, 0–1. */
export const runSavedSearches = async (
  doc: ProjectDocument,
  catalog: Catalog,
  signal?: AbortSignal,
  progress: (fraction: number) => void = () => {},
): Promise<SearchReport[]> => {
  const reports: SearchReport[] = [];
  const count = doc.searches.length;
  for (const [index, saved] of doc.searches.entries()) {
    const parsed = parseOrExplain(index, saved.spec);
    const base = { id: saved.id, name: saved.name, maxCandidates: EXPORT_MAX_CANDIDATES };
    if (typeof parsed === 'string') {
      reports.push({ ...base, currency: doc.currency, capped: false, error: parsed });
      continue;
    }
    const spec = { ...parsed, maxCandidates: Math.min(parsed.maxCandidates, EXPORT_MAX_CANDIDATES) };
    try {
      const { result, currency } = await runOne(spec, catalog, signal, (f) => progress((index + f) / count));
      // Capped only when the export's bound, not the spec's own, stopped the search short of the space.
      reports.push({
        ...base,
        spec,
        currency,
        capped: result.planned < Math.min(result.spaceSize, parsed.maxCandidates),
        result,
      });
    } catch (err) {
      signal?.throwIfAborted();
      reports.push({
        ...base,
        spec,
        currency: doc.currency,
        capped: false,
        error: fieldMessage(index, (err as Error).message),
      });
    }
  }
  return reports;
};
