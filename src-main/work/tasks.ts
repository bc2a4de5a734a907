// The long tasks the app runs off the window's thread.
import { exportPdf, exportXlsx } from '../exporters/index';
import type { TaskFunctions } from './task-types';

export const taskFunctions: TaskFunctions = {
  'export:pdf': (input, ctx) => exportPdf(input.document, { ...input, onProgress: ctx.onProgress, signal: ctx.signal }),
  'export:xlsx': (input, ctx) =>
    exportXlsx(input.document, { ...input, onProgress: ctx.onProgress, signal: ctx.signal }),
};
