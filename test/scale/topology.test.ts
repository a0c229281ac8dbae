// Topology files: parsed, validated (every problem at once, naming its key) and expanded into nodes.
import { validateTopology, topologyNodes, type Topology, type NodeSpec } from '../../config/topology';
import { parseTopologyText } from '../../config/topology-file';

const KEY = 'urKSn06VDUeBgvUlaXPArFttggDrgDj9';
const PATH = '/srv/topo/cluster.yaml';

type Raw = Record<string, unknown>;
const base = (extra: Raw = {}): Raw => ({
  cluster: { name: 'c1', key: KEY },
  master: { name: 'master', address: '127.0.0.1', port: 1516, agents_port: 1514, enrollment_port: 1515 },
  ...extra,
});

function topologyOf(raw: Raw): Topology {
  const r = validateTopology(raw, { topologyPath: PATH });
  if (!r.ok) throw new Error(`expected a valid topology, got:\n${r.problems.join('\n')}`);
  return r.topology;
}

function problemsOf(raw: unknown): string[] {
  const r = validateTopology(raw, { topologyPath: PATH });
  if (r.ok) throw new Error('expected problems, got a valid topology');
  return r.problems;
}

/** The parts of a node a table row states. */
const brief = (n: NodeSpec) => ({ name: n.name, type: n.type, address: n.address, cluster: n.clusterPort, agents: n.agentsPort, enrollment: n.enrollmentPort, metrics: n.metricsPort });

describe('validateTopology: expansion', () => {
  test.each<[string, Raw, ReturnType<typeof brief>[]]>([
    ['a master alone', {}, [
      { name: 'master', type: 'master', address: '127.0.0.1', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 0 },
    ]],
    ['a count form: ports from the base, two per worker; the cluster port is the master\'s', {
      workers: { count: 3, name: 'worker-{n}', address: '127.0.0.1', agents_port_base: 11514 },
    }, [
      { name: 'master', type: 'master', address: '127.0.0.1', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 0 },
      { name: 'worker-1', type: 'worker', address: '127.0.0.1', cluster: 1516, agents: 11514, enrollment: 11515, metrics: 0 },
      { name: 'worker-2', type: 'worker', address: '127.0.0.1', cluster: 1516, agents: 11516, enrollment: 11517, metrics: 0 },
      { name: 'worker-3', type: 'worker', address: '127.0.0.1', cluster: 1516, agents: 11518, enrollment: 11519, metrics: 0 },
    ]],
    ['a count of zero', { workers: { count: 0, agents_port_base: 11514 } }, [
      { name: 'master', type: 'master', address: '127.0.0.1', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 0 },
    ]],
    ['a name pattern with {n} inside', { workers: { count: 2, name: 'edge-{n}-eu', agents_port_base: 20000 } }, [
      { name: 'master', type: 'master', address: '127.0.0.1', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 0 },
      { name: 'edge-1-eu', type: 'worker', address: '127.0.0.1', cluster: 1516, agents: 20000, enrollment: 20001, metrics: 0 },
      { name: 'edge-2-eu', type: 'worker', address: '127.0.0.1', cluster: 1516, agents: 20002, enrollment: 20003, metrics: 0 },
    ]],
    ['a list, each worker with its ports and address', {
      workers: [
        { name: 'w-a', address: '10.0.0.2', agents_port: 1514, enrollment_port: 1515 },
        { name: 'w-b', address: '10.0.0.3', agents_port: 1514, enrollment_port: 1515 },
      ],
    }, [
      { name: 'master', type: 'master', address: '127.0.0.1', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 0 },
      { name: 'w-a', type: 'worker', address: '10.0.0.2', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 0 },
      { name: 'w-b', type: 'worker', address: '10.0.0.3', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 0 },
    ]],
    ['metrics ports from config.metrics_port_base: the master the base, worker n base + n', {
      workers: { count: 2, agents_port_base: 11514 }, config: { metrics_port_base: 9100 },
    }, [
      { name: 'master', type: 'master', address: '127.0.0.1', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 9100 },
      { name: 'worker-1', type: 'worker', address: '127.0.0.1', cluster: 1516, agents: 11514, enrollment: 11515, metrics: 9101 },
      { name: 'worker-2', type: 'worker', address: '127.0.0.1', cluster: 1516, agents: 11516, enrollment: 11517, metrics: 9102 },
    ]],
  ])('%s', (_name, extra, nodes) => {
    expect(topologyNodes(topologyOf(base(extra))).map(brief)).toEqual(nodes);
  });

  test('defaults: cluster name warden, base_dir ./var/<name> beside the file, master ports 1516/1514/1515', () => {
    const t = topologyOf({ cluster: { key_file: './cluster.key' }, master: {} });
    expect(t.cluster).toEqual({ name: 'warden', key: { file: '/srv/topo/cluster.key' } });
    expect(t.baseDir).toBe('/srv/topo/var/warden');
    expect(brief(t.master)).toEqual({ name: 'master', type: 'master', address: '127.0.0.1', cluster: 1516, agents: 1514, enrollment: 1515, metrics: 0 });
    expect(t.agentSim).toBeNull();
  });

  test('base_dir and key_file are read against the topology file\'s folder; an absolute one is kept', () => {
    const t = topologyOf({ ...base(), cluster: { key_file: '/etc/warden/k' }, base_dir: '../data' });
    expect(t.baseDir).toBe('/srv/data');
    expect(t.cluster.key).toEqual({ file: '/etc/warden/k' });
  });

  test('config overrides: every node, then the group, then one node; intervals merged key by key', () => {
    const t = topologyOf(base({
      config: { log_level: 'warning', intervals: { keep_alive: '2s', integrity: '5s' } },
      master: { name: 'm', config: { log_level: 'debug' } },
      workers: [
        { name: 'w1', agents_port: 2000, enrollment_port: 2001, config: { intervals: { keep_alive: '1s' } } },
        { name: 'w2', agents_port: 2002, enrollment_port: 2003 },
      ],
    }));
    expect(t.master.overrides).toEqual({ logLevel: 'debug', intervals: { keep_alive: '2s', integrity: '5s' } });
    expect(t.workers[0].overrides).toEqual({ logLevel: 'warning', intervals: { keep_alive: '1s', integrity: '5s' } });
    expect(t.workers[1].overrides).toEqual({ logLevel: 'warning', intervals: { keep_alive: '2s', integrity: '5s' } });
  });

  test('agent_sim: defaults rate 0, prefix sim, no group', () => {
    const t = topologyOf(base({ workers: { count: 1, agents_port_base: 11514 }, agent_sim: { count: 20 } }));
    expect(t.agentSim).toEqual({ count: 20, rate: 0, group: null, namePrefix: 'sim' });
  });

  test('bind_addr: defaults to the address, may differ (a node reached by one address, listening on all)', () => {
    const t = topologyOf(base({ master: { address: 'master.example.org', bind_addr: '0.0.0.0' } }));
    expect([t.master.address, t.master.bindAddr]).toEqual(['master.example.org', '0.0.0.0']);
  });
});

describe('validateTopology: problems, each naming its key', () => {
  test.each<[string, unknown, RegExp[]]>([
    ['not a mapping', 'hello', [/^\(top level\): is "hello", expected a mapping/]],
    ['no master', { cluster: { key: KEY } }, [/^master: missing/]],
    ['no key', { master: {} }, [/^cluster\.key: missing \(expected .*key_file/]],
    ['both key and key_file', { cluster: { key: KEY, key_file: 'k' }, master: {} }, [/^cluster\.key: both key and key_file/]],
    ['a weak key', { cluster: { key: 'a'.repeat(32) }, master: {} }, [/^cluster\.key: is too weak/]],
    ['a typo in a key', base({ wokers: [] }), [/^wokers: unknown key; did you mean "workers"\?/]],
    ['a bad master port', base({ master: { port: 70000 } }), [/^master\.port: 70000 is not a port/]],
    ['a bad address', base({ master: { address: 'not an address' } }), [/^master\.address: "not an address" is not an IP address or a host name/]],
    ['workers neither list nor mapping', base({ workers: 3 }), [/^workers: is 3, expected a list of workers or a mapping/]],
    ['a count without a base', base({ workers: { count: 2 } }), [/^workers\.agents_port_base: missing/]],
    ['a count of several with no {n}', base({ workers: { count: 2, name: 'worker', agents_port_base: 11514 } }), [/^workers\.name: "worker" has no \{n\}: all 2 workers would have one name/]],
    ['a pattern that is no name', base({ workers: { count: 2, name: 'w {n}', agents_port_base: 11514 } }), [/^workers\.name: "w \{n\}" is not a name pattern/]],
    ['a base too high for the count', base({ workers: { count: 3, agents_port_base: 65531 } }), [/^workers\.agents_port_base: 65531 leaves no room for 3 workers \(two ports each, up to 65536/]],
    ['a negative count', base({ workers: { count: -1, agents_port_base: 11514 } }), [/^workers\.count: -1 is not an integer 0\.\.1000/]],
    ['a list item without ports', base({ workers: [{ name: 'w1' }] }), [/^workers\[0\]\.agents_port: missing/, /^workers\[0\]\.enrollment_port: missing/]],
    ['two workers of one name', base({ workers: [
      { name: 'w1', agents_port: 2000, enrollment_port: 2001 }, { name: 'w1', agents_port: 2002, enrollment_port: 2003 },
    ] }), [/^workers\[1\]\.name: "w1" is also workers\[0\]\.name \(node names must be unique\)/]],
    ['a worker named like the master', base({ workers: [{ name: 'master', agents_port: 2000, enrollment_port: 2001 }] }), [/^workers\[0\]\.name: "master" is also master\.name/]],
    ['a node named agent-sim', base({ master: { name: 'agent-sim' } }), [/^master\.name: "agent-sim" is reserved/]],
    ['a worker port on the master\'s', base({ workers: [{ name: 'w1', agents_port: 1516, enrollment_port: 2001 }] }), [/^workers\[0\]\.agents_port: 1516 is also master\.port on 127\.0\.0\.1/]],
    ['count-form ports on the master\'s', base({ workers: { count: 2, agents_port_base: 1513 } }), [
      /^worker-1 enrollment port \(workers\.agents_port_base \+ 1\): 1514 is also master\.agents_port on 127\.0\.0\.1/,
      /^worker-2 enrollment port \(workers\.agents_port_base \+ 3\): 1516 is also master\.port/,
    ]],
    ['a wildcard address meets every address', base({ master: { bind_addr: '0.0.0.0' }, workers: [{ name: 'w1', address: '10.0.0.9', agents_port: 1514, enrollment_port: 2001 }] }),
      [/^workers\[0\]\.agents_port: 1514 is also master\.agents_port \(0\.0\.0\.0 and 10\.0\.0\.9 meet\)/]],
    ['metrics ports past 65535', base({ workers: { count: 2, agents_port_base: 11514 }, config: { metrics_port_base: 65534 } }), [/^config\.metrics_port_base: 65534 leaves no room for 3 nodes/]],
    ['a bad log level', base({ config: { log_level: 'loud' } }), [/^config\.log_level: "loud" is not one of error, warning, info, debug/]],
    ['a node config key the topology does not know', base({ master: { config: { metrics_port_base: 1 } } }), [/^master\.config\.metrics_port_base: unknown key/]],
    ['intervals not a mapping', base({ config: { intervals: '5s' } }), [/^config\.intervals: is not a mapping/]],
    ['agent_sim without workers', base({ agent_sim: { count: 5 } }), [/^agent_sim: needs at least one worker/]],
    ['agent_sim without a count, with a bad rate', base({ workers: { count: 1, agents_port_base: 11514 }, agent_sim: { rate: -1 } }), [/^agent_sim\.count: missing/, /^agent_sim\.rate: -1 is not a number 0 or more/]],
    ['a bad Kubernetes service type', base({ kubernetes: { service_type: 'Ingress' } }), [/^kubernetes\.service_type: "Ingress" is not one of LoadBalancer, NodePort, ClusterIP/]],
    ['max_workers below the workers', base({ workers: { count: 5, agents_port_base: 11514 }, kubernetes: { max_workers: 3 } }), [/^kubernetes\.max_workers: 3 is below the 5 workers/]],
    ['a name prefix that is no DNS label', base({ kubernetes: { name_prefix: 'My_Cluster' } }), [/^kubernetes\.name_prefix: "My_Cluster" is not a DNS label/]],
    ['a relative systemd path', base({ systemd: { install_dir: 'opt/warden' } }), [/^systemd\.install_dir: "opt\/warden" is not an absolute path/]],
  ])('%s', (_name, raw, expected) => {
    expect(problemsOf(raw)).toEqual(expect.arrayContaining(expected.map((re) => expect.stringMatching(re))));
  });

  test('every problem is listed at once', () => {
    const problems = problemsOf({
      cluster: { name: 'bad name' },
      master: { port: 'x' },
      workers: [{ name: 'w1' }],
      agent_sim: { count: 0 },
    });
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^cluster\.name: /),
      expect.stringMatching(/^cluster\.key: missing/),
      expect.stringMatching(/^master\.port: "x" is not a port/),
      expect.stringMatching(/^workers\[0\]\.agents_port: missing/),
      expect.stringMatching(/^agent_sim\.count: 0 is not an integer/),
    ]));
    expect(problems.length).toBeGreaterThanOrEqual(6);
  });
});

describe('parseTopologyText', () => {
  test('YAML syntax errors name the line', () => {
    const r = parseTopologyText('master: {\n', PATH);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^YAML line \d+, column \d+/);
  });

  test('a key of digits stays the text written', () => {
    const r = parseTopologyText('cluster: { key: 12345678901234567890123456789012 }\nmaster: {}\n', PATH);
    // Read as text, then refused for what it is (digits only: weak), not as a number.
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(/cluster\.key: is too weak/);
  });

  test('problems of the node configs it renders are reported with the nodes they concern', () => {
    const text = [
      `cluster: { name: c1, key: ${KEY} }`,
      'master: {}',
      'workers: { count: 2, agents_port_base: 11514 }',
      'config: { intervals: { keep_alive: 10, keep_alvie_timeout: 3s } }',
    ].join('\n');
    const r = parseTopologyText(text, PATH);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^config of master, worker-1, worker-2: intervals\.keep_alive: 10 has no unit/),
      expect.stringMatching(/^config of master, worker-1, worker-2: intervals\.keep_alvie_timeout: unknown key; did you mean "keep_alive_timeout"\?/),
    ]));
  });

  test('the DESIGN.md example parses', () => {
    const text = [
      'cluster: { name: warden, key_file: ./cluster.key }',
      'base_dir: ./var/cluster',
      'master: { name: master, address: 127.0.0.1, port: 1516, agents_port: 1514, enrollment_port: 1515 }',
      'workers: { count: 2, name: "worker-{n}", address: 127.0.0.1, agents_port_base: 11514 }',
    ].join('\n');
    const r = parseTopologyText(text, PATH);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(topologyNodes(r.topology).map((n) => n.name)).toEqual(['master', 'worker-1', 'worker-2']);
    expect(r.topology.baseDir).toBe('/srv/topo/var/cluster');
  });
});
