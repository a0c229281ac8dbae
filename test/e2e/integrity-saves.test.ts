// Saves the way editors, deploy tools and git make them, on the master of a real cluster (processes
// started through the `warden` CLI), with every rescan 10 s apart as in production: each change must be
// found by the master's watch (its log says why each scan ran) and be on every worker well before the
// rescan could have run. A file replaced by a rename was lost to the watch until the next rescan.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';
import { syncedTree, writeTree } from '../integrity/helpers';

jest.setTimeout(180_000);

const INTERVAL = '10s';
/** Half the rescan interval: a change the watch missed would wait for the rescan. A bound, not a speed. */
const DEADLINE_MS = 5_000;
const HUNDRED = Array.from({ length: 100 }, (_, i) => `etc/rules/set-${i % 4}/rule-${i}.xml`);

describe('saves on the master reach every worker through the watch', () => {
  let c: LocalCluster;
  beforeAll(async () => {
    c = new LocalCluster({ workers: 2, intervals: { integrity: INTERVAL, local_integrity: INTERVAL } });
    await c.configure();
    writeTree(c.master.dataDir, {
      ...Object.fromEntries(HUNDRED.map((p, i) => [p, `<group name="r${i}"/>\n`])),
      'etc/shared/web/conf/agent.conf': '<agent_config/>\n',
      'etc/shared/web/conf/extra.conf': 'extra\n',
      'etc/shared/db/agent.conf': '<agent_config/>\n',
    });
    c.start('master', ['--debug']); // its scans that found nothing new are logged too, with their cause
    c.start('worker-1');
    c.start('worker-2');
    await c.waitFor('both workers in sync at start', async () => converged(), (v) => v, 60_000, 100);
  });
  afterAll(async () => { await c.stop(); });

  const abs = (rel: string) => path.join(c.master.dataDir, ...rel.split('/'));
  const converged = () => {
    const want = JSON.stringify(syncedTree(c.master.dataDir));
    return c.nodes.slice(1).every((w) => JSON.stringify(syncedTree(w.dataDir)) === want);
  };
  /**
   * The master's scans that ran because its watch heard a change. One that found nothing new counts too:
   * a scheduled rescan may run inside the watch's debounce and publish the change first.
   */
  const watchScans = () => (fs.readFileSync(path.join(c.master.dataDir, 'logs', 'cluster.log'), 'utf8')
    .match(/\[Local integrity\] Scanned \d+ files (\(\d+ hashed\) )?in [\d.]+s after a watch event/g) ?? []).length;

  /** Makes a change on the master: the watch must find it, and every worker must hold it within the deadline. */
  async function reachesEveryWorker(what: string, change: () => void | Promise<void>): Promise<void> {
    const scans = watchScans();
    const before = JSON.stringify(syncedTree(c.master.dataDir));
    await change();
    // The change is real. (Not "the workers lack it yet": a sync can finish while a slow git still runs.)
    expect(JSON.stringify(syncedTree(c.master.dataDir))).not.toBe(before);
    await c.waitFor(`${what} on every worker`, async () => converged(), (v) => v, DEADLINE_MS, 20);
    expect(watchScans()).toBeGreaterThan(scans);
  }

  /** Replaces each file by renaming over it a file written outside the synced folders (a new inode each time). */
  function replaceByRename(rels: readonly string[], tag: string): void {
    const temp = fs.mkdtempSync(path.join(c.master.dataDir, 'queue', 'saves-'));
    rels.forEach((rel, i) => {
      fs.writeFileSync(path.join(temp, String(i)), `<group name="${tag} ${i}"/>\n`);
      fs.renameSync(path.join(temp, String(i)), abs(rel));
    });
    fs.rmSync(temp, { recursive: true });
  }

  test('the same 100 files replaced by rename five times in a row', async () => {
    for (let round = 1; round <= 5; round++) {
      await reachesEveryWorker(`rename round ${round}`, () => replaceByRename(HUNDRED, `round ${round}`));
    }
    // And a plain write of a file that was replaced five times.
    await reachesEveryWorker('a write in place after the renames', () => fs.appendFileSync(abs(HUNDRED[0]), '<!-- edited -->\n'));
  });

  test('a vim-style save: the old file renamed to a backup, the new one written, the backup removed', async () => {
    const rel = HUNDRED[1];
    await reachesEveryWorker('the vim save', () => {
      fs.renameSync(abs(rel), `${abs(rel)}~`);
      fs.writeFileSync(abs(rel), '<group name="saved by vim"/>\n');
      fs.rmSync(`${abs(rel)}~`);
    });
    await reachesEveryWorker('the next vim save', () => {
      fs.renameSync(abs(rel), `${abs(rel)}~`);
      fs.writeFileSync(abs(rel), '<group name="saved by vim again"/>\n');
      fs.rmSync(`${abs(rel)}~`);
    });
  });

  test('git checkout of another branch of a rules folder', async () => {
    const work = abs('etc/rules/from-git');
    const gitDir = path.join(c.dir, 'rules.git'); // the repository lives outside the synced folders
    const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, '--work-tree', work, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { stdio: 'pipe' });
    // Two branches; main checked out. Several git runs, so the workers may follow the steps: wait for the end.
    fs.mkdirSync(work, { recursive: true });
    git('init', '-q', '-b', 'main');
    writeTree(c.master.dataDir, { 'etc/rules/from-git/a.xml': '<group name="a main"/>\n', 'etc/rules/from-git/b.xml': '<group name="b main"/>\n' });
    git('add', '-A');
    git('commit', '-q', '-m', 'main');
    git('checkout', '-q', '-b', 'other');
    writeTree(c.master.dataDir, { 'etc/rules/from-git/a.xml': '<group name="a other"/>\n', 'etc/rules/from-git/sub/c.xml': '<group name="c other"/>\n' });
    fs.rmSync(path.join(work, 'b.xml'));
    git('add', '-A');
    git('commit', '-q', '-m', 'other');
    git('checkout', '-q', 'main');
    await c.waitFor('the main branch on every worker', async () => converged(), (v) => v, DEADLINE_MS, 20);

    await reachesEveryWorker('git checkout other', () => { git('checkout', '-q', 'other'); });
    expect(fs.readFileSync(path.join(c.node('worker-2').dataDir, 'etc/rules/from-git/sub/c.xml'), 'utf8')).toBe('<group name="c other"/>\n');
    expect(fs.existsSync(path.join(c.node('worker-2').dataDir, 'etc/rules/from-git/b.xml'))).toBe(false);
    await reachesEveryWorker('git checkout main', () => { git('checkout', '-q', 'main'); });
    expect(fs.existsSync(path.join(c.node('worker-1').dataDir, 'etc/rules/from-git/b.xml'))).toBe(true);
  });

  test('mkdir -p of a new group with files, then an edit deep inside it', async () => {
    await reachesEveryWorker('the new group', () => {
      execFileSync('mkdir', ['-p', abs('etc/shared/new-group/conf.d')]);
      writeTree(c.master.dataDir, { 'etc/shared/new-group/agent.conf': '<agent_config/>\n', 'etc/shared/new-group/conf.d/x.conf': 'x\n' });
    });
    await reachesEveryWorker('an edit in the new group\'s subfolder', () => fs.appendFileSync(abs('etc/shared/new-group/conf.d/x.conf'), 'more\n'));
  });

  test('a folder moved from one group to another, then edited there', async () => {
    await reachesEveryWorker('the move', () => fs.renameSync(abs('etc/shared/web/conf'), abs('etc/shared/db/conf')));
    expect(fs.existsSync(path.join(c.node('worker-1').dataDir, 'etc/shared/db/conf/extra.conf'))).toBe(true);
    await reachesEveryWorker('an edit in the moved folder', () => fs.appendFileSync(abs('etc/shared/db/conf/extra.conf'), 'moved\n'));
  });
});
