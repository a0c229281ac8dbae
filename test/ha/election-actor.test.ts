// ElectionActor on a real etcd, under supervision: it leads and shows it; when etcd goes away the node
// is told the lead is lost first, then the actor fails to its supervisor (not logged away), restarts,
// and leads again once etcd is back; stopping the node resigns.
import { electionSpec, Leadership } from '../../actors/ha/election-actor';
import { EtcdUnreachableError, type ElectionStatus } from '../../actors/ha/etcd-election';
import type { SupervisionEvent } from '../../actors/supervision/actor';
import { startActorSystem, type ActorSystem } from '../../actors/supervision/system';
import { systemClock } from '../../lib/clock';
import type { TaskLog } from '../../log/task-log';
import { EtcdServer } from '../../scripts/harness/etcd-server';
import { freshPrefix, waitFor } from './helpers';

jest.setTimeout(60_000);

const TTL = 3_000;
const SOON = 4 * TTL;

let etcd: EtcdServer;
let sys: ActorSystem<unknown> | undefined;
beforeAll(async () => { etcd = await EtcdServer.start(); });
afterEach(async () => { await sys?.shutdown(); sys = undefined; });
afterAll(async () => { await etcd?.close(); });

type Seen = { what: 'lost'; reason: string } | { what: 'elected'; epoch: number } | { what: 'crashed'; path: string; error: Error } | { what: 'log'; level: string; msg: string };

function memoryLog(seen: Seen[]): TaskLog {
  const at = (level: string) => (msg: string) => { seen.push({ what: 'log', level, msg }); };
  return { debug: at('debug'), info: at('info'), warning: at('warning'), error: at('error') };
}

test('leads and shows it; etcd away: lost first, then the actor fails to its supervisor; etcd back: leads again; stop resigns', async () => {
  const seen: Seen[] = [];
  const leadership = new Leadership();
  const onEvent = (e: SupervisionEvent): void => { if (e.type === 'crashed') seen.push({ what: 'crashed', path: e.path, error: e.error }); };
  sys = startActorSystem<null, unknown>({ name: 'node', kind: 'Node', init: () => null, receive: (s) => s }, { onEvent });
  const actor = sys.root.spawn(electionSpec({
    etcd: { endpoints: [etcd.endpoint], prefix: freshPrefix(), leaseTtlMs: TTL },
    node: 'm1', address: '127.0.0.1:1516', leadership, clock: systemClock, log: memoryLog(seen),
    onLost: (reason) => seen.push({ what: 'lost', reason }),
    onElected: (epoch) => seen.push({ what: 'elected', epoch }),
  }));

  await waitFor(() => leadership.canWrite(), 'the lead', SOON);
  const epoch = leadership.status().epoch!;
  const status = await actor.ask<ElectionStatus>((reply) => ({ type: 'status', reply }), 1_000);
  expect(status).toMatchObject({ role: 'leader', epoch, leader: { node: 'm1', address: '127.0.0.1:1516', epoch } });
  await waitFor(() => sys!.registry.get('/node/election')!.summary === `role=leader epoch=${epoch} leader=m1@${epoch} elected=1`, 'the summary', SOON);
  expect(seen).toContainEqual({ what: 'log', level: 'info', msg: `Leading the cluster (epoch ${epoch}).` });

  await etcd.stop();
  await waitFor(() => seen.some((s) => s.what === 'crashed'), 'the actor to fail', SOON);
  expect(leadership.canWrite()).toBe(false);
  const lostAt = seen.findIndex((s) => s.what === 'lost');
  const crashedAt = seen.findIndex((s) => s.what === 'crashed');
  expect(lostAt).toBeGreaterThanOrEqual(0);
  expect(lostAt).toBeLessThan(crashedAt);
  expect(seen[lostAt]).toEqual({ what: 'lost', reason: 'etcd unreachable' });
  const crash = seen[crashedAt] as Extract<Seen, { what: 'crashed' }>;
  expect(crash.path).toBe('/node/election');
  expect(crash.error).toBeInstanceOf(EtcdUnreachableError);
  expect(seen).toContainEqual(expect.objectContaining({ what: 'log', level: 'warning', msg: expect.stringMatching(/^No longer leading: etcd unreachable/) }));
  expect(sys.registry.get('/node/election')!.lastError?.message).toMatch(/^etcd unreachable/);

  await etcd.restart();
  await waitFor(() => leadership.canWrite(), 'the lead again once etcd is back', 3 * SOON);
  expect(leadership.status().epoch!).toBeGreaterThan(epoch);

  const before = seen.length;
  await sys.shutdown();
  sys = undefined;
  expect(seen.slice(before)).toContainEqual({ what: 'lost', reason: 'resigned' });
  expect(leadership.canWrite()).toBe(false);
});
