// Sealing and opening of the secure messages of port 1514 (Wazuh 4.x, AES mode).
//
//   body  = %05u random + %010u global + ':' + %04u local + ':' + payload
//   inner = md5hex(body) + body;  z = zlib(inner);  plain = '!' x (8 - len(z) % 8) + z
//   wire  = header + AES-256-CBC(key = ekey[0:32], iv = ASCII "FEDCBA0987654321", PKCS#7)(plain)
//
// Opening parses every step and never compares ciphertexts (zlib builds differ between peers). Every
// failure is an AgentProtocolError with a stable code; nothing else escapes. Pure: random is passed in.
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { AgentProtocolError } from '../errors';
import { AGENT_MAX_MESSAGE } from '../wire/agent-frame';

const AGENT_AES_IV = Buffer.from('FEDCBA0987654321', 'latin1');
const AES_TOKEN = '#AES:';
/** md5 (32) + random (5) + global (10) + ':' + local (4) + ':' */
const INNER_OVERHEAD = 32 + 5 + 10 + 1 + 4 + 1;
/** The receiver inflates into OS_MAXSTR bytes; a bigger inner message cannot be opened. */
export const AGENT_MAX_PAYLOAD = AGENT_MAX_MESSAGE - INNER_OVERHEAD;

type AgentCipherName = 'aes' | 'blowfish';

interface AgentHeader {
  /** The id in `!<id>!`, or null when the agent is to be found by its source address. */
  agentId: string | null;
  cipher: AgentCipherName;
  /** The ciphertext after the header. */
  body: Buffer;
}

interface OpenedAgentMessage {
  global: number;
  local: number;
  payload: Buffer;
}

interface SealOptions {
  /** 32-byte AES key (see agentAesKey). */
  key: Buffer;
  global: number;
  local: number;
  /** 0..65535, drawn by the caller. */
  random: number;
  payload: Buffer | string;
  /** Agent to manager by id: `!<id>!#AES:`. Omit for `#AES:` alone (manager to agent, or by source IP). */
  agentId?: string;
}

const BANG = 0x21;
const COLON = 0x3a;

function md5hex(data: Buffer): string {
  return createHash('md5').update(data).digest('hex');
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new AgentProtocolError('bad_key', `AES-256 key must be 32 bytes, got ${key.length}`);
}

/** Splits `!<id>!#AES:...`, `#AES:...` or the legacy `:...` (Blowfish) header from the ciphertext. */
export function parseAgentHeader(message: Buffer): AgentHeader {
  let off = 0;
  let agentId: string | null = null;
  if (message[0] === BANG) {
    let end = 1;
    while (end < message.length && message[end]! >= 0x30 && message[end]! <= 0x39) end++;
    if (end === 1 || message[end] !== BANG) throw new AgentProtocolError('bad_header', 'agent id header is not `!<digits>!`');
    agentId = message.toString('latin1', 1, end);
    off = end + 1;
  }
  if (message.toString('latin1', off, off + AES_TOKEN.length) === AES_TOKEN) {
    return { agentId, cipher: 'aes', body: message.subarray(off + AES_TOKEN.length) };
  }
  if (message[off] === COLON) return { agentId, cipher: 'blowfish', body: message.subarray(off + 1) };
  throw new AgentProtocolError('bad_header', 'secure message header is neither `#AES:` nor `:`');
}

/** Builds the header that precedes the ciphertext. */
export function formatAgentHeader(agentId?: string): Buffer {
  if (agentId !== undefined && !/^\d+$/.test(agentId)) throw new AgentProtocolError('bad_header', `agent id must be digits: ${JSON.stringify(agentId)}`);
  return Buffer.from(agentId === undefined ? AES_TOKEN : `!${agentId}!${AES_TOKEN}`, 'latin1');
}

function pad(n: number, width: number, what: string, max: number): string {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new AgentProtocolError('bad_counters', `${what} out of range: ${n}`);
  return String(n).padStart(width, '0');
}

/** Seals one payload into a full secure message (header + ciphertext), ready for encodeAgentFrame. */
export function sealAgentMessage(options: SealOptions): Buffer {
  checkKey(options.key);
  const payload = typeof options.payload === 'string' ? Buffer.from(options.payload, 'utf8') : options.payload;
  if (payload.length > AGENT_MAX_PAYLOAD) {
    throw new AgentProtocolError('payload_too_large', `payload of ${payload.length} bytes is over ${AGENT_MAX_PAYLOAD}`);
  }
  const prefix = `${pad(options.random, 5, 'random', 0xffff)}${pad(options.global, 10, 'global counter', 0xffffffff)}:${pad(options.local, 4, 'local counter', 9999)}:`;
  const body = Buffer.concat([Buffer.from(prefix, 'latin1'), payload]);
  const inner = Buffer.concat([Buffer.from(md5hex(body), 'latin1'), body]);
  const z = deflateSync(inner);
  const bangs = 8 - (z.length % 8);
  const plain = Buffer.concat([Buffer.alloc(bangs, BANG), z]);
  const cipher = createCipheriv('aes-256-cbc', options.key, AGENT_AES_IV);
  const sealed = Buffer.concat([formatAgentHeader(options.agentId), cipher.update(plain), cipher.final()]);
  if (sealed.length > AGENT_MAX_MESSAGE) {
    throw new AgentProtocolError('payload_too_large', `sealed message of ${sealed.length} bytes is over ${AGENT_MAX_MESSAGE}`);
  }
  return sealed;
}

function decrypt(key: Buffer, body: Buffer): Buffer {
  if (body.length === 0 || body.length % 16 !== 0) {
    throw new AgentProtocolError('bad_ciphertext', `ciphertext length ${body.length} is not a positive multiple of 16`);
  }
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, AGENT_AES_IV);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch (err) {
    throw new AgentProtocolError('bad_padding', 'AES decryption failed (wrong key or tampered message)', { cause: err });
  }
}

/** Inflates the whole input: bytes after the end of the zlib stream mean tampering, not a peer's quirk. */
function inflate(data: Buffer): Buffer {
  let result: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    result = inflateSync(data, { maxOutputLength: AGENT_MAX_MESSAGE, info: true }) as unknown as typeof result;
  } catch (err) {
    throw new AgentProtocolError('inflate_failed', 'zlib inflate of the message failed', { cause: err });
  }
  if (result.engine.bytesWritten !== data.length) {
    throw new AgentProtocolError('inflate_failed', `${data.length - result.engine.bytesWritten} bytes follow the zlib stream`);
  }
  return result.buffer;
}

function digitsAt(buf: Buffer, start: number, count: number): number | null {
  if (start + count > buf.length) return null;
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = buf[i]!;
    if (c < 0x30 || c > 0x39) return null;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

/** Opens the ciphertext of an AES message (the `body` of parseAgentHeader). */
export function openAgentBody(key: Buffer, body: Buffer): OpenedAgentMessage {
  checkKey(key);
  const plain = decrypt(key, body);
  if (plain[0] !== BANG) throw new AgentProtocolError('bad_padding', 'decrypted message does not start with `!`');
  let off = 1;
  while (off < plain.length && plain[off] === BANG) off++;
  const inner = inflate(plain.subarray(off));
  if (inner.length < INNER_OVERHEAD) throw new AgentProtocolError('bad_checksum', `inner message of ${inner.length} bytes is too short`);
  const rest = inner.subarray(32);
  if (inner.toString('latin1', 0, 32) !== md5hex(rest)) throw new AgentProtocolError('bad_checksum', 'MD5 of the message does not match');
  const global = digitsAt(rest, 5, 10);
  const local = digitsAt(rest, 16, 4);
  if (digitsAt(rest, 0, 5) === null || global === null || local === null || rest[15] !== COLON || rest[20] !== COLON) {
    throw new AgentProtocolError('bad_counters', 'message counters are not `%05u%010u:%04u:`');
  }
  return { global, local, payload: rest.subarray(21) };
}

/** Opens a whole secure message with a known key; refuses the legacy Blowfish mode. */
export function openAgentMessage(key: Buffer, message: Buffer): OpenedAgentMessage & { agentId: string | null } {
  const header = parseAgentHeader(message);
  if (header.cipher !== 'aes') throw new AgentProtocolError('bad_header', 'Blowfish messages are not supported');
  return { agentId: header.agentId, ...openAgentBody(key, header.body) };
}
