import { WorkerTable } from '../../actors/master/worker-table';
import { healthView, nodesView } from '../../actors/master/cluster-views';

describe('WorkerTable', () => {
  test('tracks connection, keep-alives and disconnection', () => {
    const t = new WorkerTable();
    const e = t.connected('w1', '127.0.0.2', '0.1.0', 1000);
    t.keepAlive('w1', e.generation, 2000, []);
    expect(t.get('w1')).toMatchObject({ connected: true, lastKeepAlive: 2000, connectedSince: 1000 });
    t.disconnected('w1', e.generation, 'gone', 3000);
    expect(t.get('w1')).toMatchObject({ connected: false, disconnectedAt: 3000, disconnectReason: 'gone' });
  });

  test('a stale connection cannot touch its successor', () => {
    const t = new WorkerTable();
    const old = t.connected('w1', 'a', 'v', 1000);
    const fresh = t.connected('w1', 'b', 'v', 2000);
    expect(fresh.generation).toBe(old.generation + 1);
    t.keepAlive('w1', old.generation, 5000, []);
    t.disconnected('w1', old.generation, 'old one died', 5000);
    expect(t.get('w1')).toMatchObject({ connected: true, address: 'b', lastKeepAlive: 2000 });
  });

  test('a worker that left is forgotten: not listed, and its generation is never reused', () => {
    const t = new WorkerTable();
    const first = t.connected('w1', 'a', 'v', 1000);
    t.connected('w2', 'a', 'v', 1000);
    expect(t.forget('w1', first.generation + 1)).toBe(false); // a later connection's leave only
    expect(t.forget('w1', first.generation)).toBe(true);
    expect(t.list().map((w) => w.name)).toEqual(['w2']);
    expect(nodesView({ name: 'm', version: 'v', address: 'x' }, t.list()).nodes.map((n) => n.name)).toEqual(['m', 'w2']);
    const back = t.connected('w1', 'b', 'v', 2000);
    expect(back.generation).toBe(first.generation + 1);
    t.keepAlive('w1', first.generation, 3000, []); // the old connection's late report
    expect(t.get('w1')).toMatchObject({ lastKeepAlive: 2000, address: 'b' });
  });

  test('keeps the sync gate of the last keep-alive that said it', () => {
    const t = new WorkerTable();
    const e = t.connected('w1', 'a', 'v', 1000);
    expect(t.get('w1')!.sync).toBeNull();
    t.keepAlive('w1', e.generation, 2000, [], { state: 'syncing', accepting: false });
    t.keepAlive('w1', e.generation, 3000, [], null);
    expect(t.get('w1')!.sync).toEqual({ state: 'syncing', accepting: false });
    t.keepAlive('w1', e.generation, 4000, [], { state: 'in_sync', accepting: true });
    expect(t.get('w1')!.sync).toEqual({ state: 'in_sync', accepting: true });
  });

  test('lists workers sorted by name and returns copies', () => {
    const t = new WorkerTable();
    t.connected('w2', 'a', 'v', 1);
    t.connected('w1', 'a', 'v', 1);
    const l = t.list();
    expect(l.map((w) => w.name)).toEqual(['w1', 'w2']);
    l[0].connected = false;
    expect(t.get('w1')!.connected).toBe(true);
  });
});

describe('views', () => {
  const self = { name: 'm', version: '0.1.0', address: '127.0.0.1' };
  test('nodes: the master first, then every worker with its connection state', () => {
    const t = new WorkerTable();
    const e = t.connected('w1', '127.0.0.2', '0.1.0', 1000);
    t.connected('w2', '127.0.0.3', '0.1.0', 1000);
    t.disconnected('w1', e.generation, 'gone', 2000);
    expect(nodesView(self, t.list())).toEqual({
      nodes: [
        { name: 'm', type: 'master', role: 'leader', epoch: 0, version: '0.1.0', address: '127.0.0.1', connected: true },
        { name: 'w1', type: 'worker', role: 'worker', epoch: null, version: '0.1.0', address: '127.0.0.2', connected: false },
        { name: 'w2', type: 'worker', role: 'worker', epoch: null, version: '0.1.0', address: '127.0.0.3', connected: true },
      ],
    });
  });

  test('health: keep-alive age and disconnection reason per worker', () => {
    const t = new WorkerTable();
    const e = t.connected('w1', '127.0.0.2', '0.1.0', 1000);
    t.keepAlive('w1', e.generation, 4000, []);
    const h = healthView(self, t.list(), 6500);
    expect(h.workers[0]).toMatchObject({
      name: 'w1', connected: true, seconds_since_keep_alive: 2.5, last_keep_alive: new Date(4000).toISOString(),
      disconnect_reason: null, integrity_check: null, active_agents: 0, sync: null, accepting_agents: null,
    });
    t.disconnected('w1', e.generation, 'silent', 7000);
    expect(healthView(self, t.list(), 8000).workers[0]).toMatchObject({ connected: false, disconnect_reason: 'silent' });
  });

  test('health: each link\'s loops, both sides; a disconnected worker shows no worker-side loops', () => {
    const t = new WorkerTable();
    const e = t.connected('w1', '127.0.0.2', '0.1.0', 1000);
    const failing = { name: 'integrity', status: 'backing-off', restarts: 7, failing: true, lastError: 'EPERM: operation not permitted', lastErrorAt: 5000 };
    t.keepAlive('w1', e.generation, 4000, [failing, { name: 'keep-alive', status: 'idle', restarts: 0, failing: false, lastError: null, lastErrorAt: null }]);
    const masterLoops = [{ name: 'agent-info', status: 'idle', restarts: 1, failing: false, lastError: 'disk I/O error', lastErrorAt: 3000 }];
    const h = healthView(self, t.list().map((w) => ({ ...w, masterLoops })), 6000);
    expect(h.workers[0].loops).toEqual({
      master: [{ name: 'agent-info', status: 'idle', restarts: 1, failing: false, last_error: 'disk I/O error', last_error_at: new Date(3000).toISOString() }],
      worker: [
        { name: 'integrity', status: 'backing-off', restarts: 7, failing: true, last_error: 'EPERM: operation not permitted', last_error_at: new Date(5000).toISOString() },
        { name: 'keep-alive', status: 'idle', restarts: 0, failing: false, last_error: null, last_error_at: null },
      ],
    });
    // A stale connection's report does not reach its successor's entry.
    const next = t.connected('w1', '127.0.0.2', '0.1.0', 7000);
    t.keepAlive('w1', e.generation, 7500, [failing]);
    expect(t.get('w1')).toMatchObject({ generation: next.generation, workerLoops: [], lastKeepAlive: 7000 });
    t.disconnected('w1', next.generation, 'gone', 8000);
    expect(healthView(self, t.list(), 9000).workers[0].loops).toEqual({ master: [], worker: [] });
  });

  test('health: the sync gate of each connected worker', () => {
    const t = new WorkerTable();
    const a = t.connected('w1', 'a', 'v', 1000);
    const b = t.connected('w2', 'a', 'v', 1000);
    const c = t.connected('w3', 'a', 'v', 1000);
    t.keepAlive('w1', a.generation, 2000, [], { state: 'syncing', accepting: false });
    t.keepAlive('w2', b.generation, 2000, [], { state: 'syncing', accepting: true });
    t.keepAlive('w3', c.generation, 2000, [], { state: 'in_sync', accepting: true });
    t.disconnected('w3', c.generation, 'gone', 2500);
    const rows = healthView(self, t.list(), 3000).workers.map((w) => [w.name, w.sync, w.accepting_agents]);
    expect(rows).toEqual([['w1', 'syncing', false], ['w2', 'syncing', true], ['w3', null, null]]);
  });
});
