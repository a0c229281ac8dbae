// /metrics on an in-process master and worker (real TCP, real TLS enrollment, a hand-driven agent, a
// real integrity sync): scraped twice around more load, parsed as Prometheus would; every family there,
// the counters moved. Then the defaults (no listener) and a port clash at start.
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { freePort } from '../../scripts/harness/local-cluster';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { TestAgent } from '../helpers/test-agent';
import { KEY_REPLY, tlsSend } from '../enrollment/helpers';
import { parseScrape, samplesOf, valueOf, type Scrape } from '../helpers/prometheus-text';

jest.setTimeout(120_000);
/** Generous: the machine may be busy; nothing here is timed, only awaited. */
const WAIT_MS = 30_000;

function get(port: number, urlPath: string): Promise<{ status: number; contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: urlPath, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, contentType: String(res.headers['content-type']), body }));
    }).on('error', reject);
  });
}

async function scrape(t: TestNode): Promise<Scrape> {
  const r = await get(t.node.metricsPort!, '/metrics');
  expect(r.status).toBe(200);
  expect(r.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseScrape(r.body);
}

/** Syncs of `worker` as `t` counted them (read from the node's meter: cheaper to poll than a scrape). */
const syncsOf = (t: TestNode, worker: string) => t.node.ctx.meters.integrity.snapshot().find((n) => n.node === worker)?.sync.count ?? 0;

/** A family's samples summed (a histogram's: its _count series). */
const total = (s: Scrape, name: string) => samplesOf(s, name).reduce((a, x) => a + x.value, 0);

const BOTH = [
  'warden_node_info', 'warden_actor_messages_total', 'warden_actor_mailbox_depth', 'warden_actor_restarts_total',
  'warden_actor_messages_dropped_total', 'warden_actor_busy_seconds_total', 'warden_actor_handle_seconds',
  'warden_cluster_received_bytes_total', 'warden_cluster_sent_bytes_total', 'warden_cluster_received_frames_total',
  'warden_cluster_sent_frames_total', 'warden_cluster_link_up', 'warden_agents', 'warden_agent_connections',
  'warden_agents_connected', 'warden_agent_connections_accepted_total', 'warden_agent_connections_refused_total',
  'warden_agent_connections_closed_total', 'warden_enrollment_accepted_total', 'warden_enrollment_refused_total',
  'warden_events_total', 'warden_alerts_total', 'warden_events_dropped_total', 'warden_integrity_check_seconds',
  'warden_integrity_sync_seconds', 'warden_integrity_sync_files_total', 'warden_integrity_table_files',
  'warden_process_cpu_user_seconds_total', 'warden_nodejs_heap_size_used_bytes',
];
const MASTER_ONLY = ['warden_workers_connected', 'warden_integrity_scan_seconds'];
/** Families whose samples are counted from their _count series, i.e. histograms. */
const HISTOGRAMS = ['warden_actor_handle_seconds', 'warden_integrity_check_seconds', 'warden_integrity_sync_seconds', 'warden_integrity_scan_seconds'];

const SSHD = (n: number) => `Nov 26 10:00:${String(n % 60).padStart(2, '0')} web-1 sshd[123]: Failed password for invalid user admin from 10.0.0.5 port 22 ssh2`;

describe('/metrics on a master and a worker', () => {
  let c: InProcCluster;
  const agents: TestAgent[] = [];
  afterEach(async () => {
    for (const a of agents.splice(0)) a.close();
    await c.stopAll();
  });

  test('every metric is there on each node, and the counters move under load', async () => {
    c = new InProcCluster();
    const fast = { agentGroups: 300, agentInfo: 300, integrity: 500 };
    const mc = c.config('master', 'master', {}, fast);
    fs.mkdirSync(path.join(mc.dataDir, 'etc', 'shared', 'default'), { recursive: true });
    fs.writeFileSync(path.join(mc.dataDir, 'etc', 'shared', 'default', 'one.conf'), 'one\n');
    const m = await c.start({ ...mc, metrics: { port: await freePort(), bindAddr: '127.0.0.1' } });
    const wc = c.config('w1', 'worker', {}, fast);
    const w = await c.start({ ...wc, metrics: { port: await freePort(), bindAddr: '127.0.0.1' } });
    expect(m.node.metricsPort).toBe(m.config.metrics.port);
    expect(m.log.lines.some((l) => l.includes(`Serving metrics at http://127.0.0.1:${m.node.metricsPort}/metrics.`))).toBe(true);
    const workerFile = (name: string) => path.join(w.config.dataDir, 'etc', 'shared', 'default', name);
    // The worker applies the files, then reports; both nodes count the sync once the master acknowledged it.
    await eventually(() => [syncsOf(m, 'w1'), syncsOf(w, 'w1')], (n) => n.every((x) => x >= 1), WAIT_MS);
    expect(fs.existsSync(workerFile('one.conf'))).toBe(true);

    // Load, first round: an enrollment through the worker and a refused one, an agent and its events.
    const enrollAndConnect = async (name: string): Promise<TestAgent> => {
      const key = KEY_REPLY.exec((await tlsSend(w.node.enrollmentPort, `OSSEC A:'${name}'\n`)).reply);
      expect(key).not.toBeNull();
      const [, id, , , raw] = key!;
      await eventually(() => w.node.workerStore!.agent(Number(id))?.name, (n) => n === name);
      const a = new TestAgent(id, name, raw);
      agents.push(a);
      await a.connect(w.node.agentPort);
      a.startup();
      a.keepAlive();
      return a;
    };
    const first = await enrollAndConnect('web-1');
    expect((await tlsSend(w.node.enrollmentPort, "OSSEC A:'x'\n")).reply).toMatch(/^ERROR: Invalid agent name/);
    for (let i = 0; i < 5; i++) first.event('/var/log/auth.log', SSHD(i));
    await eventually(() => w.node.agentServing.sink.stats.events, (n) => n >= 5, WAIT_MS);
    await eventually(() => m.node.globalStore!.agentCounts(), (rows) => rows.some((r) => r.node === 'w1' && r.status === 'active'), WAIT_MS);

    const m1 = await scrape(m);
    const w1 = await scrape(w);
    for (const [s, names] of [[m1, [...BOTH, ...MASTER_ONLY]], [w1, BOTH]] as const) {
      for (const name of names) expect([name, s.families.has(name)]).toEqual([name, true]);
      for (const name of HISTOGRAMS.filter((h) => s.families.has(h))) expect(s.families.get(name)!.type).toBe('HISTOGRAM');
    }
    expect(w1.families.has('warden_workers_connected')).toBe(false);
    // What each node knows of itself and of the other.
    expect(samplesOf(m1, 'warden_node_info')[0].labels).toMatchObject({ node: 'master', role: 'master' });
    expect(valueOf(m1, 'warden_workers_connected')).toBe(1);
    expect(valueOf(m1, 'warden_cluster_link_up', { peer: 'w1' })).toBe(1);
    expect(valueOf(w1, 'warden_cluster_link_up', { peer: 'master' })).toBe(1);
    expect(valueOf(m1, 'warden_agents', { node: 'w1', status: 'active' })).toBe(1);
    expect(valueOf(w1, 'warden_agents', { node: 'w1', status: 'active' })).toBe(1);
    expect(valueOf(w1, 'warden_agents_connected')).toBe(1);
    expect(valueOf(w1, 'warden_enrollment_accepted_total')).toBe(1);
    expect(valueOf(w1, 'warden_enrollment_refused_total', { reason: 'decision' })).toBe(1);
    expect(valueOf(w1, 'warden_integrity_table_files', { node: 'w1' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(m1, 'warden_integrity_table_files', { node: 'master' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(w1, 'warden_integrity_sync_files_total', { node: 'w1', kind: 'missing' })).toBeGreaterThanOrEqual(1);
    // The actor tree by path and kind, the scrape's own actor among them.
    expect(samplesOf(w1, 'warden_actor_messages_total').map((x) => x.labels)).toEqual(expect.arrayContaining([
      { path: '/w1/dialer/master/keep-alive', kind: 'KeepAliveActor' }, { path: '/w1/metrics', kind: 'MetricsActor' },
    ]));
    expect(valueOf(m1, 'warden_actor_messages_total', { path: '/master/listener/w1', kind: 'WorkerConnection' })).toBeGreaterThan(0);

    // Load, second round: more events, another agent, another refusal, a file to sync, an actor restarted.
    for (let i = 5; i < 15; i++) first.event('/var/log/auth.log', SSHD(i));
    await enrollAndConnect('web-2');
    expect((await tlsSend(w.node.enrollmentPort, "OSSEC A:'web-1'\n")).reply).toMatch(/^ERROR: Duplicate agent name/);
    expect((await tlsSend(m.node.enrollmentPort, "OSSEC A:'y'\n")).reply).toMatch(/^ERROR: Invalid agent name/);
    expect(KEY_REPLY.test((await tlsSend(m.node.enrollmentPort, "OSSEC A:'db-1'\n")).reply)).toBe(true);
    const syncsBefore = [syncsOf(m, 'w1'), syncsOf(w, 'w1')];
    fs.writeFileSync(path.join(mc.dataDir, 'etc', 'shared', 'default', 'two.conf'), 'two\n');
    w.node.system.root.child('log-rotation')!.crash(new Error('crashed by the test'));
    await eventually(() => [syncsOf(m, 'w1'), syncsOf(w, 'w1')], (n) => n[0] > syncsBefore[0] && n[1] > syncsBefore[1], WAIT_MS);
    expect(fs.existsSync(workerFile('two.conf'))).toBe(true);
    await eventually(() => w.node.agentServing.sink.stats.events, (n) => n >= 15, WAIT_MS);
    await eventually(() => w.node.system.registry.get('/w1/log-rotation')?.restarts, (n) => n === 1, WAIT_MS);
    await eventually(() => m.node.globalStore!.agentCounts(), (rows) => rows.some((r) => r.node === 'w1' && r.status === 'active' && r.n === 2), WAIT_MS);

    const m2 = await scrape(m);
    const w2 = await scrape(w);
    // Node-wide counters summed over their series; the per-actor ones on an actor that lives as long as
    // the node (a connection's actors start again from zero when its link is re-established).
    const moved = (before: Scrape, after: Scrape, names: string[]) =>
      names.map((n) => [n, total(after, n) > total(before, n)]).filter(([, up]) => !up);
    const actorMoved = (before: Scrape, after: Scrape, labels: Record<string, string>) =>
      ['warden_actor_messages_total', 'warden_actor_busy_seconds_total', 'warden_actor_handle_seconds']
        .map((n) => [n, (valueOf(after, n, labels) ?? 0) > (valueOf(before, n, labels) ?? 0)]).filter(([, up]) => !up);
    const nodeWide = [
      'warden_cluster_received_bytes_total', 'warden_cluster_sent_bytes_total', 'warden_cluster_received_frames_total', 'warden_cluster_sent_frames_total',
      'warden_integrity_check_seconds', 'warden_integrity_sync_seconds', 'warden_integrity_sync_files_total',
      'warden_process_cpu_user_seconds_total',
    ];
    expect(moved(w1, w2, [
      ...nodeWide, 'warden_events_total', 'warden_alerts_total', 'warden_enrollment_accepted_total', 'warden_enrollment_refused_total',
      'warden_agent_connections_accepted_total', 'warden_actor_restarts_total',
    ])).toEqual([]);
    expect(moved(m1, m2, [...nodeWide, 'warden_integrity_scan_seconds', 'warden_enrollment_accepted_total', 'warden_enrollment_refused_total'])).toEqual([]);
    expect(actorMoved(w1, w2, { path: '/w1/agent-server', kind: 'AgentServerActor' })).toEqual([]);
    expect(actorMoved(m1, m2, { path: '/master/local-integrity', kind: 'LocalIntegrityActor' })).toEqual([]);
    expect(valueOf(w2, 'warden_actor_restarts_total', { path: '/w1/log-rotation', kind: 'LogRotationActor' })).toBe(1);
    expect(valueOf(w2, 'warden_agents_connected')).toBe(2);
    expect(valueOf(m2, 'warden_agents', { node: 'w1', status: 'active' })).toBe(2);
    expect(valueOf(m2, 'warden_enrollment_refused_total', { reason: 'decision' })).toBe(1);
    expect(valueOf(w2, 'warden_cluster_received_bytes_total', { peer: 'master' })).toBeGreaterThan(valueOf(w1, 'warden_cluster_received_bytes_total', { peer: 'master' })!);

    // The port serves /metrics only.
    expect((await get(w.node.metricsPort!, '/')).status).toBe(404);
    expect((await get(m.node.metricsPort!, '/metrics/extra')).status).toBe(404);
  });

  test('off by default: no listener, no metrics actor', async () => {
    c = new InProcCluster();
    const m = await c.start(c.config('master', 'master'));
    expect(m.config.metrics.port).toBe(0);
    expect(m.node.metricsPort).toBeNull();
    expect(m.node.system.registry.get('/master/metrics')).toBeUndefined();
    expect(m.log.lines.some((l) => l.includes('Serving metrics'))).toBe(false);
    const actors = (await askNode(controlSocketPath(m.config.dataDir), { command: 'actors' })) as { actors: { path: string }[] };
    expect(actors.actors.map((a) => a.path)).not.toContain('/master/metrics');
  });

  test('a metrics port already taken stops the start with an error naming metrics.port; the node starts once it is free', async () => {
    c = new InProcCluster();
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as net.AddressInfo).port;
    const config = { ...c.config('master', 'master'), metrics: { port, bindAddr: '127.0.0.1' } };
    try {
      await expect(c.start(config)).rejects.toThrow(new RegExp(`^metrics\\.port: cannot listen on 127\\.0\\.0\\.1:${port} \\(.*EADDRINUSE.*\\); choose a free port, or 0 to turn metrics off$`));
    } finally {
      await new Promise((r) => taken.close(r));
    }
    // Everything the failed start opened was closed again: the same data dir and port now start.
    const m = await c.start(config);
    expect(m.node.metricsPort).toBe(port);
    expect((await get(port, '/metrics')).status).toBe(200);
  });
});
