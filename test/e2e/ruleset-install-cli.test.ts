// `warden ruleset install` across real processes: a trimmed copy of Wazuh's ruleset (test data, copied to
// a temp folder, never into the repository) installed on a running master reaches the worker, whose
// engine then runs it: `warden logtest --config worker.yaml` fires Wazuh's rule 5716, which the
// built-in ruleset (ids 200000-209999) does not have. A broken ruleset is refused and the old one stays.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
import { LocalCluster } from '../../scripts/harness/local-cluster';
import type { RulesetView } from '../../actors/integrity/ruleset-view';
import { loadRuleset } from '../../analysis/ruleset-load';
import { BUILTIN_RULESET_DIR } from '../../analysis/builtin-ruleset';

jest.setTimeout(120_000);

const WAZUH = path.resolve(__dirname, '..', '..', '..', 'shared', 'wazuh-ruleset');
const TRIMMED = ['decoders/0310-ssh_decoders.xml', 'rules/0010-rules_config.xml', 'rules/0095-sshd_rules.xml', 'lists/audit-keys', 'lists/amazon/aws-sources'];
const PAM_FAILURE = 'Dec 10 01:02:03 web1 sshd[1234]: error: PAM: Authentication failure for root from 198.51.100.7';

/** `warden logtest --config F --json` with one line on stdin: the JSON object it prints for it. */
function logtest(bin: string, config: string, line: string): Promise<{ code: number | null; result: { rule: { id: string } | null } | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'logtest', '--config', config, '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, result: out.trim() ? JSON.parse(out.trim().split('\n')[0]) : null, stderr: err });
    });
    child.stdin.end(`${line}\n`);
  });
}

(fs.existsSync(WAZUH) ? describe : describe.skip)('ruleset install across real processes', () => {
  let c: LocalCluster;
  let src: string;
  const bin = path.resolve(__dirname, '..', '..', 'dist', 'scripts', 'warden.js');
  beforeAll(async () => {
    src = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-wazuh-trimmed-'));
    for (const rel of [...TRIMMED, 'README.md']) {
      fs.mkdirSync(path.dirname(path.join(src, rel)), { recursive: true });
      fs.copyFileSync(path.join(WAZUH, rel), path.join(src, rel));
    }
    c = new LocalCluster({ workers: 1, intervals: { integrity: '2s', local_integrity: '2s' } });
    await c.configure();
  });
  afterAll(async () => {
    await c?.stop();
    fs.rmSync(src, { recursive: true, force: true });
  });

  const worker = () => c.node('worker-1');
  const view = async (): Promise<RulesetView | null> => {
    const r = await c.cli(['control', '--config', worker().configFile, 'ruleset', '--json']);
    return r.code === 0 ? (JSON.parse(r.stdout) as RulesetView) : null;
  };

  test('installed on the running master, it reaches the worker and is used there; a broken one is refused and the old one stays', async () => {
    // The built-in ruleset has no rule 5716: its ids are 200000-209999 (and template 8).
    const builtinIds = [...loadRuleset([BUILTIN_RULESET_DIR]).engine.ruleset.rules.byId.keys()];
    expect(builtinIds).not.toContain(5716);
    expect(builtinIds.filter((id) => id !== 8 && (id < 200000 || id > 209999))).toEqual([]);

    await c.startAll();
    await c.waitAllConnected(30_000);
    const before = await c.waitFor('the worker reports its engine', view, (v) => v?.workers[0]?.engine?.state === 'running', 30_000, 200);
    expect(before!.workers[0].engine!.ruleset).toBe('builtin');
    expect((await logtest(bin, worker().configFile, PAM_FAILURE)).result?.rule?.id).not.toBe('5716');

    // Refused on the worker's config: the master's ruleset is synced to workers.
    const onWorker = await c.cli(['ruleset', 'install', '--config', worker().configFile, src]);
    expect(onWorker.code).toBe(2);
    expect(onWorker.stderr).toMatch(/is the config of worker worker-1: a ruleset is installed on the master/);

    const r = await c.cli(['ruleset', 'install', '--config', c.master.configFile, src, '--json'], 60_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ installed: true, files: TRIMMED.length, master_running: true, skipped: [{ path: 'README.md' }] });
    expect(summary.counts.rules).toBeGreaterThan(10);
    expect(summary.counts.lists).toBe(2);

    // The worker gets the files, its engine and the master's switch to the installed ruleset.
    const after = await c.waitFor('the worker runs the installed ruleset', view,
      (v) => !!v && v.workers[0]?.installed === true && v.workers[0]?.engine?.ruleset === 'installed' && v.master.engine?.ruleset === 'installed', 60_000, 250);
    expect(after!.workers[0]).toMatchObject({ in_sync: true, rules: true, decoders: true, lists: true });
    expect(after!.workers[0].engine!.rules).toBe(summary.counts.rules);
    for (const rel of TRIMMED) {
      expect(fs.readFileSync(path.join(worker().dataDir, 'ruleset', rel), 'utf8')).toBe(fs.readFileSync(path.join(src, rel), 'utf8'));
    }
    expect(fs.existsSync(path.join(worker().dataDir, 'ruleset', 'README.md'))).toBe(false);
    const table = await c.cli(['control', '--config', c.master.configFile, 'ruleset']);
    expect(table.stdout).toMatch(/engine installed ruleset, \d+ rules/);
    expect(table.stdout).toMatch(/worker-1 .*installed ruleset, \d+ rules/);

    // logtest on the worker's config runs what the worker runs: Wazuh's sshd rules.
    const lt = await logtest(bin, worker().configFile, PAM_FAILURE);
    expect(lt.code).toBe(0);
    expect(lt.result?.rule?.id).toBe('5716');

    // A broken ruleset is refused, every problem named; the installed one stays, here and on the worker.
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-broken-ruleset-'));
    try {
      fs.cpSync(src, broken, { recursive: true });
      fs.writeFileSync(path.join(broken, 'rules', 'local_broken.xml'), '<group name="x,">\n  <rule id="100001" level="3">\n    <match>never closed\n  </rule>\n</group>\n');
      const refused = await c.cli(['ruleset', 'install', '--config', c.master.configFile, broken], 60_000);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${path.join(broken, 'rules', 'local_broken.xml')}:4: malformed XML`);
      expect(refused.stderr).toMatch(/refused: 1 errors in .*; the installed ruleset is unchanged\./);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
    expect(fs.existsSync(path.join(c.master.dataDir, 'ruleset', 'rules', 'local_broken.xml'))).toBe(false);
    expect(fs.readdirSync(c.master.dataDir).filter((n) => n.startsWith('ruleset'))).toEqual(['ruleset']);
    const still = await view();
    expect(still!.workers[0]).toMatchObject({ installed: true, in_sync: true, engine: { ruleset: 'installed', error: null } });
    expect((await logtest(bin, worker().configFile, PAM_FAILURE)).result?.rule?.id).toBe('5716');
  });
});
