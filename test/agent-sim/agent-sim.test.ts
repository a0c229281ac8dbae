// The simulator against a fake manager on loopback: enrollment, startup ack, keep-alive content,
// merged.mg push, event rate, failover, enrollment retry and shutdown on stop.
//
// The sockets are real, the time is not: the simulator runs on a ManualClock with random() fixed at
// 0.5, so its keep-alives, event ticks, backoffs and deadlines fire only when a test advances the
// clock, and an advance is instantaneous (no I/O runs between the timers it fires). Between advances
// a test polls for the I/O outcome (waitFor) instead of sleeping, so what is sent, and when on the
// clock, is exact.
import { buildMergedMg } from '../../agents/groups/merged-mg';
import { AgentSim, startAgentSim } from '../../agents/sim/agent-sim';
import { syslogStamp } from '../../agents/sim/sim-content';
import { SimOptionsInput } from '../../agents/sim/sim-options';
import { ManualClock } from '../helpers/manual-clock';
import { FakeAuthd, FakeRegistry, FakeRemoted, startFakeAuthd, startFakeRemoted, waitFor } from './fake-manager';

let clock: ManualClock;
const running: Array<() => Promise<void>> = [];

beforeEach(() => {
  clock = new ManualClock();
});

afterEach(async () => {
  // Simulators first (they say shutdown), then the fake servers.
  for (const stop of running.splice(0).reverse()) await stop();
});

/** Moves the simulator's time: every timer due fires in order, with only promise jobs in between. */
const advance = (ms: number): Promise<void> => clock.advance(ms, async () => undefined);

/** Agents start spread over min(1 s, 2 ms x count): advancing that far starts every one. */
const startAll = (count: number): Promise<void> => advance(Math.min(1_000, 2 * count));

/** What random() = 0.5 makes of a backoff: the step less a quarter (half of the 50 % jitter). */
const backoff = (stepMs: number): number => Math.round(stepMs * 0.75);

async function fakeManager(workers = 1, merged: FakeRemoted['merged'] = null, refuse = 0) {
  const registry = new FakeRegistry();
  const authd = await startFakeAuthd(registry, refuse);
  running.push(() => authd.close());
  const remoteds: FakeRemoted[] = [];
  for (let i = 0; i < workers; i++) {
    // The workers stamp what they receive with the simulator's clock.
    const r = await startFakeRemoted(registry, merged, () => clock.now());
    running.push(() => r.close());
    remoteds.push(r);
  }
  return { registry, authd, remoteds };
}

async function sim(authd: FakeAuthd, remoteds: FakeRemoted[], extra: Partial<SimOptionsInput>): Promise<AgentSim> {
  const s = await startAgentSim({
    enroll: `127.0.0.1:${authd.port}`,
    workers: remoteds.map((r) => `127.0.0.1:${r.port}`),
    count: 1,
    keepalive: '300ms',
    retryInitial: '50ms',
    retryMax: '200ms',
    enrollRetryMax: '200ms',
    ...extra,
  }, { clock, random: () => 0.5 });
  running.push(() => stopSim(s));
  return s;
}

/**
 * stop() ends each link and resolves once the worker has closed its side, which the fake does at
 * once; the 1 s grace after which an agent destroys the socket itself is on the manual clock, so it
 * is moved on if a close is slow (a test that failed half-way).
 */
async function stopSim(s: AgentSim): Promise<void> {
  let over = false;
  const stopped = s.stop().then(() => { over = true; });
  await waitFor('the simulator stopped', () => over, 2_000).catch(() => advance(1_000));
  await stopped;
}

/**
 * Everything the agents sent has reached the workers and every ack has come back. Holds only between
 * exchanges (a startup in flight is counted by neither side), so tests also ask for `connected`.
 */
function quiet(s: AgentSim, workers: FakeRemoted[]): boolean {
  const st = s.stats();
  let keepalives = 0;
  let events = 0;
  let acks = 0;
  for (const w of workers) {
    keepalives += w.keepalives.length;
    events += w.events.length;
    acks += (w.ackStartups ? w.startups.length : 0) + w.keepalives.length;
  }
  return st.keepalivesSent === keepalives && st.eventsSent === events && st.acks === acks;
}

function countBy<T>(items: T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of items) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

const AUTH_LOG = '/var/log/auth.log';
const MERGED = buildMergedMg('web', [{ relativePath: 'agent.conf', bytes: Buffer.from('<agent_config>\n  <labels><label key="x">y</label></labels>\n</agent_config>\n'.repeat(30)) }]);

test('enrolls, starts up, keeps alive with real content, applies a pushed merged.mg', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1, { md5: MERGED.md5, content: MERGED.content });
  const s = await sim(authd, [w!], { count: 3, group: 'web' });
  await startAll(3);
  await waitFor('3 pushes applied', () => s.stats().pushesApplied === 3);
  await waitFor('the keep-alives after the push delivered and acked', () => s.stats().connected === 3 && quiet(s, [w!]));

  expect(authd.requests.map((r) => r.name).sort()).toEqual(['sim-001', 'sim-002', 'sim-003']);
  for (const r of authd.requests) {
    expect(r.version).toEqual({ state: 'value', value: 'v4.14.7' });
    expect(r.groups).toEqual({ state: 'value', value: 'web' });
    expect(r.password).toBeNull();
  }
  expect(w!.startups).toHaveLength(3);
  for (const st of w!.startups) expect(st.info).toEqual({ version: 'v4.14.7' });

  const agents = s.agents();
  expect(agents.every((a) => a.connected && a.mergedMd5 === MERGED.md5 && /^[0-9a-f]{64}$/.test(a.key ?? ''))).toBe(true);
  for (const a of agents) {
    const mine = w!.keepalives.filter((k) => k.agentId === a.id);
    // The clock did not move past the start, so no periodic keep-alive: one on the ack, reporting no
    // merged.mg (`x`), and one at once after the push, with the pushed checksum.
    expect(mine.map((k) => k.mergedMd5)).toEqual([null, MERGED.md5]);
    expect(mine[0]!.mergedReported).toBe(true);
    const first = mine[0]!;
    expect(first.os?.hostname).toBe(a.name);
    expect(first.os?.arch).toMatch(/x86_64|aarch64/);
    expect(first.os?.name).toBeTruthy();
    expect(first.os?.version).toBeTruthy();
    expect(first.agentVersion).toBe('Wazuh v4.14.7');
    expect(first.agentIp).toBe('127.0.0.1');
    expect(first.labels).toEqual(expect.arrayContaining([
      { key: 'env', value: 'simulation', hidden: false, system: false },
      { key: 'sim.group', value: 'web', hidden: false, system: false },
      { key: 'owner', value: 'warden-agent-sim', hidden: true, system: false },
    ]));
    // "Agent started" comes once, after the ack.
    const started = w!.events.filter((e) => e.agentId === a.id && e.location === 'wazuh-agent');
    expect(started.map((e) => e.message)).toEqual([`ossec: Agent started: '${a.name}->127.0.0.1'.`]);
    // Counters: global 0, local 1, 2, 3, 4 in the order sent (startup, "Agent started", two keep-alives).
    const locals = w!.counters.filter((c) => c.agentId === a.id);
    expect(locals.map((c) => c.local)).toEqual([1, 2, 3, 4]);
    expect(locals.every((c) => c.global === 0)).toBe(true);
  }
  const st = s.stats();
  expect(st).toMatchObject({ enrolled: 3, connected: 3, pushesApplied: 3, errors: 0, failovers: 0, keepalivesSent: 6, eventsSent: 3 });
  expect(st.perWorker).toEqual({ [`127.0.0.1:${w!.port}`]: 3 });
  // Every startup and every keep-alive acked.
  expect(st.acks).toBe(3 + 6);
  expect(w!.pushes).toBe(3);
  expect(w!.errors).toEqual([]);
});

test('keeps alive every --keepalive', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1);
  const s = await sim(authd, [w!], { count: 2, keepalive: '200ms' });
  await startAll(2);
  await waitFor('connected', () => s.stats().connected === 2 && quiet(s, [w!]));
  const t0 = clock.now(); // both acked, and sent their first keep-alive, at this time
  // 1.2 s in 50 ms steps, each step's keep-alives delivered before the next: the worker's stamps are
  // the times on the clock they were sent.
  for (let i = 0; i < 24; i++) {
    await advance(50);
    await waitFor('keep-alives delivered and acked', () => quiet(s, [w!]));
  }
  for (const a of s.agents()) {
    const times = w!.keepalives.filter((k) => k.agentId === a.id).map((k) => k.at - t0);
    // One on the ack; the first periodic one at 0.5 + 0.5 x random() = 3/4 of the interval, so a fleet
    // that reconnected together does not beat together; then one every 200 ms.
    expect(times).toEqual([0, 150, 350, 550, 750, 950, 1150]);
  }
  expect(s.stats()).toMatchObject({ connected: 2, errors: 0, keepalivesSent: 14 });
});

test('sends auth.log events at the requested total rate, stamped with the clock', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1);
  const s = await sim(authd, [w!], { count: 5, rate: 100, keepalive: '10s' });
  const start = clock.now();
  await startAll(5);
  await waitFor('connected', () => s.stats().connected === 5 && quiet(s, [w!]));
  const sentBefore = s.stats().eventsSent; // the five "Agent started"
  expect(sentBefore).toBe(5);
  await advance(2_000);
  await waitFor('events delivered', () => quiet(s, [w!]));
  // The fleet's bucket is drained every 100 ms: 20 ticks in these 2 s, 10 events each at 100/s,
  // handed to the agents in turn.
  const got = w!.events.filter((e) => e.location === AUTH_LOG);
  expect(got).toHaveLength(200);
  expect(s.stats().eventsSent - sentBefore).toBe(200);
  expect(Object.values(countBy(got, (e) => e.agentId))).toEqual([40, 40, 40, 40, 40]);
  // All queue 1 syslog lines, stamped with the time of their tick on the simulator's clock.
  const tickStamps = new Set(Array.from({ length: 20 }, (_, i) => syslogStamp(new Date(start + 100 * (i + 1)))));
  for (const e of got) {
    expect(e.queue).toBe('1');
    expect(e.message).toMatch(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d sim-\d{3} (sshd|sudo|su|CRON|systemd-logind)(\[\d+\])?: /);
    expect(tickStamps).toContain(e.message.slice(0, 15));
  }
});

test('fails over to the next worker when its worker dies', async () => {
  const { authd, remoteds: [a, b] } = await fakeManager(2);
  const s = await sim(authd, [a!, b!], { count: 4 });
  await startAll(4);
  await waitFor('connected on both', () => s.stats().connected === 4 && quiet(s, [a!, b!]));
  expect(s.stats().perWorker).toEqual({ [`127.0.0.1:${a!.port}`]: 2, [`127.0.0.1:${b!.port}`]: 2 });
  await a!.close();
  await waitFor('the agents on a lost their link', () => s.stats().failovers === 2);
  expect(s.stats().connected).toBe(2);
  // The next worker of the list is tried after the first backoff step, and not before.
  expect(clock.nextAt()! - clock.now()).toBe(backoff(50));
  await advance(backoff(50));
  await waitFor('all on b', () => s.stats().perWorker[`127.0.0.1:${b!.port}`] === 4);
  await waitFor('keep-alives on b', () => new Set(b!.keepalives.map((k) => k.agentId)).size === 4);
  const st = s.stats();
  expect(st).toMatchObject({ connected: 4, failovers: 2, reconnects: 0, errors: 2 });
  expect(st.perWorker[`127.0.0.1:${a!.port}`]).toBe(0);
  // Every agent said startup to b and is keeping alive there.
  expect(new Set(b!.startups.map((x) => x.agentId)).size).toBe(4);
  expect(b!.startups).toHaveLength(4);
  expect(s.agents().every((x) => x.worker === `127.0.0.1:${b!.port}`)).toBe(true);
});

test('on #!-force_reconnect, starts over from its current worker; refused there, moves to the next', async () => {
  const { authd, remoteds: [a, b] } = await fakeManager(2);
  const s = await sim(authd, [a!, b!], { count: 4 });
  await startAll(4);
  await waitFor('connected on both', () => s.stats().connected === 4 && quiet(s, [a!, b!]));
  const onA = s.agents().filter((x) => x.worker === `127.0.0.1:${a!.port}`).map((x) => x.id!);
  expect(onA).toHaveLength(2);

  // Asked to reconnect, and taken back: the agents return to a at once, nobody fails over.
  expect(a!.reconnectAll()).toBe(2);
  await waitFor('back on a', () => a!.startups.length === 4 && s.stats().connected === 4);
  expect(s.stats()).toMatchObject({ forcedReconnects: 2, failovers: 0, errors: 0 });
  expect(s.stats().perWorker[`127.0.0.1:${a!.port}`]).toBe(2);

  // Asked again, and refused when they come back (moved away): they go on to b.
  for (const id of onA) a!.refuse.add(id);
  a!.reconnectAll();
  await waitFor('refused on a', () => s.stats().failovers === 2);
  await advance(backoff(50));
  await waitFor('all on b', () => s.stats().perWorker[`127.0.0.1:${b!.port}`] === 4);
  expect(s.stats()).toMatchObject({ connected: 4, forcedReconnects: 4, failovers: 2 });
  expect(a!.startups.filter((x) => onA.includes(x.agentId))).toHaveLength(6); // first, taken back, refused
});

test('retries a refused enrollment with backoff', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1, null, 2);
  const s = await sim(authd, [w!], { count: 1 });
  await startAll(1);
  await waitFor('first refusal', () => s.stats().errors === 1);
  expect(authd.requests).toHaveLength(1);
  // retryInitial 50 ms, doubling: the retries wait 38 then 75 ms (random 0.5), and nothing else is due.
  expect(clock.nextAt()! - clock.now()).toBe(backoff(50));
  await advance(backoff(50));
  await waitFor('second refusal', () => s.stats().errors === 2);
  expect(authd.requests).toHaveLength(2);
  expect(clock.nextAt()! - clock.now()).toBe(backoff(100));
  await advance(backoff(100));
  await waitFor('connected', () => s.stats().connected === 1);
  expect(authd.requests).toHaveLength(3);
  expect(s.stats()).toMatchObject({ enrolled: 1, errors: 2 });
  expect(s.agents()[0]!.lastError).toMatch(/refused/);
});

test('stop() says shutdown for every connected agent and closes every connection', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1);
  const s = await sim(authd, [w!], { count: 3, rate: 20 });
  await startAll(3);
  await waitFor('connected', () => s.stats().connected === 3 && quiet(s, [w!]));
  await advance(500); // 5 event ticks at 20/s
  await waitFor('events delivered', () => quiet(s, [w!]));
  expect(w!.events.filter((e) => e.location === AUTH_LOG)).toHaveLength(10);
  await s.stop();
  await waitFor('shutdowns', () => w!.shutdowns.length === 3, 2_000);
  expect(new Set(w!.shutdowns)).toEqual(new Set(s.agents().map((a) => a.id)));
  await waitFor('connections closed', () => w!.connections() === 0, 2_000);
  expect(s.stats().connected).toBe(0);
  // Nothing can come after the stop: no timer is left (scheduler, deadlines, close graces) and the
  // worker holds no connection. A minute later, longer than any interval, still nothing.
  expect(clock.pending).toBe(0);
  const stats = s.stats();
  const seen = w!.events.length + w!.keepalives.length;
  await advance(60_000);
  expect(s.stats()).toEqual(stats);
  expect(w!.events.length + w!.keepalives.length).toBe(seen);
});

test('leaves a worker that never acks the startup for the next one', async () => {
  const { authd, remoteds: [hung, ok] } = await fakeManager(2);
  hung!.ackStartups = false;
  const s = await sim(authd, [hung!, ok!], { count: 2, ackTimeout: '300ms' });
  await startAll(2);
  // Agent 0 starts on the hung worker, agent 1 on the answering one.
  await waitFor('sim-002 connected, sim-001 waiting for an ack', () => s.stats().connected === 1 && hung!.startups.length === 1 && quiet(s, [hung!, ok!]));
  // sim-001 said startup when its connection opened, at this time: it waits 300 ms, not less.
  await advance(299);
  expect(s.agents()[0]).toMatchObject({ name: 'sim-001', connected: false, lastError: null });
  expect(s.stats().failovers).toBe(0);
  await advance(1);
  await waitFor('sim-001 gave up on the hung worker', () => s.stats().failovers === 1);
  expect(s.agents()[0]!.lastError).toMatch(/no ack within 300 ms/);
  await advance(backoff(50));
  await waitFor('both on the answering worker', () => s.stats().perWorker[`127.0.0.1:${ok!.port}`] === 2);
  expect(hung!.startups).toHaveLength(1);
  expect(hung!.keepalives).toEqual([]);
  expect(s.stats()).toMatchObject({ connected: 2, failovers: 1, errors: 1 });
});

test('enrolls and connects a larger fleet through one shared scheduler', async () => {
  const { authd, remoteds } = await fakeManager(2);
  const s = await sim(authd, remoteds, { count: 200, rate: 200, keepalive: '1s', enrollConcurrency: 16 });
  // The starts are spread over 400 ms; the 4 event ticks on the way find nobody connected, and bank
  // their 80 events.
  await startAll(200);
  await waitFor('200 connected', () => s.stats().connected === 200 && quiet(s, remoteds), 20_000);
  expect(Object.values(s.stats().perWorker)).toEqual([100, 100]);
  expect(new Set(s.agents().map((a) => a.id)).size).toBe(200);
  // 200 agents' keep-alives and ack deadlines and the fleet's event tick: one timer on the clock.
  expect(clock.pending).toBe(1);
  // One keep-alive interval: every agent's first periodic keep-alive (at 3/4 of it), and a second of
  // events at 200/s plus the 80 banked.
  await advance(1_000);
  await waitFor('keep-alives and events delivered', () => quiet(s, remoteds), 10_000);
  const keepalives = remoteds.flatMap((r) => r.keepalives);
  expect(new Set(Object.values(countBy(keepalives, (k) => k.agentId)))).toEqual(new Set([2]));
  expect(Object.keys(countBy(keepalives, (k) => k.agentId))).toHaveLength(200);
  const events = remoteds.flatMap((r) => r.events).filter((e) => e.location === AUTH_LOG);
  expect(events).toHaveLength(200 + 80);
  expect(new Set(events.map((e) => e.agentId)).size).toBe(200);
  expect(s.stats().errors).toBe(0);
  expect(remoteds.flatMap((r) => r.errors)).toEqual([]);
});
