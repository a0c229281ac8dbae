// The replay file format: what is written reads back the same, frames exactly as the agent port frames
// them; anything else (another file, another version, a cut or padded file, bad fields) is refused with
// a ReplayError naming what and where.
import { openAgentMessage } from '../../agents/crypto/agent-cipher';
import { agentAesKey } from '../../agents/crypto/agent-key';
import { classifyAgentMessage } from '../../agents/messages/agent-message';
import { AgentFrameDecoder } from '../../agents/wire/agent-frame';
import { ReplayError } from '../../agents/replay/replay-errors';
import {
  decodeReplayFile, encodeReplayFile, encodeReplayParts, frameSlice, RecordedAgent, REPLAY_MAGIC, REPLAY_VERSION, replayMessage,
} from '../../agents/replay/replay-file';
import { recordAgents, REPLAY_PREAMBLE } from '../../agents/replay/replay-recorder';

/** A fixed sequence standing in for Math.random, so every byte of a recording is pinned. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x1_0000_0000);
}

const HEADER = { created_at: '2026-12-02T10:00:00.000Z', workers: ['127.0.0.1:11514'], generator: 'test' };
const KEYS = ['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64)];

function record(agents = 3, events = 4): RecordedAgent[] {
  let k = 0;
  return recordAgents({ agents, events }, { now: new Date(2026, 11, 2, 10), random: seeded(7), newKey: () => KEYS[k++ % KEYS.length]! });
}

function refusal(buf: Buffer): ReplayError {
  try {
    decodeReplayFile(buf);
  } catch (err) {
    expect(err).toBeInstanceOf(ReplayError);
    return err as ReplayError;
  }
  throw new Error('the file was accepted');
}

describe('replay file: round trip', () => {
  test('agents, keys, preambles and every message read back as written', () => {
    const agents = record();
    const file = decodeReplayFile(encodeReplayFile(HEADER, agents));
    expect(file.header).toEqual({ ...HEADER, agents: 3 });
    expect(file.agents.map((a) => [a.id, a.name, a.ip, a.key, a.preamble, a.ends.length])).toEqual([
      ['001', 'replay-001', 'any', KEYS[0], REPLAY_PREAMBLE, 6],
      ['002', 'replay-002', 'any', KEYS[1], REPLAY_PREAMBLE, 6],
      ['003', 'replay-003', 'any', KEYS[2], REPLAY_PREAMBLE, 6],
    ]);
    file.agents.forEach((a, i) => {
      agents[i]!.messages.forEach((m, j) => expect(replayMessage(a, j).equals(m)).toBe(true));
    });
  });

  test('the parts written one by one are the same bytes as the whole file', () => {
    const agents = record(2, 3);
    expect(Buffer.concat(encodeReplayParts(HEADER, agents)).equals(encodeReplayFile(HEADER, agents))).toBe(true);
  });

  test('a slice of frames is what the agent port reads: startup, keep-alive, then events with rising counters', () => {
    const file = decodeReplayFile(encodeReplayFile(HEADER, record(1, 5)));
    const a = file.agents[0]!;
    const messages = new AgentFrameDecoder().push(frameSlice(a, 0, a.ends.length));
    expect(messages).toHaveLength(7);
    const key = agentAesKey(a.id, a.name, a.key);
    const opened = messages.map((m) => openAgentMessage(key, m));
    expect(opened.every((o) => o.agentId === '001')).toBe(true);
    expect(opened.map((o) => [o.global, o.local])).toEqual([1, 2, 3, 4, 5, 6, 7].map((l) => [0, l]));
    expect(opened.map((o) => classifyAgentMessage(o.payload).kind)).toEqual(['startup', 'keepalive', 'event', 'event', 'event', 'event', 'event']);
    expect(frameSlice(a, 2, 2)).toHaveLength(0);
  });

  test('a file of no agents is a valid, empty file', () => {
    expect(decodeReplayFile(encodeReplayFile(HEADER, []))).toEqual({ header: { ...HEADER, agents: 0 }, agents: [] });
  });
});

describe('replay file: refused', () => {
  const good = encodeReplayFile(HEADER, record(2, 2));

  test('another file: bad magic, named', () => {
    const e = refusal(Buffer.from('{"not":"a replay file"}\n'));
    expect(e.code).toBe('bad_magic');
    expect(e.message).toMatch(/not a Warden replay file.*WRDNRPLY/);
  });

  test('another version: says which, and what to do', () => {
    const b = Buffer.from(good);
    b.writeUInt16LE(REPLAY_VERSION + 1, REPLAY_MAGIC.length);
    const e = refusal(b);
    expect(e.code).toBe('bad_version');
    expect(e.message).toMatch(new RegExp(`version ${REPLAY_VERSION + 1} is not supported .*version ${REPLAY_VERSION}.*record it again`));
  });

  test('unknown flags', () => {
    const b = Buffer.from(good);
    b.writeUInt16LE(4, REPLAY_MAGIC.length + 2);
    expect(refusal(b)).toMatchObject({ code: 'bad_header', message: expect.stringMatching(/flags 0x4/) });
  });

  test('cut at any byte: truncated (or a frame that runs past its block), never accepted, never another error', () => {
    for (let cut = 0; cut < good.length; cut++) {
      const e = refusal(good.subarray(0, cut));
      expect(['truncated', 'bad_frame']).toContain(e.code);
      if (e.code === 'truncated') expect(e.message).toMatch(new RegExp(`truncated at byte ${cut}:`));
    }
  });

  test('a cut inside an agent names that agent', () => {
    expect(refusal(good.subarray(0, good.length - 10)).message).toMatch(/agent 2 of 2/);
  });

  test('bytes after the last agent', () => {
    expect(refusal(Buffer.concat([good, Buffer.from([0])]))).toMatchObject({ code: 'trailing_bytes', message: expect.stringMatching(/^1 bytes after the last of 2 agents/) });
  });

  test.each([
    ['not JSON', Buffer.from('{nope'), /not JSON/],
    ['not an object', Buffer.from('42'), /not a JSON object/],
    ['fields missing', Buffer.from('{"agents":-1}'), /"agents" must be a count.*"created_at".*"workers".*"generator"/],
  ])('a header that is %s: every problem named', (_what, json, message) => {
    const prefix = Buffer.alloc(16);
    REPLAY_MAGIC.copy(prefix);
    prefix.writeUInt16LE(REPLAY_VERSION, 8);
    prefix.writeUInt32LE(json.length, 12);
    expect(refusal(Buffer.concat([prefix, json]))).toMatchObject({ code: 'bad_header', message: expect.stringMatching(message) });
  });

  test('a frame announcing more than its block holds, or a length out of range', () => {
    const [a] = record(1, 1);
    const one = encodeReplayFile(HEADER, [a!]);
    const last = one.length - 4 - a!.messages[2]!.length; // the last frame's length field
    const longer = Buffer.from(one);
    longer.writeUInt32LE(a!.messages[2]!.length + 1, last);
    expect(refusal(longer)).toMatchObject({ code: 'bad_frame', message: expect.stringMatching(/^agent 1 of 1 \(001\): frame 3 of 3 runs 1 bytes past its block/) });
    const huge = Buffer.from(one);
    huge.writeUInt32LE(70_000, last);
    expect(refusal(huge)).toMatchObject({ code: 'bad_frame', message: expect.stringMatching(/frame 3 announces 70000 bytes \(1-65536\)/) });
  });

  test('an agent whose fields would not import (bad id form): named, the key never quoted', () => {
    const [a] = record(1, 1);
    expect(() => encodeReplayFile(HEADER, [{ ...a!, id: '1' }])).toThrow(/not in Wazuh's form 001/);
    const b = Buffer.from(encodeReplayFile(HEADER, [a!]));
    const at = b.indexOf(Buffer.from('001'));
    b.write('0x1', at, 'latin1');
    const e = refusal(b);
    expect(e.code).toBe('bad_agent');
    expect(e.message).toMatch(/agent 1 of 1/);
    expect(e.message).not.toContain(KEYS[0]);
  });

  test('the same agent twice', () => {
    const [a] = record(1, 1);
    expect(refusal(encodeReplayFile(HEADER, [a!, a!]))).toMatchObject({ code: 'bad_agent', message: expect.stringMatching(/id 001 is in the file twice/) });
  });

  test('a preamble longer than the agent\'s messages is not written', () => {
    const [a] = record(1, 0);
    expect(() => encodeReplayFile(HEADER, [{ ...a!, preamble: 3 }])).toThrow(/preamble 3 is not between 0 and its 2 messages/);
  });
});

describe('recorder options', () => {
  test.each([
    [{ agents: 0, events: 1 }, /agents: 0 must be a positive integer/],
    [{ agents: 2, events: -1 }, /events: -1 must be an integer >= 0/],
    [{ agents: 2, events: 1, firstId: 99_999_999 }, /goes past id 99999999/],
    [{ agents: 1, events: 1, namePrefix: '.hidden' }, /name prefix/],
  ])('%j is refused, named', (o, message) => {
    expect(() => recordAgents(o, { now: new Date(0), random: seeded(1) })).toThrow(message);
  });

  test('ids start at firstId and keys are fresh by default', () => {
    const a = recordAgents({ agents: 2, events: 0, firstId: 41, namePrefix: 'load' }, { now: new Date(0), random: seeded(1) });
    expect(a.map((x) => [x.id, x.name])).toEqual([['041', 'load-041'], ['042', 'load-042']]);
    expect(a[0]!.key).toMatch(/^[0-9a-f]{64}$/);
    expect(a[0]!.key).not.toBe(a[1]!.key);
  });
});

test('a slice outside an agent\'s frames is a RangeError, not garbage', () => {
  const a = decodeReplayFile(encodeReplayFile(HEADER, record(1, 1))).agents[0]!;
  expect(() => frameSlice(a, 0, 4)).toThrow(/frames \[0, 4\) are not within agent 001's 3 frames/);
  expect(() => frameSlice(a, 2, 1)).toThrow(RangeError);
  expect(() => replayMessage(a, 3)).toThrow(RangeError);
});
