// `warden logtest`: log lines in, the three phases (or one JSON object a line) out; the lines of
// one run share the engine's state, so a frequency rule fires on the third line. The ruleset is
// the --ruleset folders, the folders the --config node loads, or else the built-in one.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { logtestCommand } from '../../scripts/commands/logtest';
import { generateKey } from '../../scripts/keygen';
import { TEMPLATES } from './helpers';

const DECODERS = `<decoder name="app"><program_name>^app$</program_name></decoder>
<decoder name="app-user"><parent>app</parent><regex>user=(\\S+)</regex><order>user</order></decoder>`;
const RULES = `<group name="app,">
  <rule id="100" level="3"><decoded_as>app</decoded_as><description>app event for $(dstuser)</description></rule>
  <rule id="101" level="10" frequency="3" timeframe="60"><if_matched_sid>100</if_matched_sid><same_user /><description>burst</description></rule>
</group>`;

async function runLogtest(args: { config?: string; ruleset?: string[]; json?: boolean }, input: string): Promise<{ code: number; out: string; err: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => { out += d; });
  stderr.on('data', (d) => { err += d; });
  stdin.end(input);
  const code = await logtestCommand(args, { input: stdin, output: stdout, error: stderr, now: () => new Date('2026-11-26T10:00:00Z') });
  return { code, out, err };
}

const SSHD_FAILURE = 'Jan 14 10:30:00 web1 sshd[2211]: Failed password for root from 203.0.113.9 port 41822 ssh2';

describe('warden logtest', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-logtest-'));
    for (const sub of ['rules', 'decoders', 'lists']) fs.mkdirSync(path.join(dir, sub));
    fs.writeFileSync(path.join(dir, 'decoders', 'local_decoder.xml'), DECODERS);
    fs.writeFileSync(path.join(dir, 'rules', '0010-templates.xml'), TEMPLATES);
    fs.writeFileSync(path.join(dir, 'rules', 'local_rules.xml'), RULES);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object a line in the documented shape, sharing state between lines', async () => {
    const line = 'Dec 25 20:45:02 host app: login user=alice';
    const { code, out, err } = await runLogtest({ ruleset: [dir], json: true }, `${line}\n\n${line}\n${line}\nnot decoded at all\n`);
    expect(code).toBe(0);
    expect(err).toBe('');
    const objs = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(objs).toHaveLength(4);
    expect(objs[0]).toEqual({
      decoder: { name: 'app' }, // a child without a prematch leaves the parent as the decoder, as in Wazuh
      fields: { dstuser: 'alice' },
      rule: { id: '100', level: 3, description: 'app event for alice', groups: ['app'] },
      alert: true,
    });
    expect(objs[2].rule).toMatchObject({ id: '101', level: 10 });
    expect(objs[3]).toEqual({ decoder: null, fields: {}, rule: null, alert: false });
  });

  it('prints the phases as wazuh-logtest does', async () => {
    const { code, out } = await runLogtest({ ruleset: [dir] }, 'Dec 25 20:45:02 host app: user=bob\n');
    expect(code).toBe(0);
    expect(out).toContain('**Phase 1: Completed pre-decoding.');
    expect(out).toContain("\tprogram_name: 'app'");
    expect(out).toContain("\tname: 'app'");
    expect(out).toContain("\tdstuser: 'bob'");
    expect(out).toContain("\tid: '100'");
    expect(out).toContain('**Alert to be generated.');
  });

  it('refuses --config with --ruleset and reports a folder that does not exist', async () => {
    expect((await runLogtest({ config: path.join(dir, 'warden.yaml'), ruleset: [dir] }, '')).code).toBe(2);
    const missing = await runLogtest({ ruleset: [path.join(dir, 'nope')] }, '');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/ruleset folder does not exist/);
  });

  it('uses the built-in ruleset when given no ruleset', async () => {
    const { code, out, err } = await runLogtest({ json: true }, `${SSHD_FAILURE}\n`);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out)).toMatchObject({ decoder: { name: 'warden-sshd' }, rule: { id: '200203', level: 5 }, alert: true });
  });

  describe('--config', () => {
    let node: string;
    const KEY = generateKey();
    const writeConfig = (extra: string): string => {
      const file = path.join(node, 'warden.yaml');
      fs.writeFileSync(file, `cluster: { node_name: w1, node_type: worker, key: ${KEY}, nodes: [127.0.0.1] }\ndata_dir: ./data\n${extra}`);
      return file;
    };
    beforeEach(() => {
      node = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-logtest-node-'));
      fs.mkdirSync(path.join(node, 'data', 'etc', 'rules'), { recursive: true });
      fs.writeFileSync(path.join(node, 'data', 'etc', 'rules', 'local_rules.xml'), `<group name="local,">
  <rule id="100200" level="13"><if_sid>200203</if_sid><srcip>203.0.113.0/24</srcip><description>known bad network</description></rule>
</group>`);
    });
    afterEach(() => fs.rmSync(node, { recursive: true, force: true }));

    it('loads what that node loads: the built-in ruleset, then its etc/ local rules, with its alert level', async () => {
      const config = writeConfig('analysis: { alert_level: 14 }\n');
      const { code, out, err } = await runLogtest({ config, json: true }, `${SSHD_FAILURE}\n`);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(JSON.parse(out)).toMatchObject({ rule: { id: '100200', level: 13 }, alert: false });
    });

    it('with analysis.ruleset_dirs, loads its etc/ and those folders and leaves the built-in ruleset out', async () => {
      const config = writeConfig(`analysis: { ruleset_dirs: [${JSON.stringify(dir)}] }\n`);
      const { code, out, err } = await runLogtest({ config, json: true }, `${SSHD_FAILURE}\nDec 25 20:45:02 host app: login user=alice\n`);
      expect(code).toBe(0);
      // The local rule hangs under a built-in rule that is not loaded: skipped with a warning, as Wazuh would.
      expect(err).toBe('warden logtest: 1 warnings (--verbose lists them)\n');
      const [sshd, app] = out.trim().split('\n').map((l) => JSON.parse(l));
      expect(sshd).toEqual({ decoder: null, fields: {}, rule: null, alert: false });
      expect(app).toMatchObject({ decoder: { name: 'app' }, rule: { id: '100' } });
    });

    it('with a ruleset installed in its data_dir, loads it instead of the built-in one, then its etc/', async () => {
      // The small app ruleset stands for a full one: ruleset/{rules,decoders} of the node's data_dir.
      fs.cpSync(dir, path.join(node, 'data', 'ruleset'), { recursive: true });
      const config = writeConfig('');
      const { code, out, err } = await runLogtest({ config, json: true }, `${SSHD_FAILURE}\nDec 25 20:45:02 host app: login user=alice\n`);
      expect(code).toBe(0);
      // etc/ is still read after it: its local rule names a built-in rule that is not loaded now.
      expect(err).toBe('warden logtest: 1 warnings (--verbose lists them)\n');
      const [sshd, app] = out.trim().split('\n').map((l) => JSON.parse(l));
      expect(sshd).toEqual({ decoder: null, fields: {}, rule: null, alert: false });
      expect(app).toMatchObject({ decoder: { name: 'app' }, rule: { id: '100' } });
      // ruleset_dirs, when set, still win.
      const withDirs = writeConfig(`analysis: { ruleset_dirs: [${JSON.stringify(path.join(node, 'none'))}] }\n`);
      expect((await runLogtest({ config: withDirs, json: true }, `${SSHD_FAILURE}\n`)).err).toMatch(/none: ruleset folder does not exist/);
    });

    it('reports a config it cannot use', async () => {
      const { code, err } = await runLogtest({ config: path.join(node, 'missing.yaml') }, '');
      expect(code).toBe(2);
      expect(err).toMatch(/cannot read/);
    });
  });
});
