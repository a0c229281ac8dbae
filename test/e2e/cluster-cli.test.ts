// Real processes through the `warden` CLI, as an operator runs them: configs, daemons, control, signals.
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';

jest.setTimeout(60_000);

const LOG_LINE = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} (ERROR|WARNING|INFO|DEBUG): \[(Master|Worker) [A-Za-z0-9_-]+\]( \[[^\]]+\])* .+$/;

describe('warden CLI with real processes', () => {
  let c: LocalCluster;
  beforeAll(async () => {
    c = new LocalCluster({ workers: 2 });
    await c.configure();
  });
  afterAll(async () => { await c.stop(); });

  test('daemon -t accepts a valid config and lists every problem of a bad one', async () => {
    const ok = await c.cli(['daemon', '--config', c.master.configFile, '-t']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Configuration OK/);
    const bad = path.join(c.dir, 'bad.yaml');
    fs.writeFileSync(bad, fs.readFileSync(c.master.configFile, 'utf8')
      .replace('node_type: master', 'node_type: boss')
      .replace(/port: \d+\n/, 'port: 70000\n')
      .replace('keep_alive: 1s', 'keep_alive: soon'));
    const r = await c.cli(['daemon', '--config', bad, '-t']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cluster\.node_type/);
    expect(r.stderr).toMatch(/boss/);
    expect(r.stderr).toMatch(/cluster\.port/);
    expect(r.stderr).toMatch(/intervals\.keep_alive/);
  });

  test('a disabled node exits 0 with a message', async () => {
    const f = path.join(c.dir, 'disabled.yaml');
    fs.writeFileSync(f, fs.readFileSync(c.master.configFile, 'utf8').replace('cluster:\n', 'cluster:\n  disabled: true\n'));
    const r = await c.cli(['daemon', '--config', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/disabled/);
  });

  test('control says so when the node is not running', async () => {
    const r = await c.cli(['control', '--config', c.master.configFile, 'nodes']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/not running/);
  });

  test('a master and two workers: nodes --json lists all three from the master and from a worker', async () => {
    await c.startAll();
    await c.waitAllConnected();
    for (const via of ['master', 'worker-1']) {
      const r = await c.cli(['control', '--config', c.node(via).configFile, 'nodes', '--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { nodes: { name: string; type: string; version: string; address: string; connected: boolean }[] };
      expect(doc.nodes.map((n) => [n.name, n.type, n.connected])).toEqual([
        ['master', 'master', true], ['worker-1', 'worker', true], ['worker-2', 'worker', true],
      ]);
      for (const n of doc.nodes) {
        expect(n.version).toBe(require('../../package.json').version);
        expect(n.address).toBe('127.0.0.1');
      }
    }
    const health = JSON.parse((await c.cli(['control', '--config', c.master.configFile, 'health', '--json'])).stdout);
    expect(health.workers.map((w: { name: string }) => w.name)).toEqual(['worker-1', 'worker-2']);
    expect(health.workers[0].seconds_since_keep_alive).toBeLessThan(3);
    const sock = path.join(c.master.dataDir, 'queue', 'cluster', 'c-internal.sock');
    expect(fs.statSync(sock).mode & 0o777).toBe(0o660);
  });

  test('agents and groups through the CLI, from a worker and from the master', async () => {
    const w = c.node('worker-1').configFile;
    const reg = await c.cli(['agent', 'register', '--config', w, '--name', 'web-1', '--ip', '10.1.2.3', '--json']);
    expect(reg.code).toBe(0);
    const agent = JSON.parse(reg.stdout) as { id: string; name: string; key: string };
    expect(agent).toMatchObject({ id: '001', name: 'web-1' });
    expect((await c.cli(['group', 'create', 'web', '--config', c.master.configFile])).code).toBe(0);
    expect((await c.cli(['group', 'assign', '--config', w, '--agent', '001', '--group', 'web'])).code).toBe(0);
    const list = JSON.parse((await c.cli(['control', '--config', c.master.configFile, 'agents', '--json'])).stdout);
    expect(list.agents).toEqual([{ id: '001', name: 'web-1', ip: '10.1.2.3', status: 'never_connected', node: null, groups: ['default', 'web'], version: null }]);
    const groups = JSON.parse((await c.cli(['group', 'list', '--config', w, '--json'])).stdout);
    expect(groups.groups).toEqual([{ name: 'default', agents: 1 }, { name: 'web', agents: 1 }]);
    const bad = await c.cli(['agent', 'register', '--config', w, '--name', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/invalid agent name "x"/);
    expect((await c.cli(['agent', 'remove', '001', '--config', c.master.configFile])).code).toBe(0);
    expect(JSON.parse((await c.cli(['control', '--config', w, 'agents', '--json'])).stdout).agents).toEqual([]);
  });

  test('kill -9 a worker: the master reports it disconnected within three keep-alive intervals', async () => {
    const t0 = Date.now();
    await c.kill('worker-2', 'SIGKILL');
    await c.waitFor('worker-2 disconnected', () => c.connectedNodes(), (v) => !v.includes('worker-2'), 3_000, 20);
    expect(Date.now() - t0).toBeLessThan(3_000);
    const doc = JSON.parse((await c.cli(['control', '--config', c.master.configFile, 'nodes', '--json'])).stdout);
    expect(doc.nodes.find((n: { name: string }) => n.name === 'worker-2')).toMatchObject({ connected: false });
    c.start('worker-2');
    await c.waitAllConnected();
  });

  test('restart the master: both workers reconnect', async () => {
    await c.kill('master', 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    c.start('master');
    await c.waitAllConnected(10_000);
    const w = fs.readFileSync(path.join(c.node('worker-1').dataDir, 'logs', 'cluster.log'), 'utf8');
    expect(w).toMatch(/Lost the connection to master master/);
    expect(w.match(/Successfully connected to master master/g)!.length).toBeGreaterThanOrEqual(2);
  });

  test('SIGTERM stops a node cleanly within 5 s; cluster.log is in the Wazuh format', async () => {
    const t0 = Date.now();
    const code = await c.kill('worker-1', 'SIGTERM');
    expect(code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5_000);
    const log = fs.readFileSync(path.join(c.node('worker-1').dataDir, 'logs', 'cluster.log'), 'utf8').trim().split('\n');
    expect(log[log.length - 1]).toMatch(/INFO: \[Worker worker-1\] Stopped\.$/);
    for (const line of log) expect(line).toMatch(LOG_LINE);
    expect(fs.existsSync(path.join(c.node('worker-1').dataDir, 'queue', 'cluster', 'c-internal.sock'))).toBe(false);
  });
});
