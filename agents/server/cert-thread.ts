// cert-thread.ts: the thread that makes a self-signed certificate (self-signed.ts), at the lowest CPU
// priority. A worker's first start makes its certificate while it receives its first sync; on a small
// machine the RSA key search (~100-300 ms of CPU) then runs in the gaps the sync leaves, not in its way.
// In: SelfSignedOptions as workerData. Out: one message, { ok: true, cert, key, niceness } or { ok: false, error }.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { buildSelfSignedCert, type SelfSignedOptions } from './self-signed';

/** This thread's nice value after lowering it, null where threads cannot be told apart (not Linux). */
function lowerOwnPriority(): number | null {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    os.setPriority(tid, os.constants.priority.PRIORITY_LOW); // a thread id: setpriority(2) sets that thread's nice
    return os.getPriority(tid);
  } catch {
    return null;
  }
}

const niceness = lowerOwnPriority();
try {
  parentPort!.postMessage({ ok: true, ...buildSelfSignedCert(workerData as SelfSignedOptions), niceness });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: (err as Error).message });
}
