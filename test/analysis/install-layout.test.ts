// `warden ruleset install`, pure parts: which files of a folder form the ruleset (and what is left out
// or wrong), and the progress shown on a large copy.
import { planLayout, type ListedEntry } from '../../analysis/install/layout';
import { isLargeCopy, progressStep, progressText, PROGRESS_START, type ProgressState } from '../../analysis/install/progress';

const dir = (rel: string): ListedEntry => ({ rel, kind: 'folder' });
const file = (rel: string, size = 10): ListedEntry => ({ rel, kind: 'file', size });
const RULESET_TOP = [dir('rules'), dir('decoders'), dir('lists')];

describe('planLayout', () => {
  test('a Wazuh source checkout: rules, decoders and lists installed; README and testing/ reported', () => {
    const l = planLayout([...RULESET_TOP, file('README.md'), dir('testing')], [
      file('rules/0095-sshd_rules.xml', 100), file('decoders/0310-ssh_decoders.xml', 50),
      file('lists/audit-keys', 5), dir('lists/amazon'), file('lists/amazon/aws-sources', 7),
    ]);
    expect(l.errors).toEqual([]);
    expect(l.files).toEqual([
      { rel: 'decoders/0310-ssh_decoders.xml', size: 50 }, { rel: 'lists/amazon/aws-sources', size: 7 },
      { rel: 'lists/audit-keys', size: 5 }, { rel: 'rules/0095-sshd_rules.xml', size: 100 },
    ]);
    expect(l.skipped).toEqual([
      { path: 'README.md', reason: 'not part of a ruleset (rules/, decoders/, lists/)' },
      { path: 'testing', reason: 'not part of a ruleset (rules/, decoders/, lists/)' },
    ]);
  });

  test('a Wazuh install\'s ruleset folder: no lists/ is fine, sca/ is reported', () => {
    const l = planLayout([dir('rules'), dir('decoders'), dir('sca')], [file('rules/0010-rules_config.xml'), file('decoders/0005-wazuh_decoders.xml')]);
    expect(l.errors).toEqual([]);
    expect(l.files.map((f) => f.rel)).toEqual(['decoders/0005-wazuh_decoders.xml', 'rules/0010-rules_config.xml']);
    expect(l.skipped.map((s) => s.path)).toEqual(['sca']);
  });

  test.each<[string, ListedEntry, string | null]>([
    ['a rules file', file('rules/local.xml'), null],
    ['a decoders file', file('decoders/local.xml'), null],
    ['a text list, deep', file('lists/a/b/c'), null],
    ['not .xml in rules/', file('rules/notes.txt'), 'not a .xml file: the loader reads rules/*.xml only'],
    ['not .xml in decoders/', file('decoders/x.xml.bak'), 'not a .xml file: the loader reads decoders/*.xml only'],
    ['a subfolder of rules/', dir('rules/old'), 'a folder: the loader reads rules/*.xml only, not what is below'],
    ['a symlink in rules/', { rel: 'rules/l.xml', kind: 'symlink' }, 'a symlink: only regular files are installed'],
    ['a FIFO in decoders/', { rel: 'decoders/f.xml', kind: 'other' }, 'a special file: only regular files are installed'],
    ['a symlink in lists/', { rel: 'lists/l', kind: 'symlink' }, 'a symlink: only regular files are installed'],
    ['a compiled list', file('lists/audit-keys.cdb'), 'a compiled CDB list: Warden reads the text list it was built from'],
    ['a hidden list', file('lists/.hidden'), 'a hidden name: the loader skips it'],
    ['a hidden folder in lists/', dir('lists/.git'), 'a hidden name: the loader skips it'],
    ['an editor backup in lists/', file('lists/blocked~'), 'a name that is never synced (an editor, temporary or node-local file)'],
    ['a lock file in lists/', file('lists/x.lock'), 'a name that is never synced (an editor, temporary or node-local file)'],
    ['a swap file in rules/', file('rules/.a.xml.swp'), 'not a .xml file: the loader reads rules/*.xml only'],
    ['a node config name in lists/', file('lists/ossec.conf'), 'a name that is never synced (an editor, temporary or node-local file)'],
  ])('%s', (_name, entry, reason) => {
    const l = planLayout(RULESET_TOP, [file('rules/base.xml'), entry]);
    expect(l.errors).toEqual([]);
    if (reason === null) {
      expect(l.files.map((f) => f.rel)).toContain(entry.rel);
      expect(l.skipped).toEqual([]);
    } else {
      expect(l.files.map((f) => f.rel)).not.toContain(entry.rel);
      expect(l.skipped).toEqual([{ path: entry.rel, reason }]);
    }
  });

  test('files below a subfolder of rules/ are neither installed nor listed one by one (the folder is)', () => {
    const l = planLayout(RULESET_TOP, [file('rules/base.xml'), dir('rules/old'), file('rules/old/a.xml'), file('decoders/old/b.xml')]);
    expect(l.files.map((f) => f.rel)).toEqual(['rules/base.xml']);
    expect(l.skipped.map((s) => s.path)).toEqual(['rules/old']);
  });

  test('a name a worker would refuse is left out: every installed file passes the sync\'s path guard', () => {
    const l = planLayout(RULESET_TOP, [file('rules/base.xml'), file('lists/bad\nname'), file(`lists/${'n'.repeat(256)}`)]);
    expect(l.files.map((f) => f.rel)).toEqual(['rules/base.xml']);
    expect(l.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^a name the sync refuses \(.*control character\)$/), expect.stringMatching(/longer than 255 bytes/)]);
  });

  test.each<[string, ListedEntry[], ListedEntry[], string[]]>([
    ['an empty folder', [], [], ['no rules/ folder: a ruleset holds rules/ and decoders/ (and lists/)', 'no decoders/ folder: a ruleset holds rules/ and decoders/ (and lists/)']],
    ['no decoders/', [dir('rules')], [file('rules/a.xml')], ['no decoders/ folder: a ruleset holds rules/ and decoders/ (and lists/)']],
    ['rules is a file', [file('rules'), dir('decoders')], [], ['rules is a file, not a folder']],
    ['lists is a dangling symlink', [...RULESET_TOP.slice(0, 2), { rel: 'lists', kind: 'symlink' }], [file('rules/a.xml')], ['lists is a symlink, not a folder']],
    ['rules/ with no .xml', RULESET_TOP, [file('rules/README'), file('decoders/d.xml')], ['rules/ holds no .xml file']],
  ])('refused: %s', (_name, top, inside, errors) => {
    expect(planLayout(top, inside).errors).toEqual(errors);
  });
});

describe('progress', () => {
  test.each<[number, number, boolean]>([[10, 1024, false], [99, 4 * 1024 * 1024 - 1, false], [100, 0, true], [1, 4 * 1024 * 1024, true]])(
    'isLargeCopy(%i files, %i bytes) is %s', (files, bytes, want) => { expect(isLargeCopy(files, bytes)).toBe(want); });

  test.each<[number, number, number, number, string]>([
    [120, 393, 1258291, 4299161, 'Copying the ruleset: 120/393 files, 1.2/4.1 MB (29%)'],
    [393, 393, 4299161, 4299161, 'Copying the ruleset: 393/393 files, 4.1/4.1 MB (100%)'],
    [5, 10, 0, 0, 'Copying the ruleset: 5/10 files, 0.0/0.0 MB (50%)'],
  ])('progressText(%i/%i, %i/%i)', (f, tf, b, tb, want) => { expect(progressText(f, tf, b, tb)).toBe(want); });

  /** Runs a copy of `total` equal files, one step every `everyMs`, and returns what was written. */
  function run(tty: boolean, total: number, everyMs: number): string[] {
    let s: ProgressState = PROGRESS_START;
    const out: string[] = [];
    for (let i = 1; i <= total; i++) {
      const step = progressStep(s, tty, i * everyMs, i, total, i * 1000, total * 1000);
      s = step.state;
      if (step.write) out.push(step.write);
    }
    return out;
  }

  test('on a terminal: the line is redrawn in place at most every 100 ms, and the last one ends the line', () => {
    const out = run(true, 400, 10); // 4 s in all
    expect(out.length).toBeGreaterThanOrEqual(39);
    expect(out.length).toBeLessThanOrEqual(41);
    expect(out.every((w) => w.startsWith('\r') && w.includes('\u001b[K'))).toBe(true);
    expect(out.slice(0, -1).some((w) => w.endsWith('\n'))).toBe(false);
    expect(out[out.length - 1]).toBe('\rCopying the ruleset: 400/400 files, 0.4/0.4 MB (100%)\u001b[K\n');
  });

  test('elsewhere: one plain line at each quarter, nothing in between', () => {
    expect(run(false, 400, 10)).toEqual([
      'Copying the ruleset: 100/400 files, 0.1/0.4 MB (25%)\n',
      'Copying the ruleset: 200/400 files, 0.2/0.4 MB (50%)\n',
      'Copying the ruleset: 300/400 files, 0.3/0.4 MB (75%)\n',
      'Copying the ruleset: 400/400 files, 0.4/0.4 MB (100%)\n',
    ]);
  });
});
