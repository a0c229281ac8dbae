// The integrity sync between in-process nodes over real loopback TCP: a fresh worker converges, the
// master's add/change/delete reach the workers at once (watch + notice), health and ruleset report it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { syncedTree, writeTree } from '../integrity/helpers';

const ask = (t: TestNode, command: string) => askNode(controlSocketPath(t.config.dataDir), { command });

const same = (a: TestNode, b: TestNode) => JSON.stringify(syncedTree(a.config.dataDir)) === JSON.stringify(syncedTree(b.config.dataDir));

describe('integrity sync in one process', () => {
  let c: InProcCluster;
  beforeEach(() => { c = new InProcCluster(); });
  afterEach(async () => { await c.stopAll(); });

  test('workers converge to the master tree, then follow an add, a change and a delete', async () => {
    const mc = c.config('master', 'master');
    writeTree(mc.dataDir, {
      'etc/rules/local_rules.xml': '<group name="local"><rule id="100001" level="5"/></group>\n',
      'etc/decoders/local_decoder.xml': '<decoder name="local"/>\n',
      'etc/lists/bad-ips': '10.0.0.1:\n',
      'etc/shared/web/agent.conf': '<agent_config/>\n',
    });
    const m = await c.start(mc);
    const w1c = c.config('w1', 'worker');
    writeTree(w1c.dataDir, { 'etc/rules/stale.xml': 'old\n', 'etc/lists/bad-ips': 'different\n' });
    const w1 = await c.start(w1c);
    const w2 = await c.start(c.config('w2', 'worker'));
    await eventually(() => same(m, w1) && same(m, w2), (v) => v, 10_000);
    expect(syncedTree(w1.config.dataDir)['etc/rules/local_rules.xml']).toContain('100001');
    expect(syncedTree(w1.config.dataDir)['etc/rules/stale.xml']).toBeUndefined();

    // Changes on the master: noticed by the watch, pushed by the notice, well before the 10 s intervals.
    const started = Date.now();
    writeTree(mc.dataDir, { 'etc/rules/new.xml': '<group/>\n', 'etc/lists/bad-ips': '10.0.0.2:\n' });
    fs.rmSync(path.join(mc.dataDir, 'etc/shared/web'), { recursive: true });
    // Converged includes the emptied group folder gone: apply removes it just after the file, so files
    // alone can match a moment before the folder is removed.
    const webGone = (): boolean => !fs.existsSync(path.join(w1.config.dataDir, 'etc/shared/web'));
    await eventually(() => same(m, w1) && same(m, w2) && webGone(), (v) => v, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(webGone()).toBe(true);

    const health = (await ask(m, 'health')) as { workers: { name: string; integrity_sync: unknown; integrity_check: unknown }[] };
    const h1 = health.workers.find((w) => w.name === 'w1')!;
    expect(h1.integrity_check).not.toBeNull();
    expect(h1.integrity_sync).not.toBeNull();
    expect(m.log.lines.some((l) => /\[Integrity sync\] \[w1\] Finished in \d+\.\d{3}s: \d+ missing, \d+ changed, \d+ extra\./.test(l))).toBe(true);
    expect(m.log.lines.some((l) => /\[Local integrity\] Scanned/.test(l))).toBe(true);

    type Ruleset = { workers: { name: string; rules: boolean; decoders: boolean; lists: boolean; in_sync: boolean }[] };
    const rs = await eventually(async () => (await ask(w2, 'ruleset')) as Ruleset, (r) => r.workers.length === 2 && r.workers.every((w) => w.in_sync));
    expect(rs.workers.map((w) => [w.name, w.rules, w.decoders, w.lists])).toEqual([['w1', true, true, true], ['w2', true, true, true]]);
  }, 30_000);

  test('the master tree changing while a sync runs still ends converged', async () => {
    const mc = c.config('master', 'master');
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 400; i++) files[`etc/rules/d${i % 8}/r${i}.xml`] = Buffer.alloc(20_000 + i, 97 + (i % 20));
    writeTree(mc.dataDir, files);
    const m = await c.start(mc);
    const w = await c.start(c.config('w1', 'worker'));
    // As soon as the master has planned, change files it is about to send, delete some and add one.
    await eventually(() => m.log.lines.some((l) => /\[Integrity sync\] \[w1\] Plan:/.test(l)), (v) => v, 10_000, );
    const changed: Record<string, string> = { 'etc/rules/late.xml': 'late\n' };
    for (let i = 0; i < 400; i += 7) changed[`etc/rules/d${i % 8}/r${i}.xml`] = `changed ${i}\n`;
    writeTree(mc.dataDir, changed);
    for (let i = 3; i < 400; i += 50) fs.rmSync(path.join(mc.dataDir, `etc/rules/d${i % 8}/r${i}.xml`));
    // Comparing 800 files blocks the event loop for a while: compare every 300 ms, not every 20, or the
    // test itself starves the nodes' 200 ms keep-alives.
    await eventually(async () => { await new Promise((r) => setTimeout(r, 300)); return same(m, w); }, (v) => v, 15_000);
    expect(syncedTree(w.config.dataDir)['etc/rules/late.xml']).toBe('late\n');
  }, 30_000);

  test('the worker\'s own config is never overwritten, even when named like a synced file', async () => {
    const mc = c.config('master', 'master');
    writeTree(mc.dataDir, { 'etc/shared/default/own.cfg': 'from the master\n', 'etc/rules/r.xml': 'r\n' });
    const m = await c.start(mc);
    const wc = c.config('w1', 'worker');
    const own = path.join(wc.dataDir, 'etc/shared/default/own.cfg');
    writeTree(wc.dataDir, { 'etc/shared/default/own.cfg': 'worker config\n' });
    wc.configPath = own;
    const w = await c.start(wc);
    await eventually(() => fs.existsSync(path.join(wc.dataDir, 'etc/rules/r.xml')), (v) => v, 10_000);
    await eventually(() => w.log.lines.join('\n'), (l) => /own config/.test(l), 5_000);
    expect(fs.readFileSync(own, 'utf8')).toBe('worker config\n');
    void m;
  }, 20_000);
});
