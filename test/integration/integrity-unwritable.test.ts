// A worker that cannot write some of the master's files, in one process over loopback TCP: the files
// it can write arrive, later changes still arrive, the integrity loop never fails and the link never
// drops; the worker's cluster.log names each file and why (once, not at every sync), the master's
// `health` counts them and `ruleset` lists them. Once a file can be written, it arrives.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import type { WorkerHealth } from '../../actors/master/cluster-views';
import type { RulesetView } from '../../actors/integrity/ruleset-view';
import type { ActorInfo } from '../../actors/supervision/registry';
import { chattrWorks } from '../helpers/chattr';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { readTree, writeTree } from '../integrity/helpers';

const CHATTR = chattrWorks();
const withChattr = CHATTR ? test : test.skip;
if (!CHATTR) console.warn('integrity-unwritable: chattr +i is not available here (needs CAP_LINUX_IMMUTABLE); the immutable-folder test is skipped');

/**
 * A path whose full path is 4090 bytes under the master's data_dir: over 4096 under the worker's, 40
 * bytes longer (not more: the control socket's path must stay under 108 bytes).
 */
function deepUnder(masterDir: string): string {
  let rel = 'etc/rules';
  const want = 4090 - Buffer.byteLength(masterDir) - 1 - '/long.xml'.length;
  for (let i = 0; rel.length < want; i++) rel += '/' + `${i}`.padEnd(Math.min(200, want - rel.length - 1), 'd');
  return `${rel}/long.xml`;
}
const INTEGRITY = '/w1/dialer/master/integrity';
const CONN = '/w1/dialer/master';

const ask = (t: TestNode, command: string) => askNode(controlSocketPath(t.config.dataDir), { command });
const health = async (m: TestNode): Promise<WorkerHealth | undefined> =>
  ((await ask(m, 'health')) as { workers: WorkerHealth[] }).workers.find((w) => w.name === 'w1');
const rulesetOf = async (m: TestNode) => ((await ask(m, 'ruleset')) as RulesetView).workers.find((w) => w.name === 'w1');
const actor = async (t: TestNode, p: string): Promise<ActorInfo | undefined> =>
  ((await ask(t, 'actors')) as { actors: ActorInfo[] }).actors.find((a) => a.path === p);
const count = (lines: string[], re: RegExp): number => lines.filter((l) => re.test(l)).length;

describe('a worker that cannot write some files', () => {
  let c: InProcCluster;
  const immutable: string[] = [];
  beforeEach(() => { c = new InProcCluster(); });
  afterEach(async () => {
    for (const p of immutable.splice(0)) execFileSync('chattr', ['-i', p]);
    await c.stopAll();
  });

  async function start(files: Record<string, string>, prepareWorker?: (dataDir: string) => void) {
    const mc = c.config('master', 'master');
    writeTree(mc.dataDir, files);
    const m = await c.start(mc);
    const wc = c.config('w1', 'worker', {}, { integrity: 300 });
    wc.dataDir = path.join(c.dir, `w1-${'x'.repeat(40)}`);
    prepareWorker?.(wc.dataDir);
    const w = await c.start(wc);
    return { m, w, mc, wc };
  }

  test('a path too long on the worker: skipped, reported, the rest and later changes arrive, no failure', async () => {
    const DEEP = deepUnder(path.join(c.dir, 'master'));
    const { m, w, mc, wc } = await start({ [DEEP]: 'deep', 'etc/rules/ok.xml': 'ok', 'etc/lists/bad-ips': '10.0.0.1:' });
    expect(Buffer.byteLength(path.join(mc.dataDir, DEEP))).toBeLessThan(4096);
    expect(Buffer.byteLength(path.join(wc.dataDir, DEEP))).toBeGreaterThan(4096);
    await eventually(() => readTree(wc.dataDir), (t) => t['etc/rules/ok.xml'] === 'ok' && t['etc/lists/bad-ips'] === '10.0.0.1:', 10_000);

    // The master's health counts it, its ruleset view names it.
    const h = await eventually(() => health(m), (x) => (x?.integrity_sync?.unwritable as number | undefined) === 1, 10_000);
    expect(h!.connected).toBe(true);
    const rs = await eventually(() => rulesetOf(m), (x) => (x?.unwritable ?? 0) === 1, 10_000);
    expect(rs!.in_sync).toBe(false);
    expect(rs!.unwritable_files).toEqual([{ path: expect.stringMatching(/^etc\/rules\/0d+….*\/long\.xml$/), reason: expect.stringMatching(/^ENAMETOOLONG/) }]);

    // Later changes still arrive, and every sync tries the long one again without failing.
    writeTree(mc.dataDir, { 'etc/rules/later.xml': 'later' });
    await eventually(() => readTree(wc.dataDir)['etc/rules/later.xml'], (v) => v === 'later', 10_000);
    const syncs = (): number => count(w.log.lines, /\[Integrity sync\] Finished in .*1 not writable here\)\./);
    const seen = syncs();
    await eventually(() => syncs(), (n) => n >= seen + 2, 10_000);

    // One clear line on each side, not one per sync; the loop never failed, the link never dropped.
    expect(count(w.log.lines, /WARNING: .*\[Integrity sync\] Could not write "etc\/rules\/0d+….*\/long\.xml" \(\d+ bytes\): ENAMETOOLONG: .*tried again at each sync/)).toBe(1);
    expect(count(m.log.lines, /WARNING: .*\[Integrity sync\] \[w1\] The worker could not write "etc\/rules\/0d+….*\/long\.xml": ENAMETOOLONG/)).toBe(1);
    expect(await actor(w, INTEGRITY)).toMatchObject({ restarts: 0, lastError: null });
    expect(await actor(w, CONN)).toMatchObject({ restarts: 0, lastError: null });
    expect(count(m.log.lines, /Worker w1 disconnected/)).toBe(0);
  }, 40_000);

  withChattr('an immutable folder on the worker: skipped and reported until it is writable, then the files arrive', async () => {
    const { m, w, mc, wc } = await start(
      { 'etc/rules/ok.xml': 'ok', 'etc/rules/locked/new.xml': 'new', 'etc/rules/locked/changed.xml': 'from the master' },
      (dataDir) => {
        writeTree(dataDir, { 'etc/rules/locked/changed.xml': 'old', 'etc/rules/locked/extra.xml': 'extra' });
        const locked = path.join(dataDir, 'etc/rules/locked');
        execFileSync('chattr', ['+i', locked]);
        immutable.push(locked);
      });
    await eventually(() => readTree(wc.dataDir)['etc/rules/ok.xml'], (v) => v === 'ok', 10_000);
    const rs = await eventually(() => rulesetOf(m), (x) => (x?.unwritable ?? 0) === 3, 10_000);
    expect(rs!.unwritable_files.map((f) => f.path).sort()).toEqual(['etc/rules/locked/changed.xml', 'etc/rules/locked/extra.xml', 'etc/rules/locked/new.xml']);
    for (const f of rs!.unwritable_files) expect(f.reason).toMatch(/^EPERM/);
    expect(readTree(wc.dataDir, 'etc/rules/locked')).toEqual({ 'etc/rules/locked/changed.xml': 'old', 'etc/rules/locked/extra.xml': 'extra' });
    expect(count(w.log.lines, /WARNING: .*Could not write "etc\/rules\/locked\/new\.xml": EPERM/)).toBe(1);

    // Writable again: the next sync brings them, the reports clear.
    const locked = path.join(wc.dataDir, 'etc/rules/locked');
    execFileSync('chattr', ['-i', locked]);
    immutable.splice(immutable.indexOf(locked), 1);
    await eventually(() => JSON.stringify(readTree(wc.dataDir, 'etc/rules')) === JSON.stringify(readTree(mc.dataDir, 'etc/rules')), (v) => v, 10_000);
    await eventually(() => rulesetOf(m), (x) => !!x && x.in_sync && x.unwritable === 0 && x.unwritable_files.length === 0, 10_000);
    await eventually(() => health(m), (x) => x?.integrity_sync?.unwritable === 0, 10_000);
    expect(await actor(w, INTEGRITY)).toMatchObject({ restarts: 0, lastError: null });
  }, 40_000);
});
