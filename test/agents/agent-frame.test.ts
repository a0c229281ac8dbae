import { AGENT_MAX_MESSAGE, AgentFrameDecoder, agentPing, agentPong, encodeAgentFrame, isAgentPing } from '../../agents/wire/agent-frame';
import { AgentProtocolError } from '../../agents/errors';

function splitAt(buf: Buffer, cut: number): Buffer[] {
  return [buf.subarray(0, cut), buf.subarray(cut)];
}

describe('agent frame (port 1514 framing)', () => {
  const messages = [Buffer.from('#ping'), Buffer.alloc(0), Buffer.from('!001!#AES:' + 'x'.repeat(300)), Buffer.from([0, 1, 2, 255])];
  const stream = Buffer.concat(messages.map((m) => encodeAgentFrame(m)));

  it('encodes a little-endian length then the bytes', () => {
    expect(encodeAgentFrame(Buffer.from('abc')).toString('hex')).toBe('03000000616263');
    expect(encodeAgentFrame('#pong').readUInt32LE(0)).toBe(5);
  });

  it('decodes the whole stream in one push', () => {
    expect(new AgentFrameDecoder().push(stream)).toEqual(messages);
  });

  it('decodes the stream split at every byte position', () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      const d = new AgentFrameDecoder();
      const out = splitAt(stream, cut).flatMap((part) => d.push(part));
      expect(out).toEqual(messages);
      expect(d.hasPartial()).toBe(false);
    }
  });

  it('decodes the stream fed one byte at a time and reports the partial frame', () => {
    const d = new AgentFrameDecoder();
    const out: Buffer[] = [];
    for (let i = 0; i < stream.length; i++) {
      out.push(...d.push(stream.subarray(i, i + 1)));
      if (i === 2) expect(d.hasPartial()).toBe(true);
    }
    expect(out).toEqual(messages);
    expect(d.bufferedBytes()).toBe(0);
  });

  it.each([
    ['exactly the maximum', AGENT_MAX_MESSAGE, true],
    ['one over the maximum', AGENT_MAX_MESSAGE + 1, false],
    ['a huge length', 0xffffffff, false],
  ])('a length of %s (%d) is %s', (_what, length, ok) => {
    const header = Buffer.alloc(4);
    header.writeUInt32LE(length, 0);
    const d = new AgentFrameDecoder();
    if (ok) {
      expect(d.push(header)).toEqual([]);
      expect(d.bufferedBytes()).toBe(4);
    } else {
      expect(() => d.push(header)).toThrow(expect.objectContaining({ code: 'frame_too_large' }));
      // A dead decoder stays dead.
      expect(() => d.push(Buffer.from('x'))).toThrow(AgentProtocolError);
    }
  });

  it('checks the maximum on the header alone, before any body bytes arrive', () => {
    const d = new AgentFrameDecoder({ maxMessageSize: 10 });
    expect(() => d.push(Buffer.from([11, 0, 0]))).not.toThrow();
    expect(() => d.push(Buffer.from([0]))).toThrow(expect.objectContaining({ code: 'frame_too_large' }));
  });

  it('refuses to encode an oversized message', () => {
    expect(() => encodeAgentFrame(Buffer.alloc(AGENT_MAX_MESSAGE + 1))).toThrow(expect.objectContaining({ code: 'frame_too_large' }));
  });

  it.each([
    ['#ping', true],
    ['#ping extra', true],
    ['#pin', false],
    ['#AES:xxxx', false],
  ])('isAgentPing(%j) is %s', (text, expected) => {
    expect(isAgentPing(Buffer.from(text))).toBe(expected);
  });

  it('answers #ping with #pong', () => {
    expect(agentPong().toString()).toBe('#pong');
    expect(agentPing().toString()).toBe('#ping');
  });
});

describe('agent frame decoder, one message at a time (feed / next)', () => {
  const small = encodeAgentFrame(Buffer.from('hello'));
  const big = encodeAgentFrame(Buffer.alloc(100, 0x42));

  it('next() reads no further than one message, so a raised maximum applies to the frames after it', () => {
    const d = new AgentFrameDecoder({ maxMessageSize: 10 });
    d.feed(Buffer.concat([small, big]));
    expect(d.next()?.toString()).toBe('hello');
    expect(d.bufferedBytes()).toBe(big.length); // not read yet, but held
    d.setMaxMessageSize(100);
    expect(d.next()).toEqual(Buffer.alloc(100, 0x42));
    expect(d.next()).toBeNull();
    expect(d.bufferedBytes()).toBe(0);
  });

  it('without the raise, the big frame behind a small one is refused when it is reached', () => {
    const d = new AgentFrameDecoder({ maxMessageSize: 10 });
    d.feed(Buffer.concat([small, big]));
    expect(d.next()?.toString()).toBe('hello');
    expect(() => d.next()).toThrow(expect.objectContaining({ code: 'frame_too_large' }));
    expect(() => d.feed(small)).toThrow(AgentProtocolError);
  });

  it('bytes fed while the caller does not read are counted, and compact() copies them out of their chunk', () => {
    const d = new AgentFrameDecoder();
    const chunk = Buffer.concat([small, Buffer.from([10, 0, 0]), Buffer.alloc(60_000)]);
    d.feed(chunk.subarray(0, small.length + 3));
    expect(d.next()?.toString()).toBe('hello');
    d.feed(Buffer.from([0, 0x41]));
    expect(d.bufferedBytes()).toBe(5);
    d.compact();
    expect(d.next()).toBeNull();
    expect(d.hasPartial()).toBe(true);
    expect(d.bufferedBytes()).toBe(5);
  });

  it('after compact() the unread bytes no longer share memory with the chunk they came in', () => {
    const d = new AgentFrameDecoder();
    const chunk = Buffer.concat([small, encodeAgentFrame(Buffer.from('abc'))]);
    d.feed(chunk);
    expect(d.next()?.toString()).toBe('hello');
    d.compact();
    chunk.fill(0x5a);
    expect(d.next()?.toString()).toBe('abc');
  });
});
