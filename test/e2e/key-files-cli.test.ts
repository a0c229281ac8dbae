// Key material at rest, through the CLI: keygen --out writes 0600 and never replaces a key by mistake;
// daemon -t and a starting daemon name every key-holding file that others can read.
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';

jest.setTimeout(60_000);

const modeOf = (f: string): number => fs.statSync(f).mode & 0o777;

describe('key files through the CLI', () => {
  let c: LocalCluster;
  beforeAll(async () => {
    c = new LocalCluster({ workers: 0 });
    await c.configure();
  });
  afterAll(async () => { await c.stop(); });

  test('keygen --out writes a 0600 key that a config can use; a second run refuses to replace it', async () => {
    const keyFile = path.join(c.dir, 'cluster.key');
    const first = await c.cli(['keygen', '--out', keyFile]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(''); // the key is in the file, not on the terminal
    expect(modeOf(keyFile)).toBe(0o600);
    const key = fs.readFileSync(keyFile, 'utf8');
    expect(key).toMatch(/^[A-Za-z0-9]{32}\n$/);

    const again = await c.cli(['keygen', '--out', keyFile]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/cannot write the key to .*cluster\.key: it exists.*--force/);
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(key);

    const forced = await c.cli(['keygen', '--out', keyFile, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(keyFile, 'utf8')).not.toBe(key);
    expect(modeOf(keyFile)).toBe(0o600);
  });

  test('daemon -t warns about a key file readable by others, and is quiet once it is 0600', async () => {
    const keyFile = path.join(c.dir, 'open.key');
    fs.writeFileSync(keyFile, `${c.key}\n`);
    fs.chmodSync(keyFile, 0o644);
    const config = path.join(c.dir, 'with-key-file.yaml');
    fs.writeFileSync(config, fs.readFileSync(c.master.configFile, 'utf8').replace(/ {2}key: \w+\n/, `  key_file: ${keyFile}\n`), { mode: 0o640 });
    const loose = await c.cli(['daemon', '--config', config, '-t']);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain(`warning: ${keyFile} holds the cluster key and is readable by group and others (mode 0644): run \`chmod 600 ${keyFile}\`.`);

    fs.chmodSync(keyFile, 0o600);
    const tight = await c.cli(['daemon', '--config', config, '-t']);
    expect(tight.code).toBe(0);
    expect(tight.stderr).toBe('');
  });

  test('a starting node warns in cluster.log about a database others can read; a new one is created 0600', async () => {
    const db = path.join(c.master.dataDir, 'queue', 'db', 'global.db');
    c.start('master');
    await c.waitFor('the master answering', () => c.connectedNodes(), (v) => v.includes('master'));
    expect(modeOf(db)).toBe(0o600);
    expect(c.master.output).not.toMatch(/readable by/);
    await c.kill('master', 'SIGTERM');

    fs.chmodSync(db, 0o644);
    c.start('master');
    await c.waitFor('the master answering', () => c.connectedNodes(), (v) => v.includes('master'));
    await c.kill('master', 'SIGTERM');
    const log = fs.readFileSync(path.join(c.master.dataDir, 'logs', 'cluster.log'), 'utf8');
    expect(log).toMatch(new RegExp(`WARNING: \\[Master master\\] ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} holds the agents' keys and is readable by group and others \\(mode 0644\\)`));
  });
});
