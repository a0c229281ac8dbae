// The supervision layer, on a manual clock: restarts, backoff, budgets, link failures, escalation,
// mailbox, timers and piped work. No test here sleeps on a real timer.
import { ActorHandle, ActorSpec, SupervisionEvent } from '../../actors/supervision/actor';
import { AskTimeoutError } from '../../actors/supervision/errors';
import { startActorSystem, ActorSystem } from '../../actors/supervision/system';
import { ManualClock } from '../helpers/manual-clock';

class LinkBroke extends Error {}
const restart = {
  backoff: { initialMs: 100, maxMs: 800, factor: 2, jitter: 0 },
  budget: { maxRestarts: 3, withinMs: 60_000 },
  scope: (e: Error) => (e instanceof LinkBroke ? 'link' as const : 'local' as const),
};

type Msg = { type: 'add'; n: number } | { type: 'boom'; err?: Error } | { type: 'get'; reply: (n: number) => void };
const counter = (name: string, extra: Partial<ActorSpec<number, Msg>> = {}): ActorSpec<number, Msg> => ({
  name, kind: 'Counter', restart,
  init: () => 0,
  receive: (s, m) => {
    switch (m.type) {
      case 'add': return s + m.n;
      case 'boom': throw m.err ?? new Error('boom');
      case 'get': m.reply(s); return s;
    }
  },
  summary: (s) => `count=${s}`,
  ...extra,
});

describe('supervised actors', () => {
  let sys: ActorSystem<unknown> | undefined;
  let clock: ManualClock;
  let events: SupervisionEvent[];
  let fatal: Error[];
  const rejections: unknown[] = [];
  const onRejection = (r: unknown) => rejections.push(r);
  beforeAll(() => process.on('unhandledRejection', onRejection));
  afterAll(() => process.off('unhandledRejection', onRejection));

  function boot(rootExtra: Partial<ActorSpec<null, unknown>> = {}): ActorHandle<unknown> {
    events = []; fatal = []; clock = new ManualClock();
    sys = startActorSystem<null, unknown>(
      { name: 'node', kind: 'Node', init: () => null, receive: (s) => s, ...rootExtra },
      { clock, random: () => 0, onEvent: (e) => events.push(e), onFatal: (e) => fatal.push(e) },
    );
    return sys.root;
  }
  const idle = () => sys!.idle();
  const advance = (ms: number) => clock.advance(ms, idle);
  const get = (c: ActorHandle<Msg>) => c.ask<number>((reply) => ({ type: 'get', reply }), 1000);
  afterEach(async () => { await sys?.shutdown(); sys = undefined; expect(rejections).toEqual([]); });

  test('a local failure restarts the actor after its backoff, with fresh state, and is shown', async () => {
    const root = boot();
    const c = root.spawn(counter('c'));
    c.tell({ type: 'add', n: 5 });
    expect(await get(c)).toBe(5);
    c.tell({ type: 'boom' });
    await idle();
    const during = sys!.registry.get('/node/c')!;
    expect(during).toMatchObject({ status: 'backing-off', nextRestartAt: clock.now() + 100, restarts: 0 });
    expect(during.lastError).toMatchObject({ message: 'boom', scope: 'local', restartInMs: 100 });
    expect(during.lastError!.stack).toMatch(/boom/);
    await advance(99);
    expect(c.status).toBe('backing-off');
    await advance(1);
    expect(c.status).toBe('idle');
    expect(await get(c)).toBe(0);
    expect(sys!.registry.get('/node/c')).toMatchObject({ restarts: 1, summary: 'count=0', nextRestartAt: null });
    expect(events.map((e) => e.type)).toEqual(['crashed', 'restarted']);
  });

  test('the backoff doubles with each failure in the window, then stays at its cap forever', async () => {
    const root = boot();
    const c = root.spawn(counter('loop'));
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      c.tell({ type: 'boom' });
      await idle();
      const info = sys!.registry.get('/node/loop')!;
      delays.push(info.lastError!.restartInMs!);
      await advance(info.lastError!.restartInMs!);
      expect(c.status).toBe('idle');
    }
    expect(delays).toEqual([100, 200, 400, 800, 800, 800, 800]);
    const info = sys!.registry.get('/node/loop')!;
    expect(info).toMatchObject({ restarts: 7, failing: true });
    expect(info.restartLog).toHaveLength(7);
    expect(events.filter((e) => e.type === 'escalated')).toEqual([]);
    // Still failing a moment later; no longer once a whole budget window passed without a failure.
    await advance(30_000);
    c.tell({ type: 'add', n: 1 });
    await idle();
    expect(sys!.registry.get('/node/loop')!.failing).toBe(true);
    await advance(30_000);
    c.tell({ type: 'add', n: 1 });
    await idle();
    expect(sys!.registry.get('/node/loop')!).toMatchObject({ failing: false, restarts: 7 });
  });

  test('a local failure stays with the loop: its siblings and parent go on', async () => {
    const root = boot();
    const conn = root.spawn<null, unknown>({ name: 'conn', kind: 'Connection', init: () => null, receive: (s) => s });
    const bad = conn.spawn(counter('bad'));
    const good = conn.spawn(counter('good'));
    good.tell({ type: 'add', n: 3 });
    for (let i = 0; i < 6; i++) {
      bad.tell({ type: 'boom' });
      await idle();
      await advance(1_000);
    }
    expect(await get(good)).toBe(3);
    expect(conn.status).toBe('idle');
    expect(sys!.registry.get('/node/conn')!.restarts).toBe(0);
    expect(sys!.registry.get('/node/conn/bad')!.restarts).toBe(6);
  });

  test('a link failure goes straight up: the parent is told, the loop is not restarted', async () => {
    const told: string[] = [];
    const root = boot();
    const conn = root.spawn<null, { type: 'lost'; why: string }>({
      name: 'conn', kind: 'Connection', init: () => null,
      childFailed: (child, err) => ({ type: 'lost', why: `${child.path}: ${err.message}` }),
      receive: (s, m) => { told.push(m.why); return s; },
    });
    const loop = conn.spawn(counter('keep-alive'));
    loop.tell({ type: 'boom', err: new LinkBroke('no answer') });
    await idle();
    expect(told).toEqual(['/node/conn/keep-alive: no answer']);
    expect(loop.status).toBe('failed');
    expect(sys!.registry.get('/node/conn/keep-alive')).toBeUndefined();
    expect(events.filter((e) => e.type === 'escalated')).toMatchObject([{ path: '/node/conn/keep-alive', reason: 'link' }]);
  });

  test('an actor whose policy is to escalate fails its parent, which restarts it with its children', async () => {
    const root = boot();
    let inits = 0;
    const parent = root.spawn<null, unknown>({
      name: 'dialer', kind: 'Dialer', restart, init: (self) => {
        inits++;
        self.spawn(counter('conn', { restart: { mode: 'escalate' } }));
        return null;
      },
      receive: (s) => s,
    });
    (parent.child('conn') as ActorHandle<Msg>).tell({ type: 'boom' });
    await idle();
    expect(parent.status).toBe('backing-off');
    await advance(100);
    expect(inits).toBe(2);
    expect(sys!.registry.get('/node/dialer/conn')).toMatchObject({ status: 'idle', restarts: 0 });
  });

  test('past its budget, an actor whose policy says so escalates; at the root that is fatal', async () => {
    const root = boot();
    const c = root.spawn(counter('c', { restart: { ...restart, budget: { maxRestarts: 1, withinMs: 10_000 }, exhausted: 'escalate' } }));
    c.tell({ type: 'boom' });
    await idle();
    await advance(100);
    c.tell({ type: 'boom' });
    await idle();
    // The parent has no childFailed: it fails with the child's error, and restarts by its own policy.
    expect(events.filter((e) => e.type === 'escalated').map((e) => e.path)).toEqual(['/node/c']);
    expect(root.status).toBe('backing-off');
  });

  test('a failure at a root that escalates is fatal', async () => {
    const root = boot({ restart: { mode: 'escalate' } });
    root.spawn(counter('c', { restart: { mode: 'escalate' } })).tell({ type: 'boom' });
    await idle();
    expect(fatal.map((e) => e.message)).toEqual(['/node/c failed: boom']);
  });

  test('messages waiting at a failure, and those sent while backing off, reach the next instance', async () => {
    const root = boot();
    const c = root.spawn(counter('c'));
    c.tell({ type: 'boom' });
    c.tell({ type: 'add', n: 2 });
    await idle();
    c.tell({ type: 'add', n: 3 });
    expect(sys!.registry.get('/node/c')!.mailbox).toBe(2);
    await advance(100);
    expect(await get(c)).toBe(5);
  });

  test('a message that threw, or never ran, is handed to unhandled (so a request gets its answer)', async () => {
    const answered: string[] = [];
    const root = boot();
    const c = root.spawn(counter('c', { unhandled: (m, err) => answered.push(`${m.type}: ${err.message}`) }));
    c.tell({ type: 'boom' });
    await idle();
    c.tell({ type: 'add', n: 1 });
    await c.stop();
    expect(answered).toEqual(['boom: boom', 'add: /node/c is stopped: stopped']);
  });

  test('an init that throws counts as a failure', async () => {
    let tries = 0;
    const root = boot();
    const c = root.spawn(counter('flaky', { init: () => { if (++tries < 2) throw new Error('not yet'); return 7; } }));
    expect(c.status).toBe('backing-off');
    await advance(100);
    expect(c.status).toBe('idle');
    expect(await get(c)).toBe(7);
  });

  test('stop stops children deepest first and runs onStop', async () => {
    const order: string[] = [];
    const root = boot();
    const mk = (name: string) => counter(name, { onStop: () => { order.push(name); } });
    const a = root.spawn(mk('a'));
    const b = a.spawn(mk('b'));
    b.spawn(mk('c'));
    a.spawn(mk('d'));
    await a.stop();
    expect(order).toEqual(['d', 'c', 'b', 'a']);
    expect(sys!.registry.snapshot().map((i) => i.path)).toEqual(['/node']);
  });

  test('ticks drive a loop, never overlap, and coalesce while it runs', async () => {
    let running = 0, maxRunning = 0, runs = 0;
    const gates: (() => void)[] = [];
    const root = boot();
    root.spawn<null, 'tick'>({
      name: 'loop', kind: 'Loop', init: () => null,
      tick: { schedule: { everyMs: 10 }, message: () => 'tick' },
      receive: async (s) => {
        running++; maxRunning = Math.max(maxRunning, running);
        await new Promise<void>((r) => gates.push(r));
        running--; runs++;
        return s;
      },
    });
    await advance(10);
    expect(gates).toHaveLength(1);
    await advance(50); // five ticks while the first run waits: one is queued, four are skipped
    const info = sys!.registry.get('/node/loop')!;
    expect(info.mailbox).toBe(1);
    expect(info.tick).toMatchObject({ schedule: 'every 10ms', skipped: 4 });
    gates.shift()!();
    await idle();
    gates.shift()!();
    await idle();
    expect(runs).toBe(2);
    expect(maxRunning).toBe(1);
  });

  test('timers and piped work come back as messages, and never to a later instance', async () => {
    type M = { type: 'later' } | { type: 'start' } | { type: 'done'; v: string } | { type: 'boom' };
    const seen: string[] = [];
    const lost: string[] = [];
    const root = boot();
    let resolveWork!: (v: string) => void;
    const a = root.spawn<null, M>({
      name: 'a', kind: 'A', restart, init: () => null,
      unhandled: (m) => lost.push(m.type),
      receive: (s, m, self) => {
        switch (m.type) {
          case 'later': seen.push('later'); return s;
          case 'start':
            self.after(50, { type: 'later' });
            self.pipe(new Promise<string>((r) => { resolveWork = r; }), (r) => ({ type: 'done', v: r.ok ? r.value : r.error.message }));
            return s;
          case 'done': seen.push(`done ${m.v}`); return s;
          case 'boom': throw new Error('boom');
        }
      },
    });
    a.tell({ type: 'start' });
    await idle();
    expect(sys!.registry.get('/node/a')!.pendingPipes).toBe(1);
    await advance(50);
    resolveWork('x');
    await idle();
    expect(seen).toEqual(['later', 'done x']);
    a.tell({ type: 'start' });
    await idle();
    a.tell({ type: 'boom' });
    await idle();
    await advance(100); // restarted; the old instance's timer never fires
    resolveWork('late');
    await idle();
    expect(seen).toEqual(['later', 'done x']);
    expect(lost).toEqual(['boom', 'done']);
  });

  test('ask rejects with a named timeout error; a full mailbox refuses and counts', async () => {
    const root = boot();
    const silent = root.spawn<null, { type: 'q'; reply: (n: number) => void }>({
      name: 'silent', kind: 'Silent', mailboxLimit: 2, init: () => null, receive: (s) => s,
    });
    const p = silent.ask<number>((reply) => ({ type: 'q', reply }), 500);
    const caught = p.catch((e: unknown) => e);
    await advance(500);
    const err = await caught;
    expect(err).toBeInstanceOf(AskTimeoutError);
    expect((err as Error).message).toBe('/node/silent did not answer q within 500 ms');

    const gate: { open?: () => void } = {};
    const slow = root.spawn<null, number>({
      name: 'slow', kind: 'Slow', mailboxLimit: 3, init: () => null,
      receive: async (s, n) => { if (n === 0) await new Promise<void>((r) => { gate.open = r; }); return s; },
    });
    slow.tell(0);
    await idle();
    const accepted = [1, 2, 3, 4, 5].map((i) => slow.tell(i));
    expect(accepted).toEqual([true, true, true, false, false]);
    expect(sys!.registry.get('/node/slow')).toMatchObject({ mailbox: 3, dropped: 2, status: 'busy' });
    gate.open!();
    await idle();
    expect(sys!.registry.get('/node/slow')!.handled).toBe(4);
  });
});
