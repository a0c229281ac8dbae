// `scale render --format systemd`: one unit per node, parsed into sections and checked, and its config.
import { parseConfigText } from '../../config/loader';
import { validateTopology, type Topology } from '../../config/topology';
import { renderSystemd } from '../../scripts/scale/render-systemd';

const KEY = 'urKSn06VDUeBgvUlaXPArFttggDrgDj9';

function topology(extra: Record<string, unknown> = {}): Topology {
  const r = validateTopology({
    cluster: { name: 'c1', key_file: './cluster.key' },
    master: { name: 'master', address: '10.0.0.1', port: 1516, agents_port: 1514, enrollment_port: 1515 },
    workers: [
      { name: 'worker-1', address: '10.0.0.2', agents_port: 1514, enrollment_port: 1515 },
      { name: 'worker-2', address: '10.0.0.3', agents_port: 514, enrollment_port: 1515 },
    ],
    ...extra,
  }, { topologyPath: '/srv/topo.yaml' });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.topology;
}

/** A unit file as systemd reads it: sections of key=value lines (a key may repeat), comments dropped. */
function parseUnit(text: string): Map<string, [string, string][]> {
  const sections = new Map<string, [string, string][]>();
  let current: [string, string][] | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[([A-Za-z]+)\]$/.exec(line);
    if (header) {
      current = [];
      sections.set(header[1], current);
      continue;
    }
    const kv = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!kv || !current) throw new Error(`not a unit line: ${JSON.stringify(line)}`);
    current.push([kv[1], kv[2]]);
  }
  return sections;
}

const values = (s: [string, string][] | undefined, key: string): string[] => (s ?? []).filter(([k]) => k === key).map(([, v]) => v);
const value = (s: [string, string][] | undefined, key: string): string | undefined => values(s, key).at(-1);

describe('renderSystemd', () => {
  const t = topology({ systemd: { user: 'wardend', install_dir: '/opt/warden-1', stop_timeout_sec: 20 } });
  const files = renderSystemd(t);
  const file = (path: string): string => {
    const f = files.find((x) => x.path === path);
    if (!f) throw new Error(`no ${path} among ${files.map((x) => x.path).join(', ')}`);
    return f.content;
  };

  test('one unit and one config per node', () => {
    expect(files.map((f) => f.path)).toEqual([
      'warden-master.service', 'warden-worker-1.service', 'warden-worker-2.service',
      'master/warden.yaml', 'worker-1/warden.yaml', 'worker-2/warden.yaml',
    ]);
  });

  test.each(['master', 'worker-1', 'worker-2'])('%s: a hardened unit that runs the daemon on its config', (name) => {
    const unit = parseUnit(file(`warden-${name}.service`));
    expect([...unit.keys()]).toEqual(['Unit', 'Service', 'Install']);
    const s = unit.get('Service');
    expect(value(s, 'ExecStart')).toBe(`/usr/bin/node /opt/warden-1/dist/scripts/warden.js daemon --config /etc/warden/${name}/warden.yaml`);
    expect(value(s, 'User')).toBe('wardend');
    expect(value(s, 'Restart')).toBe('on-failure');
    expect(value(s, 'KillSignal')).toBe('SIGTERM');
    expect(value(s, 'TimeoutStopSec')).toBe('20s');
    expect(value(s, 'StateDirectory')).toBe(`warden/${name}`);
    expect(value(s, 'LoadCredential')).toBe('cluster.key:/etc/warden/cluster.key');
    for (const [k, v] of [['NoNewPrivileges', 'yes'], ['ProtectSystem', 'strict'], ['ProtectHome', 'yes'], ['PrivateTmp', 'yes'], ['PrivateDevices', 'yes'], ['RestrictNamespaces', 'yes']]) {
      expect([k, value(s, k)]).toEqual([k, v]);
    }
    expect(value(s, 'MemoryDenyWriteExecute')).toBeUndefined(); // V8's JIT
    expect(value(unit.get('Install'), 'WantedBy')).toBe('multi-user.target');
  });

  test('workers start after the master; only a node with a port below 1024 gets CAP_NET_BIND_SERVICE', () => {
    const master = parseUnit(file('warden-master.service'));
    const w1 = parseUnit(file('warden-worker-1.service'));
    const w2 = parseUnit(file('warden-worker-2.service'));
    expect(values(w1.get('Unit'), 'After')).toContain('warden-master.service');
    expect(values(master.get('Unit'), 'After')).not.toContain('warden-master.service');
    expect(value(master.get('Service'), 'CapabilityBoundingSet')).toBe('');
    expect(value(master.get('Service'), 'AmbientCapabilities')).toBeUndefined();
    expect(value(w2.get('Service'), 'AmbientCapabilities')).toBe('CAP_NET_BIND_SERVICE');
    expect(value(w2.get('Service'), 'CapabilityBoundingSet')).toBe('CAP_NET_BIND_SERVICE');
  });

  test('each config loads: key from the unit\'s credential, data in its StateDirectory, workers dial the master\'s address', () => {
    for (const name of ['master', 'worker-1', 'worker-2']) {
      const r = parseConfigText(file(`${name}/warden.yaml`), { configPath: `/etc/warden/${name}/warden.yaml`, readFile: () => KEY });
      if (!r.ok) throw new Error(r.problems.join('\n'));
      expect(r.config.cluster.keyFile).toBe(`/run/credentials/warden-${name}.service/cluster.key`);
      expect(r.config.dataDir).toBe(`/var/lib/warden/${name}`);
      if (name !== 'master') expect(r.config.cluster.nodes).toEqual(['10.0.0.1:1516']);
    }
  });
});

describe('renderSystemd: two masters elected through etcd', () => {
  const t = topology({
    master: [
      { name: 'master-a', address: '10.0.0.1', port: 1516, agents_port: 1514, enrollment_port: 1515 },
      { name: 'master-b', address: '10.0.0.4', port: 1516, agents_port: 1514, enrollment_port: 1515 },
    ],
    etcd: { endpoints: ['10.0.0.10:2379', '10.0.0.11:2379', '10.0.0.12:2379'], lease_ttl: '5s' },
  });
  const files = renderSystemd(t);
  const file = (path: string): string => files.find((x) => x.path === path)!.content;
  const masters = ['master-a', 'master-b'];

  test('one unit and one config per master, as per worker', () => {
    expect(files.map((f) => f.path)).toEqual([
      'warden-master-a.service', 'warden-master-b.service', 'warden-worker-1.service', 'warden-worker-2.service',
      'master-a/warden.yaml', 'master-b/warden.yaml', 'worker-1/warden.yaml', 'worker-2/warden.yaml',
    ]);
  });

  test('each unit says etcd is the operator\'s and starts after it on its host; workers after every master', () => {
    for (const name of [...masters, 'worker-1']) {
      const text = file(`warden-${name}.service`);
      expect(text).toMatch(/^# The 2 master\(s\) \(master-a, master-b\) elect their leader through etcd at http:\/\/10\.0\.0\.10:2379, http:\/\/10\.0\.0\.11:2379, http:\/\/10\.0\.0\.12:2379:$/m);
      expect(text).toMatch(/^# etcd is not part of this render; run it yourself \(three members in production/m);
      expect(values(parseUnit(text).get('Unit'), 'After')).toContain('etcd.service');
    }
    expect(values(parseUnit(file('warden-worker-1.service')).get('Unit'), 'After')).toEqual(expect.arrayContaining(['warden-master-a.service', 'warden-master-b.service']));
    expect(values(parseUnit(file('warden-master-b.service')).get('Unit'), 'After')).not.toContain('warden-master-a.service');
  });

  test('every config loads, lists both masters and carries the etcd section', () => {
    for (const name of [...masters, 'worker-1', 'worker-2']) {
      const r = parseConfigText(file(`${name}/warden.yaml`), { configPath: `/etc/warden/${name}/warden.yaml`, readFile: () => KEY });
      if (!r.ok) throw new Error(r.problems.join('\n'));
      expect(r.config.cluster.nodeName).toBe(name);
      expect(r.config.cluster.nodes).toEqual(['10.0.0.1:1516', '10.0.0.4:1516']);
      expect(r.config.cluster.etcd).toEqual({ endpoints: ['http://10.0.0.10:2379', 'http://10.0.0.11:2379', 'http://10.0.0.12:2379'], prefix: '/warden/c1', leaseTtlMs: 5_000 });
    }
  });
});
