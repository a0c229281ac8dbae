// Topologies with several masters elected through etcd (issue 14): validated, expanded, and rendered into
// node configs the real loader accepts, each listing every master and carrying cluster.etcd.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/loader';
import { checkNodeConfigs, localNodeDir, localPlacement, renderNodeConfig } from '../../config/node-config';
import { topologyNodes, validateTopology, type NodeSpec, type Topology } from '../../config/topology';
import { electionSettled } from '../../scripts/scale/node-ops';
import type { MasterView } from '../../scripts/scale/cluster-probe';
import { type DesiredNode, type ObservedNode, planApply } from '../../scripts/scale/scale-plan';

const KEY = 'urKSn06VDUeBgvUlaXPArFttggDrgDj9';
const PATH = '/srv/topo/cluster.yaml';

type Raw = Record<string, unknown>;
const MASTERS = [
  { name: 'm1', address: '127.0.0.1', port: 1516, agents_port: 1514, enrollment_port: 1515 },
  { name: 'm2', address: '127.0.0.1', port: 2516, agents_port: 2514, enrollment_port: 2515 },
];
const base = (extra: Raw = {}): Raw => ({
  cluster: { name: 'c1', key: KEY },
  master: MASTERS,
  etcd: { endpoints: ['127.0.0.1:2379'], lease_ttl: '3s' },
  workers: { count: 2, agents_port_base: 11514 },
  ...extra,
});

function result(raw: unknown) {
  return validateTopology(raw, { topologyPath: PATH });
}
function topologyOf(raw: Raw): Topology {
  const r = result(raw);
  if (!r.ok) throw new Error(`expected a valid topology, got:\n${r.problems.join('\n')}`);
  return r.topology;
}

const brief = (n: NodeSpec) => [n.name, n.type, n.clusterPort, n.agentsPort, n.enrollmentPort, n.metricsPort];

describe('several masters: validation, table-driven', () => {
  test.each<[string, Raw, { nodes: unknown[][]; etcd: unknown } | RegExp[]]>([
    ['two masters on etcd, two workers: every master is a node; workers take the first master\'s cluster port', base(), {
      nodes: [['m1', 'master', 1516, 1514, 1515, 0], ['m2', 'master', 2516, 2514, 2515, 0], ['worker-1', 'worker', 1516, 11514, 11515, 0], ['worker-2', 'worker', 1516, 11516, 11517, 0]],
      etcd: { endpoints: ['http://127.0.0.1:2379'], prefix: '/warden/c1', leaseTtlMs: 3_000 },
    }],
    ['metrics ports: the masters in order, then the workers', base({ config: { metrics_port_base: 9100 } }), {
      nodes: [['m1', 'master', 1516, 1514, 1515, 9100], ['m2', 'master', 2516, 2514, 2515, 9101], ['worker-1', 'worker', 1516, 11514, 11515, 9102], ['worker-2', 'worker', 1516, 11516, 11517, 9103]],
      etcd: { endpoints: ['http://127.0.0.1:2379'], prefix: '/warden/c1', leaseTtlMs: 3_000 },
    }],
    ['a list of one master with etcd, an https endpoint and a prefix', base({ master: [MASTERS[0]], workers: undefined, etcd: { endpoints: ['https://etcd.example.org:2379/'], prefix: '/w/c1/' } }), {
      nodes: [['m1', 'master', 1516, 1514, 1515, 0]],
      etcd: { endpoints: ['https://etcd.example.org:2379'], prefix: '/w/c1', leaseTtlMs: 5_000 },
    }],
    ['several masters without etcd', base({ etcd: undefined }), [
      /^master: lists 2 masters \(m1, m2\), which need etcd to elect their leader: add etcd: \{ endpoints: \["10\.0\.0\.5:2379"\] \}/,
    ]],
    ['an endpoint without a port, another with a path', base({ etcd: { endpoints: ['10.0.0.5', 'http://10.0.0.6:2379/v3'] } }), [
      /^etcd\.endpoints\[0\]: "10\.0\.0\.5" has no port/, /^etcd\.endpoints\[1\]: "http:\/\/10\.0\.0\.6:2379\/v3" has a path/,
    ]],
    ['etcd without endpoints', base({ etcd: { lease_ttl: '5s' } }), [/^etcd\.endpoints: missing; etcd needs at least one etcd endpoint/]],
    ['a lease TTL out of range, an unknown etcd key', base({ etcd: { endpoints: ['127.0.0.1:2379'], lease_ttl: '1s', ttl: 5 } }), [
      /^etcd\.lease_ttl: "1s" is shorter than 2s/, /^etcd\.ttl: unknown key/,
    ]],
    ['two masters on one port', base({ master: [MASTERS[0], { ...MASTERS[1], port: 1516 }] }), [
      /^master\[1\]\.port: 1516 is also master\[0\]\.port on 127\.0\.0\.1/,
    ]],
    ['a master\'s agent port on another master\'s enrollment port, across a wildcard', base({ master: [{ ...MASTERS[0], bind_addr: '0.0.0.0' }, { ...MASTERS[1], agents_port: 1515 }] }), [
      /^master\[1\]\.agents_port: 1515 is also master\[0\]\.enrollment_port \(0\.0\.0\.0 and 127\.0\.0\.1 meet\)/,
    ]],
    ['a worker on the second master\'s port', base({ workers: [{ name: 'w1', agents_port: 2516, enrollment_port: 3001 }] }), [
      /^workers\[0\]\.agents_port: 2516 is also master\[1\]\.port on 127\.0\.0\.1/,
    ]],
    ['metrics ports of the masters meet a worker\'s', base({ config: { metrics_port_base: 11515 } }), [
      /^worker-2 agents port \(workers\.agents_port_base \+ 2\): 11516 is also m2 metrics port \(config\.metrics_port_base \+ 1\)/,
    ]],
    ['two masters of one name, a worker named like a master', base({ master: [MASTERS[0], { ...MASTERS[1], name: 'm1' }], workers: [{ name: 'm1', agents_port: 3000, enrollment_port: 3001 }] }), [
      /^master\[1\]\.name: "m1" is also master\[0\]\.name/, /^workers\[0\]\.name: "m1" is also master\[0\]\.name/,
    ]],
    ['a master of a list without a name, one that is not a mapping', base({ master: [{ port: 3516, agents_port: 3514, enrollment_port: 3515 }, 'm2'] }), [
      /^master\[0\]\.name: missing/, /^master\[1\]: is "m2", expected a mapping/,
    ]],
    ['an empty list of masters', base({ master: [] }), [/^master: is an empty list/]],
  ])('%s', (_name, raw, expected) => {
    const r = result(raw);
    if (Array.isArray(expected)) {
      if (r.ok) throw new Error('expected problems, got a valid topology');
      expect(r.problems).toEqual(expect.arrayContaining(expected.map((re) => expect.stringMatching(re))));
      return;
    }
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(topologyNodes(r.topology).map(brief)).toEqual(expected.nodes);
    expect(r.topology.etcd).toEqual(expected.etcd);
    expect(r.topology.master).toBe(r.topology.masters[0]);
  });
});

describe('several masters: the configs `scale apply` writes', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'warden-topology-ha-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  test('every node lists every master at address:port and carries cluster.etcd; each master keeps its own port', () => {
    const r = validateTopology({ ...base({ config: { metrics_port_base: 39100 } }), cluster: { name: 'c1', key_file: './cluster.key' } }, { topologyPath: join(dir, 'topology.yaml') });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const t = r.topology;
    writeFileSync(join(dir, 'cluster.key'), `${KEY}\n`, { mode: 0o600 });
    const seen: [string, string, number, string[]][] = [];
    for (const node of topologyNodes(t)) {
      mkdirSync(localNodeDir(t, node.name), { recursive: true });
      const file = join(localNodeDir(t, node.name), 'warden.yaml');
      writeFileSync(file, renderNodeConfig(t, node, localPlacement(t, node)));
      const c = loadConfig(file);
      expect(c.cluster.etcd).toEqual({ endpoints: ['http://127.0.0.1:2379'], prefix: '/warden/c1', leaseTtlMs: 3_000 });
      seen.push([c.cluster.nodeName, c.cluster.nodeType, c.cluster.port, c.cluster.nodes]);
    }
    const every = ['127.0.0.1:1516', '127.0.0.1:2516'];
    expect(seen).toEqual([['m1', 'master', 1516, every], ['m2', 'master', 2516, every], ['worker-1', 'worker', 1516, every], ['worker-2', 'worker', 1516, every]]);
    expect(checkNodeConfigs(t)).toEqual([]);
  });
});

describe('several masters: apply plan and election', () => {
  const spec = (name: string, port: number): NodeSpec => ({
    name, type: 'master', address: '127.0.0.1', bindAddr: '127.0.0.1', clusterPort: port, agentsPort: port + 1, enrollmentPort: port + 2, metricsPort: 0, overrides: { intervals: {} },
  });
  const want = (name: string, port: number): DesiredNode => ({ spec: spec(name, port), config: `cfg-${name}` });
  const running = (name: string, ports: number[] = []): ObservedNode => ({ name, type: 'master', running: true, pid: 1, config: `cfg-${name}`, ports });

  test.each<[string, boolean, { startFirst: string[]; startLast: string[]; stopMasters: string[] }]>([
    ['elected masters: the new one starts before the removed one stops, so the lead moves to a running standby', true,
      { startFirst: ['m3'], startLast: [], stopMasters: ['m2'] }],
    ['a single master without etcd: the new one waits for the old to stop (as before)', false,
      { startFirst: [], startLast: ['m3'], stopMasters: ['m2'] }],
  ])('%s', (_name, elected, expected) => {
    const p = planApply([want('m1', 1516), want('m3', 3516)], [running('m1'), running('m2', [2516])], false, elected);
    expect({ startFirst: p.startFirst.map((d) => d.spec.name), startLast: p.startLast.map((d) => d.spec.name), stopMasters: p.stopMasters.map((o) => o.name) }).toEqual(expected);
  });

  const view = (rows: [string, 'leader' | 'standby' | 'worker', boolean][]): MasterView => ({
    connected: new Map(rows.map(([n, , c]) => [n, c])),
    roles: new Map(rows.map(([n, r]) => [n, r])),
    leader: rows[0][1] === 'leader' ? { name: rows[0][0], epoch: 7 } : null,
    agents: [],
  });

  test.each<[string, MasterView, boolean]>([
    ['a leader with its standby connected', view([['m2', 'leader', true], ['m1', 'standby', true]]), true],
    ['the standby not connected yet', view([['m2', 'leader', true], ['m1', 'standby', false]]), false],
    ['the other master not listed yet', view([['m1', 'leader', true], ['w1', 'worker', true]]), false],
    ['a leader that is not one of the topology\'s masters', view([['old', 'leader', true], ['m1', 'standby', true], ['m2', 'standby', true]]), false],
  ])('electionSettled: %s', (_name, v, settled) => {
    expect(electionSettled(v, ['m1', 'm2'])).toBe(settled);
  });
});
