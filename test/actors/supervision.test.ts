import { ActorHandle, ActorSpec, SupervisionEvent } from '../../actors/supervision/actor';
import { startActorSystem, ActorSystem } from '../../actors/supervision/system';

const fast = { backoff: { initialMs: 20, maxMs: 100, factor: 2, jitter: 0 }, budget: { maxRestarts: 2, withinMs: 10_000 } };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await wait(5);
  }
}

type Msg = { type: 'add'; n: number } | { type: 'boom' } | { type: 'get'; reply: (n: number) => void };
const counter = (name: string, extra: Partial<ActorSpec<number, Msg>> = {}): ActorSpec<number, Msg> => ({
  name, kind: 'Counter', ...fast,
  init: () => 0,
  receive: (s, m) => {
    switch (m.type) {
      case 'add': return s + m.n;
      case 'boom': throw new Error('boom');
      case 'get': m.reply(s); return s;
    }
  },
  summary: (s) => `count=${s}`,
  ...extra,
});

describe('supervised actors', () => {
  let sys: ActorSystem<never> | undefined;
  let events: SupervisionEvent[];
  let failures: Error[];
  const rejections: unknown[] = [];
  const onRejection = (r: unknown) => rejections.push(r);
  beforeAll(() => process.on('unhandledRejection', onRejection));
  afterAll(() => process.off('unhandledRejection', onRejection));

  function boot(rootExtra: Partial<ActorSpec<null, never>> = {}): ActorHandle<never> {
    events = []; failures = [];
    sys = startActorSystem<null, never>(
      { name: 'node', kind: 'Node', init: () => null, receive: (s) => s, ...rootExtra },
      { onEvent: (e) => events.push(e), onFatal: (e) => failures.push(e) },
    );
    return sys.root;
  }
  afterEach(async () => { await sys?.shutdown(); sys = undefined; });

  test('a loop that throws once is restarted after a backoff, with fresh state', async () => {
    const root = boot();
    const c = root.spawn(counter('c'));
    c.tell({ type: 'add', n: 5 });
    expect(await c.ask<number>((reply) => ({ type: 'get', reply }), 1000)).toBe(5);
    const t0 = Date.now();
    c.tell({ type: 'boom' });
    await until(() => c.status === 'restarting');
    await until(() => c.status === 'running' && c.restarts === 1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(15);
    expect(await c.ask<number>((reply) => ({ type: 'get', reply }), 1000)).toBe(0);
    const info = sys!.registry.get('/node/c')!;
    expect(info).toMatchObject({ kind: 'Counter', restarts: 1, status: 'running', summary: 'count=0' });
    expect(info.lastError?.message).toBe('boom');
    expect(events.map((e) => e.type)).toEqual(['crashed', 'restarted']);
    expect(rejections).toEqual([]);
  });

  test('messages sent while an actor restarts are delivered to the new instance', async () => {
    const root = boot();
    const c = root.spawn(counter('c'));
    c.tell({ type: 'boom' });
    c.tell({ type: 'add', n: 2 });
    await until(() => c.status === 'restarting');
    c.tell({ type: 'add', n: 3 });
    await until(() => c.restarts === 1);
    expect(await c.ask<number>((reply) => ({ type: 'get', reply }), 1000)).toBeGreaterThanOrEqual(3);
  });

  test('a loop that keeps throwing escalates to its parent past the budget', async () => {
    const escalated: string[] = [];
    const root = boot();
    const conn = root.spawn<null, never>({
      name: 'conn', kind: 'Connection', init: () => null, receive: (s) => s,
      onChildFailed: (child, err) => escalated.push(`${child.path}: ${err.message}`),
    });
    const c = conn.spawn(counter('loop', { init: () => { return 0; } }));
    for (let i = 0; i < 3; i++) {
      await until(() => c.status === 'running');
      c.tell({ type: 'boom' });
      await until(() => c.status !== 'running');
    }
    await until(() => escalated.length === 1);
    expect(escalated[0]).toMatch(/\/node\/conn\/loop failed past its restart budget: boom/);
    expect(c.status).toBe('failed');
    expect(sys!.registry.get('/node/conn/loop')).toBeUndefined();
    expect(events.filter((e) => e.type === 'escalated')).toHaveLength(1);
    expect(conn.childNames()).toEqual([]);
  });

  test('an escalation that reaches the root is fatal', async () => {
    const root = boot({ budget: { maxRestarts: 0, withinMs: 1000 } });
    const c = root.spawn(counter('c', { budget: { maxRestarts: 0, withinMs: 1000 } }));
    c.tell({ type: 'boom' });
    await until(() => failures.length === 1);
    expect(events.filter((e) => e.type === 'escalated').map((e) => e.path)).toEqual(['/node/c', '/node']);
    expect(failures[0].message).toMatch(/\/node\/c failed past its restart budget: boom/);
  });

  test('an init that throws counts as a crash', async () => {
    let tries = 0;
    const root = boot();
    const c = root.spawn(counter('flaky', { init: () => { if (++tries < 2) throw new Error('not yet'); return 7; } }));
    await until(() => c.status === 'running' && c.restarts === 1);
    expect(await c.ask<number>((reply) => ({ type: 'get', reply }), 1000)).toBe(7);
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

  test('ticks drive a loop and never overlap', async () => {
    let running = 0, maxRunning = 0, runs = 0;
    const root = boot();
    root.spawn<null, 'tick'>({
      name: 'loop', kind: 'Loop', init: () => null,
      tick: { schedule: { everyMs: 5 }, message: () => 'tick' },
      receive: async (s) => {
        running++; maxRunning = Math.max(maxRunning, running);
        await wait(30);
        running--; runs++;
        return s;
      },
    });
    await until(() => runs >= 3);
    expect(maxRunning).toBe(1);
    // ticks coalesce: at most one waits while one runs
    expect(sys!.registry.get('/node/loop')!.mailbox).toBe(0);
  });

  test('a full mailbox drops and counts what overflows', async () => {
    const root = boot();
    const gate: { open?: () => void } = {};
    const slow = root.spawn<null, number>({
      name: 'slow', kind: 'Slow', mailboxLimit: 3, init: () => null,
      receive: async (s, n) => { if (n === 0) await new Promise<void>((r) => { gate.open = r; }); return s; },
    });
    slow.tell(0);
    await until(() => gate.open !== undefined);
    for (let i = 1; i <= 5; i++) slow.tell(i);
    const info = sys!.registry.get('/node/slow')!;
    expect(info.mailbox).toBe(3);
    expect(info.dropped).toBe(2);
    expect(events.filter((e) => e.type === 'dropped')).toHaveLength(2);
    gate.open!();
    await until(() => sys!.registry.get('/node/slow')!.handled === 4);
  });
});
