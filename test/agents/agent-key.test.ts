import {
  agentAesKey,
  agentKeyHash,
  deriveAgentEncryptionKey,
  formatAgentKeyLine,
  parseAgentKeyLine,
  parseClientKeys,
} from '../../agents/crypto/agent-key';

const RAW = '0123456789abcdef'.repeat(4);

describe('agent keys', () => {
  it('derives the section 2 test vector', () => {
    const ekey = deriveAgentEncryptionKey('001', 'agent1', RAW);
    expect(ekey).toBe('fe3a1ff59f3b89b2ad3d33f08984874bfda4af11475abae');
    expect(ekey).toHaveLength(47);
    expect(agentAesKey('001', 'agent1', RAW).toString('latin1')).toBe(ekey.slice(0, 32));
    expect(agentKeyHash('001', 'agent1', RAW)).toBe('f2481448fc50f6daa3e575c739a4b821992271c0');
  });

  it.each([
    ['001 agent1 any ' + RAW, { id: '001', name: 'agent1', ip: 'any', rawKey: RAW, removed: false }],
    ['002 web-01 10.0.0.5 k2\n', { id: '002', name: 'web-01', ip: '10.0.0.5', rawKey: 'k2', removed: false }],
    ['003 db 10.0.0.0/24 k3\r\n', { id: '003', name: 'db', ip: '10.0.0.0/24', rawKey: 'k3', removed: false }],
    ['004 !old any k4', { id: '004', name: 'old', ip: 'any', rawKey: 'k4', removed: true }],
    ['005 #gone any k5', { id: '005', name: 'gone', ip: 'any', rawKey: 'k5', removed: true }],
  ])('parses %j', (line, expected) => {
    expect(parseAgentKeyLine(line)).toEqual(expected);
  });

  it.each(['', '   ', '# a comment'])('skips %j', (line) => {
    expect(parseAgentKeyLine(line)).toBeNull();
  });

  it.each(['001 agent1 any', '001 agent1 any k extra', 'abc agent1 any k', '001  any k', '001 ! any k'])('rejects %j with a typed error', (line) => {
    expect(() => parseAgentKeyLine(line)).toThrow(expect.objectContaining({ code: 'bad_key_line' }));
  });

  it('formats a line that parses back', () => {
    const line = formatAgentKeyLine({ id: '010', name: 'agent-10', ip: 'any', rawKey: RAW });
    expect(line).toBe(`010 agent-10 any ${RAW}`);
    expect(parseAgentKeyLine(line)).toEqual({ id: '010', name: 'agent-10', ip: 'any', rawKey: RAW, removed: false });
    expect(() => formatAgentKeyLine({ id: '010', name: 'a b', ip: 'any', rawKey: RAW })).toThrow(expect.objectContaining({ code: 'bad_key' }));
  });

  it('parses a whole client.keys text', () => {
    expect(parseClientKeys(`# header\n001 a1 any k1\n\n002 !a2 any k2\n`).map((e) => [e.id, e.removed])).toEqual([['001', false], ['002', true]]);
  });
});
