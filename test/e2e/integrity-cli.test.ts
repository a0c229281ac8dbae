// The integrity sync with real processes through the `warden` CLI: a fresh worker converges to the
// master's tree; an add, a change and a delete on the master reach both workers; `ruleset` says so.
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';
import type { RulesetView } from '../../actors/integrity/ruleset-view';
import { syncedTree, writeTree } from '../integrity/helpers';

jest.setTimeout(60_000);

describe('integrity sync across real processes', () => {
  let c: LocalCluster;
  beforeAll(async () => {
    c = new LocalCluster({ workers: 2 });
    await c.configure();
  });
  afterAll(async () => { await c.stop(); });

  const same = () => c.nodes.slice(1).every((w) => JSON.stringify(syncedTree(w.dataDir)) === JSON.stringify(syncedTree(c.master.dataDir)));

  test('two fresh workers sync at once, then follow add, change and delete; ruleset reports it', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`etc/rules/d${i % 4}/r${i}.xml`] = `<rule id="${100000 + i}"/>\n`.repeat(1 + (i % 50));
    files['etc/decoders/local_decoder.xml'] = '<decoder name="x"/>\n';
    files['etc/lists/blocked'] = '10.0.0.1:\n';
    writeTree(c.master.dataDir, files);
    await c.startAll();
    await c.waitFor('both workers converge', async () => same(), (v) => v, 30_000);

    writeTree(c.master.dataDir, { 'etc/rules/added.xml': '<added/>\n', 'etc/lists/blocked': '10.0.0.9:\n' });
    fs.rmSync(path.join(c.master.dataDir, 'etc/rules/d3'), { recursive: true });
    await c.waitFor('both workers follow', async () => same(), (v) => v, 15_000);
    expect(fs.existsSync(path.join(c.node('worker-2').dataDir, 'etc/rules/added.xml'))).toBe(true);
    expect(fs.existsSync(path.join(c.node('worker-2').dataDir, 'etc/rules/d3/r3.xml'))).toBe(false);

    const view = await c.waitFor('ruleset in sync', async () => {
      const r = await c.cli(['control', '--config', c.node('worker-1').configFile, 'ruleset', '--json']);
      return r.code === 0 ? (JSON.parse(r.stdout) as RulesetView) : null;
    }, (v) => !!v && v.workers.length === 2 && v.workers.every((w) => w.in_sync), 15_000, 200);
    expect(view!.workers.map((w) => [w.name, w.rules, w.decoders, w.lists])).toEqual([['worker-1', true, true, true], ['worker-2', true, true, true]]);
    const table = await c.cli(['control', '--config', c.master.configFile, 'ruleset']);
    expect(table.stdout).toMatch(/worker-1\s*│\s*yes\s*│\s*yes\s*│\s*yes/);
    const log = fs.readFileSync(path.join(c.master.dataDir, 'logs', 'cluster.log'), 'utf8');
    expect(log).toMatch(/INFO: \[Master master\] \[Integrity sync\] \[worker-1\] Finished in \d+\.\d{3}s: \d+ missing, \d+ changed, \d+ extra\./);
  });
});
