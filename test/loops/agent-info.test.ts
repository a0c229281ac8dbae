// The agent-info pair, each loop alone against the in-memory transport on a manual clock:
//   AgentInfoSender (worker): its batches, the debounce, a refusal of the master (a local failure: the
//     loop restarts and sends again, losing nothing), a wrong reply, a closed link or a deadline (handed
//     to the connection, nothing marked synced), and its restart policy.
//   AgentInfoReceiver (master): what it stores and acknowledges, an unsupported request, a store that
//     fails (answered with an ErrorReply, the loop restarted, requests kept), and its restart policy.
import * as path from 'node:path';
import { agentInfoSenderSpec, type AgentInfoDeps } from '../../actors/agents/agent-info-sender';
import { agentInfoReceiverSpec } from '../../actors/agents/agent-info-receiver';
import { infoFromWire, infoToWire } from '../../actors/agents/agent-codec';
import type { LoopRun } from '../../actors/master/worker-table';
import { memoryLog, type MemoryLog } from '../../log/cluster-log';
import { body, type Envelope } from '../../protocol/envelope';
import { ClosedError, ProtocolError, RemoteError, TimeoutError } from '../../protocol/errors';
import type { Peer } from '../../protocol/peer';
import { requestOf } from '../../protocol/request';
import type { AgentInfoUpdate } from '../../store/agent-types';
import { GlobalStore } from '../../store/global-store';
import { WorkerStore } from '../../store/worker-store';
import { LoopHarness, neverAnswer, onManualDeadline, routeRequestsTo } from '../helpers/loop-harness';
import { serveRequests } from '../helpers/serve-requests';

const T_AGENT = Date.UTC(2026, 0, 14, 9, 0, 0);

function status(id: number, over: Partial<AgentInfoUpdate> = {}): AgentInfoUpdate {
  return {
    id, status: 'active',
    os: { name: 'Ubuntu', version: '22.04', platform: 'ubuntu', arch: 'x86_64', uname: 'Linux |a |5.15.0' },
    version: 'Wazuh v4.14.7', labels: { env: 'test' }, configSum: 'ab12', mergedSum: 'cd34',
    lastKeepAlive: T_AGENT + id, disconnectionTime: null, ...over,
  };
}

const idsOf = (env: Envelope): number[] => (env.body.kind === 'agentInfoBatch' ? env.body.value.agents.map((a) => a.id ?? 0) : []);

describe('AgentInfoSender (worker)', () => {
  let h: LoopHarness;
  let worker: Peer;
  let master: Peer;
  let store: WorkerStore;
  let log: MemoryLog;
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker, master } = await h.peerPair());
    store = new WorkerStore(path.join(h.tempDir(), 'worker.db'));
    log = memoryLog({ role: 'Worker', nodeName: 'w1' });
  });
  afterEach(async () => {
    await h.shutdown();
    store.close();
  });

  function start(over: Partial<AgentInfoDeps> = {}) {
    return h.spawn(agentInfoSenderSpec({
      peer: onManualDeadline(worker, h.clock), store, schedule: { everyMs: 10_000 }, periodMs: 10_000, debounceMs: 100, batchSize: 2,
      log: log.task('Agent-info sync'), clock: h.clock, ...over,
    }));
  }
  const ackOf = (env: Envelope, dropped: number[] = []) => body('agentInfoAck', { applied: idsOf(env).length - dropped.length, dropped });

  test('at start, sends every pending row in batches; a row is synced once its batch is acknowledged', async () => {
    store.recordStatuses([1, 2, 3, 4, 5].map((id) => status(id)));
    const got: Envelope[] = [];
    serveRequests(master, async (env) => { got.push(env); return ackOf(env, idsOf(env).includes(5) ? [5] : []); });
    start();
    await h.idle();
    expect(got.map(idsOf)).toEqual([[1, 2], [3, 4], [5]]);
    // What travels is what was recorded.
    const first = got[0].body.kind === 'agentInfoBatch' ? got[0].body.value.agents[0] : undefined;
    expect(infoFromWire(first!)).toEqual(infoFromWire(infoToWire(status(1))));
    expect(store.pendingCount()).toBe(0);
    expect(h.info('agent-info')).toMatchObject({ status: 'idle', restarts: 0, summary: 'sent=5 pending=0' });
    expect(log.lines.some((l) => /INFO: .*\[Agent-info sync\] Sent 5 agent rows in 0\.000s \(1 unknown to the master\)\./.test(l))).toBe(true);
  });

  test('changes are debounced into one send; a tick with nothing pending sends nothing', async () => {
    const got: Envelope[] = [];
    serveRequests(master, async (env) => { got.push(env); return ackOf(env); });
    const loop = start({ batchSize: 100 });
    await h.idle();
    expect(got).toEqual([]); // nothing pending at start: no request
    for (const id of [7, 8, 9]) {
      store.recordStatus(status(id));
      loop.tell({ type: 'changed' });
      await h.advance(30);
    }
    expect(got).toEqual([]);
    await h.advance(10); // 100 ms after the first change
    expect(got.map(idsOf)).toEqual([[7, 8, 9]]);
    await h.advance(10_000);
    expect(got).toHaveLength(1);
    store.recordStatus(status(7, { status: 'disconnected', disconnectionTime: T_AGENT + 50 }));
    await h.advance(10_000); // the tick picks up what no 'changed' announced
    expect(got.map(idsOf)).toEqual([[7, 8, 9], [7]]);
    expect(store.pendingCount()).toBe(0);
  });

  test('a refused batch fails the loop alone; the restarted loop sends what was not acknowledged', async () => {
    store.recordStatuses([1, 2, 3, 4, 5].map((id) => status(id)));
    const got: Envelope[] = [];
    let refused = false;
    serveRequests(master, async (env) => {
      got.push(env);
      if (idsOf(env)[0] === 3 && !refused) {
        refused = true;
        throw Object.assign(new Error('cannot take agentInfoBatch now: try again'), { code: 'busy' });
      }
      return ackOf(env);
    });
    const loop = start();
    await h.idle();
    expect(got.map(idsOf)).toEqual([[1, 2], [3, 4]]);
    expect(store.pendingInfo(10).map((p) => p.update.id)).toEqual([3, 4, 5]);
    const info = h.info('agent-info');
    expect(info).toMatchObject({ status: 'backing-off', restarts: 0, nextRestartAt: h.clock.now() + 100 });
    expect(info.lastError).toMatchObject({ message: 'cannot take agentInfoBatch now: try again', scope: 'local', restartInMs: 100 });
    expect(h.escalations).toEqual([]);
    await h.advance(100);
    expect(got.map(idsOf)).toEqual([[1, 2], [3, 4], [3, 4], [5]]);
    expect(store.pendingCount()).toBe(0);
    expect(loop.status).toBe('idle');
    expect(h.info('agent-info')).toMatchObject({ restarts: 1, summary: 'sent=3 pending=0' });
  });

  test.each([
    ['a reply of the wrong kind', ProtocolError, /agentInfoBatch was answered with keepAliveAck, expected agentInfoAck/, 0,
      (m: Peer) => { serveRequests(m, async () => body('keepAliveAck', { receivedAtMs: 1 })); }],
    ['a closed link', ClosedError, /connection closed/, 0, (m: Peer) => { m.on('request', () => m.close()); }],
    ['no answer within 30 s', TimeoutError, /agentInfoBatch\) got no reply within 30000 ms/, 30_000, (m: Peer) => { neverAnswer(m); }],
  ])('%s is a link failure: handed to the connection, nothing marked synced', async (_what, errClass, message, waitMs, arrange) => {
    store.recordStatuses([1, 2, 3].map((id) => status(id)));
    arrange(master);
    const loop = start();
    await h.idle();
    await h.expectEscalation('agent-info', errClass, message, waitMs);
    expect(loop.status).toBe('failed');
    expect(store.pendingCount()).toBe(3);
    expect(h.events.map((e) => e.type)).toEqual(['escalated']);
  });

  test('restart policy: an immediate resend after each restart, delays doubling to the period, then at the period, failing', async () => {
    store.recordStatuses([status(1)]);
    let asked = 0;
    serveRequests(master, async () => { asked++; throw new Error('refused'); });
    const loop = start();
    await h.idle();
    const delays: number[] = [];
    const failing: boolean[] = [];
    for (let i = 0; i < 7; i++) {
      const info = h.info('agent-info');
      expect(info.status).toBe('backing-off');
      delays.push(info.lastError!.restartInMs!);
      failing.push(info.failing);
      expect(info.nextRestartAt).toBe(h.clock.now() + info.lastError!.restartInMs!);
      await h.advance(info.lastError!.restartInMs!);
    }
    // Cap: the period, 10 s (clamped to 1 s..60 s); the 6th failure in a minute is past the budget of 5.
    expect(delays).toEqual([100, 200, 400, 800, 1_600, 10_000, 10_000]);
    expect(failing).toEqual([false, false, false, false, false, true, true]);
    expect(asked).toBe(8);
    expect(loop.restarts).toBe(7);
    expect(store.pendingCount()).toBe(1);
    expect(h.escalations).toEqual([]);
  });

  // A wait at a long cap must not let the early failures leave the budget window: the loop stays at its
  // cap (and says it is failing) until a whole window passes without a failure.
  test('period 60 s: past the budget, the loop stays at its cap and failing, however long each wait', async () => {
    store.recordStatuses([status(1)]);
    serveRequests(master, async () => { throw new Error('refused'); });
    start({ periodMs: 60_000, schedule: { everyMs: 60_000 } });
    await h.idle();
    const { delays, failing } = await h.followRestarts('agent-info', 12);
    expect(delays).toEqual([100, 200, 400, 800, 1_600, ...Array(7).fill(60_000)]);
    expect(failing).toEqual([false, false, false, false, false, ...Array(7).fill(true)]);
  });
});

describe('AgentInfoReceiver (master)', () => {
  let h: LoopHarness;
  let worker: Peer;
  let master: Peer;
  let store: GlobalStore;
  let runs: LoopRun[];
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker, master } = await h.peerPair());
    store = new GlobalStore(path.join(h.tempDir(), 'global.db'), () => h.clock.now());
    for (const name of ['a1', 'a2']) store.registerAgent({ name, ip: 'any', key: 'k'.repeat(64) });
    runs = [];
  });
  afterEach(async () => {
    await h.shutdown();
    store.close();
  });

  function start() {
    const loop = h.spawn(agentInfoReceiverSpec({
      worker: 'w1', store, periodMs: 10_000, clock: h.clock, log: memoryLog().task('Agent-info sync', 'w1'), ran: (r) => runs.push(r),
    }));
    routeRequestsTo(master, loop);
    return loop;
  }
  const send = (agents: AgentInfoUpdate[], extra: ReturnType<typeof infoToWire>[] = []) =>
    requestOf(worker, body('agentInfoBatch', { agents: [...agents.map(infoToWire), ...extra] }), 'agentInfoAck');

  test('stores a batch and acknowledges it after the commit, naming the rows it could not take', async () => {
    start();
    const bogus = { ...infoToWire(status(2)), status: 'sleeping' };
    const ack = await send([status(1), status(99)], [bogus]);
    expect(ack).toMatchObject({ applied: 1, dropped: [2, 99] });
    expect(store.getAgent(1)).toMatchObject({
      status: 'active', node: 'w1', version: 'Wazuh v4.14.7', lastKeepAlive: T_AGENT + 1, labels: { env: 'test' },
      os: { name: 'Ubuntu', version: '22.04', platform: 'ubuntu', arch: 'x86_64', uname: 'Linux |a |5.15.0' },
    });
    expect(store.getAgent(2)).toMatchObject({ status: 'never_connected', node: null });
    expect(runs).toEqual([{ at: h.clock.now(), durationMs: 0, counts: { received: 3, applied: 1, dropped: 2 } }]);
    expect(h.info('agent-info')).toMatchObject({ status: 'idle', summary: 'batches=1 rows=3', restarts: 0 });
  });

  test('a request that is not a batch is answered unsupported; the loop goes on', async () => {
    start();
    const err = await requestOf(worker, body('keepAlive', { sentAtMs: 1 }), 'keepAliveAck').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect(err).toMatchObject({ code: 'unsupported', message: 'the agent-info loop does not handle keepAlive' });
    expect(h.info('agent-info')).toMatchObject({ status: 'idle', restarts: 0, lastError: null });
  });

  test('a store that fails: the worker gets an ErrorReply, the loop alone restarts, a batch sent meanwhile is stored', async () => {
    const loop = start();
    jest.spyOn(store, 'applyAgentInfo').mockImplementationOnce(() => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    });
    const err = await send([status(1)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect(err).toMatchObject({ code: 'SQLITE_BUSY', message: 'database is locked' });
    await h.idle();
    const info = h.info('agent-info');
    expect(info).toMatchObject({ status: 'backing-off', restarts: 0, nextRestartAt: h.clock.now() + 100 });
    expect(info.lastError).toMatchObject({ message: 'database is locked', scope: 'local', restartInMs: 100 });
    expect(h.escalations).toEqual([]);
    const waiting = send([status(1)]);
    await h.idle();
    expect(h.info('agent-info').mailbox).toBe(1);
    await h.advance(100);
    await expect(waiting).resolves.toMatchObject({ applied: 1, dropped: [] });
    expect(store.getAgent(1)).toMatchObject({ status: 'active', node: 'w1' });
    expect(loop.status).toBe('idle');
    expect(h.info('agent-info').restarts).toBe(1);
  });

  test('restart policy: every batch refused, delays double to the period, then at the period, failing; never escalated', async () => {
    start();
    jest.spyOn(store, 'applyAgentInfo').mockImplementation(() => { throw new Error('disk I/O error'); });
    const expected = [100, 200, 400, 800, 1_600, 10_000, 10_000];
    for (const delay of expected) {
      await expect(send([status(1)])).rejects.toMatchObject({ code: 'failed', message: 'disk I/O error' });
      await h.idle();
      expect(h.info('agent-info').nextRestartAt).toBe(h.clock.now() + delay);
      await h.advance(delay);
    }
    expect(h.restartDelays('agent-info')).toEqual(expected);
    expect(h.info('agent-info')).toMatchObject({ status: 'idle', restarts: 7, failing: true });
    expect(h.escalations).toEqual([]);
  });
});
