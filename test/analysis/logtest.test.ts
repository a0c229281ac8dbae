// `warden logtest`: log lines in, the three phases (or one JSON object a line) out; the lines of
// one run share the engine's state, so a frequency rule fires on the third line.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { logtestCommand } from '../../scripts/commands/logtest';
import { TEMPLATES } from './helpers';

const DECODERS = `<decoder name="app"><program_name>^app$</program_name></decoder>
<decoder name="app-user"><parent>app</parent><regex>user=(\\S+)</regex><order>user</order></decoder>`;
const RULES = `<group name="app,">
  <rule id="100" level="3"><decoded_as>app</decoded_as><description>app event for $(dstuser)</description></rule>
  <rule id="101" level="10" frequency="3" timeframe="60"><if_matched_sid>100</if_matched_sid><same_user /><description>burst</description></rule>
</group>`;

async function runLogtest(args: { ruleset?: string[]; json?: boolean }, input: string): Promise<{ code: number; out: string; err: string }> {
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

  it('refuses to run without a ruleset and reports a folder that does not exist', async () => {
    expect((await runLogtest({}, '')).code).toBe(2);
    const missing = await runLogtest({ ruleset: [path.join(dir, 'nope')] }, '');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/ruleset folder does not exist/);
  });
});
