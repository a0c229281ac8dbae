// Real processes: kill -9 the master while two workers send agent-info. Every row a worker saw
// acknowledged must be in the master's database after the crash; after the restart the workers resend
// the rest, and every recorded status reaches the master (counted: none lost).
import * as path from 'path';
import Database from 'better-sqlite3';
import { LocalCluster } from '../../scripts/harness/local-cluster';
import { GlobalStore } from '../../store/global-store';
import { WorkerStore } from '../../store/worker-store';

jest.setTimeout(120_000);

const PER_WORKER = 8_000;
const WAVE = 400;
const STAMP = 1_700_000_000_000;

interface MasterRow { id: number; connection_status: string; node_name: string | null; last_keepalive: number | null }

/** Rows of the master's DB (opened read-write so a crashed master's WAL is recovered). */
function masterRows(file: string): Map<number, MasterRow> {
  const db = new Database(file);
  try {
    const rows = db.prepare('SELECT id, connection_status, node_name, last_keepalive FROM agent').all() as MasterRow[];
    return new Map(rows.map((r) => [r.id, r]));
  } finally {
    db.close();
  }
}

/** The ids a worker has seen acknowledged: synced up to their latest change. */
function acknowledged(file: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM agent_status WHERE synced_ver >= change_ver').pluck().all() as number[]);
  } finally {
    db.close();
  }
}

describe('kill -9 the master while workers send agent-info', () => {
  let c: LocalCluster;
  let stores: WorkerStore[] = [];
  beforeAll(async () => {
    c = new LocalCluster({ workers: 2, intervals: { agent_info: '100ms', agent_groups: '1s', keep_alive: '1s', keep_alive_timeout: '5s' } });
    await c.configure();
    const seed = new GlobalStore(path.join(c.master.dataDir, 'queue', 'db', 'global.db'));
    seed.createGroup('default');
    seed.importAgents(Array.from({ length: 2 * PER_WORKER }, (_, i) => ({ name: `crash-${i + 1}`, ip: 'any', key: 'c'.repeat(64), groups: ['default'] })));
    seed.close();
    await c.startAll();
    await c.waitAllConnected(30_000);
  });
  afterAll(async () => {
    for (const s of stores) s.close();
    await c.stop();
  });

  test('acknowledged rows survive the crash; the rest are resent; none is lost', async () => {
    const masterDb = path.join(c.master.dataDir, 'queue', 'db', 'global.db');
    const workerDbs = [1, 2].map((i) => path.join(c.node(`worker-${i}`).dataDir, 'queue', 'db', 'worker.db'));
    stores = workerDbs.map((f) => new WorkerStore(f));
    await c.waitFor('registries on both workers', async () => stores.map((s) => s.registryIds().length), (v) => v.every((n) => n === 2 * PER_WORKER), 60_000, 100);

    // Waves of statuses on both workers (as their agent ports would record them); the master is killed
    // once it has stored some of them, with later waves still being recorded and sent.
    const idsOf = (w: number) => Array.from({ length: PER_WORKER }, (_, k) => w * PER_WORKER + k + 1);
    const record = (w: number, ids: number[]) => stores[w].recordStatuses(ids.map((id) => ({ id, status: 'active' as const, lastKeepAlive: STAMP + id })));
    let killed = false;
    for (let off = 0; off < PER_WORKER; off += WAVE) {
      for (const w of [0, 1]) record(w, idsOf(w).slice(off, off + WAVE));
      await new Promise((r) => setTimeout(r, 30));
      if (!killed && off >= PER_WORKER / 4 && [0, 1].some((w) => stores[w].pendingCount() < PER_WORKER)) {
        await c.kill('master', 'SIGKILL');
        killed = true;
      }
    }
    expect(killed).toBe(true);

    // While the master is down: everything a worker saw acknowledged is in its database.
    const acked = workerDbs.map(acknowledged);
    const afterCrash = masterRows(masterDb);
    const missingAcked = acked.flatMap((ids, w) => ids.filter((id) => {
      const r = afterCrash.get(id);
      return !r || r.connection_status !== 'active' || r.node_name !== `worker-${w + 1}` || r.last_keepalive !== STAMP + id;
    }));
    const pendingAtCrash = stores.map((s) => s.pendingCount());
    expect(acked[0].length + acked[1].length).toBeGreaterThan(0);
    expect(pendingAtCrash[0] + pendingAtCrash[1]).toBeGreaterThan(0); // the crash did leave work to resend
    expect(missingAcked).toEqual([]);

    // Restart: the workers reconnect and resend what was never acknowledged.
    c.start('master');
    await c.waitFor('nothing pending on the workers', async () => stores.map((s) => s.pendingCount()), (v) => v.every((n) => n === 0), 60_000, 100);
    const final = masterRows(masterDb);
    const lost = [0, 1].flatMap((w) => idsOf(w).filter((id) => {
      const r = final.get(id);
      return !r || r.connection_status !== 'active' || r.node_name !== `worker-${w + 1}` || r.last_keepalive !== STAMP + id;
    }));
    process.stdout.write(`agent-info crash: ${2 * PER_WORKER} statuses, ${acked[0].length + acked[1].length} acknowledged before the kill `
      + `(all in the master DB), ${pendingAtCrash[0] + pendingAtCrash[1]} pending at the kill and resent, lost: ${lost.length}\n`);
    expect(lost).toEqual([]);
  });
});
