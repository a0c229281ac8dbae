// `warden config import`, the pure mapping: Wazuh ossec.conf sections to a Warden config, what is not
// carried and why, and the refusals that name their line.
import * as fs from 'fs';
import * as path from 'path';
import { ConfigImport, importOssecConf, ImportOptions, renderImportedConfig } from '../../scripts/wazuh/config-import';
import { OssecImportError } from '../../scripts/wazuh/ossec-conf';
import { parseConfigText } from '../../config/loader';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'wazuh');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name, 'ossec.conf'), 'utf8');
const KEY = 'kqMygqoNOhjti9de0KTlywGevvgrxoNV'; // the fixtures' key: 32 random letters and digits

const opts = (over: Partial<ImportOptions> = {}): ImportOptions => ({ ossecPath: '/var/ossec/etc/ossec.conf', fileExists: () => true, ...over });
const run = (text: string, over: Partial<ImportOptions> = {}): ConfigImport => importOssecConf(text, opts(over));
const problemsOf = (text: string, over: Partial<ImportOptions> = {}): string[] => {
  try {
    run(text, over);
  } catch (err) {
    if (err instanceof OssecImportError) return err.problems;
    throw err;
  }
  throw new Error('expected the import to be refused');
};

/** An ossec.conf with the given <cluster> children and other sections. */
function conf(cluster: string | null, more = ''): string {
  return `<ossec_config>\n${cluster === null ? '' : `  <cluster>\n${cluster}\n  </cluster>\n`}${more}</ossec_config>\n`;
}
const worker = (nodes = '<nodes><node>10.0.0.1</node></nodes>', extra = '') =>
  `<name>c1</name><node_name>w1</node_name><node_type>worker</node_type><key>${KEY}</key>${nodes}${extra}`;

describe('importing a Wazuh manager\'s ossec.conf', () => {
  test('the master fixture: cluster, remote, auth and alerts carried; every other section listed once, in file order', () => {
    const r = run(fixture('master'));
    expect(r.config).toEqual({
      cluster: { name: 'prod-cluster', node_name: 'master-node', node_type: 'master', key: KEY, port: 1516, bind_addr: '0.0.0.0', nodes: ['10.20.0.10'], hidden: false, disabled: false },
      data_dir: './var/master-node',
      agents: { port: 1514, enrollment_port: 1515, bind_addr: '0.0.0.0' },
      analysis: { alert_level: 3 },
    });
    expect(r.holdsKey).toBe(true);
    expect(r.actions).toEqual([]);
    expect(r.changes).toEqual([]);
    expect(r.notCarried.map((n) => n.split(' (')[0])).toEqual([
      '<global>', '<alerts><email_alert_level>', '<logging>', '<remote><queue_size>', '<wodle name="syscollector">', '<sca>',
      '<vulnerability-detection>', '<indexer>', '<syscheck>', '<rootcheck>', '<command>', '<active-response>', '<ruleset>',
      '<rule_test>', '<auth><ciphers>', '<auth><ssl_manager_cert>', '<auth><ssl_manager_key>', '<localfile>',
    ]);
    // The three <localfile> of the second <ossec_config> root in one line; a setting Warden behaves as is not listed.
    expect(r.notCarried).toContainEqual(expect.stringMatching(/^<localfile> \(lines 134, 139, 144\): log files read on the manager's own host/));
    expect(r.notCarried.join('\n')).not.toMatch(/purge|use_source_ip|ssl_verify_host|ssl_auto_negotiate/);
    for (const line of r.notCarried) expect(line).toMatch(/^\S.* \(lines? \d+.*\): \S/);
  });

  test('the worker fixture: the master\'s address, hidden, the password file beside ossec.conf; udp and syslog reported', () => {
    const seen: string[] = [];
    const r = run(fixture('worker'), { ossecPath: '/srv/wazuh/etc/ossec.conf', fileExists: (f) => { seen.push(f); return true; } });
    expect(r.config.cluster).toMatchObject({ node_type: 'worker', node_name: 'worker-01', nodes: ['10.20.0.10'], hidden: true });
    expect(r.config.agents).toEqual({ port: 1514, enrollment_port: 1515, bind_addr: '0.0.0.0', enrollment_password_file: '/srv/wazuh/etc/authd.pass' });
    expect(seen).toEqual(['/srv/wazuh/etc/authd.pass']);
    expect(r.config.analysis).toEqual({ alert_level: 5 });
    expect(r.actions).toEqual([]);
    expect(r.changes).toEqual([expect.stringMatching(/^<remote><protocol>tcp,udp \(line 19\): udp is not carried .*TCP only/)]);
    expect(r.notCarried).toContainEqual(expect.stringMatching(/^<remote> with <connection>syslog<\/connection> \(line 24\): .*not syslog/));
    expect(r.notCarried).toContainEqual(expect.stringMatching(/^<auth><force> \(line 35\): Warden replaces an agent only as Wazuh does by default/));
  });

  test('use_password without authd.pass: the action names the file and what Wazuh did instead', () => {
    const r = run(fixture('worker'), { ossecPath: '/srv/wazuh/etc/ossec.conf', fileExists: () => false });
    expect(r.config.agents.enrollment_password_file).toBe('/srv/wazuh/etc/authd.pass');
    expect(r.actions).toEqual([expect.stringMatching(/^<auth><use_password>yes \(line 42\) but \/srv\/wazuh\/etc\/authd\.pass does not exist: .*random password.*ossec\.log.*does not start without it/)]);
  });

  test('the installer\'s template: a standalone master, no key copied, the placeholder node dropped', () => {
    const r = run(fixture('template'));
    expect(r.config.cluster).toEqual({ name: 'wazuh', node_name: 'node01', node_type: 'master', key_file: './cluster.key', port: 1516, bind_addr: '0.0.0.0', hidden: false, disabled: false });
    expect(r.holdsKey).toBe(false);
    expect(r.actions).toEqual([expect.stringMatching(/^<cluster><key> \(line 27\) is empty .*`warden keygen --out cluster\.key`.*--key-file cluster\.key/)]);
    expect(r.changes).toEqual([
      expect.stringMatching(/^<cluster><disabled>yes \(line 34\): Wazuh ran this manager alone; Warden runs it as a master with no workers/),
      expect.stringMatching(/^<remote><protocol>udp \(line 14\) is not carried: Warden's agent port speaks TCP only/),
    ]);
    // Warden balances agents itself, so the template's agent_reconnection (disabled) is reported.
    expect(r.notCarried.map((n) => n.split(' (')[0])).toEqual(['<global>', '<cluster><agent_reconnection>']);
    expect(r.notCarried[1]).toMatch(/Warden balances agents itself/);
  });

  const keyCases: [string, string, RegExp][] = [
    ['one character repeated (a Wazuh test key)', 'a'.repeat(32), /^Warden refuses the key of <cluster><key> \(line 3\): it is too weak: it is one character repeated\. Make one with `warden keygen/],
    ['too short', KEY.slice(1), /refuses the key .*: it has 31 characters \(expected exactly 32 letters and digits\)/],
    ['symbols', `${KEY.slice(0, 31)}!`, /refuses the key .*: it has characters other than letters and digits/],
    ['a sequence', 'abcdefghijklmnopqrstuvwxyz012345', /refuses the key .*mostly a simple sequence/],
    ['the documentation\'s example', 'c98b62a9b6169ac5f67dae55ae4a9088', /^<cluster><key> \(line 3\) is the example key printed in Wazuh's documentation, known to anyone/],
  ];
  test.each(keyCases)('a key Warden refuses (%s) is not copied; the action says why without quoting it', (_what, key, expected) => {
    const r = run(conf(`<key>${key}</key>`));
    expect(r.config.cluster).toMatchObject({ key_file: './cluster.key' });
    expect(r.config.cluster.key).toBeUndefined();
    expect(r.actions).toEqual([expect.stringMatching(expected)]);
    expect(r.actions[0]).not.toContain(key);
  });

  test('--key-file replaces the key of ossec.conf, and says so', () => {
    const r = run(conf(`<key>${KEY}</key>`), { keyFile: '/etc/warden/cluster.key' });
    expect(r.config.cluster).toMatchObject({ key_file: '/etc/warden/cluster.key' });
    expect(r.holdsKey).toBe(false);
    expect(r.actions).toEqual([]);
    expect(r.changes).toEqual(['<cluster><key> (line 3): replaced by the key in /etc/warden/cluster.key (--key-file)']);
  });

  const cases: [string, string, Partial<ImportOptions>, (r: ConfigImport) => void][] = [
    ['no <cluster>: Wazuh\'s defaults, a standalone master', conf(null), {}, (r) => {
      expect(r.config.cluster).toMatchObject({ name: 'wazuh', node_name: 'node01', node_type: 'master', port: 1516, bind_addr: '0.0.0.0' });
      expect(r.changes).toEqual([expect.stringMatching(/^no <cluster> section: a standalone manager/)]);
      expect(r.actions).toEqual([expect.stringMatching(/^ossec\.conf has no <cluster><key>/)]);
    }],
    ['node_type client (Wazuh 3) is a worker', conf(worker().replace('worker</node_type>', 'client</node_type>')), {}, (r) => {
      expect(r.config.cluster.node_type).toBe('worker');
      expect(r.changes).toEqual([expect.stringMatching(/client .* is Wazuh 3's name for a worker/)]);
    }],
    ['a disabled worker runs as a master', conf(worker('<nodes><node>NODE_IP</node></nodes>', '<disabled>yes</disabled>')), {}, (r) => {
      expect(r.config.cluster.node_type).toBe('master');
      expect(r.config.cluster.nodes).toBeUndefined();
      expect(r.changes).toEqual([expect.stringMatching(/^<cluster><disabled>yes/), expect.stringMatching(/worker is ignored while the cluster is disabled/)]);
    }],
    ['a worker with two masters listed dials the first', conf(worker('<nodes><node>10.0.0.1</node><node>master-b:1517</node></nodes>')), {}, (r) => {
      expect(r.config.cluster.nodes).toEqual(['10.0.0.1', 'master-b:1517']);
      expect(r.changes).toEqual([expect.stringMatching(/a worker dials the first, 10\.0\.0\.1/)]);
    }],
    ['--data-dir, and settings spread over two roots (later ones win; a commented-out block is not read)', `${conf(worker())}<!-- <cluster><port>9</port></cluster> -->\n<ossec_config><cluster><port>1600</port></cluster><remote><port>2514</port></remote></ossec_config>`, { dataDir: '/data/w1' }, (r) => {
      expect(r.config.data_dir).toBe('/data/w1');
      expect(r.config.cluster.port).toBe(1600);
      expect(r.config.agents.port).toBe(2514);
      expect(r.changes).toEqual([expect.stringMatching(/^<cluster> appears 2 times \(lines 2, 7\): read as one, later settings winning$/)]);
    }],
    ['a cluster address other than every interface stays the cluster port\'s; the agent ports keep every interface', conf(worker('<nodes><node>10.0.0.1</node></nodes>', '<bind_addr>10.0.0.7</bind_addr>')), {}, (r) => {
      expect(r.config.cluster.bind_addr).toBe('10.0.0.7');
      expect(r.config.agents.bind_addr).toBe('0.0.0.0');
      expect(r.changes).toEqual([]);
    }],
    ['<remote><local_ip> is agents.bind_addr, said so since enrollment follows it', conf(worker(), '<remote><local_ip>10.0.0.9</local_ip></remote>'), {}, (r) => {
      expect(r.config.agents.bind_addr).toBe('10.0.0.9');
      expect(r.changes).toEqual([expect.stringMatching(/^<remote><local_ip>10\.0\.0\.9 \(line \d+\): agents\.bind_addr, so the enrollment port listens there too/)]);
      expect(r.notCarried).toEqual([]);
    }],
    ['two secure <remote>: the first is taken, the second reported', conf(worker(), '<remote><port>1514</port></remote><remote><connection>secure</connection><port>2514</port></remote>'), {}, (r) => {
      expect(r.config.agents.port).toBe(1514);
      expect(r.notCarried).toEqual([expect.stringMatching(/^a second secure <remote> \(line \d+, port 2514\): Warden serves agents on one port, agents\.port 1514/)]);
    }],
    ['<auth><disabled>yes: enrollment stays on, said so', conf(worker(), '<auth><disabled>yes</disabled><port>11515</port></auth>'), {}, (r) => {
      expect(r.config.agents.enrollment_port).toBe(11515);
      expect(r.changes).toEqual([expect.stringMatching(/^<auth><disabled>yes .*always serves enrollment on agents\.enrollment_port 11515; block that port/)]);
    }],
    ['a setting at Wazuh\'s default that Warden follows is quiet; the other value is reported', conf(worker(), '<auth><purge>yes</purge><use_source_ip>yes</use_source_ip></auth>'), {}, (r) => {
      expect(r.notCarried).toEqual([expect.stringMatching(/^<auth><use_source_ip> \(line \d+\): Warden registers the address an agent asks for/)]);
    }],
    ['an unknown section gets the general reason', conf(worker(), '<my_module><x>1</x></my_module>'), {}, (r) => {
      expect(r.notCarried).toEqual([expect.stringMatching(/^<my_module> \(line 5\): not a Warden setting: the import carries <cluster>, <remote>, <auth>/)]);
    }],
  ];
  test.each(cases)('%s', (_what, text, over, check) => check(run(text, over)));

  const refusals: [string, string, RegExp[]][] = [
    ['an unclosed element', '<ossec_config>\n  <cluster>\n    <name>x</name>\n</ossec_config>\n', [/^line 4: malformed XML: closing tag <\/ossec_config> does not match <cluster> \(line 2\)$/]],
    ['an element never closed', '<ossec_config>\n  <cluster>\n', [/^line 2: malformed XML: element <cluster> is not closed$/]],
    ['an unterminated comment', '<ossec_config>\n<!-- \n</ossec_config>\n', [/^line 2: malformed XML: unterminated comment$/]],
    ['another root element', '<agent_config>\n</agent_config>\n', [/^line 1: <agent_config> where <ossec_config> was expected: is this Wazuh's ossec\.conf\?$/]],
    ['an empty file', '<!-- nothing -->\n', [/^no <ossec_config> element/]],
    ['text outside elements', 'cluster: {}\n', [/^line 1: malformed XML: text outside any element/]],
    ['a worker with the template\'s placeholder', conf(worker('<nodes><node>NODE_IP</node></nodes>')), [/^line 3: <cluster><nodes><node> is "NODE_IP", the template's placeholder: a worker needs its master's address there$/]],
    ['a worker with no master', conf(worker('')), [/<cluster><nodes> is missing or empty: a worker needs its master's address/]],
    ['bad values, all listed at once', conf(`<name>my cluster</name><node_name>m1</node_name><port>15x6</port><hidden>maybe</hidden><bind_addr>not an address</bind_addr><node_type>primary</node_type><key>${KEY}</key>`), [
      /^line 3: <cluster><name> is "my cluster" \(Warden takes letters, digits, '_' and '-'\)$/,
      /^line 3: <cluster><node_type> is "primary" \(expected master or worker\)$/,
      /^line 3: <cluster><port> is "15x6" \(expected a port, 1-65535\)$/,
      /^line 3: <cluster><bind_addr> is "not an address"/,
      /^line 3: <cluster><hidden> is "maybe" \(expected yes or no\)$/,
    ]],
    ['a protocol that is neither tcp nor udp', conf(worker(), '<remote><protocol>sctp</protocol></remote>'), [/^line 5: <remote><protocol> is "sctp" \(expected tcp, udp or tcp,udp\)$/]],
    ['one port for two jobs', conf(worker(), '<auth><port>1516</port></auth>'), [/^<auth><port> is 1516, as is <cluster><port>: a Warden node needs three different ports$/]],
    ['a value that holds elements', conf(worker(), '<remote><port><tcp>1514</tcp></port></remote>'), [/^line 5: <remote><port> holds elements \(<tcp>\) where a value was expected$/]],
    ['a log level out of range', conf(worker(), '<alerts><log_alert_level>20</log_alert_level></alerts>'), [/<alerts><log_alert_level> is "20" \(expected a rule level, 0-16\)/]],
  ];
  test.each(refusals)('refuses %s, naming the line and element', (_what, text, expected) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((re) => expect(problems).toContainEqual(expect.stringMatching(re)));
  });

  test.each(['master', 'worker'])('the YAML written for the %s fixture passes the config schema as written', (name) => {
    const r = run(fixture(name), { dataDir: '/tmp/warden-import-check' });
    const yaml = renderImportedConfig(r.config, `/etc/${name}/ossec.conf`);
    expect(yaml.split('\n')[1]).toBe(`# imported from /etc/${name}/ossec.conf by \`warden config import\`.`);
    const v = parseConfigText(yaml, { configPath: '/etc/warden/warden.yaml', now: 0 });
    if (!v.ok) throw new Error(v.problems.join('\n'));
    expect(v.config.cluster).toMatchObject({ name: 'prod-cluster', key: KEY, nodes: ['10.20.0.10'], bindAddr: '0.0.0.0' });
    expect(v.config.agents.port).toBe(1514);
  });

  test('a node name of digits stays a string in YAML', () => {
    const r = run(conf(`<node_name>01</node_name><key>${KEY}</key>`));
    const v = parseConfigText(renderImportedConfig(r.config, 'x'), { configPath: '/etc/warden/warden.yaml', now: 0 });
    expect(v.ok && v.config.cluster.nodeName).toBe('01');
  });
});
