// Files holding keys: created 0600, never replaced by mistake, and a warning when others can read them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensurePrivateFile, exposedSecretWarnings, readableBy, writePrivateFile } from '../../lib/private-files';
import { openDatabase } from '../../store/sqlite';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-private-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const modeOf = (f: string): number => fs.statSync(f).mode & 0o777;

describe('readableBy', () => {
  test.each([
    [0o600, null], [0o700, null], [0o640, 'group'], [0o604, 'others'], [0o644, 'group and others'], [0o666, 'group and others'],
  ])('%o -> %s', (mode, who) => expect(readableBy(mode)).toBe(who));
});

describe('ensurePrivateFile', () => {
  test('creates the file 0600, whatever the umask', () => {
    const old = process.umask(0);
    try {
      const f = path.join(dir, 'a.db');
      ensurePrivateFile(f);
      expect(modeOf(f)).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });

  test('leaves an existing file, its content and its mode alone', () => {
    const f = path.join(dir, 'b.db');
    fs.writeFileSync(f, 'data', { mode: 0o644 });
    fs.chmodSync(f, 0o644);
    ensurePrivateFile(f);
    expect(fs.readFileSync(f, 'utf8')).toBe('data');
    expect(modeOf(f)).toBe(0o644);
  });
});

describe('writePrivateFile', () => {
  test('writes 0600 and refuses to replace an existing file', () => {
    const f = path.join(dir, 'cluster.key');
    writePrivateFile(f, 'k1\n');
    expect(modeOf(f)).toBe(0o600);
    expect(() => writePrivateFile(f, 'k2\n')).toThrow(/EEXIST/);
    expect(fs.readFileSync(f, 'utf8')).toBe('k1\n');
  });

  test('with overwrite, replaces the content and tightens an old 0644 file to 0600', () => {
    const f = path.join(dir, 'cluster.key');
    fs.writeFileSync(f, 'old\n');
    fs.chmodSync(f, 0o644);
    writePrivateFile(f, 'new\n', true);
    expect(fs.readFileSync(f, 'utf8')).toBe('new\n');
    expect(modeOf(f)).toBe(0o600);
  });
});

describe('exposedSecretWarnings', () => {
  const statOf = (modes: Record<string, number>) => (f: string): fs.Stats | undefined =>
    f in modes ? ({ mode: 0o100000 | modes[f] } as fs.Stats) : undefined;

  test('names each exposed file, what it holds, its mode and the fix; private and missing files are quiet', () => {
    const warnings = exposedSecretWarnings([
      { file: '/d/global.db', holds: "the agents' keys" },
      { file: '/d/cluster.key', holds: 'the cluster key' },
      { file: '/d/missing.db', holds: 'nothing yet' },
    ], statOf({ '/d/global.db': 0o644, '/d/cluster.key': 0o600 }));
    expect(warnings).toEqual([
      "/d/global.db holds the agents' keys and is readable by group and others (mode 0644): run `chmod 600 /d/global.db`.",
    ]);
  });

  test('where a group may read (a config, Wazuh 0640), only others count', () => {
    const files = [{ file: '/etc/warden.yaml', holds: 'the cluster key (cluster.key)', groupMayRead: true }];
    expect(exposedSecretWarnings(files, statOf({ '/etc/warden.yaml': 0o640 }))).toEqual([]);
    expect(exposedSecretWarnings(files, statOf({ '/etc/warden.yaml': 0o644 }))).toEqual([
      '/etc/warden.yaml holds the cluster key (cluster.key) and is readable by others (mode 0644): run `chmod 600 /etc/warden.yaml`.',
    ]);
  });
});

describe('openDatabase', () => {
  test('a new database and its WAL are 0600 under the usual umask 022', () => {
    const old = process.umask(0o022);
    try {
      const f = path.join(dir, 'queue', 'db', 'global.db');
      const db = openDatabase(f);
      db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
      expect(modeOf(f)).toBe(0o600);
      expect(modeOf(`${f}-wal`)).toBe(0o600);
      db.close();
    } finally {
      process.umask(old);
    }
  });
});
