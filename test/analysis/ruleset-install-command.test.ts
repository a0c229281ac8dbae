// `warden ruleset install`, in process, with no node running: a ruleset is checked, reported and
// installed; a broken one is refused with every problem named by file and line and the installed one
// stays byte for byte; a worker's config is refused; --json is one document; --dry-run changes nothing.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { rulesetInstallCommand } from '../../scripts/commands/ruleset-install';
import { generateKey } from '../../scripts/keygen';
import { TEMPLATES } from './helpers';

const DECODERS = `<decoder name="app"><program_name>^app$</program_name></decoder>
<decoder name="app-user"><parent>app</parent><regex>user=(\\S+)</regex><order>user</order></decoder>`;
const RULES = `<group name="app,">
  <rule id="100" level="3"><decoded_as>app</decoded_as><description>app event</description></rule>
  <rule id="101" level="8"><if_sid>100</if_sid><list field="srcip" lookup="address_match_key">etc/lists/bad-hosts</list><description>from a bad host</description></rule>
</group>`;
const BROKEN = `<group name="broken,">
  <rule id="300" level="3">
    <match>never closed
  </rule>
</group>`;
const BAD_ID = `<group name="b,">
<rule id="x1" level="3"><match>a</match></rule>
</group>`;

let root: string, dataDir: string, master: string, worker: string;
const KEY = generateKey();

function write(base: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    fs.writeFileSync(path.join(base, rel), text);
  }
}

function config(name: string, type: 'master' | 'worker', extra = ''): string {
  const file = path.join(root, `${name}.yaml`);
  fs.writeFileSync(file, `cluster: { name: t, node_name: ${name}, node_type: ${type}, key: ${KEY}, nodes: [127.0.0.1] }\ndata_dir: ./${name}-data\n${extra}`);
  return file;
}

async function install(dir: string, opts: { config: string; json?: boolean; dryRun?: boolean }): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough(), stderr = new PassThrough();
  let out = '', err = '';
  stdout.on('data', (d) => { out += d; });
  stderr.on('data', (d) => { err += d; });
  const code = await rulesetInstallCommand(dir, opts, { stdout, stderr, now: Date.now });
  return { code, out, err };
}

const installed = () => path.join(dataDir, 'ruleset');
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(r);
      else out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
    }
  };
  walk('');
  return out;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-rsinstall-'));
  master = config('master', 'master');
  worker = config('worker', 'worker');
  dataDir = path.join(root, 'master-data');
  write(path.join(root, 'good'), {
    'rules/0010-templates.xml': TEMPLATES, 'rules/app_rules.xml': RULES, 'rules/NOTES.txt': 'notes',
    'decoders/app_decoders.xml': DECODERS, 'lists/bad-hosts': '192.0.2.7:bad\n', 'lists/bad-hosts.cdb': 'compiled', 'README.md': 'readme',
  });
  write(path.join(root, 'broken'), {
    'rules/0010-templates.xml': TEMPLATES, 'rules/broken.xml': BROKEN, 'rules/bad-id.xml': BAD_ID, 'decoders/app_decoders.xml': DECODERS,
  });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test('installs a ruleset into <data_dir>/ruleset: counts shown, files left out listed, nothing else touched', async () => {
  const r = await install(path.join(root, 'good'), { config: master });
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Checking ${path.join(root, 'good')}: 4 files, 0.0 MB.`);
  expect(r.out).toContain('Not installed (3):\n  README.md: not part of a ruleset (rules/, decoders/, lists/)\n' +
    '  lists/bad-hosts.cdb: a compiled CDB list: Warden reads the text list it was built from\n  rules/NOTES.txt: not a .xml file: the loader reads rules/*.xml only\n');
  expect(r.out).toContain('Loaded: 2 decoders, 4 rules, 1 lists, no errors.');
  expect(r.out).toContain(`Installed into ${installed()}: 4 files`);
  expect(r.out).toContain('The master is not running: it loads this ruleset when it starts');
  expect(snapshot(installed())).toEqual({
    'rules/0010-templates.xml': TEMPLATES, 'rules/app_rules.xml': RULES, 'decoders/app_decoders.xml': DECODERS, 'lists/bad-hosts': '192.0.2.7:bad\n',
  });
  expect(fs.readdirSync(dataDir)).toEqual(['ruleset']);
});

test('a broken ruleset is refused, each problem named by file and line; the installed one stays byte for byte', async () => {
  expect((await install(path.join(root, 'good'), { config: master })).code).toBe(0);
  const before = snapshot(installed());
  const r = await install(path.join(root, 'broken'), { config: master });
  expect(r.code).toBe(1);
  const src = path.join(root, 'broken');
  expect(r.err).toContain(`warden ruleset install: error: ${path.join(src, 'rules', 'broken.xml')}:4: malformed XML`);
  expect(r.err).toContain(`warden ruleset install: error: ${path.join(src, 'rules', 'bad-id.xml')}:2: rule ?: invalid rule id`);
  expect(r.err).toContain(`refused: 2 errors in ${src}; the installed ruleset is unchanged.`);
  expect(r.out).not.toContain('Installed');
  expect(snapshot(installed())).toEqual(before);
  expect(fs.readdirSync(dataDir)).toEqual(['ruleset']); // no staging left behind, no lock
});

test('--json prints exactly one document, for an install and for a refusal', async () => {
  const ok = await install(path.join(root, 'good'), { config: master, json: true });
  expect(ok.code).toBe(0);
  expect(ok.out.trim().split('\n')).toHaveLength(1);
  expect(JSON.parse(ok.out)).toMatchObject({
    installed: true, dry_run: false, source: path.join(root, 'good'), target: installed(), files: 4, counts: { decoders: 2, rules: 4, lists: 1 },
    skipped: [{ path: 'README.md' }, { path: 'lists/bad-hosts.cdb' }, { path: 'rules/NOTES.txt' }], problems: [], replaced: false, master_running: false,
  });
  const again = JSON.parse((await install(path.join(root, 'good'), { config: master, json: true })).out);
  expect(again).toMatchObject({ installed: true, replaced: true });
  const refused = await install(path.join(root, 'broken'), { config: master, json: true });
  expect(refused.code).toBe(1);
  expect(refused.out.trim().split('\n')).toHaveLength(1);
  expect(JSON.parse(refused.out)).toMatchObject({ installed: false, problems: [expect.stringMatching(/bad-id\.xml:2: rule \?/), expect.stringMatching(/broken\.xml:4: malformed XML/)] });
});

test('a folder that is no ruleset is refused before anything is copied', async () => {
  const r = await install(root, { config: master });
  expect(r.code).toBe(1);
  expect(r.err).toContain(`error: ${root}: no rules/ folder`);
  expect(r.err).toContain(`refused: ${root} is not a Wazuh ruleset folder; nothing was changed.`);
  expect(fs.existsSync(dataDir)).toBe(false);
  const missing = await install(path.join(root, 'nope'), { config: master });
  expect(missing).toMatchObject({ code: 2, err: `warden ruleset install: ${path.join(root, 'nope')} does not exist\n` });
});

test('on a worker\'s config: refused, pointing at the master', async () => {
  const r = await install(path.join(root, 'good'), { config: worker });
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/is the config of worker worker: a ruleset is installed on the master \(run this with the master's config\), and the integrity sync brings it to every worker/);
  expect(fs.existsSync(path.join(root, 'worker-data', 'ruleset'))).toBe(false);
});

test('--dry-run checks and reports but installs nothing', async () => {
  const r = await install(path.join(root, 'good'), { config: master, dryRun: true });
  expect(r.code).toBe(0);
  expect(r.out).toContain('Loaded: 2 decoders, 4 rules, 1 lists, no errors.');
  expect(r.out).toContain('Dry run: nothing was installed.');
  expect(fs.existsSync(installed())).toBe(false);
});

test('what the master\'s etc/ local rules make of the new ruleset is said, and ruleset_dirs is pointed out', async () => {
  write(path.join(dataDir, 'etc'), { 'rules/local_rules.xml': '<group name="local,">\n  <rule id="100200" level="10"><if_sid>200203</if_sid><description>x</description></rule>\n</group>\n' });
  const withDirs = config('master', 'master', `analysis: { ruleset_dirs: [${JSON.stringify(path.join(root, 'good'))}] }\n`);
  const r = await install(path.join(root, 'good'), { config: withDirs });
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/The local rules in etc\/ with this ruleset \(loaded after it, as Wazuh loads ruleset\/ then etc\/\):\n {2}warning: .*local_rules\.xml:2: /);
  expect(r.out).toContain('Note: analysis.ruleset_dirs is set in');
});
