// The replay file: agents with their keys and pre-sealed agent-port frames, for a generator that only
// copies bytes to sockets. Pure: bytes in, a typed file out (or a ReplayError naming what is wrong and
// where); a file in, bytes out. Little-endian throughout.
//
//   "WRDNRPLY"  u16 version (1)  u16 flags (0)  u32 header length  header (JSON, UTF-8)
//   per agent:  u8 len + id  u8 len + name  u8 len + ip  u8 len + key
//               u32 preamble frames  u32 frames  u32 block bytes  block
//   block:      the frames exactly as the agent port reads them (u32 length + sealed message), in order
//
// The blocks are the wire bytes, so a replayer sends a run of an agent's frames as one slice of the file.
import { clientKeyProblem } from '../client-keys';
import { AGENT_MAX_MESSAGE } from '../wire/agent-frame';
import { ReplayError } from './replay-errors';

export const REPLAY_MAGIC = Buffer.from('WRDNRPLY', 'latin1');
export const REPLAY_VERSION = 1;
const PREFIX_BYTES = REPLAY_MAGIC.length + 2 + 2 + 4;
const MAX_HEADER_BYTES = 64 * 1024;
const FRAME_HEADER = 4;

/** What the file says about itself. */
export interface ReplayHeader {
  /** Agents in the file. */
  agents: number;
  /** When the frames were sealed (ISO). */
  created_at: string;
  /** The agent ports the recorder was told of (HOST:PORT); a replayer may be given others. */
  workers: string[];
  /** What made it, for people. */
  generator: string;
}

/** An agent as recorded: its client.keys entry and its messages, sealed, in the order to send them. */
export interface RecordedAgent {
  id: string;
  name: string;
  ip: string;
  key: string;
  /** How many of the first messages are the connection's preamble (startup, keep-alive), not events. */
  preamble: number;
  messages: Buffer[];
}

/** An agent as read back: its frames are one block of wire bytes, cut at `ends`. */
export interface ReplayAgent {
  id: string;
  name: string;
  ip: string;
  key: string;
  preamble: number;
  block: Buffer;
  /** ends[i]: where frame i ends in the block (frame i starts at ends[i - 1], or 0). */
  ends: Uint32Array;
}

export interface ReplayFile {
  header: ReplayHeader;
  agents: ReplayAgent[];
}

/** The wire bytes of frames [from, to) of an agent: one slice of its block, no copy. */
export function frameSlice(agent: ReplayAgent, from: number, to: number): Buffer {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= agent.ends.length)) {
    throw new RangeError(`frames [${from}, ${to}) are not within agent ${agent.id}'s ${agent.ends.length} frames`);
  }
  return agent.block.subarray(from === 0 ? 0 : agent.ends[from - 1]!, to === 0 ? 0 : agent.ends[to - 1]!);
}

/** The sealed message of frame i, without its length. */
export function replayMessage(agent: ReplayAgent, i: number): Buffer {
  return frameSlice(agent, i, i + 1).subarray(FRAME_HEADER);
}

/** The fixed prefix and the header, for a file of `agents` agents. */
export function encodeReplayPrefix(header: Omit<ReplayHeader, 'agents'>, agents: number): Buffer {
  const json = Buffer.from(JSON.stringify({ ...header, agents }), 'utf8');
  if (json.length > MAX_HEADER_BYTES) throw new ReplayError('bad_header', `the header is ${json.length} bytes, over ${MAX_HEADER_BYTES}`);
  const prefix = Buffer.alloc(PREFIX_BYTES);
  REPLAY_MAGIC.copy(prefix, 0);
  prefix.writeUInt16LE(REPLAY_VERSION, 8);
  prefix.writeUInt16LE(0, 10);
  prefix.writeUInt32LE(json.length, 12);
  return Buffer.concat([prefix, json]);
}

/** One agent's record, as buffers to write in order (its messages are not copied). */
export function encodeAgentParts(a: RecordedAgent): Buffer[] {
  const problem = clientKeyProblem(a);
  if (problem) throw new ReplayError('bad_agent', `agent ${JSON.stringify(a.id)}: ${problem}`);
  if (!Number.isInteger(a.preamble) || a.preamble < 0 || a.preamble > a.messages.length) {
    throw new ReplayError('bad_agent', `agent ${a.id}: preamble ${a.preamble} is not between 0 and its ${a.messages.length} messages`);
  }
  const fields = [a.id, a.name, a.ip, a.key].map((s) => Buffer.from(s, 'latin1'));
  let bytes = 0;
  for (const m of a.messages) {
    if (m.length === 0 || m.length > AGENT_MAX_MESSAGE) throw new ReplayError('bad_frame', `agent ${a.id}: a message of ${m.length} bytes (1-${AGENT_MAX_MESSAGE})`);
    bytes += FRAME_HEADER + m.length;
  }
  if (bytes > 0xffffffff) throw new ReplayError('bad_frame', `agent ${a.id}: ${bytes} bytes of frames, over 4 GiB`);
  const counts = Buffer.alloc(12);
  counts.writeUInt32LE(a.preamble, 0);
  counts.writeUInt32LE(a.messages.length, 4);
  counts.writeUInt32LE(bytes, 8);
  const parts: Buffer[] = [Buffer.concat(fields.flatMap((f) => [Buffer.from([f.length]), f])), counts];
  for (const m of a.messages) {
    const len = Buffer.alloc(FRAME_HEADER);
    len.writeUInt32LE(m.length, 0);
    parts.push(len, m);
  }
  return parts;
}

/** A whole file as buffers to write in order. */
export function encodeReplayParts(header: Omit<ReplayHeader, 'agents'>, agents: readonly RecordedAgent[]): Buffer[] {
  return [encodeReplayPrefix(header, agents.length), ...agents.flatMap(encodeAgentParts)];
}

export function encodeReplayFile(header: Omit<ReplayHeader, 'agents'>, agents: readonly RecordedAgent[]): Buffer {
  return Buffer.concat(encodeReplayParts(header, agents));
}

/** Reads bytes in order; every shortfall is a `truncated` error saying what was being read and where. */
class Cursor {
  at = 0;
  constructor(private readonly buf: Buffer) {}

  take(n: number, what: string): Buffer {
    if (this.buf.length - this.at < n) {
      throw new ReplayError('truncated', `replay file truncated at byte ${this.buf.length}: ${what} needs ${n} bytes at byte ${this.at}, ${this.buf.length - this.at} left (record it again)`);
    }
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  u32(what: string): number {
    return this.take(4, what).readUInt32LE(0);
  }

  text(what: string): string {
    const len = this.take(1, `${what} length`)[0]!;
    return this.take(len, what).toString('latin1');
  }

  get left(): number {
    return this.buf.length - this.at;
  }
}

function readHeader(c: Cursor): ReplayHeader {
  const magic = c.take(REPLAY_MAGIC.length, 'the magic');
  if (!magic.equals(REPLAY_MAGIC)) {
    throw new ReplayError('bad_magic', `not a Warden replay file: it starts with ${JSON.stringify(magic.toString('latin1'))}, not "${REPLAY_MAGIC.toString('latin1')}"`);
  }
  const version = c.take(2, 'the version').readUInt16LE(0);
  if (version !== REPLAY_VERSION) {
    throw new ReplayError('bad_version', `replay file version ${version} is not supported (this build reads version ${REPLAY_VERSION}): record it again with this build`);
  }
  const flags = c.take(2, 'the flags').readUInt16LE(0);
  if (flags !== 0) throw new ReplayError('bad_header', `replay file flags 0x${flags.toString(16)} are unknown to this build (version ${REPLAY_VERSION} has none)`);
  const length = c.u32('the header length');
  if (length > MAX_HEADER_BYTES) throw new ReplayError('bad_header', `replay header of ${length} bytes is over ${MAX_HEADER_BYTES}: not a replay file or a damaged one`);
  let h: unknown;
  try {
    h = JSON.parse(c.take(length, 'the header').toString('utf8'));
  } catch (err) {
    if (err instanceof ReplayError) throw err;
    throw new ReplayError('bad_header', `replay header is not JSON: ${(err as Error).message}`, { cause: err });
  }
  const o = h as Partial<ReplayHeader> | null;
  const problems: string[] = [];
  if (o === null || typeof o !== 'object') throw new ReplayError('bad_header', 'replay header is not a JSON object');
  if (!Number.isSafeInteger(o.agents) || (o.agents as number) < 0) problems.push(`"agents" must be a count, got ${JSON.stringify(o.agents)}`);
  if (typeof o.created_at !== 'string') problems.push('"created_at" must be a string');
  if (!Array.isArray(o.workers) || !o.workers.every((w) => typeof w === 'string')) problems.push('"workers" must be a list of strings');
  if (typeof o.generator !== 'string') problems.push('"generator" must be a string');
  if (problems.length) throw new ReplayError('bad_header', `replay header: ${problems.join('; ')}`);
  return o as ReplayHeader;
}

function readAgent(c: Cursor, n: number, total: number): ReplayAgent {
  const where = `agent ${n + 1} of ${total}`;
  const id = c.text(`the id of ${where}`);
  const name = c.text(`the name of ${where}`);
  const ip = c.text(`the ip of ${where}`);
  const key = c.text(`the key of ${where}`);
  const problem = clientKeyProblem({ id, name, ip, key });
  if (problem) throw new ReplayError('bad_agent', `${where}: ${problem}`);
  const preamble = c.u32(`the preamble count of ${where}`);
  const frames = c.u32(`the frame count of ${where}`);
  const bytes = c.u32(`the block size of ${where}`);
  if (preamble > frames) throw new ReplayError('bad_agent', `${where} (${id}): preamble of ${preamble} frames is more than its ${frames} frames`);
  if (frames > bytes / (FRAME_HEADER + 1)) throw new ReplayError('bad_agent', `${where} (${id}): ${frames} frames cannot fit in ${bytes} bytes`);
  const block = c.take(bytes, `the ${frames} frames of ${where} (${id})`);
  const ends = new Uint32Array(frames);
  let at = 0;
  for (let i = 0; i < frames; i++) {
    if (bytes - at < FRAME_HEADER) throw new ReplayError('bad_frame', `${where} (${id}): frame ${i + 1} of ${frames} starts past its block's end`);
    const len = block.readUInt32LE(at);
    if (len === 0 || len > AGENT_MAX_MESSAGE) throw new ReplayError('bad_frame', `${where} (${id}): frame ${i + 1} announces ${len} bytes (1-${AGENT_MAX_MESSAGE})`);
    at += FRAME_HEADER + len;
    if (at > bytes) throw new ReplayError('bad_frame', `${where} (${id}): frame ${i + 1} of ${frames} runs ${at - bytes} bytes past its block`);
    ends[i] = at;
  }
  if (at !== bytes) throw new ReplayError('bad_frame', `${where} (${id}): ${bytes - at} bytes after its last frame`);
  return { id, name, ip, key, preamble, block, ends };
}

/** Reads a whole replay file; the agents' blocks are slices of `buf` (keep it alive). */
export function decodeReplayFile(buf: Buffer): ReplayFile {
  const c = new Cursor(buf);
  const header = readHeader(c);
  const agents: ReplayAgent[] = [];
  const ids = new Set<string>();
  for (let n = 0; n < header.agents; n++) {
    const a = readAgent(c, n, header.agents);
    if (ids.has(a.id)) throw new ReplayError('bad_agent', `agent ${n + 1} of ${header.agents}: id ${a.id} is in the file twice`);
    ids.add(a.id);
    agents.push(a);
  }
  if (c.left > 0) throw new ReplayError('trailing_bytes', `${c.left} bytes after the last of ${header.agents} agents: a damaged file or a wrong agent count`);
  return { header, agents };
}
