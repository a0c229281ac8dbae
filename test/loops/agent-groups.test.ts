// The agent-groups loops, each alone on a manual clock (the connection loops against the in-memory
// transport):
//   GroupSender (master, per worker): what it sends for a worker in line, behind, far behind or drifted;
//     the worker's ErrorReply (local: restart, its feed subscription and bulk-send slot given back); a
//     wrong reply, a closed link or a deadline (handed to the connection); its restart policy.
//   GroupReceiver (worker): its answers and updates, an unsupported request, a store that fails (ErrorReply,
//     restart, a resend cut short starts afresh), its restart policy.
//   LocalAgentGroups (master, node-wide): the shared batches it publishes (start, poke, backlog in parts),
//     a store that fails, its restart policy.
import * as path from 'node:path';
import { groupSenderSpec, type GroupSenderDeps } from '../../actors/agents/group-sender';
import { groupReceiverSpec } from '../../actors/agents/group-receiver';
import { BATCH_CHANGES, localAgentGroupsSpec, RegistryFeed, type RegistryBatch } from '../../actors/agents/local-agent-groups';
import { RegistryReceiver } from '../../actors/agents/registry-receiver';
import { memoryLog, type MemoryLog } from '../../log/cluster-log';
import { body, type Envelope } from '../../protocol/envelope';
import { ClosedError, ProtocolError, RemoteError, TimeoutError } from '../../protocol/errors';
import type { Peer } from '../../protocol/peer';
import { requestOf } from '../../protocol/request';
import { GlobalStore, registryDigest, type RegistryEntry } from '../../store/global-store';
import { WorkerStore } from '../../store/worker-store';
import { LoopHarness, neverAnswer, onManualDeadline, routeRequestsTo } from '../helpers/loop-harness';
import { serveRequests } from '../helpers/serve-requests';

const KEY = 'k'.repeat(64);
const entry = (id: number, groups: string[] = []): RegistryEntry => ({ id, name: `a${id}`, ip: 'any', key: KEY, groups });
const subscribers = (feed: RegistryFeed): number => (feed as unknown as { subscribers: Set<unknown> }).subscribers.size;

describe('GroupSender (master)', () => {
  let h: LoopHarness;
  let worker: Peer;
  let master: Peer;
  let gstore: GlobalStore;
  let wstore: WorkerStore;
  let feed: RegistryFeed;
  let log: MemoryLog;
  let reports: { sent: number; full: boolean }[];
  let got: Envelope[];
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker, master } = await h.peerPair());
    const dir = h.tempDir();
    gstore = new GlobalStore(path.join(dir, 'global.db'), () => h.clock.now());
    wstore = new WorkerStore(path.join(dir, 'worker.db'));
    feed = new RegistryFeed();
    log = memoryLog();
    reports = [];
    got = [];
  });
  afterEach(async () => {
    await h.shutdown();
    gstore.close();
    wstore.close();
  });

  function start(over: Partial<GroupSenderDeps> = {}) {
    return h.spawn(groupSenderSpec({
      peer: onManualDeadline(master, h.clock), store: gstore, feed, schedule: { everyMs: 5_000 }, periodMs: 5_000,
      log: log.task('Agent-groups send', 'w1'), clock: h.clock, report: (r) => reports.push({ sent: r.sent, full: r.full }), ...over,
    }));
  }
  /** The worker's side, served by the real RegistryReceiver over a WorkerStore; `refuse` may answer instead. */
  function serveWorker(refuse: (env: Envelope) => Error | null = () => null): void {
    const recv = new RegistryReceiver(wstore);
    serveRequests(worker, async (env) => {
      got.push(env);
      const err = refuse(env);
      if (err) throw err;
      if (env.body.kind === 'registryStateRequest') return body('registryState', recv.state());
      if (env.body.kind === 'registryUpdate') return body('registryState', recv.apply(env.body.value));
      throw Object.assign(new Error(`not here: ${env.body.kind}`), { code: 'unsupported' });
    });
  }
  /** What LocalAgentGroups would publish: the changes since the feed's mark. */
  function publish(): RegistryBatch {
    const fromSeq = feed.current?.toSeq ?? 0;
    const { changes, lastSeq } = gstore.changesSince(fromSeq, BATCH_CHANGES);
    const batch = { fromSeq, toSeq: lastSeq, changes, digest: gstore.registryDigest() };
    feed.publish(batch);
    return batch;
  }
  const register = (...names: string[]) => { for (const name of names) gstore.registerAgent({ name, ip: 'any', key: KEY }); };
  const kinds = () => got.map((e) => e.body.kind);
  const inLine = () => expect(wstore.registry()).toEqual(gstore.registry());

  test('before the master\'s first batch it sends nothing; then the batch brings the worker in line', async () => {
    serveWorker();
    start();
    await h.idle();
    expect(got).toEqual([]);
    register('a1', 'a2');
    publish();
    await h.idle();
    expect(kinds()).toEqual(['registryStateRequest', 'registryUpdate']);
    const u = got[1].body.kind === 'registryUpdate' ? got[1].body.value : undefined;
    expect(u).toMatchObject({ full: false, toSeq: 2, deletes: [], last: true, digest: gstore.registryDigest() });
    expect(u!.upserts.map((a) => a.name)).toEqual(['a1', 'a2']);
    inLine();
    expect(reports).toEqual([{ sent: 2, full: false }]);
    expect(h.info('group-sender').summary).toBe('worker_seq=2 sends=1');
  });

  test('a batch goes from where the worker last stood, without asking; the periodic check asks afresh', async () => {
    serveWorker();
    register('a1', 'a2');
    publish();
    start();
    await h.idle();
    got.length = 0;
    register('a3');
    gstore.removeAgent(1);
    publish();
    await h.idle();
    expect(kinds()).toEqual(['registryUpdate']);
    expect(got[0].body.kind === 'registryUpdate' && got[0].body.value).toMatchObject({ full: false, toSeq: 4, deletes: [1] });
    inLine();
    await h.advance(5_000);
    expect(kinds()).toEqual(['registryUpdate', 'registryStateRequest']); // in line: nothing more to send
    expect(reports).toEqual([{ sent: 2, full: false }, { sent: 2, full: false }]);
  });

  test('a worker further behind than the shared batch is caught up from the store, through the bulk-send limiter', async () => {
    serveWorker();
    register('a1', 'a2');
    publish();
    register('a3');
    publish(); // the feed's batch is 2 -> 3; the worker stands at 0
    const run = jest.spyOn(feed.bulkSends, 'run');
    start();
    await h.idle();
    expect(kinds()).toEqual(['registryStateRequest', 'registryUpdate']);
    expect(run).toHaveBeenCalledTimes(1);
    inLine();
    expect(wstore.registrySeq()).toBe(3);
    expect(feed.bulkSends.stats()).toEqual({ running: 0, waiting: 0 });
  });

  test('a worker whose copy drifted at the same sequence gets the whole registry again', async () => {
    serveWorker();
    register('a1', 'a2');
    publish();
    start();
    await h.idle();
    wstore.applyRegistryChanges([{ seq: 0, kind: 'upsert', agent: { ...entry(1), name: 'forged' } }], 2);
    got.length = 0;
    await h.advance(5_000);
    expect(kinds()).toEqual(['registryStateRequest', 'registryUpdate']);
    expect(got[1].body.kind === 'registryUpdate' && got[1].body.value).toMatchObject({ full: true, toSeq: 2, last: true, digest: gstore.registryDigest() });
    inLine();
    expect(reports.at(-1)).toEqual({ sent: 0, full: true });
    expect(log.lines.some((l) => /INFO: .*\[Agent-groups send\] \[w1\] Full registry resend: checksum mismatch\./.test(l))).toBe(true);
  });

  test('an ErrorReply fails the loop alone: it restarts, gives its slot and subscription back, and tries again', async () => {
    let refusals = 1;
    serveWorker((env) => (env.body.kind === 'registryUpdate' && refusals-- > 0 ? Object.assign(new Error('store busy'), { code: 'busy' }) : null));
    register('a1', 'a2');
    publish();
    register('a3');
    publish(); // a catch-up: the refused update runs inside the bulk-send limiter
    const loop = start();
    await h.idle();
    const info = h.info('group-sender');
    expect(info).toMatchObject({ status: 'backing-off', restarts: 0, nextRestartAt: h.clock.now() + 100 });
    expect(info.lastError).toMatchObject({ message: 'store busy', scope: 'local', restartInMs: 100 });
    expect(feed.bulkSends.stats()).toEqual({ running: 0, waiting: 0 });
    expect(subscribers(feed)).toBe(0);
    expect(h.escalations).toEqual([]);
    await h.advance(100);
    expect(loop.status).toBe('idle');
    expect(subscribers(feed)).toBe(1);
    expect(kinds()).toEqual(['registryStateRequest', 'registryUpdate', 'registryStateRequest', 'registryUpdate']);
    inLine();
    expect(h.info('group-sender').restarts).toBe(1);
  });

  test.each([
    ['a reply of the wrong kind', ProtocolError, /registryStateRequest was answered with pong, expected registryState/, 0,
      (w: Peer) => { serveRequests(w, async () => body('pong', { payload: Buffer.alloc(0) })); }],
    ['a closed link', ClosedError, /connection closed/, 0, (w: Peer) => { w.on('request', () => w.close()); }],
    ['no answer within 30 s', TimeoutError, /registryStateRequest\) got no reply within 30000 ms/, 30_000, (w: Peer) => { neverAnswer(w); }],
  ])('%s is a link failure: handed to the connection, its subscription and slot given back', async (_what, errClass, message, waitMs, arrange) => {
    arrange(worker);
    register('a1');
    publish();
    const loop = start();
    await h.idle();
    await h.expectEscalation('group-sender', errClass, message, waitMs);
    expect(loop.status).toBe('failed');
    expect(subscribers(feed)).toBe(0);
    expect(feed.bulkSends.stats()).toEqual({ running: 0, waiting: 0 });
    expect(h.events.map((e) => e.type)).toEqual(['escalated']);
  });

  test('restart policy: delays double to the period, then retry at the period, failing; one subscription all along', async () => {
    serveWorker(() => new Error('refused'));
    register('a1');
    publish();
    const loop = start();
    await h.idle();
    const { delays, failing } = await h.followRestarts('group-sender', 7);
    expect(delays).toEqual([100, 200, 400, 800, 1_600, 5_000, 5_000]);
    expect(failing).toEqual([false, false, false, false, false, true, true]);
    expect(loop.restarts).toBe(7);
    expect(subscribers(feed)).toBe(0); // the 8th failure: backing off, unsubscribed
    expect(h.escalations).toEqual([]);
  });
});

describe('GroupReceiver (worker)', () => {
  let h: LoopHarness;
  let worker: Peer;
  let master: Peer;
  let wstore: WorkerStore;
  let log: MemoryLog;
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker, master } = await h.peerPair());
    wstore = new WorkerStore(path.join(h.tempDir(), 'worker.db'));
    log = memoryLog({ role: 'Worker', nodeName: 'w1' });
  });
  afterEach(async () => {
    await h.shutdown();
    wstore.close();
  });

  function start() {
    const loop = h.spawn(groupReceiverSpec({ store: wstore, periodMs: 10_000, log: log.task('Agent-groups recv') }));
    routeRequestsTo(worker, loop);
    return loop;
  }
  const ask = () => requestOf(master, body('registryStateRequest', {}), 'registryState');
  const update = (u: { full?: boolean; toSeq: number; upserts?: RegistryEntry[]; deletes?: number[]; last?: boolean; digest?: string }) =>
    requestOf(master, body('registryUpdate', { full: false, upserts: [], deletes: [], last: true, digest: '', ...u }), 'registryState');

  test('answers where its copy stands and applies incremental updates', async () => {
    start();
    expect(await ask()).toMatchObject({ seq: 0, digest: registryDigest([]) });
    expect(await update({ toSeq: 2, upserts: [entry(1, ['web']), entry(2)], digest: 'master' })).toMatchObject({ seq: 2, digest: registryDigest([entry(1, ['web']), entry(2)]) });
    expect(await update({ toSeq: 3, deletes: [1] })).toMatchObject({ seq: 3, digest: '' }); // a catch-up's middle part: no digest
    expect(wstore.registry()).toEqual([entry(2)]);
    expect(await ask()).toMatchObject({ seq: 3, digest: registryDigest([entry(2)]) });
    expect(h.info('agent-groups')).toMatchObject({ status: 'idle', summary: 'updates=2 seq=3', restarts: 0 });
    expect(log.lines.some((l) => /\[Agent-groups recv\] Registry updated: 2 agents added or changed, 0 deleted\./.test(l))).toBe(true);
  });

  test('a full resend is staged part by part and swapped in at its last part', async () => {
    start();
    await update({ toSeq: 1, upserts: [entry(9)] });
    // A part before the last: where the copy still stands, and no digest (the GroupSender reads only the last answer).
    expect(await update({ full: true, toSeq: 5, upserts: [entry(1), entry(2)], last: false })).toMatchObject({ seq: 1, digest: '' });
    expect(wstore.registry()).toEqual([entry(9)]); // the old copy, whole, until the last part
    expect(await update({ full: true, toSeq: 5, upserts: [entry(3)], last: true })).toMatchObject({ seq: 5, digest: registryDigest([entry(1), entry(2), entry(3)]) });
    expect(wstore.registry().map((e) => e.id)).toEqual([1, 2, 3]);
  });

  test('a request it does not serve is answered unsupported; the loop goes on', async () => {
    start();
    const err = await requestOf(master, body('ping', { payload: Buffer.alloc(0) }), 'pong').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect(err).toMatchObject({ code: 'unsupported', message: 'the agent-groups loop does not handle ping' });
    expect(h.info('agent-groups')).toMatchObject({ status: 'idle', restarts: 0, lastError: null });
  });

  test('a store that fails: the master gets an ErrorReply, nothing is half applied, the loop alone restarts', async () => {
    const loop = start();
    await update({ toSeq: 1, upserts: [entry(1)] });
    jest.spyOn(wstore, 'applyRegistryChanges').mockImplementationOnce(() => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    });
    await expect(update({ toSeq: 2, upserts: [entry(2)] })).rejects.toMatchObject({ code: 'SQLITE_FULL', message: 'database or disk is full' });
    await h.idle();
    expect(wstore.registry()).toEqual([entry(1)]);
    expect(wstore.registrySeq()).toBe(1);
    const info = h.info('agent-groups');
    expect(info).toMatchObject({ status: 'backing-off', nextRestartAt: h.clock.now() + 100 });
    expect(info.lastError).toMatchObject({ message: 'database or disk is full', scope: 'local', restartInMs: 100 });
    expect(h.escalations).toEqual([]);
    const waiting = update({ toSeq: 2, upserts: [entry(2)], digest: 'm' });
    await h.advance(100);
    await expect(waiting).resolves.toMatchObject({ seq: 2 });
    expect(loop.status).toBe('idle');
    expect(wstore.registry()).toEqual([entry(1), entry(2)]);
  });

  test('a full resend cut short by a restart starts afresh: the parts staged before it are not kept', async () => {
    start();
    await update({ full: true, toSeq: 7, upserts: [entry(1), entry(2)], last: false });
    jest.spyOn(wstore, 'stageRegistryPart').mockImplementationOnce(() => { throw new Error('disk I/O error'); });
    await expect(update({ full: true, toSeq: 7, upserts: [entry(3)], last: false })).rejects.toMatchObject({ message: 'disk I/O error' });
    await h.advance(100);
    expect(h.info('agent-groups').restarts).toBe(1);
    const end = await update({ full: true, toSeq: 7, upserts: [entry(5)], last: true });
    expect(wstore.registry()).toEqual([entry(5)]);
    // Not the master's digest of 1, 2, 3, 5: the sender's next check finds the mismatch and resends whole.
    expect(end).toMatchObject({ seq: 7, digest: registryDigest([entry(5)]) });
  });

  test('restart policy: delays double to the period, then retry at the period, failing; never escalated', async () => {
    start();
    jest.spyOn(wstore, 'applyRegistryChanges').mockImplementation(() => { throw new Error('disk I/O error'); });
    const expected = [100, 200, 400, 800, 1_600, 10_000, 10_000];
    for (const delay of expected) {
      await expect(update({ toSeq: 1, upserts: [entry(1)] })).rejects.toMatchObject({ code: 'failed' });
      await h.idle();
      expect(h.info('agent-groups').nextRestartAt).toBe(h.clock.now() + delay);
      await h.advance(delay);
    }
    expect(h.restartDelays('agent-groups')).toEqual(expected);
    expect(h.info('agent-groups')).toMatchObject({ status: 'idle', restarts: 7, failing: true });
    expect(h.escalations).toEqual([]);
  });
});

describe('LocalAgentGroups (master, node-wide)', () => {
  let h: LoopHarness;
  let gstore: GlobalStore;
  let feed: RegistryFeed;
  let batches: RegistryBatch[];
  beforeEach(() => {
    h = new LoopHarness();
    gstore = new GlobalStore(path.join(h.tempDir(), 'global.db'), () => h.clock.now());
    feed = new RegistryFeed();
    batches = [];
    feed.subscribe((b) => batches.push(b));
  });
  afterEach(async () => {
    await h.shutdown();
    gstore.close();
  });

  const start = () => h.spawn(localAgentGroupsSpec({
    store: gstore, feed, schedule: { everyMs: 5_000 }, periodMs: 5_000, log: memoryLog().task('Agent-groups'), clock: h.clock,
  }));
  const register = (...names: string[]) => { for (const name of names) gstore.registerAgent({ name, ip: 'any', key: KEY }); };
  const shape = (b: RegistryBatch) => ({ fromSeq: b.fromSeq, toSeq: b.toSeq, changes: b.changes.length, digest: b.digest });

  test('at start it publishes where the registry stands; a cycle with no change publishes nothing', async () => {
    register('a1', 'a2');
    start();
    await h.idle();
    expect(batches.map(shape)).toEqual([{ fromSeq: 0, toSeq: 2, changes: 2, digest: gstore.registryDigest() }]);
    expect(feed.current).toEqual({ fromSeq: 0, toSeq: 2, digest: gstore.registryDigest() });
    await h.advance(15_000);
    expect(batches).toHaveLength(1);
    expect(h.info('local-agent-groups').summary).toBe('cycles=4 seq=2');
  });

  test('a poke runs a cycle 50 ms later, folding the pokes on the way; the tick is only the upper bound', async () => {
    register('a1', 'a2');
    const loop = start();
    await h.idle();
    register('a3');
    loop.tell({ type: 'poke' });
    await h.advance(20);
    gstore.removeAgent(1);
    loop.tell({ type: 'poke' });
    await h.advance(29);
    expect(batches).toHaveLength(1);
    await h.advance(1);
    expect(batches.map(shape)).toEqual([
      { fromSeq: 0, toSeq: 2, changes: 2, digest: expect.any(String) },
      { fromSeq: 2, toSeq: 4, changes: 2, digest: gstore.registryDigest() },
    ]);
    expect(batches[1].changes.map((c) => c.kind)).toEqual(['upsert', 'delete']);
  });

  test('a backlog goes out in parts of BATCH_CHANGES, without a digest but for the last part', async () => {
    gstore.importAgents(Array.from({ length: 2_500 }, (_, i) => ({ name: `bulk${i}`, ip: 'any', key: KEY })));
    start();
    await h.idle();
    expect(BATCH_CHANGES).toBe(1_000);
    expect(batches.map(shape)).toEqual([
      { fromSeq: 0, toSeq: 1_000, changes: 1_000, digest: '' },
      { fromSeq: 1_000, toSeq: 2_000, changes: 1_000, digest: '' },
      { fromSeq: 2_000, toSeq: 2_500, changes: 500, digest: gstore.registryDigest() },
    ]);
  });

  test('a store that fails restarts the loop alone, which reads again at once', async () => {
    register('a1');
    jest.spyOn(gstore, 'changesSince').mockImplementationOnce(() => { throw new Error('database disk image is malformed'); });
    const loop = start();
    await h.idle();
    expect(h.info('local-agent-groups')).toMatchObject({ status: 'backing-off', nextRestartAt: h.clock.now() + 100 });
    expect(h.info('local-agent-groups').lastError).toMatchObject({ message: 'database disk image is malformed', scope: 'local' });
    expect(batches).toEqual([]);
    await h.advance(100);
    expect(loop.status).toBe('idle');
    expect(batches.map(shape)).toEqual([{ fromSeq: 0, toSeq: 1, changes: 1, digest: gstore.registryDigest() }]);
    expect(h.escalations).toEqual([]);
  });

  test('restart policy: delays double to the period, then retry at the period, failing', async () => {
    jest.spyOn(gstore, 'changesSince').mockImplementation(() => { throw new Error('database disk image is malformed'); });
    const loop = start();
    await h.idle();
    const { delays } = await h.followRestarts('local-agent-groups', 7);
    expect(delays).toEqual([100, 200, 400, 800, 1_600, 5_000, 5_000]);
    expect(loop.restarts).toBe(7);
    expect(h.info('local-agent-groups').failing).toBe(true);
    expect(h.escalations).toEqual([]);
  });
});
