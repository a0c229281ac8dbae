// /metrics through the CLI: `warden daemon` processes with metrics.port in their config serve the
// Prometheus text format; a daemon whose metrics port is taken exits 1 naming metrics.port.
import * as http from 'http';
import * as net from 'net';
import { freePort, LocalCluster } from '../../scripts/harness/local-cluster';
import { parseScrape, samplesOf, valueOf } from '../helpers/prometheus-text';

jest.setTimeout(60_000);

function get(port: number, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: urlPath, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    }).on('error', reject);
  });
}

describe('metrics through the CLI', () => {
  let c: LocalCluster;
  const ports = new Map<string, number>();
  beforeAll(async () => {
    for (const name of ['master', 'worker-1']) ports.set(name, await freePort());
    c = new LocalCluster({ workers: 1, extraYaml: (name) => `metrics:\n  port: ${ports.get(name)}\n  bind_addr: 127.0.0.1\n` });
    await c.configure();
  });
  afterAll(async () => { await c.stop(); });

  test('each daemon serves /metrics on its own port; the master sees the worker, the worker its link', async () => {
    await c.startAll();
    await c.waitAllConnected();
    // Until the node has started, its port answers 503 (the port opens first, so that a clash stops the start).
    const scrape = async (name: string) => {
      const r = await get(ports.get(name)!, '/metrics');
      return r.status === 200 ? parseScrape(r.body) : null;
    };
    const master = (await c.waitFor('the worker in the master\'s /metrics', () => scrape('master'),
      (s) => s !== null && valueOf(s, 'warden_workers_connected') === 1, 30_000, 250))!;
    expect(samplesOf(master, 'warden_node_info')[0].labels).toMatchObject({ node: 'master', role: 'master' });
    const worker = (await c.waitFor('the worker\'s link in /metrics', () => scrape('worker-1'),
      (s) => s !== null && (valueOf(s, 'warden_cluster_received_frames_total', { peer: 'master' }) ?? 0) > 0, 30_000, 250))!;
    expect(samplesOf(worker, 'warden_node_info')[0].labels).toMatchObject({ node: 'worker-1', role: 'worker' });
    expect(valueOf(worker, 'warden_cluster_link_up', { peer: 'master' })).toBe(1);
    expect(worker.families.get('warden_process_resident_memory_bytes')?.type).toBe('GAUGE');
    expect((await get(ports.get('worker-1')!, '/')).status).toBe(404);
  });

  test('a daemon whose metrics port is taken exits 1, naming metrics.port and the address', async () => {
    await c.stop(); // the nodes of the first test, then a lone master against a taken port
    c = new LocalCluster({ workers: 0, extraYaml: () => `metrics:\n  port: ${ports.get('master')}\n` });
    await c.configure();
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(ports.get('master'), '127.0.0.1', r));
    try {
      const r = await c.cli(['daemon', '--config', c.master.configFile]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`warden: could not start master: metrics.port: cannot listen on 127.0.0.1:${ports.get('master')} (`);
      expect(r.stderr).toContain('choose a free port, or 0 to turn metrics off');
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });
});
