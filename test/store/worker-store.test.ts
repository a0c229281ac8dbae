import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkerStore } from '../../store/worker-store';
import { GlobalStore, registryDigest } from '../../store/global-store';

describe('WorkerStore', () => {
  let dir: string;
  let w: WorkerStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-wstore-'));
    w = new WorkerStore(path.join(dir, 'worker.db'));
  });
  afterEach(() => {
    w.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('at start, agents an earlier process left active or pending become disconnected; the others are untouched', () => {
    w.recordStatuses([
      { id: 1, status: 'active', lastKeepAlive: 100, version: 'v4.14.7' },
      { id: 2, status: 'pending' },
      { id: 3, status: 'disconnected', disconnectionTime: 50 },
    ]);
    w.markSynced(w.pendingInfo(10).map((p) => ({ id: p.update.id, version: p.version })));
    w.close();
    w = new WorkerStore(path.join(dir, 'worker.db'));
    expect(w.pendingCount()).toBe(0);
    expect(w.disconnectLeftovers(1_000)).toBe(2);
    const byId = new Map(w.statuses().map((u) => [u.id, u]));
    expect(byId.get(1)).toEqual({ id: 1, status: 'disconnected', lastKeepAlive: 100, version: 'v4.14.7', disconnectionTime: 1_000 });
    expect(byId.get(2)).toEqual({ id: 2, status: 'disconnected', disconnectionTime: 1_000 });
    expect(byId.get(3)).toEqual({ id: 3, status: 'disconnected', disconnectionTime: 50 });
    expect(w.statusCounts()).toEqual([{ status: 'disconnected', n: 3 }]);
    // The master hears of the two with the next agent-info batch.
    expect(w.pendingInfo(10).map((p) => p.update.id).sort()).toEqual([1, 2]);
    expect(w.disconnectLeftovers(2_000)).toBe(0);
  });

  test('follows the master registry incrementally and by full resend, to the same digest', () => {
    const m = new GlobalStore(path.join(dir, 'global.db'));
    try {
      m.createGroup('g');
      const a = m.registerAgent({ name: 'a', ip: 'any', key: 'k'.repeat(64), groups: ['g'] });
      const b = m.registerAgent({ name: 'b', ip: 'any', key: 'q'.repeat(64) });
      let batch = m.changesSince(w.registrySeq());
      w.applyRegistryChanges(batch.changes, batch.lastSeq);
      expect(w.registryDigest()).toBe(registryDigest(m.registry()));
      w.recordStatus({ id: b.id, status: 'active' });
      m.removeAgent(b.id);
      m.unassignGroup(a.id, 'g');
      batch = m.changesSince(w.registrySeq());
      w.applyRegistryChanges(batch.changes, batch.lastSeq);
      expect(w.registry().map((e) => [e.name, e.groups])).toEqual([['a', []]]);
      expect(w.statuses()).toEqual([]); // the deleted agent's status went with it
      expect(w.registryDigest()).toBe(registryDigest(m.registry()));
      w.replaceRegistry(m.registry(), m.lastChangeSeq());
      expect(w.registryDigest()).toBe(registryDigest(m.registry()));
      expect(w.agentByName('a')!.id).toBe(a.id);
    } finally {
      m.close();
    }
  });

  test('a status is synced only up to the version the master acknowledged', () => {
    w.recordStatus({ id: 1, status: 'active', lastKeepAlive: 1 });
    w.recordStatus({ id: 2, status: 'active', lastKeepAlive: 1 });
    const sent = w.pendingInfo(100);
    expect(sent.map((p) => p.update.id)).toEqual([1, 2]);
    // Agent 1 changes again while the batch is in flight.
    w.recordStatus({ id: 1, status: 'disconnected', disconnectionTime: 5 });
    w.markSynced(sent.map((p) => ({ id: p.update.id, version: p.version })));
    const still = w.pendingInfo(100);
    expect(still.map((p) => [p.update.id, p.update.status])).toEqual([[1, 'disconnected']]);
    w.markSynced(still.map((p) => ({ id: p.update.id, version: p.version })));
    expect(w.pendingCount()).toBe(0);
  });

  test('pending rows survive a restart (nothing acknowledged is lost, nothing unacknowledged is dropped)', () => {
    w.recordStatuses([{ id: 1, status: 'active' }, { id: 2, status: 'pending' }]);
    w.close();
    w = new WorkerStore(path.join(dir, 'worker.db'));
    expect(w.pendingCount()).toBe(2);
    expect(w.pendingInfo(1)).toHaveLength(1);
  });
});
