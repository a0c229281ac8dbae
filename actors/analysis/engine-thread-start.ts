// engine-thread-start.ts: starts engine-thread as a worker thread, from compiled dist/ (plain .js) and
// from ts-jest or ts sources alike. From .ts, a small bootstrap (eval'd) transpiles each required .ts
// file with the project's own TypeScript, caching the output by content hash in the temp folder so
// that only the first thread of a run pays for the compiler.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EngineThreadData } from './engine-messages';

const TS_BOOT = String.raw`
'use strict';
const fs = require('node:fs'), path = require('node:path'), os = require('node:os'), crypto = require('node:crypto');
const { workerData } = require('node:worker_threads');
const cacheDir = path.join(os.tmpdir(), 'warden-ts-cache');
let ts;
require.extensions['.ts'] = (module, filename) => {
  const src = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(filename).update('\0').update(src).digest('hex');
  const cached = path.join(cacheDir, key + '.js');
  let out;
  try { out = fs.readFileSync(cached, 'utf8'); } catch {
    ts = ts || require(workerData.typescript);
    out = ts.transpileModule(src, { fileName: filename, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
    try { fs.mkdirSync(cacheDir, { recursive: true }); const tmp = cached + '.' + process.pid + '.' + Math.random(); fs.writeFileSync(tmp, out); fs.renameSync(tmp, cached); } catch {}
  }
  module._compile(out, filename);
};
require(workerData.entry);
`;

export function startEngineThread(data: EngineThreadData): Worker {
  const fromTs = __filename.endsWith('.ts');
  const entry = path.join(__dirname, fromTs ? 'engine-thread.ts' : 'engine-thread.js');
  if (!fromTs) return new Worker(entry, { workerData: data });
  return new Worker(TS_BOOT, { eval: true, workerData: { ...data, entry, typescript: require.resolve('typescript') } });
}
