import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, parseConfigText } from '../../config/loader';

const KEY = 'urKSn06VDUeBgvUlaXPArFttggDrgDj9';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'warden-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function loadError(path: string): ConfigError {
  try {
    loadConfig(path);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  test('reads the flow-style config of the contract smoke test', () => {
    const path = write('warden.yaml', [
      `cluster: { name: smoke, node_name: master, node_type: master, key: ${KEY}, port: 40001, bind_addr: 127.0.0.1, nodes: [127.0.0.1], hidden: false, disabled: false }`,
      'data_dir: ./data',
      'agents: { port: 40002, enrollment_port: 40003 }',
      'log: { level: info }',
      'intervals: { keep_alive: 1s, keep_alive_timeout: 3s, reconnect_max: 1s }',
      '',
    ].join('\n'));
    const c = loadConfig(path);
    expect(c.configPath).toBe(path);
    expect(c.cluster).toEqual({
      name: 'smoke', nodeName: 'master', nodeType: 'master', key: KEY, previousKeys: [], port: 40001,
      bindAddr: '127.0.0.1', nodes: ['127.0.0.1'], hidden: false, disabled: false, etcd: null,
    });
    expect(c.dataDir).toBe(join(dir, 'data'));
    expect(c.agents).toEqual({ port: 40002, enrollmentPort: 40003, bindAddr: '0.0.0.0', enrollmentPasswordFile: '', verifyCounters: false });
    expect(c.intervals).toMatchObject({ keepAlive: 1000, keepAliveTimeout: 3000, reconnectMax: 1000, agentDisconnect: 60000 });
  });

  test('a relative path is made absolute and data_dir resolved against the config folder, not the cwd', () => {
    const path = write('w.yaml', `cluster: { node_name: m1, node_type: master, key: ${KEY} }\n`);
    const c = loadConfig(join(dir, '.', 'w.yaml'));
    expect(c.configPath).toBe(path);
    expect(c.dataDir).toBe(join(dir, 'var', 'm1'));
  });

  test('disabled: true is still returned (the daemon decides)', () => {
    const path = write('w.yaml', `cluster: { node_name: m1, node_type: master, key: ${KEY}, disabled: true }\n`);
    expect(loadConfig(path).cluster.disabled).toBe(true);
  });

  test('a key_file is read relative to the config file', () => {
    write('cluster.key', `${KEY}\n`);
    const path = write('w.yaml', 'cluster: { node_name: m1, node_type: master, key_file: cluster.key }\n');
    expect(loadConfig(path).cluster.key).toBe(KEY);
  });

  test('a bad config throws a ConfigError whose message lists every problem', () => {
    const path = write('bad.yaml', `cluster: { node_name: m1, node_type: boss, key: ${KEY}, hiden: true }\nlog: { level: loud }\n`);
    const err = loadError(path);
    expect(err.problems).toEqual([
      'cluster.hiden: unknown key; did you mean "hidden"?',
      'cluster.node_type: "boss" is not one of master, worker',
      'log.level: "loud" is not one of error, warning, info, debug',
    ]);
    expect(err.configPath).toBe(path);
    expect(err.message).toBe(`invalid config ${path}:\n${err.problems.map((p) => `  - ${p}`).join('\n')}`);
    expect(err.name).toBe('ConfigError');
  });

  test('an unreadable file is a ConfigError naming the path, with the cause', () => {
    const path = join(dir, 'missing.yaml');
    const err = loadError(path);
    expect(err.problems).toEqual([expect.stringMatching(new RegExp(`^cannot read ${path}: ENOENT`))]);
    expect((err.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  test('a folder given as the config is a ConfigError too', () => {
    expect(loadError(dir).problems[0]).toMatch(/EISDIR/);
  });

  // root reads any file, so the check only means something for other users.
  (process.getuid?.() === 0 ? test.skip : test)('a file without read permission is a ConfigError', () => {
    const path = write('secret.yaml', 'cluster: {}\n');
    chmodSync(path, 0o000);
    expect(loadError(path).problems[0]).toMatch(/EACCES/);
  });
});

describe('parseConfigText', () => {
  const opts = { configPath: '/etc/warden/warden.yaml' };

  test.each<[string, string, RegExp]>([
    ['a nested mapping on one line', 'cluster: node_name: m1\n', /^YAML line 1, column 10: Nested mappings are not allowed in compact mappings \(BLOCK_AS_IMPLICIT_KEY\)$/],
    ['an unclosed flow list', `cluster:\n  key: ${KEY}\n  nodes: [127.0.0.1\n`, /^YAML line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a \] \(BAD_INDENT\)$/],
    ['a duplicate key', 'log:\n  level: info\n  level: debug\n', /^YAML line 3, column 3: Map keys must be unique \(DUPLICATE_KEY\)$/],
    ['a tab indent', 'cluster:\n\tnode_name: m1\n', /^YAML line 2, column 1: Tabs are not allowed as indentation \(TAB_AS_INDENT\)$/],
    ['an unknown tag', 'log: !loud info\n', /^YAML line 1, column 6: Unresolved tag: !loud \(TAG_RESOLVE_FAILED\)$/],
    ['two documents', 'log: {}\n---\nlog: {}\n', /^YAML line 2, column 1: Source contains multiple documents.*\(MULTIPLE_DOCS\)$/],
  ])('a YAML syntax error is a problem with line and column: %s', (_name, text, problem) => {
    const r = parseConfigText(text, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(problem);
  });

  const head = 'cluster:\n  node_type: master\n';
  test.each<[string, string, (c: any) => unknown, unknown]>([
    ['a key of 32 digits stays a string', `${head}  node_name: m1\n  key: 89180403865089679471524911650669\n`, (c) => c.cluster.key, '89180403865089679471524911650669'],
    ['a numeric node_name keeps its zeros', `${head}  node_name: 007\n  key: ${KEY}\n`, (c) => c.cluster.nodeName, '007'],
    ['a numeric previous key stays a string', `${head}  node_name: m1\n  key: ${KEY}\n  previous_keys: [58595889056565205232952241532058]\n`, (c) => c.cluster.previousKeys, ['58595889056565205232952241532058']],
    ['a quoted number stays as written', `${head}  node_name: "12"\n  key: ${KEY}\n`, (c) => c.cluster.nodeName, '12'],
    ['a BOM and CRLF line ends are read', `\ufeff${head}  node_name: m1\n  key: ${KEY}\n`.replace(/\n/g, '\r\n'), (c) => c.cluster.nodeName, 'm1'],
    ['ports stay numbers', `${head}  node_name: m1\n  key: ${KEY}\n  port: 0x5ec\n`, (c) => c.cluster.port, 1516],
    ['an etcd section in block style', `${head}  node_name: m1\n  key: ${KEY}\n  etcd:\n    endpoints:\n      - 10.0.0.5:2379\n      - https://10.0.0.6:2379\n    lease_ttl: 3s\n`,
      (c) => c.cluster.etcd, { endpoints: ['http://10.0.0.5:2379', 'https://10.0.0.6:2379'], prefix: '/warden/warden', leaseTtlMs: 3_000 }],
  ])('%s', (_name, text, pick, expected) => {
    const r = parseConfigText(text, opts);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(pick(r.config)).toEqual(expected);
  });

  test('an empty file lists what is required', () => {
    expect(parseConfigText('', opts)).toEqual({
      ok: false,
      problems: [
        'cluster.node_name: missing (expected a name of letters, digits, "_" and "-")',
        'cluster.node_type: missing (expected one of master, worker)',
        'cluster.key: missing (expected a key of exactly 32 letters and digits, or key_file: PATH)',
      ],
    });
  });

  test('an alias bomb is refused, not expanded', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const r = parseConfigText(`${lines.join('\n')}\n`, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.stringMatching(/^YAML: .*alias/i)]);
  });
});
