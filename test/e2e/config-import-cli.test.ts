// `warden config import` through the CLI, on the Wazuh-shaped fixtures: the config it writes passes
// `warden daemon -t`, the notes go to stderr, and bad input is refused with the line at fault.
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'wazuh');
const modeOf = (f: string): number => fs.statSync(f).mode & 0o777;

describe('warden config import', () => {
  // Only the CLI and a scratch folder: no node runs here.
  const c = new LocalCluster({ workers: 0 });
  afterAll(async () => { await c.stop(); });
  const tmp = (name: string) => path.join(c.dir, name);

  test('the master fixture: a 0600 config that daemon -t accepts; what was not carried on stderr', async () => {
    const out = tmp('master.yaml');
    const r = await c.cli(['config', 'import', path.join(FIXTURES, 'master', 'ossec.conf'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Imported .*master\/ossec\.conf as the master master-node of cluster prod-cluster into .*master\.yaml \(mode 0600: it holds the cluster key\)\.\n/);
    expect(r.stderr).toContain('Not carried:\n  - <global> (line 7): ');
    expect(r.stderr).toMatch(/ {2}- <syscheck> \(line 63\): file integrity monitoring/);
    expect(r.stderr).not.toContain('To do before the node can start');
    expect(modeOf(out)).toBe(0o600);
    const t = await c.cli(['daemon', '--config', out, '-t']);
    expect(t.stderr).toBe('');
    expect(t.code).toBe(0);
    expect(t.stdout).toContain(`Configuration OK: ${out} (master master-node of cluster prod-cluster, data in ${tmp('var/master-node')})`);
  });

  test('the worker fixture with its authd.pass: the password file is used, --data-dir is kept', async () => {
    const etc = tmp('worker-etc');
    fs.mkdirSync(etc);
    fs.copyFileSync(path.join(FIXTURES, 'worker', 'ossec.conf'), path.join(etc, 'ossec.conf'));
    fs.writeFileSync(path.join(etc, 'authd.pass'), 'a-test-password\n', { mode: 0o600 });
    const out = tmp('worker.yaml');
    const r = await c.cli(['config', 'import', path.join(etc, 'ossec.conf'), '--out', out, '--data-dir', tmp('worker-data')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Carried with a difference:\n {2}- <remote><protocol>tcp,udp \(line 19\): udp is not carried/);
    const yaml = fs.readFileSync(out, 'utf8');
    expect(yaml).toContain(`enrollment_password_file: ${path.join(etc, 'authd.pass')}\n`);
    expect(yaml).toContain(`data_dir: ${tmp('worker-data')}\n`);
    const t = await c.cli(['daemon', '--config', out, '-t']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('(worker worker-01 of cluster prod-cluster');
  });

  test('the template: the missing key is the one thing to do; with --key-file the config passes', async () => {
    const src = path.join(FIXTURES, 'template', 'ossec.conf');
    const bare = tmp('template.yaml');
    const r = await c.cli(['config', 'import', src, '--out', bare]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/To do before the node can start:\n {2}- <cluster><key> \(line 27\) is empty .*warden keygen --out cluster\.key/);
    expect(modeOf(bare)).toBe(0o640); // no key inside
    const refused = await c.cli(['daemon', '--config', bare, '-t']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`cluster.key_file: cannot read ${tmp('cluster.key')}`);

    const keyFile = tmp('cluster.key');
    expect((await c.cli(['keygen', '--out', keyFile])).code).toBe(0);
    const withKey = tmp('template-key.yaml');
    const again = await c.cli(['config', 'import', src, '--out', withKey, '--key-file', keyFile]);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('To do');
    expect(fs.readFileSync(withKey, 'utf8')).toContain(`key_file: ${keyFile}\n`);
    expect((await c.cli(['daemon', '--config', withKey, '-t'])).code).toBe(0);
  });

  test('stdout when there is no --out; an existing file is kept unless --force', async () => {
    const src = path.join(FIXTURES, 'master', 'ossec.conf');
    const r = await c.cli(['config', 'import', src]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Warden config of master-node .*\n# imported from .*\ncluster:\n {2}name: prod-cluster\n/);
    expect(r.stderr).toContain('Check it with: warden daemon --config FILE -t');

    const out = tmp('exists.yaml');
    fs.writeFileSync(out, 'mine\n');
    const kept = await c.cli(['config', 'import', src, '--out', out]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toBe(`warden: cannot write ${out}: it exists (add --force to replace it)\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe('mine\n');
    const forced = await c.cli(['config', 'import', src, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(r.stdout);
    expect(modeOf(out)).toBe(0o600);
  });

  test('refusals: malformed XML names its line, a bad --key-file and a missing argument say what to do', async () => {
    const broken = tmp('broken.conf');
    fs.writeFileSync(broken, '<ossec_config>\n  <cluster>\n    <node_name>n1</node_name>\n  </clustr>\n</ossec_config>\n');
    const out = tmp('never.yaml');
    const r = await c.cli(['config', 'import', broken, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`warden: cannot import ${broken}; nothing was written:\n  - line 4: malformed XML: closing tag </clustr> does not match <cluster> (line 2)\n`);
    expect(fs.existsSync(out)).toBe(false);

    const weak = tmp('weak.key');
    fs.writeFileSync(weak, `${'a'.repeat(32)}\n`);
    const k = await c.cli(['config', 'import', path.join(FIXTURES, 'master', 'ossec.conf'), '--key-file', weak]);
    expect(k.code).toBe(1);
    expect(k.stderr).toMatch(/^warden: --key-file .*weak\.key: the key is too weak: it is one character repeated/);

    const usage = await c.cli(['config', 'import']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing required argument 'ossec_conf'/);
  });
});
