// engine-thread-start.ts: starts engine-thread as a worker thread, always from its compiled .js (under
// dist/ when the caller runs from the .ts sources, as in ts-jest; see lib/compiled-entry.ts).
import { Worker } from 'node:worker_threads';
import { compiledEntry } from '../../lib/compiled-entry';
import type { EngineThreadData } from './engine-messages';

export function startEngineThread(data: EngineThreadData): Worker {
  return new Worker(compiledEntry(__filename, 'engine-thread'), { workerData: data });
}
