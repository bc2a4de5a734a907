// Entry point of the task worker thread (bundled to dist/main/worker.js).
import { parentPort } from 'node:worker_threads';
import { serveTasks } from './worker-serve';
import { taskFunctions } from './tasks';

if (!parentPort) throw new Error('worker.ts must run as a worker thread');
serveTasks(parentPort, taskFunctions);
