// Wazuh's client.keys as a file: what is imported, what is a removed agent, and which lines are refused
// (each with its line number); formatting writes the canonical form back byte for byte.
import { clientKeyProblem, formatClientKeys, parseClientKeysFile } from '../../agents/client-keys';

const K1 = '5f1d0a2c6b3e4f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a';
const K2 = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1';

describe('client.keys', () => {
  test('reads agents with any, an address and a CIDR; skips comments and blank lines; lists removed agents', () => {
    const text = [
      '# written by hand',
      `001 web-01 any ${K1}`,
      '',
      `002 !old-db 10.0.0.9 ${K2}`,
      `003 db-01 10.0.0.10 ${K2}`,
      `005 #gone any ${K1}`,
      `1000 edge_1.lab 192.168.0.0/24 ${K1}`,
      `1001 v6-host fd00::1/64 ${K2}\r`,
    ].join('\n') + '\n';
    const f = parseClientKeysFile(text);
    expect(f.problems).toEqual([]);
    expect(f.entries).toEqual([
      { line: 2, id: '001', name: 'web-01', ip: 'any', key: K1 },
      { line: 5, id: '003', name: 'db-01', ip: '10.0.0.10', key: K2 },
      { line: 7, id: '1000', name: 'edge_1.lab', ip: '192.168.0.0/24', key: K1 },
      { line: 8, id: '1001', name: 'v6-host', ip: 'fd00::1/64', key: K2 },
    ]);
    expect(f.removed.map((r) => [r.line, r.id, r.name])).toEqual([[4, '002', 'old-db'], [6, '005', 'gone']]);
  });

  const bad: [string, string, RegExp][] = [
    ['three fields', `001 web any`, /^expected 4 fields \(ID NAME IP KEY\), found 3$/],
    ['five fields', `001 web any ${K1} extra`, /found 5$/],
    ['two spaces', `001  web any ${K1}`, /^has a leading, trailing or doubled space \(fields are ID NAME IP KEY, separated by single spaces\)$/],
    ['a trailing space', `001 web any ${K1} `, /^has a leading, trailing or doubled space/],
    ['a tab', `001\tweb any ${K1}`, /found 3$/],
    ['a word for an id', `abc web any ${K1}`, /^id "abc" is not an agent id/],
    ['the manager\'s id', `000 web any ${K1}`, /^id 000 is the manager's own id/],
    ['an id not in Wazuh\'s form', `1 web any ${K1}`, /^id 1 is not in Wazuh's form 001 \(the agent's key is derived from the id as written\)$/],
    ['an id with an extra zero', `0042 web any ${K1}`, /^id 0042 is not in Wazuh's form 042/],
    ['a name with a space-like character', `001 web/1 any ${K1}`, /^name "web\/1" is not an agent name/],
    ['a one-letter name', `001 w any ${K1}`, /^name "w" is not an agent name/],
    ['a name starting with a dot', `001 .web any ${K1}`, /^name "\.web" is not an agent name/],
    ['a bad address', `001 web 10.0.0.300 ${K1}`, /^IP "10\.0\.0\.300" is not an address, a CIDR or any$/],
    ['a bad mask', `001 web 10.0.0.0/33 ${K1}`, /^IP "10\.0\.0\.0\/33"/],
    ['a key too long', `001 web any ${'k'.repeat(129)}`, /^the key of agent 001 is not 1-128 printable characters with no spaces$/],
    ['a key with a control character', `001 web any abc\u0001def`, /^the key of agent 001 is not 1-128 printable/],
  ];
  test.each(bad)('refuses %s, naming its line', (_what, line, expected) => {
    // A good first line, then the bad one: checked before any clash with line 1.
    const f = parseClientKeysFile(`001 fine-1 any ${K1}\n${line}\n`);
    expect(f.problems).toEqual([{ line: 2, message: expect.stringMatching(expected) }]);
    expect(f.entries.map((e) => e.line)).toEqual([1]);
  });

  test('two agents with one id or one name are refused on the later line', () => {
    const f = parseClientKeysFile(`001 a-1 any ${K1}\n002 a-2 any ${K1}\n001 a-3 any ${K2}\n003 a-2 any ${K2}\n`);
    expect(f.problems).toEqual([
      { line: 3, message: 'id 001 is also on line 1' },
      { line: 4, message: 'name a-2 is also on line 2' },
    ]);
  });

  test('a key problem never quotes the key', () => {
    const secret = `${K1}\u0007`;
    expect(clientKeyProblem({ id: '001', name: 'web', ip: 'any', key: secret })).not.toContain(K1);
  });

  test('formats the canonical file byte for byte', () => {
    const text = `001 web-01 any ${K1}\n003 db-01 10.0.0.10 ${K2}\n1000 edge 192.168.0.0/24 ${K1}\n`;
    const f = parseClientKeysFile(text);
    expect(formatClientKeys(f.entries.map(({ id, name, ip, key }) => ({ id, name, ip, key })))).toBe(text);
    expect(formatClientKeys([])).toBe('');
  });
});
