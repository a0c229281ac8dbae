// The /metrics port on its own (any scrape function behind it), and the node's exposition (families
// through a per-node prom-client registry), over real loopback HTTP.
import * as http from 'http';
import * as net from 'net';
import { MetricsExposition } from '../../actors/metrics/exposition';
import { MetricsServer, type MetricsServerOptions } from '../../actors/metrics/metrics-server';
import type { MetricFamily } from '../../actors/metrics/metric-families';
import { parseScrape, valueOf } from '../helpers/prometheus-text';

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

function request(port: number, path: string, opts: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** What a raw socket gets back: the bytes until the server closes it. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(bytes));
    let got = '';
    s.on('data', (c) => (got += c.toString()));
    s.on('close', () => resolve(got));
    s.on('error', reject);
  });
}

describe('MetricsServer', () => {
  let server: MetricsServer | null = null;
  const sockets: net.Socket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await server?.close();
    server = null;
  });
  async function start(over: Partial<MetricsServerOptions> = {}): Promise<number> {
    server = new MetricsServer({ host: '127.0.0.1', port: 0, contentType: 'text/plain; version=0.0.4; charset=utf-8', scrape: async () => 'up 1\n', ...over });
    return (await server.listen()).port;
  }

  test('GET /metrics is the scrape, a query string aside; every other path is 404', async () => {
    let scrapes = 0;
    const port = await start({ scrape: async () => `scrapes ${++scrapes}\n` });
    const r = await request(port, '/metrics');
    expect(r).toMatchObject({ status: 200, body: 'scrapes 1\n' });
    expect(r.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect((await request(port, '/metrics?name[]=up')).body).toBe('scrapes 2\n');
    for (const path of ['/', '/metrics/', '/metricsx', '/Metrics', '/../metrics', '/favicon.ico']) {
      const other = await request(port, path);
      expect([path, other.status]).toEqual([path, 404]);
      expect(other.body).toContain('GET /metrics');
    }
    expect(scrapes).toBe(2);
  });

  test('another method is 405, a body is 413, and neither reaches the scrape', async () => {
    let scrapes = 0;
    const port = await start({ scrape: async () => { scrapes++; return ''; } });
    const post = await request(port, '/metrics', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
    expect((await request(port, '/metrics', { method: 'DELETE' })).status).toBe(405);
    const withBody = await request(port, '/metrics', { body: 'a'.repeat(10_000), headers: { 'Content-Length': '10000' } });
    expect(withBody.status).toBe(413);
    expect(scrapes).toBe(0);
  });

  test('a failed scrape is a 503 naming why; the server serves the next one', async () => {
    let fail = true;
    const port = await start({ scrape: async () => { if (fail) throw new Error('the registry is gone'); return 'ok 1\n'; } });
    expect(await request(port, '/metrics')).toMatchObject({ status: 503, body: 'Metrics unavailable: the registry is gone\n' });
    fail = false;
    expect(await request(port, '/metrics')).toMatchObject({ status: 200, body: 'ok 1\n' });
  });

  test('oversized headers and garbage get a short answer and a closed socket', async () => {
    const port = await start({ limits: { maxHeaderBytes: 1024 } });
    expect(await rawExchange(port, `GET /metrics HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(4096)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431 /);
    expect(await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect((await request(port, '/metrics')).status).toBe(200);
  });

  test('connections past the cap are closed at accept; a silent one is closed at the header deadline', async () => {
    const port = await start({ limits: { maxConnections: 1, headersTimeoutMs: 300, requestTimeoutMs: 300 } });
    const holder = net.connect(port, '127.0.0.1');
    holder.resume(); // read what comes, so that its end is seen
    sockets.push(holder);
    await new Promise((r) => holder.once('connect', r));
    // The holder sends nothing: the cap is reached, the next connection is dropped unanswered.
    await new Promise((r) => setTimeout(r, 50));
    expect(await rawExchange(port, 'GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n')).toBe('');
    // The silent holder is cut by the deadline, and the port serves again.
    await new Promise((r) => holder.once('close', r));
    expect((await request(port, '/metrics')).status).toBe(200);
  });

  test('a taken port is an error of listen(), for the node to name', async () => {
    const first = new MetricsServer({ host: '127.0.0.1', port: 0, contentType: 'text/plain', scrape: async () => '' });
    const port = (await first.listen()).port;
    try {
      const second = new MetricsServer({ host: '127.0.0.1', port, contentType: 'text/plain', scrape: async () => '' });
      await expect(second.listen()).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

describe('MetricsExposition', () => {
  const family = (name: string, value: number): MetricFamily => ({ name, help: `the ${name} figure`, type: 'counter', samples: [{ labels: { node: 'n' }, value }] });

  test('families are rendered as Prometheus text, with the process metrics under the warden_ prefix', async () => {
    const e = new MetricsExposition({ processMetrics: true });
    const hist: MetricFamily = {
      name: 'warden_x_seconds', help: 'x', type: 'histogram',
      samples: [
        { suffix: '_bucket', labels: { path: '/a "quoted"\\', le: '0.1' }, value: 1 },
        { suffix: '_bucket', labels: { path: '/a "quoted"\\', le: '+Inf' }, value: 2 },
        { suffix: '_sum', labels: { path: '/a "quoted"\\' }, value: 0.75 },
        { suffix: '_count', labels: { path: '/a "quoted"\\' }, value: 2 },
      ],
    };
    const s = parseScrape(await e.render([family('warden_a_total', 3), hist]));
    expect(s.families.get('warden_a_total')).toMatchObject({ type: 'COUNTER', help: 'the warden_a_total figure' });
    expect(valueOf(s, 'warden_a_total', { node: 'n' })).toBe(3);
    expect(s.families.get('warden_x_seconds')?.type).toBe('HISTOGRAM');
    expect(valueOf(s, 'warden_x_seconds', { path: '/a "quoted"\\' })).toBe(2);
    expect(s.families.get('warden_process_cpu_user_seconds_total')?.type).toBe('COUNTER');
    expect(s.families.has('warden_nodejs_eventloop_lag_seconds')).toBe(true);
    expect(e.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  test('each exposition has its own registry: two nodes in one process never share a series', async () => {
    const a = new MetricsExposition({ processMetrics: false });
    const b = new MetricsExposition({ processMetrics: false });
    const sa = parseScrape(await a.render([family('warden_a_total', 1)]));
    const sb = parseScrape(await b.render([family('warden_a_total', 2), family('warden_b_total', 5)]));
    expect(valueOf(sa, 'warden_a_total', { node: 'n' })).toBe(1);
    expect(valueOf(sb, 'warden_a_total', { node: 'n' })).toBe(2);
    expect(sa.families.has('warden_b_total')).toBe(false);
    expect(sa.families.has('warden_process_cpu_user_seconds_total')).toBe(false);
  });

  test('each scrape shows its own values; a family left out of a scrape has no samples in it', async () => {
    const e = new MetricsExposition({ processMetrics: false });
    await e.render([family('warden_a_total', 1), family('warden_gone_total', 9)]);
    const text = await e.render([family('warden_a_total', 4)]);
    expect(valueOf(parseScrape(text), 'warden_a_total', { node: 'n' })).toBe(4);
    expect(text).toContain('# TYPE warden_gone_total counter');
    expect(text).not.toMatch(/^warden_gone_total/m);
  });
});
