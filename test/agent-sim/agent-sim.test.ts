// The simulator against a fake manager on loopback: enrollment, startup ack, keep-alive content,
// merged.mg push, event rate, failover, enrollment retry and shutdown on stop.
import { buildMergedMg } from '../../agents/groups/merged-mg';
import { AgentSim, startAgentSim } from '../../agents/sim/agent-sim';
import { SimOptionsInput } from '../../agents/sim/sim-options';
import { FakeAuthd, FakeRegistry, FakeRemoted, startFakeAuthd, startFakeRemoted, waitFor } from './fake-manager';

const running: Array<{ close?: () => Promise<void>; stop?: () => Promise<void> }> = [];

afterEach(async () => {
  // Simulators first (they say shutdown), then the fake servers.
  for (const r of running.splice(0).reverse()) await (r.stop ?? r.close)!();
});

async function fakeManager(workers = 1, merged: FakeRemoted['merged'] = null, refuse = 0) {
  const registry = new FakeRegistry();
  const authd = await startFakeAuthd(registry, refuse);
  running.push(authd);
  const remoteds: FakeRemoted[] = [];
  for (let i = 0; i < workers; i++) {
    const r = await startFakeRemoted(registry, merged);
    running.push(r);
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
  });
  running.push(s);
  return s;
}

const MERGED = buildMergedMg('web', [{ relativePath: 'agent.conf', bytes: Buffer.from('<agent_config>\n  <labels><label key="x">y</label></labels>\n</agent_config>\n'.repeat(30)) }]);

test('enrolls, starts up, keeps alive with real content, applies a pushed merged.mg', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1, { md5: MERGED.md5, content: MERGED.content });
  const s = await sim(authd, [w!], { count: 3, group: 'web' });
  await waitFor('3 pushes applied', () => s.stats().pushesApplied === 3);
  await waitFor('keep-alives with the new md5', () => new Set(w!.keepalives.filter((k) => k.mergedMd5 === MERGED.md5).map((k) => k.agentId)).size === 3);

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
    // Before the push the agent has no merged.mg (`x`), after it the pushed checksum.
    expect(mine[0]!.mergedReported).toBe(true);
    expect(mine[0]!.mergedMd5).toBeNull();
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
    expect(mine.some((k) => k.mergedMd5 === MERGED.md5)).toBe(true);
    // "Agent started" comes once, after the ack.
    const started = w!.events.filter((e) => e.agentId === a.id && e.location === 'wazuh-agent');
    expect(started.map((e) => e.message)).toEqual([`ossec: Agent started: '${a.name}->127.0.0.1'.`]);
    // Counters: global 0, local 1, 2, 3... in the order sent.
    const locals = w!.counters.filter((c) => c.agentId === a.id);
    expect(locals.map((c) => c.local)).toEqual(locals.map((_, i) => i + 1));
    expect(locals.every((c) => c.global === 0)).toBe(true);
  }
  const st = s.stats();
  expect(st).toMatchObject({ enrolled: 3, connected: 3, pushesApplied: 3, errors: 0, failovers: 0 });
  expect(st.perWorker).toEqual({ [`127.0.0.1:${w!.port}`]: 3 });
  expect(st.keepalivesSent).toBe(w!.keepalives.length);
  expect(st.acks).toBeGreaterThanOrEqual(w!.startups.length + w!.keepalives.length - 3);
  expect(w!.pushes).toBe(3);
  expect(w!.errors).toEqual([]);
});

test('keeps alive every --keepalive', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1);
  const s = await sim(authd, [w!], { count: 2, keepalive: '200ms' });
  await waitFor('connected', () => s.stats().connected === 2);
  const t0 = Date.now();
  const before = w!.keepalives.length;
  await new Promise((r) => setTimeout(r, 1_200));
  const perAgent = (w!.keepalives.length - before) / 2;
  // 1.2 s / 200 ms = 6 each, give or take the first one's random phase.
  expect(perAgent).toBeGreaterThanOrEqual(3);
  expect(perAgent).toBeLessThanOrEqual(7);
  expect(Date.now() - t0).toBeLessThan(3_000);
});

test('sends auth.log events at about the requested total rate', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1);
  const s = await sim(authd, [w!], { count: 5, rate: 100, keepalive: '10s' });
  await waitFor('connected', () => s.stats().connected === 5);
  await new Promise((r) => setTimeout(r, 300));
  const from = Date.now();
  const sentBefore = s.stats().eventsSent;
  await new Promise((r) => setTimeout(r, 2_000));
  const to = Date.now();
  await new Promise((r) => setTimeout(r, 100));
  const got = w!.events.filter((e) => e.location === '/var/log/auth.log' && e.at >= from && e.at <= to);
  const expected = (100 * (to - from)) / 1000;
  expect(got.length).toBeGreaterThan(expected * 0.75);
  expect(got.length).toBeLessThan(expected * 1.25);
  // Spread over the fleet, all queue 1 syslog lines.
  expect(new Set(got.map((e) => e.agentId)).size).toBe(5);
  for (const e of got) {
    expect(e.queue).toBe('1');
    expect(e.message).toMatch(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d sim-\d{3} (sshd|sudo|su|CRON|systemd-logind)(\[\d+\])?: /);
  }
  expect(s.stats().eventsSent - sentBefore).toBeGreaterThan(expected * 0.75);
});

test('fails over to the next worker when its worker dies', async () => {
  const { authd, remoteds: [a, b] } = await fakeManager(2);
  const s = await sim(authd, [a!, b!], { count: 4 });
  await waitFor('connected on both', () => s.stats().connected === 4);
  expect(s.stats().perWorker).toEqual({ [`127.0.0.1:${a!.port}`]: 2, [`127.0.0.1:${b!.port}`]: 2 });
  await a!.close();
  await waitFor('all on b', () => s.stats().perWorker[`127.0.0.1:${b!.port}`] === 4, 8_000);
  const st = s.stats();
  expect(st.connected).toBe(4);
  expect(st.failovers).toBeGreaterThanOrEqual(2);
  expect(st.perWorker[`127.0.0.1:${a!.port}`]).toBe(0);
  // Every agent said startup to b and is keeping alive there.
  expect(new Set(b!.startups.map((x) => x.agentId)).size).toBe(4);
  await waitFor('keep-alives on b', () => new Set(b!.keepalives.map((k) => k.agentId)).size === 4);
  expect(s.agents().every((x) => x.worker === `127.0.0.1:${b!.port}`)).toBe(true);
});

test('retries a refused enrollment with backoff', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1, null, 2);
  const s = await sim(authd, [w!], { count: 1 });
  await waitFor('connected', () => s.stats().connected === 1);
  expect(authd.requests).toHaveLength(3);
  expect(s.stats()).toMatchObject({ enrolled: 1, errors: 2 });
});

test('stop() says shutdown for every connected agent and closes every connection', async () => {
  const { authd, remoteds: [w] } = await fakeManager(1);
  const s = await sim(authd, [w!], { count: 3, rate: 20 });
  await waitFor('connected', () => s.stats().connected === 3);
  await s.stop();
  await waitFor('shutdowns', () => w!.shutdowns.length === 3, 2_000);
  expect(new Set(w!.shutdowns)).toEqual(new Set(s.agents().map((a) => a.id)));
  await waitFor('connections closed', () => w!.connections() === 0, 2_000);
  expect(s.stats().connected).toBe(0);
  // Nothing arrives after the stop.
  const n = w!.events.length + w!.keepalives.length;
  await new Promise((r) => setTimeout(r, 400));
  expect(w!.events.length + w!.keepalives.length).toBe(n);
});

test('leaves a worker that never acks the startup for the next one', async () => {
  const { authd, remoteds: [hung, ok] } = await fakeManager(2);
  hung!.ackStartups = false;
  const s = await sim(authd, [hung!, ok!], { count: 2, ackTimeout: '300ms' });
  await waitFor('both on the answering worker', () => s.stats().perWorker[`127.0.0.1:${ok!.port}`] === 2, 5_000);
  // Agent 0 started on the hung worker, said startup there, and moved on after the deadline.
  expect(hung!.startups.length).toBeGreaterThanOrEqual(1);
  expect(hung!.keepalives).toEqual([]);
  expect(s.stats().failovers).toBeGreaterThanOrEqual(1);
  expect(s.agents().find((a) => a.name === 'sim-001')?.lastError).toMatch(/no ack/);
});

test('enrolls and connects a larger fleet through one shared scheduler', async () => {
  const { authd, remoteds } = await fakeManager(2);
  const s = await sim(authd, remoteds, { count: 200, rate: 200, keepalive: '1s', enrollConcurrency: 16 });
  await waitFor('200 connected', () => s.stats().connected === 200, 20_000);
  const st = s.stats();
  expect(Object.values(st.perWorker)).toEqual([100, 100]);
  expect(new Set(s.agents().map((a) => a.id)).size).toBe(200);
  expect(remoteds.flatMap((r) => r.errors)).toEqual([]);
});
