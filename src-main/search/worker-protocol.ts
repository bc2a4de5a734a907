// Messages between the main process and a search worker thread. Cancellation is a
// shared flag the worker reads between chunks, so it needs no message round trip.
import type { SearchProgress, SearchResult } from '../../shared/search/run-search';
import type { SearchRequest } from './search-task';

export interface SearchWorkerData {
  request: SearchRequest;
  /** Int32Array over a SharedArrayBuffer; index 0 becomes 1 to cancel. */
  cancelFlag: SharedArrayBuffer;
}

export type FromSearchWorker =
  | { type: 'progress'; progress: SearchProgress }
  | { type: 'done'; result: SearchResult }
  | { type: 'failed'; message: string };
