import { validateConfig, type ValidationResult, type WardenConfig } from '../../config/schema';

const KEY = '8FURYnlTp5BUuT1mBVGMUiMolQ7ryEnf';
const OLD_KEY = 'dwx9AL9BDo69DiBW5S49Veq9BbZof29b';
const CONFIG_PATH = '/etc/warden/warden.yaml';

type Raw = Record<string, any>;
const minimalMaster = (): Raw => ({ cluster: { node_name: 'master-1', node_type: 'master', key: KEY } });
const minimalWorker = (): Raw => ({
  cluster: { node_name: 'worker-1', node_type: 'worker', key: KEY, nodes: ['10.0.0.1'] },
});

function validate(raw: unknown, files: Record<string, string> = {}): ValidationResult {
  return validateConfig(raw, {
    configPath: CONFIG_PATH,
    readFile: (p) => {
      if (p in files) return files[p];
      throw new Error(`ENOENT: no such file or directory, open '${p}'`);
    },
  });
}

function problemsOf(raw: unknown, files?: Record<string, string>): string[] {
  const r = validate(raw, files);
  if (r.ok) throw new Error('expected problems, got a valid config');
  return r.problems;
}

function configOf(raw: unknown, files?: Record<string, string>): WardenConfig {
  const r = validate(raw, files);
  if (!r.ok) throw new Error(`expected a valid config, got:\n${r.problems.join('\n')}`);
  return r.config;
}

const DEFAULT_INTERVALS = {
  keepAlive: 10_000, keepAliveTimeout: 30_000, agentInfo: 10_000, agentGroups: 10_000,
  localIntegrity: 10_000, integrity: 10_000, reconnectMax: 10_000, agentDisconnect: 60_000,
};
const DEFAULT_SCHEDULES = {
  keepAlive: { everyMs: 10_000 }, agentInfo: { everyMs: 10_000 }, agentGroups: { everyMs: 10_000 },
  localIntegrity: { everyMs: 10_000 }, integrity: { everyMs: 10_000 },
};

describe('validateConfig: valid configs', () => {
  test('a minimal master gets every default', () => {
    expect(configOf(minimalMaster())).toEqual<WardenConfig>({
      configPath: CONFIG_PATH,
      cluster: {
        name: 'warden', nodeName: 'master-1', nodeType: 'master', key: KEY, previousKeys: [],
        port: 1516, bindAddr: '127.0.0.1', nodes: ['127.0.0.1'], hidden: false, disabled: false, etcd: null,
      },
      dataDir: '/etc/warden/var/master-1',
      agents: { port: 1514, enrollmentPort: 1515, bindAddr: '0.0.0.0', enrollmentPasswordFile: '', verifyCounters: false },
      log: { level: 'info', rotateAt: '0 0 0 * * *' },
      intervals: DEFAULT_INTERVALS,
      schedules: DEFAULT_SCHEDULES,
      metrics: { port: 0, bindAddr: '127.0.0.1' },
      shell: { allowMutations: false },
      analysis: { rulesetDirs: [], alertLevel: 3 },
    });
  });

  test('a minimal worker keeps its nodes', () => {
    const c = configOf(minimalWorker());
    expect(c.cluster).toMatchObject({ nodeType: 'worker', nodes: ['10.0.0.1'] });
    expect(c.dataDir).toBe('/etc/warden/var/worker-1');
  });

  test('a full config is read key by key', () => {
    const raw = {
      cluster: {
        name: 'prod_1', node_name: 'worker-7', node_type: 'worker', key: KEY, previous_keys: [OLD_KEY],
        port: 2516, bind_addr: 'node7.example.org', nodes: ['master.example.org:2516', '[::1]:2516', '10.0.0.1'],
        hidden: true, disabled: true,
        etcd: { endpoints: ['10.0.0.5:2379', 'https://etcd-2.example.org:2379'], prefix: '/warden/prod_1', lease_ttl: '7s' },
      },
      data_dir: '/srv/warden',
      agents: { port: 2514, enrollment_port: 2515, bind_addr: '192.0.2.7', enrollment_password_file: 'authd.pass', verify_counters: true },
      log: { level: 'debug', rotate_at: '0 30 23 * * *' },
      metrics: { port: 9516, bind_addr: '0.0.0.0' },
      intervals: {
        keep_alive: '1s', keep_alive_timeout: '3s', agent_info: '500ms', agent_groups: '2m',
        local_integrity: '1h', integrity: '1.5s', reconnect_max: '5s', agent_disconnect: '1d',
      },
      shell: { allow_mutations: true },
      analysis: { ruleset_dirs: ['rules-extra', '/opt/ruleset'], alert_level: 0 },
    };
    expect(configOf(raw)).toEqual<WardenConfig>({
      configPath: CONFIG_PATH,
      cluster: {
        name: 'prod_1', nodeName: 'worker-7', nodeType: 'worker', key: KEY, previousKeys: [OLD_KEY],
        port: 2516, bindAddr: 'node7.example.org', nodes: ['master.example.org:2516', '[::1]:2516', '10.0.0.1'],
        hidden: true, disabled: true,
        etcd: { endpoints: ['http://10.0.0.5:2379', 'https://etcd-2.example.org:2379'], prefix: '/warden/prod_1', leaseTtlMs: 7_000 },
      },
      dataDir: '/srv/warden',
      agents: { port: 2514, enrollmentPort: 2515, bindAddr: '192.0.2.7', enrollmentPasswordFile: '/etc/warden/authd.pass', verifyCounters: true },
      log: { level: 'debug', rotateAt: '0 30 23 * * *' },
      intervals: {
        keepAlive: 1_000, keepAliveTimeout: 3_000, agentInfo: 500, agentGroups: 120_000,
        localIntegrity: 3_600_000, integrity: 1_500, reconnectMax: 5_000, agentDisconnect: 86_400_000,
      },
      schedules: {
        keepAlive: { everyMs: 1_000 }, agentInfo: { everyMs: 500 }, agentGroups: { everyMs: 120_000 },
        localIntegrity: { everyMs: 3_600_000 }, integrity: { everyMs: 1_500 },
      },
      metrics: { port: 9516, bindAddr: '0.0.0.0' },
      shell: { allowMutations: true },
      analysis: { rulesetDirs: ['/etc/warden/rules-extra', '/opt/ruleset'], alertLevel: 0 },
    });
  });

  test.each<[string, (r: Raw) => void, (c: WardenConfig) => unknown, unknown]>([
    ['relative data_dir beside the config', (r) => (r.data_dir = './data'), (c) => c.dataDir, '/etc/warden/data'],
    ['data_dir going up', (r) => (r.data_dir = '../var/m'), (c) => c.dataDir, '/etc/var/m'],
    ['absolute data_dir kept', (r) => (r.data_dir = '/var/lib/warden'), (c) => c.dataDir, '/var/lib/warden'],
    ['null sections read as absent', (r) => Object.assign(r, { intervals: null, shell: null }), (c) => c.intervals, DEFAULT_INTERVALS],
    ['null value reads as the default', (r) => (r.cluster.port = null), (c) => c.cluster.port, 1516],
    ['a master may list no nodes', (r) => (r.cluster.nodes = []), (c) => c.cluster.nodes, []],
    ['alert_level 16', (r) => (r.analysis = { alert_level: 16 }), (c) => c.analysis.alertLevel, 16],
    ['bind_addr IPv6', (r) => (r.cluster.bind_addr = '::'), (c) => c.cluster.bindAddr, '::'],
    ['agents listen on every interface by default, as Wazuh', () => undefined, (c) => c.agents.bindAddr, '0.0.0.0'],
    ['agents.bind_addr apart from cluster.bind_addr', (r) => (r.agents = { bind_addr: '10.1.2.3' }), (c) => [c.agents.bindAddr, c.cluster.bindAddr], ['10.1.2.3', '127.0.0.1']],
    ['agents.bind_addr IPv6 any', (r) => (r.agents = { bind_addr: '::' }), (c) => c.agents.bindAddr, '::'],
    ['agents.bind_addr a host name', (r) => (r.agents = { bind_addr: 'agents.example.org' }), (c) => c.agents.bindAddr, 'agents.example.org'],
    ['cluster.bind_addr leaves agents.bind_addr alone', (r) => (r.cluster.bind_addr = '10.9.9.9'), (c) => c.agents.bindAddr, '0.0.0.0'],
    ['null agents.bind_addr reads as the default', (r) => (r.agents = { bind_addr: null }), (c) => c.agents.bindAddr, '0.0.0.0'],
    ['log level error', (r) => (r.log = { level: 'error' }), (c) => c.log.level, 'error'],
    ['an empty enrollment_password_file is none', (r) => (r.agents = { enrollment_password_file: '' }), (c) => c.agents.enrollmentPasswordFile, ''],
    ['metrics port 0 is off, and may equal nothing', (r) => (r.metrics = { port: 0 }), (c) => c.metrics, { port: 0, bindAddr: '127.0.0.1' }],
    ['metrics on a port of its own', (r) => (r.metrics = { port: 9100, bind_addr: '::1' }), (c) => c.metrics, { port: 9100, bindAddr: '::1' }],
  ])('%s', (_name, mutate, pick, expected) => {
    const raw = minimalMaster();
    mutate(raw);
    expect(pick(configOf(raw))).toEqual(expected);
  });
});

describe('validateConfig: each rule broken', () => {
  test.each<[string, (r: Raw) => void, string]>([
    ['bad cluster name', (r) => (r.cluster.name = 'war den'), 'cluster.name: "war den" is not a name (expected letters, digits, "_" and "-")'],
    ['missing node_name', (r) => delete r.cluster.node_name, 'cluster.node_name: missing (expected a name of letters, digits, "_" and "-")'],
    ['node_name with a dot', (r) => (r.cluster.node_name = 'm.1'), 'cluster.node_name: "m.1" is not a name (expected letters, digits, "_" and "-")'],
    ['node_type boss', (r) => (r.cluster.node_type = 'boss'), 'cluster.node_type: "boss" is not one of master, worker'],
    ['enrollment_password_file a number', (r) => (r.agents = { enrollment_password_file: 7 }), 'agents.enrollment_password_file: 7 is not a path'],
    ['verify_counters yes', (r) => (r.agents = { verify_counters: 'yes' }), 'agents.verify_counters: "yes" is not a boolean (expected true or false)'],
    ['missing node_type', (r) => delete r.cluster.node_type, 'cluster.node_type: missing (expected one of master, worker)'],
    ['short key', (r) => (r.cluster.key = KEY.slice(1)), 'cluster.key: has 31 characters (expected exactly 32 letters and digits)'],
    ['key with symbols', (r) => (r.cluster.key = `${KEY.slice(2)}!?`), 'cluster.key: has characters other than letters and digits (expected exactly 32 letters and digits)'],
    ['key as a YAML number', (r) => (r.cluster.key = 1234), 'cluster.key: is a number in YAML; quote the key (expected exactly 32 letters and digits)'],
    ['no key at all', (r) => delete r.cluster.key, 'cluster.key: missing (expected a key of exactly 32 letters and digits, or key_file: PATH)'],
    ['bad previous key', (r) => (r.cluster.previous_keys = [OLD_KEY, 'short']), 'cluster.previous_keys[1]: has 5 characters (expected exactly 32 letters and digits)'],
    ['previous_keys not a list', (r) => (r.cluster.previous_keys = 'x'), 'cluster.previous_keys: is "x", expected a list, each item a key of exactly 32 letters and digits'],
    ['port 0', (r) => (r.cluster.port = 0), 'cluster.port: 0 is not a port (expected an integer 1..65535)'],
    ['port too big', (r) => (r.cluster.port = 70000), 'cluster.port: 70000 is not a port (expected an integer 1..65535)'],
    ['port as text', (r) => (r.agents = { port: '1514' }), 'agents.port: "1514" is not a port (expected an integer 1..65535)'],
    ['fractional port', (r) => (r.agents = { enrollment_port: 1515.5 }), 'agents.enrollment_port: 1515.5 is not a port (expected an integer 1..65535)'],
    ['agents.port = cluster.port', (r) => (r.agents = { port: 1516 }), 'agents.port: 1516 is also cluster.port (the ports of one node must differ)'],
    ['enrollment_port = agents.port', (r) => (r.agents = { enrollment_port: 1514 }), 'agents.enrollment_port: 1514 is also agents.port (the ports of one node must differ)'],
    ['metrics.port = agents.enrollment_port', (r) => (r.metrics = { port: 1515 }), 'metrics.port: 1515 is also agents.enrollment_port (the ports of one node must differ)'],
    ['metrics.port negative', (r) => (r.metrics = { port: -1 }), 'metrics.port: -1 is not a port (expected an integer 1..65535, or 0 for off)'],
    ['metrics.port as text', (r) => (r.metrics = { port: '9100' }), 'metrics.port: "9100" is not a port (expected an integer 1..65535, or 0 for off)'],
    ['metrics.bind_addr not a host', (r) => (r.metrics = { bind_addr: 'local host' }), 'metrics.bind_addr: "local host" is not an IP address or a host name'],
    ['metrics with an unknown key', (r) => (r.metrics = { prot: 9100 }), 'metrics.prot: unknown key; did you mean "port"?'],
    ['bad bind_addr', (r) => (r.cluster.bind_addr = 'not a host!'), 'cluster.bind_addr: "not a host!" is not an IP address or a host name'],
    ['bind_addr not an IP', (r) => (r.cluster.bind_addr = '300.1.1.1'), 'cluster.bind_addr: "300.1.1.1" is not an IP address or a host name'],
    ['bad agents.bind_addr', (r) => (r.agents = { bind_addr: 'all interfaces' }), 'agents.bind_addr: "all interfaces" is not an IP address or a host name'],
    ['agents.bind_addr not an IP', (r) => (r.agents = { bind_addr: '0.0.0.256' }), 'agents.bind_addr: "0.0.0.256" is not an IP address or a host name'],
    ['agents.bind_addr a number', (r) => (r.agents = { bind_addr: 0 }), 'agents.bind_addr: 0 is not an IP address or a host name'],
    ['agents.bind_addr with a port', (r) => (r.agents = { bind_addr: '0.0.0.0:1514' }), 'agents.bind_addr: "0.0.0.0:1514" is not an IP address or a host name'],
    ['agents.bind_addr a list', (r) => (r.agents = { bind_addr: ['0.0.0.0'] }), 'agents.bind_addr: a list is not an IP address or a host name'],
    ['bad nodes entry', (r) => (r.cluster.nodes = ['10.0.0.1', 'bad host']), 'cluster.nodes[1]: "bad host" is not an address (expected "host" or "host:port")'],
    ['nodes entry with a bad port', (r) => (r.cluster.nodes = ['10.0.0.1:99999']), 'cluster.nodes[0]: "10.0.0.1:99999" is not an address (expected "host" or "host:port")'],
    ['nodes not a list', (r) => (r.cluster.nodes = '10.0.0.1'), 'cluster.nodes: is "10.0.0.1", expected a list, each item an address: "host" or "host:port"'],
    ['hidden: "yes"', (r) => (r.cluster.hidden = 'yes'), 'cluster.hidden: "yes" is not a boolean (expected true or false)'],
    ['disabled: 1', (r) => (r.cluster.disabled = 1), 'cluster.disabled: 1 is not a boolean (expected true or false)'],
    ['allow_mutations: "no"', (r) => (r.shell = { allow_mutations: 'no' }), 'shell.allow_mutations: "no" is not a boolean (expected true or false)'],
    ['log level verbose', (r) => (r.log = { level: 'verbose' }), 'log.level: "verbose" is not one of error, warning, info, debug'],
    ['duration without unit', (r) => (r.intervals = { keep_alive: 10 }), 'intervals.keep_alive: 10 has no unit; write a number with a unit: "500ms", "10s", "2m", "1h" or "1d"'],
    ['zero duration', (r) => (r.intervals = { integrity: '0s' }), 'intervals.integrity: "0s" must be positive'],
    ['duration past the timer limit', (r) => (r.intervals = { agent_info: '30d' }), 'intervals.agent_info: "30d" is longer than the limit of 2147483647 ms (about 24 days)'],
    ['duration as a list', (r) => (r.intervals = { reconnect_max: [] }), 'intervals.reconnect_max: a list is not a duration (expected a number with a unit: "500ms", "10s", "2m", "1h")'],
    ['keep_alive past the default timeout', (r) => (r.intervals = { keep_alive: '40s' }), 'intervals.keep_alive_timeout: 30s (the default) must exceed intervals.keep_alive (40s), or the master drops workers that are alive'],
    ['keep_alive_timeout equal to keep_alive', (r) => (r.intervals = { keep_alive: '5s', keep_alive_timeout: '5000ms' }), 'intervals.keep_alive_timeout: 5s must exceed intervals.keep_alive (5s), or the master drops workers that are alive'],
    ['alert_level 17', (r) => (r.analysis = { alert_level: 17 }), 'analysis.alert_level: 17 is not an integer 0..16'],
    ['alert_level -1', (r) => (r.analysis = { alert_level: -1 }), 'analysis.alert_level: -1 is not an integer 0..16'],
    ['alert_level as a word', (r) => (r.analysis = { alert_level: 'high' }), 'analysis.alert_level: "high" is not an integer 0..16'],
    ['empty ruleset dir', (r) => (r.analysis = { ruleset_dirs: [''] }), 'analysis.ruleset_dirs[0]: "" is not a path'],
    ['data_dir a number', (r) => (r.data_dir = 5), 'data_dir: 5 is not a path'],
    ['section not a mapping', (r) => (r.agents = 1514), 'agents: is 1514, expected a mapping of port, enrollment_port, bind_addr, enrollment_password_file, verify_counters'],
    ['typo in a key', (r) => (r.cluster.nmae = 'x'), 'cluster.nmae: unknown key; did you mean "name"?'],
    ['camelCase key', (r) => (r.cluster.nodeName = 'x'), 'cluster.nodeName: unknown key; did you mean "node_name"?'],
    ['typo in a section', (r) => (r.interval = {}), 'interval: unknown key; did you mean "intervals"?'],
    ['a key from nowhere', (r) => (r.shell = { colour: 'red' }), 'shell.colour: unknown key (expected one of allow_mutations)'],
  ])('%s', (_name, mutate, problem) => {
    const raw = minimalMaster();
    mutate(raw);
    expect(problemsOf(raw)).toEqual([problem]);
  });

  test.each<[string, (r: Raw) => void, string]>([
    ['worker without nodes', (r) => delete r.cluster.nodes, "cluster.nodes: missing; a worker needs the master's address (expected a list such as [127.0.0.1])"],
    ['worker with empty nodes', (r) => (r.cluster.nodes = []), "cluster.nodes: is empty; a worker needs the master's address (expected a list such as [127.0.0.1])"],
    ['worker whose only node is bad', (r) => (r.cluster.nodes = ['a b']), 'cluster.nodes[0]: "a b" is not an address (expected "host" or "host:port")'],
  ])('%s', (_name, mutate, problem) => {
    const raw = minimalWorker();
    mutate(raw);
    expect(problemsOf(raw)).toEqual([problem]);
  });

  test.each<[string, unknown, string]>([
    ['an empty document', null, 'cluster.node_name: missing (expected a name of letters, digits, "_" and "-")'],
    ['a list', ['cluster'], '(top level): is a list, expected a mapping of cluster, data_dir, agents, log, metrics, intervals, shell, analysis'],
    ['a string', 'warden', '(top level): is "warden", expected a mapping of cluster, data_dir, agents, log, metrics, intervals, shell, analysis'],
  ])('a document that is %s', (_name, raw, first) => {
    expect(problemsOf(raw)[0]).toBe(first);
  });

  test('metrics: read when given (port 0 is off); a bad port is named', () => {
    expect(configOf({ ...minimalMaster(), metrics: { port: 9100 } }).metrics).toEqual({ port: 9100, bindAddr: '127.0.0.1' });
    expect(configOf(minimalMaster()).metrics).toEqual({ port: 0, bindAddr: '127.0.0.1' });
    expect(problemsOf({ ...minimalMaster(), metrics: { port: -1, bind: 'x' } })).toEqual([
      'metrics.bind: unknown key (expected one of port, bind_addr)',
      'metrics.port: -1 is not a port (expected an integer 1..65535, or 0 for off)',
    ]);
  });

  test('a problem never shows the key itself', () => {
    const secret = `${'s3cret'.repeat(5)}!!`;
    const raw = minimalMaster();
    raw.cluster.key = secret;
    raw.cluster.previous_keys = [secret];
    expect(problemsOf(raw).join('\n')).not.toContain('s3cret');
  });
});

describe('validateConfig: cluster.etcd (master high availability)', () => {
  const withEtcd = (etcd: unknown, name?: string): Raw => {
    const r = minimalMaster();
    r.cluster.etcd = etcd;
    if (name) r.cluster.name = name;
    return r;
  };

  test.each<[string, Raw, WardenConfig['cluster']['etcd']]>([
    ['absent: one master, as without etcd', minimalMaster(), null],
    ['null reads as absent', withEtcd(null), null],
    ['only endpoints: the defaults for the rest', withEtcd({ endpoints: ['127.0.0.1:2379'] }),
      { endpoints: ['http://127.0.0.1:2379'], prefix: '/warden/warden', leaseTtlMs: 5_000 }],
    ['the default prefix follows cluster.name', withEtcd({ endpoints: ['etcd:2379'] }, 'prod'),
      { endpoints: ['http://etcd:2379'], prefix: '/warden/prod', leaseTtlMs: 5_000 }],
    ['three members, every form of endpoint', withEtcd({ endpoints: ['http://e1:2379', 'HTTPS://e2.example.org:2379/', ' [::1]:2379 '] }),
      { endpoints: ['http://e1:2379', 'https://e2.example.org:2379', 'http://[::1]:2379'], prefix: '/warden/warden', leaseTtlMs: 5_000 }],
    ['a prefix loses its trailing slash', withEtcd({ endpoints: ['e:2379'], prefix: '/ha/prod/' }),
      { endpoints: ['http://e:2379'], prefix: '/ha/prod', leaseTtlMs: 5_000 }],
    ['lease_ttl at both limits: 2s', withEtcd({ endpoints: ['e:2379'], lease_ttl: '2s' }),
      { endpoints: ['http://e:2379'], prefix: '/warden/warden', leaseTtlMs: 2_000 }],
    ['lease_ttl at both limits: 1m', withEtcd({ endpoints: ['e:2379'], lease_ttl: '1m' }),
      { endpoints: ['http://e:2379'], prefix: '/warden/warden', leaseTtlMs: 60_000 }],
  ])('%s', (_name, raw, expected) => {
    expect(configOf(raw).cluster.etcd).toEqual(expected);
  });

  test('a worker may have cluster.etcd too (it watches the leader)', () => {
    const raw = minimalWorker();
    raw.cluster.etcd = { endpoints: ['e:2379'] };
    expect(configOf(raw).cluster.etcd?.endpoints).toEqual(['http://e:2379']);
  });

  const FORMS = '"host:port", "http://host:port" or "https://host:port", such as "10.0.0.5:2379"';
  test.each<[string, unknown, string]>([
    ['not a mapping', 'e:2379', 'cluster.etcd: is "e:2379", expected a mapping of endpoints, prefix, lease_ttl'],
    ['an empty mapping', {}, 'cluster.etcd.endpoints: missing; cluster.etcd needs at least one etcd endpoint (expected a list such as ["10.0.0.5:2379"]; leave cluster.etcd out for a single master)'],
    ['no endpoints', { endpoints: [] }, 'cluster.etcd.endpoints: is empty; cluster.etcd needs at least one etcd endpoint (expected a list such as ["10.0.0.5:2379"]; leave cluster.etcd out for a single master)'],
    ['endpoints not a list', { endpoints: 'e:2379' }, `cluster.etcd.endpoints: is "e:2379", expected a list, each item an etcd endpoint: ${FORMS}`],
    ['an endpoint without a port', { endpoints: ['e:2379', 'etcd-2'] }, `cluster.etcd.endpoints[1]: "etcd-2" has no port (expected ${FORMS}; etcd's default client port is 2379)`],
    ['a URL without a port', { endpoints: ['http://etcd-2'] }, `cluster.etcd.endpoints[0]: "http://etcd-2" has no port (expected ${FORMS}; etcd's default client port is 2379)`],
    ['another scheme', { endpoints: ['grpc://e:2379'] }, 'cluster.etcd.endpoints[0]: "grpc://e:2379" has the scheme "grpc" (expected http:// or https://, or no scheme for http)'],
    ['a path', { endpoints: ['http://e:2379/v3'] }, `cluster.etcd.endpoints[0]: "http://e:2379/v3" has a path (expected only ${FORMS})`],
    ['credentials', { endpoints: ['http://root:pw@e:2379'] }, `cluster.etcd.endpoints[0]: "http://root:pw@e:2379" has credentials in it (expected ${FORMS})`],
    ['a bad port', { endpoints: ['e:99999'] }, `cluster.etcd.endpoints[0]: "e:99999" is not an etcd endpoint (expected ${FORMS})`],
    ['a number', { endpoints: [2379] }, `cluster.etcd.endpoints[0]: 2379 is not an etcd endpoint (expected ${FORMS})`],
    ['a relative prefix', { endpoints: ['e:2379'], prefix: 'warden/prod' }, 'cluster.etcd.prefix: "warden/prod" does not start with "/" (write "/warden/prod")'],
    ['the root as prefix', { endpoints: ['e:2379'], prefix: '/' }, 'cluster.etcd.prefix: "/" is the root of etcd\'s keys (expected a folder of its own, such as "/warden/prod")'],
    ['a prefix with a space', { endpoints: ['e:2379'], prefix: '/warden prod' }, 'cluster.etcd.prefix: "/warden prod" has spaces or control characters (expected a prefix such as "/warden/prod")'],
    ['a prefix that is a number', { endpoints: ['e:2379'], prefix: 7 }, 'cluster.etcd.prefix: 7 is not a key prefix (expected a text starting with "/", such as "/warden/prod")'],
    ['lease_ttl without a unit', { endpoints: ['e:2379'], lease_ttl: 5 }, 'cluster.etcd.lease_ttl: 5 has no unit; write a number with a unit: "500ms", "10s", "2m", "1h" or "1d" (expected whole seconds from 2s to 60s, such as "5s")'],
    ['lease_ttl too short', { endpoints: ['e:2379'], lease_ttl: '1s' }, 'cluster.etcd.lease_ttl: "1s" is shorter than 2s; etcd grants no shorter lease (write "2s" or more; "5s" is usual)'],
    ['lease_ttl zero', { endpoints: ['e:2379'], lease_ttl: 0 }, 'cluster.etcd.lease_ttl: 0 is shorter than 2s; etcd grants no shorter lease (write "2s" or more; "5s" is usual)'],
    ['lease_ttl too long', { endpoints: ['e:2379'], lease_ttl: '2m' }, 'cluster.etcd.lease_ttl: "2m" is longer than 60s; a dead leader would block failover that long (write "60s" or less; "5s" is usual)'],
    ['lease_ttl in part seconds', { endpoints: ['e:2379'], lease_ttl: '2500ms' }, 'cluster.etcd.lease_ttl: "2500ms" is not a whole number of seconds; etcd counts lease TTLs in seconds (write "3s")'],
    ['lease_ttl a list', { endpoints: ['e:2379'], lease_ttl: [] }, 'cluster.etcd.lease_ttl: a list is not a duration (expected whole seconds from 2s to 60s, such as "5s")'],
    ['a typo in a key', { endpoints: ['e:2379'], leaseTTL: '5s' }, 'cluster.etcd.leaseTTL: unknown key; did you mean "lease_ttl"?'],
  ])('%s', (_name, etcd, problem) => {
    expect(problemsOf(withEtcd(etcd))).toEqual([problem]);
  });
});

describe('validateConfig: every problem at once', () => {
  test('problems from every section are listed together, in reading order', () => {
    const raw = {
      cluster: { nmae: 'x', node_name: 'worker 1', node_type: 'boss', key: 'short', port: 1514 },
      agents: { port: 1514, bind_addr: 'everywhere!' },
      log: { level: 'loud' },
      intervals: { keep_alive: 5 },
      shell: { allow_mutations: 'yes' },
      analysis: { alert_level: 99 },
    };
    expect(problemsOf(raw)).toEqual([
      'cluster.nmae: unknown key; did you mean "name"?',
      'cluster.node_name: "worker 1" is not a name (expected letters, digits, "_" and "-")',
      'cluster.node_type: "boss" is not one of master, worker',
      'cluster.key: has 5 characters (expected exactly 32 letters and digits)',
      'agents.port: 1514 is also cluster.port (the ports of one node must differ)',
      'agents.bind_addr: "everywhere!" is not an IP address or a host name',
      'log.level: "loud" is not one of error, warning, info, debug',
      'intervals.keep_alive: 5 has no unit; write a number with a unit: "500ms", "10s", "2m", "1h" or "1d"',
      'shell.allow_mutations: "yes" is not a boolean (expected true or false)',
      'analysis.alert_level: 99 is not an integer 0..16',
    ]);
  });

  test('a bad port does not also collide with the defaults', () => {
    const raw = minimalMaster();
    raw.cluster.port = 'x';
    raw.agents = { port: 'y', enrollment_port: 'z' };
    expect(problemsOf(raw)).toHaveLength(3);
  });
});

describe('validateConfig: key_file', () => {
  const withKeyFile = (file: string): Raw => {
    const raw = minimalMaster();
    delete raw.cluster.key;
    raw.cluster.key_file = file;
    return raw;
  };

  test('a relative key_file is read beside the config, trimmed', () => {
    const c = configOf(withKeyFile('cluster.key'), { '/etc/warden/cluster.key': `  ${KEY}\n` });
    expect(c.cluster.key).toBe(KEY);
    expect(c.cluster.keyFile).toBe('/etc/warden/cluster.key'); // the daemon checks its mode at start
  });

  test('an inline key has no key file', () => {
    expect(configOf(minimalMaster()).cluster.keyFile).toBeUndefined();
  });

  test('an absolute key_file is read where it says', () => {
    expect(configOf(withKeyFile('/run/secrets/k'), { '/run/secrets/k': KEY }).cluster.key).toBe(KEY);
  });

  test.each<[string, Raw, Record<string, string>, string]>([
    ['missing file', withKeyFile('nope.key'), {}, "cluster.key_file: cannot read /etc/warden/nope.key: ENOENT: no such file or directory, open '/etc/warden/nope.key'"],
    ['bad key in the file', withKeyFile('k'), { '/etc/warden/k': 'short\n' }, 'cluster.key_file: /etc/warden/k has 5 characters (expected exactly 32 letters and digits)'],
    ['key_file not a path', withKeyFile(''), {}, 'cluster.key_file: "" is not a path'],
    ['key and key_file both', { ...withKeyFile('k'), cluster: { ...withKeyFile('k').cluster, key: KEY } }, { '/etc/warden/k': KEY }, 'cluster.key: both key and key_file are set (expected exactly one of them)'],
  ])('%s', (_name, raw, files, problem) => {
    expect(problemsOf(raw, files)).toEqual([problem]);
  });

  test('the default reader reads the real file system', () => {
    const r = validateConfig(withKeyFile('does-not-exist.key'), { configPath: '/nonexistent-dir/warden.yaml' });
    expect(r).toEqual({ ok: false, problems: [expect.stringMatching(/^cluster\.key_file: cannot read \/nonexistent-dir\/does-not-exist\.key: ENOENT/)] });
  });
});
