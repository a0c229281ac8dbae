// The ruleset that ships in ruleset/: its own .ini suite passes in full and it loads without a
// problem; every rule is some case's expected rule; ids and names stay in Warden's own space; a
// node loads it first and its etc/ local rules build on it as Wazuh's local rules do.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUILTIN_RULESET_DIR, chooseRuleset } from '../../analysis/builtin-ruleset';
import { hasInstalledRuleset, nodeRuleset } from '../../analysis/install/installed';
import { loadRuleset } from '../../analysis/ruleset-load';
import { parseIni } from '../../analysis/testing/ini';
import { runSuite } from '../../analysis/testing/suite';
import { formatProblem } from '../../analysis/problems';

const TESTS_DIR = path.join(BUILTIN_RULESET_DIR, 'testing', 'tests');
const NOW = new Date(2026, 0, 14, 10, 30, 0);

describe('the built-in ruleset', () => {
  test('is the ruleset/ folder at the package root, from the sources and from dist/ alike', () => {
    expect(BUILTIN_RULESET_DIR).toBe(path.resolve(__dirname, '..', '..', 'ruleset'));
    // Nodes and the CLI run the compiled module (global-setup checks dist/ is fresh).
    const compiled = jest.requireActual<{ BUILTIN_RULESET_DIR: string }>(path.resolve(__dirname, '..', '..', 'dist', 'analysis', 'builtin-ruleset.js'));
    expect(compiled.BUILTIN_RULESET_DIR).toBe(BUILTIN_RULESET_DIR);
  });

  test('passes every case of its own suite and loads with no error or warning', () => {
    const rep = runSuite(BUILTIN_RULESET_DIR);
    expect(rep.problems.map(formatProblem)).toEqual([]);
    const files = fs.readdirSync(TESTS_DIR).filter((f) => f.endsWith('.ini')).sort();
    expect(rep.files.map((f) => f.file)).toEqual(files);
    expect(rep.files.filter((f) => f.total === 0).map((f) => f.file)).toEqual([]);
    const failures = rep.files.flatMap((f) => f.failures.map((o) => `${o.file} [${o.section}] ${o.key}: got ${JSON.stringify(o.actual)}`));
    expect(failures).toEqual([]);
    expect(rep.passed).toBe(rep.total);
  });

  test('every rule but the template is the expected rule of some case', () => {
    const { engine } = loadRuleset([BUILTIN_RULESET_DIR]);
    const expected = new Set<number>();
    for (const f of fs.readdirSync(TESTS_DIR).filter((x) => x.endsWith('.ini'))) {
      for (const sec of parseIni(fs.readFileSync(path.join(TESTS_DIR, f), 'utf8'))) {
        const rule = sec.entries.get('rule')?.[0];
        if (rule) expected.add(Number(rule));
      }
    }
    const untested = [...engine.ruleset.rules.byId.keys()].filter((id) => id >= 10 && !expected.has(id)).sort();
    expect(untested).toEqual([]);
  });

  test('uses template 8 and ids 200000-209999 only, and decoder names of its own', () => {
    const { engine } = loadRuleset([BUILTIN_RULESET_DIR]);
    const ids = [...engine.ruleset.rules.byId.keys()];
    expect(ids.filter((id) => id !== 8 && (id < 200000 || id > 209999))).toEqual([]);
    expect(ids).toContain(8);
    const names = [...engine.ruleset.decoders.names].filter((n) => !n.startsWith('warden-'));
    // What is left are the engine's built-in decoder names (syscheck, rootcheck, ...), not ours.
    const { engine: bare } = loadRuleset([]);
    expect(names.sort()).toEqual([...bare.ruleset.decoders.names].sort());
  });
});

describe('how a node loads it', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-builtin-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each<[string, string[], boolean, ReturnType<typeof chooseRuleset>]>([
    ['nothing installed: built-in, then etc/', [], false, { source: 'builtin', dirs: [BUILTIN_RULESET_DIR, path.join('/var/w', 'etc')] }],
    ['installed: ruleset/ instead of the built-in, then etc/', [], true, { source: 'installed', dirs: [path.join('/var/w', 'ruleset'), path.join('/var/w', 'etc')] }],
    ['ruleset_dirs: etc/ and those, no built-in', ['/opt/wazuh-ruleset'], false, { source: 'ruleset_dirs', dirs: [path.join('/var/w', 'etc'), '/opt/wazuh-ruleset'] }],
    ['ruleset_dirs win over an installed ruleset', ['/opt/a', '/opt/b'], true, { source: 'ruleset_dirs', dirs: [path.join('/var/w', 'etc'), '/opt/a', '/opt/b'] }],
  ])('chooseRuleset: %s', (_name, rulesetDirs, installed, want) => {
    expect(chooseRuleset('/var/w', rulesetDirs, installed)).toEqual(want);
  });

  test('an installed ruleset is one whose ruleset/rules holds a rules file; nodeRuleset then loads it', () => {
    expect(hasInstalledRuleset(dir)).toBe(false);
    expect(nodeRuleset(dir, []).source).toBe('builtin');
    fs.mkdirSync(path.join(dir, 'ruleset', 'rules', 'sub.xml'), { recursive: true }); // a folder, not a file
    fs.writeFileSync(path.join(dir, 'ruleset', 'rules', 'README'), 'not a rules file');
    expect(hasInstalledRuleset(dir)).toBe(false);
    fs.writeFileSync(path.join(dir, 'ruleset', 'rules', '0095-sshd_rules.xml'), '<group name="sshd,"/>');
    expect(hasInstalledRuleset(dir)).toBe(true);
    expect(nodeRuleset(dir, [])).toEqual({ source: 'installed', dirs: [path.join(dir, 'ruleset'), path.join(dir, 'etc')] });
    expect(nodeRuleset(dir, ['/opt/r']).source).toBe('ruleset_dirs');
  });

  test('local rules in etc/ hang under built-in rules and overwrite them, as Wazuh local rules do', () => {
    const etc = path.join(dir, 'etc');
    for (const sub of ['rules', 'decoders', 'lists']) fs.mkdirSync(path.join(etc, sub), { recursive: true });
    fs.writeFileSync(path.join(etc, 'lists', 'jump-hosts'), '192.0.2.10:bastion\n');
    fs.writeFileSync(path.join(etc, 'rules', 'local_rules.xml'), `<group name="local,">
  <rule id="100100" level="2">
    <if_sid>200202</if_sid>
    <list field="srcip" lookup="address_match_key">etc/lists/jump-hosts</list>
    <description>root login from the jump host</description>
  </rule>
  <rule id="200209" level="2" overwrite="yes">
    <if_sid>200200</if_sid>
    <match>^Did not receive identification string |^banner exchange: </match>
    <description>sshd: health check without SSH</description>
  </rule>
</group>`);
    const { engine, problems } = loadRuleset(nodeRuleset(dir, []).dirs);
    expect(problems.map(formatProblem)).toEqual([]);
    const rootLogin = (ip: string) => engine.process(`Jan 14 10:30:00 web1 sshd[2211]: Accepted publickey for root from ${ip} port 50122 ssh2`, { location: 'stdin' }, NOW);
    expect(rootLogin('192.0.2.10').rule).toMatchObject({ id: '100100', level: 2 });
    expect(rootLogin('203.0.113.9').rule).toMatchObject({ id: '200202', level: 5 });
    const probe = engine.process('Jan 14 10:30:00 web1 sshd[2211]: Did not receive identification string from 192.0.2.99 port 41822', { location: 'stdin' }, NOW);
    expect(probe.rule).toMatchObject({ id: '200209', level: 2, description: 'sshd: health check without SSH' });
    expect(probe.alert).toBe(false);
  });

  test('a list in etc/lists replaces the built-in list of the same name', () => {
    fs.mkdirSync(path.join(dir, 'etc', 'lists'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'etc', 'lists', 'privileged-groups'), 'operators:\n');
    const line = (group: string) => `Jan 14 10:30:00 web1 usermod[3131]: add 'bob' to group '${group}'`;
    const builtinOnly = loadRuleset([BUILTIN_RULESET_DIR]).engine;
    expect(builtinOnly.process(line('sudo'), { location: 'stdin' }, NOW).rule?.id).toBe('200607');
    expect(builtinOnly.process(line('operators'), { location: 'stdin' }, NOW).rule?.id).toBe('200606');
    const { engine } = loadRuleset(nodeRuleset(dir, []).dirs);
    expect(engine.process(line('operators'), { location: 'stdin' }, NOW).rule?.id).toBe('200607');
    expect(engine.process(line('sudo'), { location: 'stdin' }, NOW).rule?.id).toBe('200606');
  });
});
