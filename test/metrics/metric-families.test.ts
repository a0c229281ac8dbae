// The pure mapping from a node's snapshot to Prometheus families, and the meters that feed it.
import { EventEmitter } from 'events';
import { DURATION_BUCKETS, newHistogram, observe } from '../../lib/histogram';
import { IntegrityMeter } from '../../actors/metrics/integrity-meter';
import { LinkMeter } from '../../actors/metrics/link-meter';
import {
  agentCounts, histogramSamples, metricFamilies, type MetricFamily, type NodeSnapshot,
} from '../../actors/metrics/metric-families';

function snapshot(over: Partial<NodeSnapshot> = {}): NodeSnapshot {
  const handleTime = newHistogram();
  observe(handleTime, 0.002);
  observe(handleTime, 0.3);
  return {
    node: { name: 'master-1', role: 'master', version: '0.1.0' },
    actors: [
      { path: '/master-1', kind: 'MasterNode', handled: 0, mailbox: 0, restarts: 0, dropped: 0, busyMs: 0, handleTime: newHistogram() },
      { path: '/master-1/listener', kind: 'Listener', handled: 7, mailbox: 3, restarts: 2, dropped: 1, busyMs: 302, handleTime },
    ],
    links: [
      { peer: 'w1', open: 1, framesIn: 10, framesOut: 12, bytesIn: 1000, bytesOut: 2000 },
      { peer: 'w2', open: 0, framesIn: 1, framesOut: 1, bytesIn: 50, bytesOut: 60 },
    ],
    agents: agentCounts([{ node: 'w1', status: 'active', n: 4 }]),
    agentPort: { open: 2, agents: 1, accepted: 9, refused: 1, closed: { auth_deadline: 1, half_frame: 0, idle: 2, evicted: 0, over_budget: 3 } },
    enrollment: { accepted: 5, refused: { address_rate: 1, password: 2, node_rate: 0, decision: 3, error: 0, connection_cap: 4 } },
    events: { events: 100, alerts: 7, dropped: 1 },
    integrity: [],
    ...over,
  };
}

const byName = (fs: MetricFamily[]) => new Map(fs.map((f) => [f.name, f]));
const value = (f: MetricFamily | undefined, labels: Record<string, string>, suffix?: string) =>
  f?.samples.find((s) => s.suffix === suffix && JSON.stringify(s.labels) === JSON.stringify(labels))?.value;

describe('histogramSamples', () => {
  test.each<[string, number[], number[]]>([
    ['empty', [], []],
    ['one fast message', [0.00005], [0]],
    ['on a bound, counted in that bucket', [0.001], [3]],
    ['spread', [0.00005, 0.002, 0.002, 0.3], [0, 4, 4, 11]],
    ['above the last bound: only +Inf', [42], []],
  ])('%s', (_name, observations, bucketIndexes) => {
    const h = newHistogram();
    for (const o of observations) observe(h, o);
    const samples = histogramSamples(h, { path: '/a' });
    const buckets = samples.filter((s) => s.suffix === '_bucket');
    expect(buckets.map((b) => b.labels.le)).toEqual([...DURATION_BUCKETS.map(String), '+Inf']);
    // Cumulative: the count at each bound is every observation at or below it.
    const expected = DURATION_BUCKETS.map((_, i) => bucketIndexes.filter((j) => j <= i).length);
    expect(buckets.slice(0, -1).map((b) => b.value)).toEqual(expected);
    expect(buckets.at(-1)!.value).toBe(observations.length);
    expect(samples.find((s) => s.suffix === '_count')).toEqual({ suffix: '_count', labels: { path: '/a' }, value: observations.length });
    expect(samples.find((s) => s.suffix === '_sum')!.value).toBeCloseTo(observations.reduce((a, b) => a + b, 0), 9);
  });
});

describe('metricFamilies', () => {
  test('names follow the conventions: the warden_ prefix, _total on counters only, base units, no duplicates', () => {
    const fs = metricFamilies(snapshot());
    expect(new Set(fs.map((f) => f.name)).size).toBe(fs.length);
    for (const f of fs) {
      expect(f.name).toMatch(/^warden_[a-z_]+$/);
      expect(f.name.endsWith('_total')).toBe(f.type === 'counter');
      if (f.type === 'histogram') expect(f.name).toMatch(/_seconds$/);
      expect(f.name).not.toMatch(/_(ms|milliseconds|kb|mb)(_|$)/);
      expect(f.help.length).toBeGreaterThan(10);
    }
  });

  test('per actor: messages, mailbox, restarts, drops, busy seconds and the handling-time histogram', () => {
    const f = byName(metricFamilies(snapshot()));
    const l = { path: '/master-1/listener', kind: 'Listener' };
    expect(value(f.get('warden_actor_messages_total'), l)).toBe(7);
    expect(value(f.get('warden_actor_mailbox_depth'), l)).toBe(3);
    expect(value(f.get('warden_actor_restarts_total'), l)).toBe(2);
    expect(value(f.get('warden_actor_messages_dropped_total'), l)).toBe(1);
    expect(value(f.get('warden_actor_busy_seconds_total'), l)).toBeCloseTo(0.302);
    const h = f.get('warden_actor_handle_seconds')!;
    expect(value(h, l, '_count')).toBe(2);
    expect(value(h, { ...l, le: '0.0025' }, '_bucket')).toBe(1);
    expect(value(h, { ...l, le: '0.5' }, '_bucket')).toBe(2);
    // One series per actor and bound: the cardinality is the actor count.
    expect(h.samples.filter((s) => s.suffix === '_count')).toHaveLength(2);
  });

  test('per peer: bytes and frames each way, link up; workers connected on a master only', () => {
    const f = byName(metricFamilies(snapshot()));
    expect(value(f.get('warden_cluster_received_bytes_total'), { peer: 'w1' })).toBe(1000);
    expect(value(f.get('warden_cluster_sent_bytes_total'), { peer: 'w1' })).toBe(2000);
    expect(value(f.get('warden_cluster_received_frames_total'), { peer: 'w2' })).toBe(1);
    expect(value(f.get('warden_cluster_sent_frames_total'), { peer: 'w1' })).toBe(12);
    expect([value(f.get('warden_cluster_link_up'), { peer: 'w1' }), value(f.get('warden_cluster_link_up'), { peer: 'w2' })]).toEqual([1, 0]);
    expect(value(f.get('warden_workers_connected'), {})).toBe(1);
    const worker = byName(metricFamilies(snapshot({ node: { name: 'w1', role: 'worker', version: '0.1.0' } })));
    expect(worker.has('warden_workers_connected')).toBe(false);
    expect(worker.has('warden_integrity_scan_seconds')).toBe(false);
  });

  test('agents, the agent port, enrollment and events', () => {
    const f = byName(metricFamilies(snapshot()));
    expect(value(f.get('warden_agents'), { node: 'w1', status: 'active' })).toBe(4);
    expect(value(f.get('warden_agents'), { node: 'w1', status: 'disconnected' })).toBe(0);
    expect(value(f.get('warden_agent_connections_accepted_total'), {})).toBe(9);
    expect(value(f.get('warden_agent_connections_refused_total'), {})).toBe(1);
    expect(f.get('warden_agent_connections_closed_total')!.samples.map((s) => [s.labels.cause, s.value]))
      .toEqual([['auth_deadline', 1], ['half_frame', 0], ['idle', 2], ['evicted', 0], ['over_budget', 3]]);
    expect(value(f.get('warden_enrollment_accepted_total'), {})).toBe(5);
    expect(f.get('warden_enrollment_refused_total')!.samples.map((s) => [s.labels.reason, s.value]))
      .toEqual([['address_rate', 1], ['password', 2], ['node_rate', 0], ['decision', 3], ['error', 0], ['connection_cap', 4]]);
    expect(value(f.get('warden_events_total'), {})).toBe(100);
    expect(value(f.get('warden_alerts_total'), {})).toBe(7);
    expect(value(f.get('warden_events_dropped_total'), {})).toBe(1);
    expect(value(f.get('warden_node_info'), { node: 'master-1', role: 'master', version: '0.1.0' })).toBe(1);
  });

  test('integrity: checks and syncs for the nodes checked, scans for the master, files by kind and in the table', () => {
    const m = new IntegrityMeter();
    m.scanned('master-1', 0.04, 120);
    m.checked('w1', 0.001, 100);
    m.synced('w1', 1.5, { missing: 3, shared: 2, extra: 1 }, 120);
    m.synced('w1', 0.2, { missing: 0, shared: 1, extra: 0 }, null);
    m.checked('w2', 0.001, 118);
    const f = byName(metricFamilies(snapshot({ integrity: m.snapshot() })));
    expect(value(f.get('warden_integrity_check_seconds'), { node: 'w1' }, '_count')).toBe(1);
    expect(value(f.get('warden_integrity_sync_seconds'), { node: 'w1' }, '_count')).toBe(2);
    expect(value(f.get('warden_integrity_sync_seconds'), { node: 'w1' }, '_sum')).toBeCloseTo(1.7);
    expect(value(f.get('warden_integrity_sync_seconds'), { node: 'w2' }, '_count')).toBe(0);
    // The master's own table is scanned, never checked nor synced.
    expect(value(f.get('warden_integrity_check_seconds'), { node: 'master-1' }, '_count')).toBeUndefined();
    expect(value(f.get('warden_integrity_scan_seconds'), { node: 'master-1' }, '_count')).toBe(1);
    expect(value(f.get('warden_integrity_scan_seconds'), { node: 'w1' }, '_count')).toBeUndefined();
    expect(f.get('warden_integrity_sync_files_total')!.samples.filter((s) => s.labels.node === 'w1').map((s) => [s.labels.kind, s.value]))
      .toEqual([['missing', 3], ['shared', 3], ['extra', 1]]);
    expect(f.get('warden_integrity_table_files')!.samples.map((s) => [s.labels.node, s.value])).toEqual([['master-1', 120], ['w1', 120], ['w2', 118]]);
  });
});

describe('agentCounts', () => {
  test.each<[string, { node: string | null; status: string; n: number }[], string[], [string, string, number][]]>([
    ['nothing, and no node to list', [], [], []],
    ['a worker with no agents yet lists itself at zero', [], ['w1'], [['w1', 'active', 0], ['w1', 'pending', 0], ['w1', 'never_connected', 0], ['w1', 'disconnected', 0]]],
    ['every status of a node seen', [{ node: 'w1', status: 'active', n: 2 }, { node: null, status: 'never_connected', n: 5 }], [], [
      ['', 'active', 0], ['', 'pending', 0], ['', 'never_connected', 5], ['', 'disconnected', 0],
      ['w1', 'active', 2], ['w1', 'pending', 0], ['w1', 'never_connected', 0], ['w1', 'disconnected', 0],
    ]],
    ['an unknown status is left out', [{ node: 'w1', status: 'weird', n: 9 }], [], [['w1', 'active', 0], ['w1', 'pending', 0], ['w1', 'never_connected', 0], ['w1', 'disconnected', 0]]],
  ])('%s', (_name, rows, always, expected) => {
    expect(agentCounts(rows, always).map((c) => [c.node, c.status, c.count])).toEqual(expected);
  });
});

class FakePeer extends EventEmitter {
  closed = false;
  readonly stats = { framesIn: 0, framesOut: 0, bytesIn: 0, bytesOut: 0 };
  traffic(frames: number, bytes: number): void {
    this.stats.framesIn += frames;
    this.stats.framesOut += frames;
    this.stats.bytesIn += bytes;
    this.stats.bytesOut += 2 * bytes;
  }
  close(): void {
    this.closed = true;
    this.emit('close');
  }
}

describe('LinkMeter', () => {
  test('totals per peer grow across reconnects; open counts the live connections', () => {
    const meter = new LinkMeter();
    const first = new FakePeer();
    meter.track('w1', first);
    first.traffic(2, 100);
    expect(meter.snapshot()).toEqual([{ peer: 'w1', open: 1, framesIn: 2, framesOut: 2, bytesIn: 100, bytesOut: 200 }]);
    const second = new FakePeer(); // the worker reconnects before the old connection is seen closed
    meter.track('w1', second);
    second.traffic(1, 10);
    expect(meter.snapshot()[0]).toMatchObject({ open: 2, bytesIn: 110 });
    first.close();
    first.close();
    first.traffic(5, 5); // a closed peer's later figures are not counted
    expect(meter.snapshot()).toEqual([{ peer: 'w1', open: 1, framesIn: 3, framesOut: 3, bytesIn: 110, bytesOut: 220 }]);
    second.close();
    expect(meter.snapshot()).toEqual([{ peer: 'w1', open: 0, framesIn: 3, framesOut: 3, bytesIn: 110, bytesOut: 220 }]);
  });

  test('a peer already closed is counted at once; tracking twice counts once; peers stay apart', () => {
    const meter = new LinkMeter();
    const gone = new FakePeer();
    gone.traffic(1, 7);
    gone.closed = true;
    meter.track('w2', gone);
    const live = new FakePeer();
    live.traffic(1, 1);
    meter.track('w1', live);
    meter.track('w1', live);
    expect(meter.snapshot().map((l) => [l.peer, l.open, l.bytesIn])).toEqual([['w1', 1, 1], ['w2', 0, 7]]);
  });
});
