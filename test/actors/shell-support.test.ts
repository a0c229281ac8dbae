// What the supervision layer gives the inspection shell, on a manual clock: tick records (last run, last
// duration, next run), restart and stop from the shell through the supervisor, and live traces that see
// an actor's messages in and out (to actors and over the wire) and nothing of any other actor.
import { actorsView, mutateActor, traceStart, tracePoll, type ActorCommandDeps } from '../../actors/control/actor-commands';
import { ActorHandle, ActorSpec } from '../../actors/supervision/actor';
import { startActorSystem, ActorSystem } from '../../actors/supervision/system';
import { approxBytes, describeMessage, type TraceEntry, tracing } from '../../actors/supervision/trace';
import { body } from '../../protocol/envelope';
import { Keyring } from '../../protocol/keyring';
import { memoryPeerPair, type MemoryPeers } from '../../protocol/memory-transport';
import { requestOf } from '../../protocol/request';
import { generateKey } from '../../scripts/keygen';
import { ManualClock } from '../helpers/manual-clock';

type Msg = { type: 'work'; to?: ActorHandle<Msg> } | { type: 'slow'; gate: Promise<void>; to?: ActorHandle<Msg> } | { type: 'ping' } | { type: 'boom' };

const loop = (name: string, extra: Partial<ActorSpec<number, Msg>> = {}): ActorSpec<number, Msg> => ({
  name, kind: 'Loop',
  restart: { backoff: { initialMs: 100, maxMs: 800, factor: 2, jitter: 0 } },
  init: () => 0,
  receive: async (s, m) => {
    switch (m.type) {
      case 'work': m.to?.tell({ type: 'ping' }); return s + 1;
      case 'slow': await m.gate; m.to?.tell({ type: 'ping' }); return s + 1;
      case 'ping': return s + 1;
      case 'boom': throw new TypeError('bad state');
    }
  },
  ...extra,
});

describe('what the shell reads and does through the supervision layer', () => {
  let sys: ActorSystem<unknown> | undefined;
  let clock: ManualClock;
  let deps: ActorCommandDeps;
  let peers: MemoryPeers | undefined;

  function boot(allowMutations: boolean): ActorHandle<unknown> {
    clock = new ManualClock();
    sys = startActorSystem<null, unknown>({ name: 'node', kind: 'Node', init: () => null, receive: (s) => s }, { clock, random: () => 0 });
    deps = { registry: sys.registry, tracer: sys.tracer, nodeName: 'node', now: () => clock.now(), allowMutations, configPath: '/etc/warden.yaml' };
    return sys.root;
  }
  const idle = () => sys!.idle();
  afterEach(async () => {
    peers?.worker.close();
    peers?.master.close();
    peers = undefined;
    await sys?.shutdown();
    sys = undefined;
    expect(tracing()).toBe(false); // every trace ended with its system
  });

  test('a tick records when it fires, when its run started, how long it took and when the next is due', async () => {
    const root = boot(false);
    root.spawn(loop('ticker', { tick: { schedule: { everyMs: 1_000 }, message: () => ({ type: 'work' }) } }));
    const start = clock.now();
    expect(sys!.registry.get('/node/ticker')!.tick).toEqual({ schedule: 'every 1s', lastAt: null, lastRunAt: null, lastDurationMs: null, nextAt: start + 1_000, skipped: 0 });
    await clock.advance(1_000, idle);
    const t = sys!.registry.get('/node/ticker')!.tick!;
    expect(t).toMatchObject({ lastAt: start + 1_000, lastRunAt: start + 1_000, nextAt: start + 2_000, skipped: 0 });
    expect(t.lastDurationMs).toBeGreaterThanOrEqual(0);
  });

  test('a cron tick knows its next fire', () => {
    const root = boot(false);
    root.spawn(loop('nightly', { tick: { schedule: { cron: '0 0 0 * * *' }, message: () => ({ type: 'work' }) } }));
    const next = sys!.registry.get('/node/nightly')!.tick!.nextAt!;
    expect(next).toBeGreaterThan(clock.now());
    expect(new Date(next).getHours()).toBe(0);
    expect(next - clock.now()).toBeLessThanOrEqual(86_400_000);
  });

  test('restart goes through the supervisor: the restart count grows and the loop comes back', async () => {
    const root = boot(true);
    const a = root.spawn(loop('a'));
    a.tell({ type: 'work' });
    await idle();
    const r = await mutateActor(deps, 'restart', { path: '/node/a' });
    expect(r).toMatchObject({ node: 'node', path: '/node/a', action: 'restart', restarts: 0 });
    await idle();
    expect(sys!.registry.get('/node/a')).toMatchObject({ status: 'backing-off', lastError: { message: 'restart of /node/a requested from the shell', scope: 'local', restartInMs: 100 } });
    await clock.advance(100, idle);
    const info = sys!.registry.get('/node/a')!;
    expect(info).toMatchObject({ status: 'idle', restarts: 1 });
    expect(info.restartLog.map((f) => f.message)).toEqual(['restart of /node/a requested from the shell']);
    a.tell({ type: 'work' });
    await idle();
    expect(sys!.registry.get('/node/a')!.handled).toBe(2);
    // While it backs off, a second restart says so instead of counting twice.
    await mutateActor(deps, 'restart', { path: '/node/a' });
    await idle();
    expect(await mutateActor(deps, 'restart', { path: '/node/a' })).toMatchObject({ status: 'backing-off', note: 'already restarting' });
  });

  test('stop stops the actor and its children; the root and unknown paths are refused', async () => {
    const root = boot(true);
    const a = root.spawn(loop('a'));
    a.spawn(loop('child'));
    await idle();
    await expect(mutateActor(deps, 'stop', { path: '/node/a' })).resolves.toMatchObject({ status: 'stopped' });
    expect(sys!.registry.snapshot().map((x) => x.path)).toEqual(['/node']);
    await expect(mutateActor(deps, 'restart', { path: '/node' })).rejects.toMatchObject({ code: 'refused', message: '/node is the root of node: to restart it, restart the daemon' });
    await expect(mutateActor(deps, 'stop', { path: '/node/a' })).rejects.toMatchObject({ code: 'no_such_actor' });
    await expect(mutateActor(deps, 'stop', {})).rejects.toMatchObject({ code: 'bad_args' });
  });

  test('with shell.allow_mutations off, restart and stop are refused naming the setting and the file', async () => {
    const root = boot(false);
    root.spawn(loop('a'));
    await expect(mutateActor(deps, 'restart', { path: '/node/a' })).rejects.toMatchObject({
      code: 'mutations_disabled',
      message: 'restart refused: shell.allow_mutations is false on node; set "shell: { allow_mutations: true }" in /etc/warden.yaml and restart that node to allow restart and stop',
    });
    await expect(mutateActor(deps, 'stop', { path: '/node/a' })).rejects.toMatchObject({ code: 'mutations_disabled' });
    expect(sys!.registry.get('/node/a')).toMatchObject({ status: 'idle', restarts: 0 });
  });

  test('a blocked actor shows its mailbox, busy status and busy time in the table', async () => {
    const root = boot(false);
    const a = root.spawn(loop('a'));
    let open!: () => void;
    const gate = new Promise<void>((r) => { open = r; });
    a.tell({ type: 'slow', gate });
    for (let i = 0; i < 5; i++) a.tell({ type: 'work' });
    await idle();
    await clock.advance(1_500, async () => undefined);
    const v = actorsView(deps, { prefix: '/node/a', brief: true });
    expect(v.actors).toHaveLength(1);
    expect(v.actors[0]).toMatchObject({ path: '/node/a', status: 'busy', mailbox: 5, busySince: v.now - 1_500 });
    open();
    await idle();
    expect(actorsView(deps, { prefix: '/node/a' }).actors[0]).toMatchObject({ status: 'idle', mailbox: 0, handled: 6 });
    expect(() => actorsView(deps, { prefix: '/node/b' })).toThrow('no actor /node/b on node; under /node: a');
  });

  test('a trace sees what its actor handles and sends, after an await too, and nothing of other actors', async () => {
    const root = boot(false);
    const a = root.spawn(loop('a'));
    const b = root.spawn(loop('b'));
    const { id } = traceStart(deps, { path: '/node/a', count: 50 }) as { id: number };
    expect(tracing()).toBe(true);
    let open!: () => void;
    a.tell({ type: 'work', to: b });
    a.tell({ type: 'slow', gate: new Promise<void>((r) => { open = r; }), to: b });
    b.tell({ type: 'work', to: a }); // b's own send to a: not a's doing
    await idle();
    open();
    await idle();
    a.tell({ type: 'boom' });
    await idle();
    const seen = (tracePoll(deps, { id }, false) as { entries: TraceEntry[] }).entries.map((e) => `${e.dir} ${e.type}${e.to ? ` -> ${e.to}` : ''}${e.failed ? ` ${e.failed}` : ''}`);
    expect(seen).toEqual([
      'in work', 'out ping -> /node/b', 'done work',
      'in slow', 'out ping -> /node/b', 'done slow',
      'in ping', 'done ping',
      'in boom', 'done boom TypeError',
    ]);
    expect((tracePoll(deps, { id }, true) as { done: string }).done).toBe('stopped');
    expect(tracing()).toBe(false);
    expect(() => tracePoll(deps, { id }, false)).toThrow(`no trace ${id} on this node`);
  });

  test('a trace ends at its count: the entries up to it, then nothing is traced any more', async () => {
    const root = boot(false);
    const a = root.spawn(loop('a'));
    const { id } = traceStart(deps, { path: '/node/a', count: 4 }) as { id: number };
    for (let i = 0; i < 5; i++) a.tell({ type: 'ping' });
    await idle();
    const poll = tracePoll(deps, { id }, false) as { entries: TraceEntry[]; done: string; total: number };
    expect(poll).toMatchObject({ done: 'count', total: 4 });
    expect(poll.entries.map((e) => `${e.dir} ${e.type}`)).toEqual(['in ping', 'done ping', 'in ping', 'done ping']);
    expect(tracing()).toBe(false);
    expect(() => tracePoll(deps, { id }, false)).toThrow('no trace'); // collected after its last poll
  });

  test('wire entries name the kind and the encoded size', async () => {
    const root = boot(false);
    peers = await memoryPeerPair(new Keyring({ key: generateKey() }));
    peers.master.on('request', (_env, respond) => respond(body('pong', { payload: Buffer.alloc(3) })));
    const peer = peers.worker;
    const a = root.spawn<number, { type: 'ask' }>({
      name: 'asker', kind: 'Asker', init: () => 0,
      receive: async (s) => { await requestOf(peer, body('ping', { payload: Buffer.alloc(100) }), 'pong'); return s + 1; },
    });
    const { id } = traceStart(deps, { path: '/node/asker', count: 100 }) as { id: number };
    a.tell({ type: 'ask' });
    const entries: TraceEntry[] = [];
    for (let i = 0; i < 100 && !entries.some((e) => e.dir === 'done'); i++) {
      entries.push(...(tracePoll(deps, { id }, false) as { entries: TraceEntry[] }).entries);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(entries.map((e) => [e.dir, e.via, e.type])).toEqual([['in', 'actor', 'ask'], ['out', 'wire', 'ping'], ['in', 'wire', 'pong'], ['done', 'actor', 'ask']]);
    const out = entries[1];
    expect(out.bytes).toBeGreaterThan(100); // the 100-byte payload and the envelope around it
    expect(out.bytes).toBeLessThan(120);
    expect(entries[2].bytes).toBeGreaterThan(3);
    tracePoll(deps, { id }, true);
  });

  test('trace-start refuses unknown actors and bad limits by name', () => {
    const root = boot(false);
    root.spawn(loop('a'));
    expect(() => traceStart(deps, { path: '/node/x' })).toThrow('no actor /node/x on node; under /node: a');
    expect(() => traceStart(deps, { path: '/node/a', count: 0 })).toThrow('"count" must be an integer from 1 to 10000, got 0');
    expect(() => traceStart(deps, { path: '/node/a', duration_ms: 10_000_000 })).toThrow('"duration_ms" must be an integer from 100 to 300000');
    expect(() => tracePoll(deps, {}, false)).toThrow('"id" is required');
  });

  test.each<[unknown, number]>([
    [{ type: 'tick' }, 4 + 4],
    [{ type: 'batch', rows: ['ab', 'cd'] }, 4 + 5 + 4 + 2 + 2],
    [{ data: Buffer.alloc(1000) }, 4 + 1000],
    [{ n: 1, ok: true, f: () => 1 }, 1 + 8 + 2 + 1 + 1],
  ])('approxBytes case %#', (msg, n) => {
    expect(approxBytes(msg)).toBe(n);
  });

  test('a cyclic or deep message is bounded, and a request names its wire kind', () => {
    const cyc: Record<string, unknown> = { type: 'x' };
    cyc.self = cyc;
    expect(approxBytes(cyc)).toBe(4 + 1 + 4);
    expect(describeMessage('request', { req: { env: { body: { kind: 'keepAlive' } } } })).toBe('request keepAlive');
    expect(describeMessage('stream', { stream: { info: { kind: 'integrity-file' } } })).toBe('stream integrity-file');
    expect(describeMessage('tick', {})).toBe('tick');
  });
});
