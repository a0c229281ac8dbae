// SyncGate tells the master it takes agents only once its first sync completed and its agent and
// enrollment ports listen: a sync can end first, and an agent sent then would find nothing listening.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SyncGate } from '../../actors/worker/sync-gate';
import { systemClock } from '../../lib/clock';
import { memoryLog } from '../../log/cluster-log';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-gate-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each<[string, boolean, boolean, boolean]>([
  ['synced, ports not open yet', true, false, false],
  ['ports open, not synced yet', false, true, false],
  ['synced and ports open', true, true, true],
])('%s: accepting is %s/%s -> %s', (_n, synced, open, accepting) => {
  const gate = new SyncGate({ dataDir: dir, log: memoryLog({ role: 'Worker', nodeName: 'w1' }).task('Main'), clock: systemClock });
  let fired = 0;
  gate.changed.subscribe(() => fired++);
  if (synced) {
    gate.filesInSync(3);
    gate.registryInSync(0);
  }
  if (open) gate.portsOpen();
  expect(gate.accepting).toBe(accepting);
  expect(gate.name).toBe(synced ? 'in_sync' : 'syncing');
  // The master hears of each step at once: the first sync, and the ports opening.
  expect(fired).toBe(Number(synced) + Number(open));
});
