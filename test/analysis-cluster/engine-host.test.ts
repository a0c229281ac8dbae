// The engine thread and its host, without a cluster: events in, archives and alerts out, a reload
// that swaps while events flow, a refused reload, and the queue's drop rule.
import { EventEmitter } from 'events';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { EngineHost } from '../../actors/analysis/engine-host';
import { startEngineThread } from '../../actors/analysis/engine-thread-start';
import { alertsPath, archivesPath } from '../../actors/node/data-dir';
import type { EngineEvent } from '../../actors/analysis/event-records';
import { eventually } from '../helpers/inproc';
import { BASE_RULES, BROKEN_RULES, markerRules, writeRules } from './fixtures';

jest.setTimeout(30_000);
const lines = (file: string) => fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
const ev = (msg: string, n = 0): EngineEvent => [Date.UTC(2025, 0, 1, 0, 0, n % 60), '001', 'web-1', '10.0.0.1', '/var/log/app.log', msg];
const silent = { info: () => undefined, warning: () => undefined, error: () => undefined };

describe('EngineHost', () => {
  let dir: string, etc: string, host: EngineHost;
  const logs: string[] = [];
  const make = (over: Partial<ConstructorParameters<typeof EngineHost>[0]> = {}) => new EngineHost({
    thread: { dirs: [etc], alertLevel: 3, records: { managerName: 'w1', cluster: { name: 'c', node: 'w1' } } },
    archivesFile: archivesPath(dir), alertsFile: alertsPath(dir),
    log: { ...silent, warning: (m) => logs.push(m) }, ...over,
  });
  const alerts = () => lines(alertsPath(dir));
  const archives = () => lines(archivesPath(dir));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-engine-'));
    etc = path.join(dir, 'etc');
    writeRules(etc, '0010-base.xml', BASE_RULES);
    writeRules(etc, 'local.xml', markerRules(['alpha']));
    logs.length = 0;
  });
  afterEach(async () => {
    await host?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('events are archived, a matching one alerts in Wazuh shape; status counts rules', async () => {
    host = make();
    host.submit(ev('nothing here'));
    host.submit(ev('an alpha event', 1));
    await eventually(() => archives().length, (n) => n === 2);
    await eventually(() => alerts().length, (n) => n === 1);
    expect(alerts()[0]).toMatchObject({
      rule: { id: '100100', level: 5, description: 'marker alpha' }, agent: { id: '001', name: 'web-1', ip: '10.0.0.1' },
      manager: { name: 'w1' }, cluster: { name: 'c', node: 'w1' }, full_log: 'an alpha event', location: '/var/log/app.log',
      timestamp: '2025-01-01T00:00:01.000Z',
    });
    expect(host.status()).toMatchObject({ state: 'running', rules: 2, generation: 1, errors: 0, events: 2, alerts: 1, dropped: 0, last_reload: null });
  });

  test('a reload swaps in the new rules while events keep flowing; none is lost', async () => {
    host = make();
    await eventually(() => host.status().state, (s) => s === 'running');
    writeRules(etc, 'local.xml', markerRules(['alpha', 'beta']));
    let sent = 0;
    const feeder = setInterval(() => { for (let i = 0; i < 50; i++) host.submit(ev(`beta ${sent++}`, sent)); }, 2);
    await host.reload();
    await new Promise((r) => setTimeout(r, 50));
    clearInterval(feeder);
    await eventually(() => archives().length, (n) => n === sent);
    const st = host.status();
    expect(st).toMatchObject({ generation: 2, rules: 3, dropped: 0, last_reload: { ok: true } });
    expect(sent).toBeGreaterThan(100);
    // Events analysed after the swap fire the new rule; alert ids stay unique across the two engines.
    const after = alerts();
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((a) => a.rule.id === '100101')).toBe(true);
    expect(new Set(after.map((a) => a.id.split('.')[1])).size).toBe(after.length);
  });

  test('a broken ruleset is refused: the old engine goes on, the status says why', async () => {
    host = make();
    await eventually(() => host.status().state, (s) => s === 'running');
    writeRules(etc, 'local.xml', markerRules(['alpha', 'beta']));
    writeRules(etc, 'broken.xml', BROKEN_RULES);
    await host.reload();
    const st = host.status();
    expect(st).toMatchObject({ state: 'running', rules: 2, generation: 1, last_reload: { ok: false } });
    expect(st.last_reload!.error).toMatch(/1 errors in the new ruleset/);
    expect(st.last_reload!.problems![0]).toMatch(/broken\.xml:4: malformed XML/);
    expect(logs.some((l) => /reload refused/.test(l))).toBe(true);
    host.submit(ev('alpha again'));
    host.submit(ev('beta too'));
    await eventually(() => alerts().map((a) => a.rule.id), (ids) => ids.length === 1 && ids[0] === '100100');
    // Fixing the file lets the next reload through.
    fs.rmSync(path.join(etc, 'rules', 'broken.xml'));
    await host.reload();
    expect(host.status()).toMatchObject({ generation: 2, rules: 3, last_reload: { ok: true } });
  });

  test('with its thread data given as a function, each build asks it again: a reload can move to other folders, and the status says which', async () => {
    const other = path.join(dir, 'installed');
    writeRules(other, '0010-base.xml', BASE_RULES);
    writeRules(other, 'more.xml', markerRules(['alpha', 'beta', 'gamma']));
    let choice: { source: 'builtin' | 'installed'; dirs: string[] } = { source: 'builtin', dirs: [etc] };
    host = make({ thread: () => ({ ...choice, alertLevel: 3, records: { managerName: 'w1' } }) });
    await eventually(() => host.status().state, (s) => s === 'running');
    expect(host.status()).toMatchObject({ ruleset: 'builtin', rules: 2 });
    choice = { source: 'installed', dirs: [other] };
    await host.reload();
    expect(host.status()).toMatchObject({ ruleset: 'installed', rules: 4, generation: 2, last_reload: { ok: true } });
  });

  test('past maxQueued events, new ones are dropped and counted; queued ones are analysed', async () => {
    host = make({ maxQueued: 5, batchSize: 2 });
    const taken = Array.from({ length: 12 }, (_, i) => host.submit(ev(`alpha ${i}`, i)));
    expect(taken.filter(Boolean).length).toBe(5);
    await eventually(() => archives().length, (n) => n === 5);
    expect(host.status()).toMatchObject({ dropped: 7, events: 5, alerts: 5, queued: 0 });
  });

  test('a first thread that dies before building leaves state failed; the next reload starts a fresh one', async () => {
    let starts = 0;
    host = make({ start: (d) => (starts++ === 0 ? new Worker('throw new Error("boom")', { eval: true }) : startEngineThread(d)) });
    host.submit(ev('alpha queued while failing'));
    await eventually(() => host.status().state, (s) => s === 'failed');
    await host.reload();
    expect(host.status()).toMatchObject({ state: 'running', rules: 2, generation: 1 });
    await eventually(() => alerts().length, (n) => n === 1);
  });

  test('deferStart: no thread until the first reload, which resolves once that engine runs; start() starts one at most', async () => {
    let starts = 0;
    const counted = (d: Parameters<typeof startEngineThread>[0]) => { starts++; return startEngineThread(d); };
    host = make({ deferStart: true, start: counted });
    host.submit(ev('an alpha event before any engine'));
    await new Promise((r) => setTimeout(r, 100));
    expect(starts).toBe(0);
    expect(host.status()).toMatchObject({ state: 'loading', rules: 0, generation: 0, queued: 1 });
    await host.reload();
    expect(starts).toBe(1);
    expect(host.status()).toMatchObject({ state: 'running', rules: 2, generation: 1 });
    host.start(); // already running: nothing more
    expect(starts).toBe(1);
    await eventually(() => alerts().length, (n) => n === 1); // the event queued meanwhile is analysed
  });

  test('deferStart: start() loads the ruleset without a reload', async () => {
    host = make({ deferStart: true });
    host.start();
    await eventually(() => host.status().state, (st) => st === 'running');
    expect(host.status()).toMatchObject({ rules: 2, generation: 1 });
  });

  test('close analyses what is queued before the files close', async () => {
    host = make();
    for (let i = 0; i < 1000; i++) host.submit(ev(`x ${i}`, i));
    await eventually(() => host.status().state, (s) => s === 'running');
    await host.close();
    expect(archives().length).toBe(1000);
  });
  // The master reloads on its own rule changes, so a node may stop while a new engine is being built.
  test('a new engine that reports ready after close() is ignored, not a crash of the node', async () => {
    class FakeThread extends EventEmitter {
      postMessage(): void {}
      async terminate(): Promise<number> { return 0; }
    }
    const threads: FakeThread[] = [];
    host = make({ start: () => { const t = new FakeThread(); threads.push(t); return t as unknown as Worker; } });
    const ready = (rules: number) => ({ type: 'ready', rules, errors: [], errorCount: 0, warnings: 0, ms: 1 });
    threads[0].emit('message', ready(2));
    const reloaded = host.reload();
    expect(threads).toHaveLength(2); // the new engine is building
    await host.close();
    await reloaded;
    expect(() => threads[1].emit('message', ready(3))).not.toThrow();
    expect(host.status()).toMatchObject({ generation: 1, rules: 0, reloading: false });
  });
});
