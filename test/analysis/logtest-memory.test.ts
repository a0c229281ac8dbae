// `warden logtest --json`: the lines of one run share the engine's memory, so a decoder's
// <accumulate/>, a rule's <check_diff/>, ignore="N" and the ignore list act across lines as they do
// on a node. Own decoders and rules in a temp folder; in-process with a given clock, and once through
// the real CLI (no clock needed there: nothing below depends on the time passing).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { logtestCommand } from '../../scripts/commands/logtest';
import { TEMPLATES } from './helpers';

const DECODERS = `
<decoder name="conn"><program_name>^conn$</program_name><accumulate/></decoder>
<decoder name="conn-open"><parent>conn</parent><prematch>OPEN </prematch><accumulate/>
  <regex>^id=(\\d+) OPEN from (\\S+) user=(\\S+)</regex><order>id, srcip, user</order></decoder>
<decoder name="conn-result"><parent>conn</parent><prematch>RESULT </prematch><accumulate/>
  <regex>^id=(\\d+) RESULT (\\S+)</regex><order>id, status</order></decoder>
<decoder name="ossec"><prematch>^ossec: </prematch></decoder>
<decoder name="app"><program_name>^app$</program_name><regex>^(\\w+) src=(\\S+) id=(\\S+)</regex><order>action, srcip, id</order></decoder>`;
const RULES = `<group name="local,">
  <rule id="100100" level="3"><decoded_as>conn</decoded_as><description>conn event</description></rule>
  <rule id="100101" level="8"><if_sid>100100</if_sid><match>err=49</match><srcip>198.51.100.0/24</srcip>
    <description>failed bind by $(dstuser) from $(srcip)</description></rule>
  <rule id="100200" level="0"><decoded_as>ossec</decoded_as><match>^ossec: output: </match><description>command output</description></rule>
  <rule id="100201" level="7"><if_sid>100200</if_sid><match>'netstat</match><check_diff /><description>listening ports changed</description></rule>
  <rule id="100300" level="3"><decoded_as>app</decoded_as><description>app event</description></rule>
  <rule id="100301" level="9" ignore="60"><if_sid>100300</if_sid><match>^denied </match><description>access denied</description></rule>
  <rule id="100400" level="6"><if_sid>100300</if_sid><match>^ids </match><check_if_ignored>srcip, id</check_if_ignored><description>IDS event</description></rule>
  <rule id="100401" level="11"><if_sid>100400</if_sid><match>flood</match><ignore>srcip, id</ignore><description>ignoring now this srcip and id</description></rule>
</group>`;

const T0 = new Date(2026, 10, 26, 10, 0, 0).getTime();
const OPEN = 'Nov 26 10:00:00 ldap1 conn[7]: id=7 OPEN from 198.51.100.4 user=bob';
const RESULT = 'Nov 26 10:00:01 ldap1 conn[7]: id=7 RESULT err=49';
const NETSTAT = (ports: string) => `ossec: output: 'netstat -tln': ${ports}`;
const APP = (what: string, src = '10.0.0.5', id = '5') => `Nov 26 10:00:00 web1 app: ${what} src=${src} id=${id}`;

interface Out { decoder: { name: string } | null; fields: Record<string, string>; rule: { id: string; level: number; description: string } | null; alert: boolean }

/** Each line at its second after T0; the JSON objects printed. */
async function logtest(dir: string, lines: [number, string][], json = true): Promise<{ out: string; objs: Out[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => { out += d; });
  stdin.end(lines.map(([, l]) => l).join('\n') + '\n');
  const times = lines.map(([s]) => new Date(T0 + s * 1000));
  const code = await logtestCommand({ ruleset: [dir], json }, { input: stdin, output: stdout, error: new PassThrough(), now: () => times.shift()! });
  expect(code).toBe(0);
  return { out, objs: json ? out.trim().split('\n').map((l) => JSON.parse(l) as Out) : [] };
}
const brief = (o: Out): [string | undefined, boolean] => [o.rule?.id, o.alert];

describe('warden logtest: memory across lines', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-logtest-memory-'));
    for (const sub of ['rules', 'decoders', 'lists']) fs.mkdirSync(path.join(dir, sub));
    fs.writeFileSync(path.join(dir, 'decoders', 'local_decoder.xml'), DECODERS);
    fs.writeFileSync(path.join(dir, 'rules', '0010-templates.xml'), TEMPLATES);
    fs.writeFileSync(path.join(dir, 'rules', 'local_rules.xml'), RULES);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('<accumulate/>: the result line gets the user and source its connection line decoded', async () => {
    const { objs } = await logtest(dir, [[0, RESULT], [1, OPEN], [2, RESULT], [200, RESULT]]);
    expect(objs[0]).toMatchObject({ fields: { id: '7', status: 'err=49' }, rule: { id: '100100' } });
    expect(objs[2]).toMatchObject({
      fields: { srcip: '198.51.100.4', dstuser: 'bob', id: '7', status: 'err=49' },
      rule: { id: '100101', level: 8, description: 'failed bind by bob from 198.51.100.4' }, alert: true,
    });
    expect(objs[3].fields).toEqual({ id: '7', status: 'err=49' }); // 198 s later the conversation is over
  });

  test('<check_diff/>: fires when the output changed since the line before', async () => {
    const { objs } = await logtest(dir, [[0, NETSTAT('22')], [1, NETSTAT('22')], [2, NETSTAT('22 4444')], [3, NETSTAT('22 4444')]]);
    expect(objs.map(brief)).toEqual([['100200', false], ['100200', false], ['100201', true], ['100200', false]]);
  });

  test('ignore="60": inside the window the parent rule alerts instead', async () => {
    const { objs } = await logtest(dir, [[0, APP('denied')], [30, APP('denied')], [61, APP('denied')]]);
    expect(objs.map(brief)).toEqual([['100301', true], ['100300', true], ['100301', true]]);
  });

  test('<ignore> and <check_if_ignored>: an IDS pair is silenced once a rule ignored it', async () => {
    const { objs } = await logtest(dir, [[0, APP('ids')], [1, APP('ids', '10.0.0.5', '5') + ' flood'], [2, APP('ids')], [3, APP('ids', '10.0.0.6')]]);
    expect(objs.map(brief)).toEqual([['100400', true], ['100401', true], ['100400', false], ['100400', true]]);
  });

  test('the text output says what the options did', async () => {
    const { out } = await logtest(dir, [[0, APP('denied')], [5, APP('denied')], [6, NETSTAT('22')], [7, NETSTAT('80')]], false);
    expect(out).toContain("\tignored: 'rule 100301 fired less than 60 s ago (ignore): its parent rule 100300 takes its place'");
    expect(out).toContain(`\tprevious_output: '${NETSTAT('22')}'`);
  });

  test('through the real CLI, the lines of one run share the engine', () => {
    const bin = path.join(__dirname, '..', '..', 'dist', 'scripts', 'warden.js');
    const input = [OPEN, RESULT, NETSTAT('22'), NETSTAT('22 80'), APP('ids'), `${APP('ids')} flood`, APP('ids')].join('\n') + '\n';
    const r = spawnSync(process.execPath, [bin, 'logtest', '--ruleset', dir, '--json'], { input, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    const objs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Out);
    expect(objs.map(brief)).toEqual([
      ['100100', true], ['100101', true], ['100200', false], ['100201', true], ['100400', true], ['100401', true], ['100400', false],
    ]);
    expect(objs[1].fields).toMatchObject({ srcip: '198.51.100.4', dstuser: 'bob' });
  });
});
