// The keep-alive pair, each loop alone against the in-memory transport on a manual clock:
//   KeepAliveSender (worker): its messages, a late answer (missed), silence (link lost), the other side's
//     ErrorReply (a local failure: restart), a wrong reply or a closed link (handed to the connection),
//     and its restart policy.
//   KeepAliveCheck (master): its answers, an unsupported request, the worker's silence (link lost), a
//     failure of its own (restart, requests kept), and its restart policy.
import { keepAliveSenderSpec, type KeepAliveSenderDeps } from '../../actors/keepalive/keepalive-sender';
import { keepAliveCheckSpec, type KeepAliveCheckDeps } from '../../actors/keepalive/keepalive-check';
import { loopStatesFromWire, loopStatesToWire, type LoopState } from '../../actors/node/loop-states';
import { memoryLog, type MemoryLog } from '../../log/cluster-log';
import { body, type Envelope } from '../../protocol/envelope';
import { ClosedError, LinkLostError, ProtocolError, RemoteError } from '../../protocol/errors';
import type { Peer } from '../../protocol/peer';
import { requestOf } from '../../protocol/request';
import { LoopHarness, neverAnswer, onManualDeadline, routeRequestsTo } from '../helpers/loop-harness';
import { serveRequests } from '../helpers/serve-requests';

const LOOPS: LoopState[] = [
  { name: 'agent-info', status: 'idle', restarts: 2, failing: false, lastError: 'busy', lastErrorAt: 1_768_384_000_000 },
  { name: 'integrity', status: 'backing-off', restarts: 7, failing: true, lastError: 'scan failed', lastErrorAt: 1_768_384_100_000 },
];

describe('KeepAliveSender (worker)', () => {
  let h: LoopHarness;
  let worker: Peer;
  let master: Peer;
  let log: MemoryLog;
  let t0: number;
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker, master } = await h.peerPair());
    log = memoryLog({ role: 'Worker', nodeName: 'w1' });
    t0 = h.clock.now();
  });
  afterEach(() => h.shutdown());

  function start(over: Partial<KeepAliveSenderDeps> = {}) {
    const periodMs = over.periodMs ?? 1_000;
    return h.spawn(keepAliveSenderSpec({
      peer: onManualDeadline(worker, h.clock), schedule: { everyMs: periodMs }, periodMs, timeoutMs: 5_000,
      clock: h.clock, log: log.task('Keep Alive'), loops: () => LOOPS, ...over,
    }));
  }
  const ack = () => body('keepAliveAck', { receivedAtMs: h.clock.now() });

  test('sends a keep-alive on every tick, with the time and the state of its connection\'s loops', async () => {
    const got: Envelope[] = [];
    serveRequests(master, async (env) => { got.push(env); return ack(); });
    start();
    await h.advance(999);
    expect(got).toHaveLength(0);
    await h.advance(1);
    expect(got).toHaveLength(1);
    const b = got[0].body;
    expect(b.kind).toBe('keepAlive');
    if (b.kind !== 'keepAlive') return;
    expect(b.value.sentAtMs).toBe(t0 + 1_000);
    expect(loopStatesFromWire(b.value.loops)).toEqual(LOOPS);
    await h.advance(2_000);
    expect(got.map((e) => e.body.kind)).toEqual(['keepAlive', 'keepAlive', 'keepAlive']);
    expect(h.info('keep-alive')).toMatchObject({ status: 'idle', restarts: 0, lastError: null });
    expect(h.info('keep-alive').summary).toBe(`sent=3 missed=0 last_ack=${new Date(t0 + 3_000).toISOString()}`);
    expect(log.lines.filter((l) => l.includes('[Keep Alive] Keep alive sent.'))).toHaveLength(3);
    expect(h.escalations).toEqual([]);
  });

  test('one keep-alive unanswered within its period is counted as missed; the next answer clears it', async () => {
    let n = 0;
    const silent: ((b: ReturnType<typeof ack>) => void)[] = [];
    serveRequests(master, () => (++n === 1 ? new Promise((r) => silent.push(r)) : Promise.resolve(ack())));
    start();
    await h.advance(1_000); // sent; its deadline is min(period, timeout) = 1 s
    await h.advance(999);
    expect(h.info('keep-alive').summary).toMatch(/^sent=0 missed=0/);
    await h.advance(1); // missed; the tick due meanwhile sends the next one at once, which is answered
    expect(n).toBe(2);
    expect(h.info('keep-alive').summary).toBe(`sent=2 missed=0 last_ack=${new Date(t0 + 2_000).toISOString()}`);
    expect(log.lines.some((l) => /WARNING: .*Keep alive not answered: .*within 1000 ms/.test(l))).toBe(true);
    // The late answer to the first one changes nothing.
    silent[0](ack());
    await h.advance(1_000);
    expect(h.info('keep-alive')).toMatchObject({ status: 'idle', restarts: 0 });
    expect(h.escalations).toEqual([]);
  });

  test('two keep-alives unanswered in a row: the link is lost and handed to the connection', async () => {
    const seen = neverAnswer(master);
    const ka = start();
    await h.advance(2_999);
    expect(seen).toHaveLength(2);
    expect(h.info('keep-alive').summary).toMatch(/missed=1/);
    expect(h.escalations).toEqual([]);
    await h.advance(1);
    expect(h.escalations).toHaveLength(1);
    expect(h.escalations[0].path).toBe('/conn/keep-alive');
    expect(h.escalations[0].error).toBeInstanceOf(LinkLostError);
    expect(h.escalations[0].error.message).toBe('the master stopped answering: 2 keep-alives unanswered');
    expect(ka.status).toBe('failed');
    expect(h.has('keep-alive')).toBe(false);
    expect(h.events.filter((e) => e.type === 'escalated')).toMatchObject([{ path: '/conn/keep-alive', reason: 'link' }]);
    expect(h.events.filter((e) => e.type === 'crashed')).toEqual([]);
  });

  test('silence past the keep-alive timeout drops the link after a single miss', async () => {
    neverAnswer(master);
    start({ timeoutMs: 1_500 });
    await h.advance(1_999);
    expect(h.escalations).toEqual([]);
    await h.advance(1);
    expect(h.escalations.map((e) => e.error.message)).toEqual(['the master stopped answering: no answer from the master for 2.0s']);
    expect(h.escalations[0].error).toBeInstanceOf(LinkLostError);
  });

  test.each([
    ['a reply of the wrong kind', ProtocolError, /keepAlive was answered with pong, expected keepAliveAck/,
      (m: Peer) => { serveRequests(m, async () => body('pong', { payload: Buffer.alloc(0) })); }],
    ['the link closed before the keep-alive', ClosedError, /connection closed/,
      (m: Peer) => { m.close(); }],
    ['the link closed while the keep-alive waits for its answer', ClosedError, /connection closed/,
      (m: Peer) => { m.on('request', () => m.close()); }],
  ])('%s is a link failure: handed to the connection, not restarted', async (_what, errClass, message, arrange) => {
    arrange(master);
    const ka = start();
    await h.advance(1_000);
    expect(h.escalations).toHaveLength(1);
    expect(h.escalations[0].error).toBeInstanceOf(errClass);
    expect(h.escalations[0].error.message).toMatch(message);
    expect(ka.status).toBe('failed');
    expect(ka.restarts).toBe(0);
    expect(h.events.map((e) => e.type)).toEqual(['escalated']);
  });

  test('an ErrorReply is a failure of the loop alone: restarted after its backoff, the connection not told', async () => {
    let n = 0;
    serveRequests(master, async () => {
      if (++n === 1) throw Object.assign(new Error('cannot take keepAlive now: try again'), { code: 'busy' });
      return ack();
    });
    const ka = start();
    await h.advance(1_000);
    const during = h.info('keep-alive');
    expect(during).toMatchObject({ status: 'backing-off', restarts: 0, nextRestartAt: t0 + 1_100, failing: false });
    expect(during.lastError).toMatchObject({ message: 'cannot take keepAlive now: try again', scope: 'local', restartInMs: 100, at: t0 + 1_000 });
    expect(h.escalations).toEqual([]);
    await h.advance(99);
    expect(ka.status).toBe('backing-off');
    await h.advance(1);
    expect(h.info('keep-alive')).toMatchObject({ status: 'idle', restarts: 1, nextRestartAt: null });
    // The new instance ticks from its own start: the next keep-alive goes one period later, and is answered.
    await h.advance(999);
    expect(n).toBe(1);
    await h.advance(1);
    expect(n).toBe(2);
    expect(h.info('keep-alive').summary).toMatch(/^sent=1 missed=0/);
    expect(h.events.map((e) => e.type)).toEqual(['crashed', 'restarted']);
    expect(h.escalations).toEqual([]);
  });

  test.each([
    // period -> backoff cap clamp(period, 1 s, 60 s); the 6th failure in a minute is past the budget of 5.
    [1_000, [100, 200, 400, 800, 1_000, 1_000, 1_000]],
    [5_000, [100, 200, 400, 800, 1_600, 5_000, 5_000]],
  ])('period %d ms: restart delays double up to the cap, then it retries at the cap, failing, forever', async (periodMs, expected) => {
    const asked: number[] = [];
    serveRequests(master, async () => { asked.push(h.clock.now()); throw new Error('refused'); });
    const ka = start({ periodMs, timeoutMs: 60_000 });
    const failing: boolean[] = [];
    for (let i = 0; i < expected.length; i++) {
      await h.advance(periodMs); // the instance's first tick: refused
      const info = h.info('keep-alive');
      expect(info.status).toBe('backing-off');
      expect(info.nextRestartAt).toBe(h.clock.now() + expected[i]);
      failing.push(info.failing);
      await h.advance(expected[i]);
      expect(ka.status).toBe('idle');
    }
    expect(h.restartDelays('keep-alive')).toEqual(expected);
    expect(failing).toEqual([false, false, false, false, false, true, true]);
    expect(h.info('keep-alive')).toMatchObject({ restarts: expected.length, failing: true });
    expect(asked).toHaveLength(expected.length);
    expect(h.escalations).toEqual([]);
  });
});

describe('KeepAliveCheck (master)', () => {
  let h: LoopHarness;
  let worker: Peer;
  let master: Peer;
  let log: MemoryLog;
  let t0: number;
  let received: { at: number; loops: LoopState[] }[];
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker, master } = await h.peerPair());
    log = memoryLog({ role: 'Master', nodeName: 'm' });
    t0 = h.clock.now();
    received = [];
  });
  afterEach(() => h.shutdown());

  function start(over: Partial<KeepAliveCheckDeps> = {}) {
    const loop = h.spawn(keepAliveCheckSpec({
      timeoutMs: 600, checkEveryMs: 200, clock: h.clock, log: log.task('Keep Alive', 'w1'),
      received: (at, loops) => received.push({ at, loops }), ...over,
    }));
    routeRequestsTo(master, loop);
    return loop;
  }
  const keepAlive = () => requestOf(worker, body('keepAlive', { sentAtMs: h.clock.now(), loops: loopStatesToWire(LOOPS) }), 'keepAliveAck');

  test('answers a keep-alive with the time it was received, and hands the worker\'s loops to the master\'s table', async () => {
    start();
    await h.advance(150);
    const a = await keepAlive();
    expect(a.receivedAtMs).toBe(t0 + 150);
    expect(received).toEqual([{ at: t0 + 150, loops: LOOPS }]);
    expect(h.info('keep-alive').summary).toBe(`received=1 last=${new Date(t0 + 150).toISOString()}`);
  });

  test('a request that is not a keep-alive is answered unsupported; the loop goes on', async () => {
    start();
    const err = await requestOf(worker, body('ping', { payload: Buffer.from('x') }), 'pong').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect(err).toMatchObject({ code: 'unsupported', message: 'the keep-alive loop does not handle ping' });
    expect(h.info('keep-alive')).toMatchObject({ status: 'idle', restarts: 0, lastError: null });
  });

  test('a worker silent past the timeout is a lost link: handed to the connection at the first check past it', async () => {
    const loop = start();
    await h.advance(600); // checks at 200, 400, 600: 600 ms of silence is not past 600
    expect(h.escalations).toEqual([]);
    await h.advance(200);
    expect(h.escalations).toHaveLength(1);
    expect(h.escalations[0]).toMatchObject({ path: '/conn/keep-alive' });
    expect(h.escalations[0].error).toBeInstanceOf(LinkLostError);
    expect(h.escalations[0].error.message).toBe('no keep-alive for 0.8s (limit 0.6s)');
    expect(loop.status).toBe('failed');
    expect(log.lines.some((l) => /WARNING: .*\[Keep Alive\] \[w1\] Dropping the worker: no keep-alive for 0\.8s \(limit 0\.6s\)\./.test(l))).toBe(true);
    // A keep-alive that comes too late finds nobody: the connection answers 'busy' (it closes the link anyway).
    const late = await keepAlive().catch((e: unknown) => e);
    expect(late).toMatchObject({ code: 'busy' });
  });

  test('keep-alives within the timeout keep the link; the silence is measured from the last one', async () => {
    start();
    for (let i = 0; i < 10; i++) {
      await h.advance(500);
      await keepAlive();
    }
    expect(received).toHaveLength(10);
    const last = h.clock.now();
    await h.advance(600);
    expect(h.escalations).toEqual([]);
    await h.advance(200); // the first check more than 600 ms after the last keep-alive
    expect(h.escalations.map((e) => e.error.message)).toEqual([`no keep-alive for ${((h.clock.now() - last) / 1000).toFixed(1)}s (limit 0.6s)`]);
  });

  test('a failure of its own restarts the loop alone; a keep-alive sent meanwhile waits and is answered', async () => {
    let fail = true;
    const loop = start({ received: (at, loops) => { if (fail) throw new Error('worker table refused the update'); received.push({ at, loops }); } });
    // The answer went out before the table refused it: the worker sees an ack.
    await expect(keepAlive()).resolves.toMatchObject({ receivedAtMs: t0 });
    await h.idle();
    const info = h.info('keep-alive');
    expect(info).toMatchObject({ status: 'backing-off', restarts: 0, nextRestartAt: t0 + 100 });
    expect(info.lastError).toMatchObject({ message: 'worker table refused the update', scope: 'local', restartInMs: 100 });
    expect(h.escalations).toEqual([]);
    fail = false;
    const waiting = keepAlive();
    await h.idle();
    expect(h.info('keep-alive').mailbox).toBe(1);
    await h.advance(100);
    await expect(waiting).resolves.toMatchObject({ receivedAtMs: t0 + 100 });
    expect(loop.status).toBe('idle');
    expect(h.info('keep-alive')).toMatchObject({ restarts: 1 });
    expect(received).toHaveLength(1);
  });

  test('restart policy: delays double to the 1 s cap (the check period is shorter), then retry at the cap, failing', async () => {
    start({ received: () => { throw new Error('worker table refused the update'); } });
    const expected = [100, 200, 400, 800, 1_000, 1_000, 1_000];
    for (const delay of expected) {
      await keepAlive();
      await h.idle();
      expect(h.info('keep-alive').nextRestartAt).toBe(h.clock.now() + delay);
      await h.advance(delay);
    }
    expect(h.restartDelays('keep-alive')).toEqual(expected);
    expect(h.info('keep-alive')).toMatchObject({ status: 'idle', restarts: 7, failing: true });
    expect(h.escalations).toEqual([]);
  });
});
