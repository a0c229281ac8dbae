import { createCipheriv, createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { agentAesKey } from '../../agents/crypto/agent-key';
import {
  AGENT_MAX_PAYLOAD,
  formatAgentHeader,
  openAgentBody,
  openAgentMessage,
  parseAgentHeader,
  sealAgentMessage,
} from '../../agents/crypto/agent-cipher';
import { AgentProtocolError } from '../../agents/errors';

const RAW = '0123456789abcdef'.repeat(4);
const KEY = agentAesKey('001', 'agent1', RAW);
const OTHER_KEY = agentAesKey('002', 'agent2', RAW.replace('0', '1'));

/** Independent sealing, step by step from the protocol text, with a chosen zlib level. */
function sealByHand(key: Buffer, random: number, global: number, local: number, payload: string, level: number, header: string): Buffer {
  const body = `${String(random).padStart(5, '0')}${String(global).padStart(10, '0')}:${String(local).padStart(4, '0')}:${payload}`;
  const inner = Buffer.from(createHash('md5').update(body).digest('hex') + body, 'latin1');
  const z = deflateSync(inner, { level });
  const n = 8 - (z.length % 8);
  const plain = Buffer.concat([Buffer.from('!'.repeat(n)), z]);
  const c = createCipheriv('aes-256-cbc', key, Buffer.from('FEDCBA0987654321'));
  return Buffer.concat([Buffer.from(header), c.update(plain), c.final()]);
}

function expectCode(fn: () => unknown, code: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(AgentProtocolError);
  expect((thrown as AgentProtocolError).code).toBe(code);
}

describe('agent cipher: headers', () => {
  it.each([
    ['!001!#AES:abc', '001', 'aes', 'abc'],
    ['!12345!#AES:', '12345', 'aes', ''],
    ['#AES:xyz', null, 'aes', 'xyz'],
    [':legacy', null, 'blowfish', 'legacy'],
    ['!7!:legacy', '7', 'blowfish', 'legacy'],
  ])('parses %j', (msg, agentId, cipher, body) => {
    const h = parseAgentHeader(Buffer.from(msg));
    expect([h.agentId, h.cipher, h.body.toString()]).toEqual([agentId, cipher, body]);
  });

  it.each(['', '!', '!!#AES:x', '!00a!#AES:x', '!001#AES:x', '#AE:x', 'AES:x', '#ping'])('rejects %j as bad_header', (msg) => {
    expectCode(() => parseAgentHeader(Buffer.from(msg)), 'bad_header');
  });

  it('formats both header shapes', () => {
    expect(formatAgentHeader('001').toString()).toBe('!001!#AES:');
    expect(formatAgentHeader().toString()).toBe('#AES:');
    expectCode(() => formatAgentHeader('x1'), 'bad_header');
  });
});

describe('agent cipher: seal and open', () => {
  it.each([
    ['a startup', '#!-agent startup {"version":"v4.14.7"}', 1, 1, '001'],
    ['an event', "1:/var/log/auth.log:Jan  1 00:00:00 host sshd[1]: Accepted", 4294967295, 9997, '001'],
    ['an empty payload', '', 0, 0, undefined],
    ['a large payload', 'x'.repeat(AGENT_MAX_PAYLOAD), 7, 42, undefined],
  ])('round-trips %s', (_what, payload, global, local, agentId) => {
    const sealed = sealAgentMessage({ key: KEY, global, local, random: 65535, payload, agentId });
    expect(sealed.toString('latin1').startsWith(agentId ? `!${agentId}!#AES:` : '#AES:')).toBe(true);
    expect((sealed.length - formatAgentHeader(agentId).length) % 16).toBe(0);
    const opened = openAgentMessage(KEY, sealed);
    expect(opened).toEqual({ agentId: agentId ?? null, global, local, payload: Buffer.from(payload) });
  });

  it('round-trips any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(0xffffffff), fc.nat(9999), fc.nat(0xffff), (bytes, global, local, random) => {
        const payload = Buffer.from(bytes);
        const opened = openAgentMessage(KEY, sealAgentMessage({ key: KEY, global, local, random, payload, agentId: '001' }));
        expect(opened.payload.equals(payload)).toBe(true);
        expect([opened.global, opened.local]).toEqual([global, local]);
      }),
      { numRuns: 200 },
    );
  });

  it.each([0, 1, 6, 9])('opens a message sealed by hand with zlib level %d (a different zlib build)', (level) => {
    const msg = sealByHand(KEY, 12345, 17, 9997, '#!-agent ack ', level, '#AES:');
    expect(openAgentMessage(KEY, msg)).toEqual({ agentId: null, global: 17, local: 9997, payload: Buffer.from('#!-agent ack ') });
    const byId = sealByHand(KEY, 0, 0, 1, '1:wazuh-agent:ossec: Agent started', level, '!001!#AES:');
    expect(openAgentMessage(KEY, byId).agentId).toBe('001');
  });

  it('pads with 1 to 8 "!" so the compressed text fills whole 8-byte units', () => {
    const counts = new Set<number>();
    for (let i = 0; i < 64; i++) {
      const payload = 'p'.repeat(i * 7);
      const z = deflateSync(Buffer.from('x'.repeat(53) + payload)).length;
      counts.add(8 - (z % 8));
      expect(openAgentMessage(KEY, sealAgentMessage({ key: KEY, global: 0, local: 1, random: 1, payload })).payload.toString()).toBe(payload);
    }
    expect([...counts].every((n) => n >= 1 && n <= 8)).toBe(true);
  });

  it.each([
    ['a wrong key', () => openAgentMessage(OTHER_KEY, sealAgentMessage({ key: KEY, global: 1, local: 1, random: 1, payload: 'x'.repeat(100) })), ['bad_padding', 'inflate_failed', 'bad_checksum']],
    ['a ciphertext not a multiple of 16', () => openAgentBody(KEY, Buffer.alloc(17)), ['bad_ciphertext']],
    ['an empty ciphertext', () => openAgentBody(KEY, Buffer.alloc(0)), ['bad_ciphertext']],
    ['a Blowfish message', () => openAgentMessage(KEY, Buffer.from(':abc')), ['bad_header']],
    ['a short key', () => openAgentBody(Buffer.alloc(16), Buffer.alloc(16)), ['bad_key']],
  ])('fails with a typed error on %s', (_what, fn, codes) => {
    let thrown: unknown;
    try {
      fn();
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AgentProtocolError);
    expect(codes).toContain((thrown as AgentProtocolError).code);
  });

  it.each([
    ['no leading "!"', 'bad_padding', (z: Buffer) => Buffer.concat([Buffer.from('#'.repeat(8 - (z.length % 8))), z])],
    ['garbage instead of zlib', 'inflate_failed', (z: Buffer) => Buffer.concat([Buffer.from('!'), Buffer.alloc(z.length + 7 - (z.length % 8), 0x41)])],
    ['bytes after the zlib stream', 'inflate_failed', (z: Buffer) => Buffer.concat([Buffer.from('!'.repeat(8 - (z.length % 8))), z, Buffer.from('trailing')])],
  ])('opening plaintext with %s fails with %s', (_what, code, build) => {
    const z = deflateSync(Buffer.from('whatever'));
    const c = createCipheriv('aes-256-cbc', KEY, Buffer.from('FEDCBA0987654321'));
    const body = Buffer.concat([c.update(build(z)), c.final()]);
    expectCode(() => openAgentBody(KEY, body), code);
  });

  const withMd5 = (b: string): string => createHash('md5').update(b).digest('hex') + b;
  it.each([
    ['a wrong md5', 'bad_checksum', (body: string) => '0'.repeat(32) + body],
    ['letters in the global counter', 'bad_counters', (body: string) => withMd5(body.replace(/^(\d{5})\d/, '$1x'))],
    ['no colon after the global counter', 'bad_counters', (body: string) => withMd5(body.slice(0, 15) + ';' + body.slice(16))],
    ['no colon after the local counter', 'bad_counters', (body: string) => withMd5(body.slice(0, 20) + ';' + body.slice(21))],
    ['a truncated body', 'bad_checksum', () => withMd5('12345')],
  ])('an inner message with %s fails with %s', (_what, code, mangle) => {
    const inner = Buffer.from(mangle('00001' + '0000000001:0001:payload'), 'latin1');
    const z = deflateSync(inner);
    const c = createCipheriv('aes-256-cbc', KEY, Buffer.from('FEDCBA0987654321'));
    const body = Buffer.concat([c.update(Buffer.concat([Buffer.from('!'.repeat(8 - (z.length % 8))), z])), c.final()]);
    expectCode(() => openAgentBody(KEY, body), code);
  });

  it('refuses to seal out-of-range counters or an oversized payload', () => {
    expectCode(() => sealAgentMessage({ key: KEY, global: 1, local: 10000, random: 1, payload: 'x' }), 'bad_counters');
    expectCode(() => sealAgentMessage({ key: KEY, global: -1, local: 1, random: 1, payload: 'x' }), 'bad_counters');
    expectCode(() => sealAgentMessage({ key: KEY, global: 1, local: 1, random: 70000, payload: 'x' }), 'bad_counters');
    expectCode(() => sealAgentMessage({ key: KEY, global: 1, local: 1, random: 1, payload: Buffer.alloc(AGENT_MAX_PAYLOAD + 1) }), 'payload_too_large');
  });
});

describe('agent cipher: tampering', () => {
  const sealed = sealAgentMessage({ key: KEY, global: 3, local: 4, random: 5, payload: '1:/var/log/syslog:' + 'event '.repeat(20), agentId: '001' });
  const headerLength = '!001!#AES:'.length;

  it('a flipped bit anywhere in the ciphertext is always a typed error', () => {
    for (let i = headerLength; i < sealed.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const bad = Buffer.from(sealed);
        bad[i] = bad[i]! ^ bit;
        expect(() => openAgentMessage(KEY, bad)).toThrow(AgentProtocolError);
      }
    }
  });

  it('a flipped header byte is a typed error or still names an agent (never a crash)', () => {
    for (let i = 0; i < headerLength; i++) {
      const bad = Buffer.from(sealed);
      bad[i] = bad[i]! ^ 0x01;
      try {
        const opened = openAgentMessage(KEY, bad);
        expect(opened.agentId).toMatch(/^\d+$/);
      } catch (err) {
        expect(err).toBeInstanceOf(AgentProtocolError);
      }
    }
  });

  it('random mutations and truncations never escape as untyped errors (property)', () => {
    fc.assert(
      fc.property(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), fc.nat(sealed.length), (pos, xor, cut) => {
        for (const bad of [Buffer.from(sealed), sealed.subarray(0, cut)]) {
          if (bad === sealed) continue;
          if (bad.length === sealed.length) bad[pos] = bad[pos]! ^ xor;
          try {
            openAgentMessage(KEY, bad);
          } catch (err) {
            expect(err).toBeInstanceOf(AgentProtocolError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
