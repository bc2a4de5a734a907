// One search run in chunks, with progress and cancellation between chunks. Used
// inside the search worker thread and, without a worker, by the CLI.
import { resolveCatalog } from '../../shared/catalog/index';
import type { CatalogOverrides } from '../../shared/schema/catalog-overrides';
import { parseSearchSpec, SearchRun, type SearchProgress, type SearchResult } from '../../shared/search/run-search';

export interface SearchRequest {
  spec: unknown;
  overrides?: Partial<CatalogOverrides>;
  scatterSize?: number;
}

export interface SearchTaskContext {
  onProgress(progress: SearchProgress): void;
  isCancelled(): boolean;
}

/** Candidates per chunk: about 50 ms of work, so cancel and progress feel immediate. */
export const SEARCH_CHUNK = 1 << 16;

/** Runs to the end or until cancelled; a cancelled run returns what it found so far, marked `cancelled`. */
export const runSearchTask = (request: SearchRequest, ctx: SearchTaskContext): SearchResult => {
  const run = new SearchRun(parseSearchSpec(request.spec), resolveCatalog(request.overrides), {
    scatterSize: request.scatterSize,
  });
  while (!run.done) {
    if (ctx.isCancelled()) return run.result(true);
    run.step(SEARCH_CHUNK);
    ctx.onProgress(run.progress());
  }
  return run.result(false);
};

/** The same as an async task for the app's shared task worker (`TaskFunctions` shape): yields between chunks. */
export const runSearchTaskAsync = async (
  request: SearchRequest,
  ctx: { onProgress(fraction: number): void; signal: AbortSignal },
): Promise<SearchResult> => {
  const run = new SearchRun(parseSearchSpec(request.spec), resolveCatalog(request.overrides), {
    scatterSize: request.scatterSize,
  });
  while (!run.done) {
    if (ctx.signal.aborted) return run.result(true);
    run.step(SEARCH_CHUNK);
    ctx.onProgress(run.progress().evaluated / run.planned);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return run.result(false);
};
