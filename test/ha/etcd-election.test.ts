// Leader election on a real etcd, candidates in this process: one leads, a resignation hands over at
// once with a higher epoch, observers see who leads, and an etcd outage fences the leader.
import { watchLeader, type LeaderWatch } from '../../actors/ha/leader-watch';
import type { LeaderInfo } from '../../actors/ha/etcd-election';
import { openEtcd } from '../../actors/ha/etcd-client';
import { EtcdServer } from '../../scripts/harness/etcd-server';
import { Candidate, freshPrefix, sleep, waitFor } from './helpers';

jest.setTimeout(60_000);

const TTL = 3_000;
// Generous bounds: these tests assert what happens, not how fast.
const SOON = 4 * TTL;

let etcd: EtcdServer;
const open: Candidate[] = [];
beforeAll(async () => { etcd = await EtcdServer.start(); });
afterEach(async () => { await Promise.all(open.splice(0).map((c) => c.close())); });
afterAll(async () => { await etcd?.close(); });

function candidates(prefix: string, ...names: string[]): Candidate[] {
  const cs = names.map((name) => new Candidate(name, etcd.endpoint, prefix, TTL));
  open.push(...cs);
  return cs.map((c) => c.start());
}

const leaders = (cs: Candidate[]): Candidate[] => cs.filter((c) => c.leads);

test('of three candidates exactly one leads, and everyone agrees who', async () => {
  const prefix = freshPrefix();
  const cs = candidates(prefix, 'm1', 'm2', 'm3');
  await waitFor(() => leaders(cs).length > 0, 'a leader', SOON);
  await sleep(TTL); // several keep-alive periods: nobody else comes to lead meanwhile
  const [leader] = leaders(cs);
  expect(leaders(cs)).toHaveLength(1);
  const expected: LeaderInfo = { node: leader.node, address: `${leader.node}.test:1516`, epoch: leader.epoch! };
  await waitFor(() => cs.every((c) => c.election.status().leader?.epoch === expected.epoch), 'every candidate to see the leader', SOON);
  for (const c of cs) expect(c.election.status().leader).toEqual(expected);
  expect(leader.events('elected')).toEqual([{ ev: 'elected', epoch: expected.epoch }]);
  for (const c of cs.filter((x) => x !== leader)) {
    expect(c.election.status()).toMatchObject({ role: 'standby', epoch: null, writableUntil: null });
    expect(c.events('elected')).toEqual([]);
  }
});

test('the leader resigns: another leads at once, with a higher epoch; observers follow', async () => {
  const prefix = freshPrefix();
  const observerClient = openEtcd({ endpoints: [etcd.endpoint], callTimeoutMs: 1_000 });
  const observed: (LeaderInfo | null)[] = [];
  let watch: LeaderWatch | undefined;
  try {
    watch = watchLeader(observerClient, prefix, (l) => observed.push(l));
    await waitFor(() => observed.length > 0, 'the first read', SOON);
    expect(observed).toEqual([null]); // nobody campaigns yet
    const cs = candidates(prefix, 'm1', 'm2');
    await waitFor(() => leaders(cs).length === 1, 'a leader', SOON);
    const [first] = leaders(cs);
    const firstEpoch = first.epoch!;
    await waitFor(() => observed.at(-1)?.epoch === firstEpoch, 'the observer to see the first leader', SOON);
    expect(observed.at(-1)).toEqual({ node: first.node, address: `${first.node}.test:1516`, epoch: firstEpoch });

    await first.close(); // graceful stop: resign
    expect(first.events('lost')).toEqual([{ ev: 'lost', reason: 'resigned', detail: 'this node is stopping' }]);
    expect(first.leads).toBe(false);
    const [second] = cs.filter((c) => c !== first);
    // Well within the TTL: the resignation revoked the lease, nobody waited for it to expire.
    await waitFor(() => second.leads, 'the standby to lead', TTL);
    expect(second.epoch!).toBeGreaterThan(firstEpoch);
    await waitFor(() => observed.at(-1)?.epoch === second.epoch, 'the observer to see the second leader', SOON);
    expect(observed.at(-1)).toEqual({ node: second.node, address: `${second.node}.test:1516`, epoch: second.epoch });
    // Epochs as observed only ever grow.
    const epochs = observed.filter((l): l is LeaderInfo => l !== null).map((l) => l.epoch);
    expect([...epochs].sort((a, b) => a - b)).toEqual(epochs);
  } finally {
    await watch?.stop();
    observerClient.close();
  }
});

test('a candidate that joins later waits behind the leader', async () => {
  const prefix = freshPrefix();
  const [first] = candidates(prefix, 'm1');
  await waitFor(() => first.leads, 'the first candidate to lead', SOON);
  const [late] = candidates(prefix, 'm2');
  await waitFor(() => late.election.status().leader?.node === 'm1', 'the late candidate to see m1 lead', SOON);
  await sleep(TTL);
  expect(first.leads).toBe(true);
  expect(late.leads).toBe(false);
  expect(first.events('lost')).toEqual([]);
});

test('a leader whose key is deleted by hand steps down at once and campaigns again', async () => {
  const prefix = freshPrefix();
  const cs = candidates(prefix, 'm1', 'm2');
  await waitFor(() => leaders(cs).length === 1, 'a leader', SOON);
  const [leader] = leaders(cs);
  const epoch = leader.epoch!;
  const admin = openEtcd({ endpoints: [etcd.endpoint], callTimeoutMs: 1_000 });
  try {
    await admin.delete().prefix(`${prefix}/leader/`).exec(); // every candidate key: both must campaign anew
  } finally {
    admin.close();
  }
  await waitFor(() => leader.events('lost').length > 0, 'the leader to step down', SOON);
  expect(leader.events('lost')).toEqual([expect.objectContaining({ reason: 'key removed' })]);
  await waitFor(() => leaders(cs).length === 1, 'a new leader', SOON);
  expect(leaders(cs)[0].epoch!).toBeGreaterThan(epoch);
});

describe('etcd unreachable', () => {
  // Its own etcd: stopping it must not disturb the other tests.
  let own: EtcdServer;
  beforeAll(async () => { own = await EtcdServer.start(); });
  afterAll(async () => { await own?.close(); });

  test('the leader is fenced within the TTL and says so; when etcd is back, someone leads again', async () => {
    const prefix = freshPrefix();
    const cs = [new Candidate('m1', own.endpoint, prefix, TTL), new Candidate('m2', own.endpoint, prefix, TTL)];
    open.push(...cs);
    cs.forEach((c) => c.start());
    await waitFor(() => leaders(cs).length === 1, 'a leader', SOON);
    const [leader] = leaders(cs);
    const epoch = leader.epoch!;

    await own.stop();
    // The leader stops accepting writes before etcd could expire its lease, without hearing from etcd.
    await waitFor(() => !leader.leads, 'the leader to stop accepting writes', TTL + 2_000);
    await waitFor(() => leader.events('lost').length > 0, 'the leader to report lost', 2_000);
    expect(leader.events('lost')).toEqual([expect.objectContaining({ reason: 'etcd unreachable' })]);
    // lost comes before unreachable, and nobody leads while etcd is away.
    await waitFor(() => leader.events('unreachable').length > 0, 'the leader to report etcd unreachable', SOON);
    const order = leader.seen.map((s) => s.ev).filter((e) => e === 'lost' || e === 'unreachable');
    expect(order[0]).toBe('lost');
    expect(leaders(cs)).toEqual([]);

    await own.restart();
    await waitFor(() => leaders(cs).length === 1, 'a leader once etcd is back', 3 * SOON);
    const [next] = leaders(cs);
    expect(next.epoch!).toBeGreaterThan(epoch);
    await sleep(TTL);
    expect(leaders(cs)).toEqual([next]);
  });
});
