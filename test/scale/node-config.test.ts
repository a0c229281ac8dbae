// The config each node of a topology gets is one the real loader accepts, holding what the topology asked.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfigText } from '../../config/loader';
import { checkNodeConfigs, hostPort, localNodeDir, localPlacement, renderNodeConfig } from '../../config/node-config';
import { topologyNodes, validateTopology, type Topology } from '../../config/topology';
import { renderSystemdConfig } from '../../scripts/scale/render-systemd';
import { podConfig } from '../../scripts/scale/render-kubernetes';

const KEY = 'urKSn06VDUeBgvUlaXPArFttggDrgDj9';
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'warden-topology-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function topology(raw: Record<string, unknown>): Topology {
  const r = validateTopology(raw, { topologyPath: join(dir, 'topology.yaml') });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.topology;
}

const RAW = {
  cluster: { name: 'c1', key_file: './cluster.key' },
  base_dir: './var',
  master: { name: 'master', address: '127.0.0.1', port: 31516, agents_port: 31514, enrollment_port: 31515 },
  workers: { count: 2, name: 'worker-{n}', address: '127.0.0.1', agents_port_base: 31600 },
  config: { log_level: 'warning', intervals: { keep_alive: '1s', keep_alive_timeout: '3s' }, metrics_port_base: 39100 },
};

test('each node\'s config on this machine loads with the real loader and holds the topology\'s values', () => {
  const t = topology(RAW);
  writeFileSync(join(dir, 'cluster.key'), `${KEY}\n`, { mode: 0o600 });
  for (const node of topologyNodes(t)) {
    const nodeDir = localNodeDir(t, node.name);
    mkdirSync(nodeDir, { recursive: true });
    const file = join(nodeDir, 'warden.yaml');
    writeFileSync(file, renderNodeConfig(t, node, localPlacement(t, node)));
    const c = loadConfig(file);
    expect(c.cluster).toMatchObject({ name: 'c1', nodeName: node.name, nodeType: node.type, key: KEY, keyFile: join(dir, 'cluster.key'), port: 31516, bindAddr: '127.0.0.1' });
    expect(c.dataDir).toBe(join(dir, 'var', node.name, 'data'));
    expect(c.agents).toMatchObject({ port: node.agentsPort, enrollmentPort: node.enrollmentPort });
    expect(c.log.level).toBe('warning');
    expect(c.intervals).toMatchObject({ keepAlive: 1000, keepAliveTimeout: 3000 });
    expect(c.metrics).toEqual({ port: node.metricsPort, bindAddr: '127.0.0.1' });
    if (node.type === 'worker') expect(c.cluster.nodes).toEqual(['127.0.0.1:31516']);
  }
  expect(checkNodeConfigs(t)).toEqual([]);
});

test('an inline key is written inline (the config then holds the secret)', () => {
  const t = topology({ ...RAW, cluster: { name: 'c1', key: KEY } });
  const text = renderNodeConfig(t, t.master, localPlacement(t, t.master));
  const r = parseConfigText(text, { configPath: join(dir, 'var', 'master', 'warden.yaml') });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  expect(r.config.cluster.key).toBe(KEY);
  expect(r.config.cluster.keyFile).toBeUndefined();
});

test('systemd and Kubernetes configs are valid too, with their paths and addresses', () => {
  const t = topology(RAW);
  const readFile = (): string => KEY;
  for (const node of topologyNodes(t)) {
    const sd = parseConfigText(renderSystemdConfig(t, node), { configPath: `/etc/warden/${node.name}/warden.yaml`, readFile });
    if (!sd.ok) throw new Error(sd.problems.join('\n'));
    expect(sd.config.dataDir).toBe(`/var/lib/warden/${node.name}`);
    expect(sd.config.cluster.keyFile).toBe(`/run/credentials/warden-${node.name}.service/cluster.key`);

    const pod = parseConfigText(podConfig(t, node), { configPath: '/etc/warden/warden.yaml', readFile });
    if (!pod.ok) throw new Error(pod.problems.join('\n'));
    expect(pod.config.dataDir).toBe('/var/lib/warden');
    expect(pod.config.cluster.bindAddr).toBe('0.0.0.0');
    expect(pod.config.cluster.keyFile).toBe('/run/secrets/warden/cluster.key');
    if (node.type === 'worker') expect(pod.config.cluster.nodes).toEqual(['c1-master:31516']);
  }
});

test.each([
  ['127.0.0.1', 1516, '127.0.0.1:1516'],
  ['::1', 1516, '[::1]:1516'],
  ['master.example.org', 7, 'master.example.org:7'],
])('hostPort(%s, %i) = %s', (host, port, expected) => {
  expect(hostPort(host, port)).toBe(expected);
});
