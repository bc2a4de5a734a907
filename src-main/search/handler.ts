// IPC handlers for 'search:run' and 'search:cancel', for the shell's handler table:
//   'search:run': (payload) => search.run(payload), 'search:cancel': (payload) => search.cancel(payload)
// Progress goes out as the app's `progress` event, labelled, with the caller's task id.
import type { SearchResult } from '../../shared/search/run-search';
import type { CatalogOverrides } from '../../shared/schema/catalog-overrides';
import type { SearchClient } from './search-client';

export interface SearchRunPayload {
  /** Chosen by the renderer so it can cancel before the first progress event. */
  taskId: string;
  spec: unknown;
  overrides?: Partial<CatalogOverrides>;
  scatterSize?: number;
}

export type EmitSearchProgress = (taskId: string, label: string, fraction: number) => void;

export const createSearchHandlers = (client: SearchClient, emitProgress: EmitSearchProgress) => ({
  run: async ({ taskId, spec, overrides, scatterSize }: SearchRunPayload): Promise<SearchResult> =>
    client.run(taskId, { spec, overrides, scatterSize }, (p) =>
      emitProgress(
        taskId,
        `Searching plans: ${p.evaluated.toLocaleString('en-US')} of ${p.planned.toLocaleString('en-US')}`,
        p.planned > 0 ? p.evaluated / p.planned : 1,
      ),
    ),
  cancel: async ({ taskId }: { taskId: string }): Promise<{ cancelled: boolean }> => ({
    cancelled: client.cancel(taskId),
  }),
});
