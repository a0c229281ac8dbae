// A node starts whatever integrity journal a crash left: one it cannot trust is set aside (kept beside
// the staging folder and logged), one that names a file this node cannot write is replayed without it.
// Neither is a reason to stay down, nor to ask for the journal to be deleted by hand.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commitJournal, JOURNAL_VERSION } from '../../actors/integrity/journal';
import { Staging, stagingDirOf } from '../../actors/integrity/staging';
import { InProcCluster, eventually } from '../helpers/inproc';
import { md5, readTree } from '../integrity/helpers';

describe('a worker starts over a journal it cannot replay', () => {
  let c: InProcCluster;
  beforeEach(() => { c = new InProcCluster(); });
  afterEach(async () => { await c.stopAll(); });

  test('a corrupt journal is set aside and logged; the node starts and syncs', async () => {
    const m = await c.start(c.config('master', 'master'));
    fs.mkdirSync(path.join(m.config.dataDir, 'etc/rules'), { recursive: true });
    fs.writeFileSync(path.join(m.config.dataDir, 'etc/rules/r.xml'), 'r\n');
    const wc = c.config('w1', 'worker');
    const staging = stagingDirOf(wc.dataDir);
    fs.mkdirSync(staging, { recursive: true });
    fs.writeFileSync(path.join(staging, 'journal.json'), '{"sum":"torn');

    const w = await c.start(wc);
    const line = w.log.lines.find((l) => /ERROR: .*\[Integrity sync\] Set aside an integrity journal that could not be replayed/.test(l));
    expect(line).toBeDefined();
    const kept = fs.readdirSync(path.dirname(staging)).filter((n) => n.startsWith('integrity-journal.json.failed-'));
    expect(kept).toHaveLength(1);
    expect(line).toContain(kept[0]);
    expect(fs.readFileSync(path.join(path.dirname(staging), kept[0]), 'utf8')).toBe('{"sum":"torn');
    await eventually(() => readTree(wc.dataDir, 'etc/rules'), (t) => t['etc/rules/r.xml'] === 'r\n', 10_000);
  }, 20_000);

  test('a journal naming a path too long for this node is replayed without it; the node starts', async () => {
    const wc = c.config('w1', 'worker');
    // The full path passes 4096 bytes under this data_dir (the path alone fits, as on a master with a shorter one).
    const long = `etc/rules/${Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(203, 'd')).join('/')}/f.xml`;
    expect(Buffer.byteLength(path.join(wc.dataDir, long))).toBeGreaterThan(4096);
    const staging = await Staging.open({ dataDir: wc.dataDir });
    const file = (s: string) => ({ md5: md5(s), size: s.length, mode: 0o640, mtimeMs: 1_700_000_000_000 });
    const a = await staging.stage('etc/rules/a.xml', file('a'), [Buffer.from('a')]);
    const b = await staging.stage(long, file('b'), [Buffer.from('b')]);
    await commitJournal(staging.dir, { version: JOURNAL_VERSION, writes: [a, b], deletes: [], conflicts: [] });

    const w = await c.start(wc);
    expect(readTree(wc.dataDir, 'etc/rules')).toEqual({ 'etc/rules/a.xml': 'a' });
    expect(w.log.lines.some((l) => /\[Integrity sync\] Recovered an interrupted apply \(rolled forward\): 1 written, 0 deleted, 0 unverified, 1 not writable here\./.test(l))).toBe(true);
    expect(w.log.lines.some((l) => /WARNING: .*\[Integrity sync\] Could not write "etc\/rules\/0d+….*\/f\.xml" \(\d+ bytes\): ENAMETOOLONG/.test(l))).toBe(true);
    expect(fs.readdirSync(staging.dir)).toEqual([]);
  }, 20_000);
});
