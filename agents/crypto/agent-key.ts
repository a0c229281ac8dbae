// Agent keys: the client.keys line, the per-agent encryption key and the K-hash used at enrollment.
// Pure string and hash work; reading and writing client.keys is the caller's job.
import { createHash } from 'node:crypto';
import { AgentProtocolError } from '../errors';

/** One client.keys entry. `rawKey` is the shared secret exactly as written in the file. */
interface AgentKeyEntry {
  id: string;
  name: string;
  /** `any`, an address, or an address with a CIDR suffix. */
  ip: string;
  rawKey: string;
  /** Wazuh marks a removed agent by prefixing its name with `!` or `#`; the name here is without it. */
  removed: boolean;
}

function md5hex(text: string): string {
  return createHash('md5').update(text, 'latin1').digest('hex');
}

/**
 * Parses one client.keys line. Returns null for a blank line or a `#` comment; throws `bad_key_line`
 * for anything else that is not `<id> <name> <ip> <rawkey>`.
 */
export function parseAgentKeyLine(line: string): AgentKeyEntry | null {
  const text = line.replace(/\r?\n$/, '');
  if (text.trim() === '' || text.startsWith('#')) return null;
  const parts = text.split(' ');
  if (parts.length !== 4 || parts.some((p) => p === '')) {
    throw new AgentProtocolError('bad_key_line', `client.keys line needs 4 space-separated fields: ${JSON.stringify(text.slice(0, 80))}`);
  }
  const [id, rawName, ip, rawKey] = parts as [string, string, string, string];
  if (!/^\d{1,8}$/.test(id)) throw new AgentProtocolError('bad_key_line', `bad agent id in client.keys: ${JSON.stringify(id)}`);
  const removed = rawName.startsWith('!') || rawName.startsWith('#');
  const name = removed ? rawName.slice(1) : rawName;
  if (name === '') throw new AgentProtocolError('bad_key_line', `empty agent name in client.keys for id ${id}`);
  return { id, name, ip, rawKey, removed };
}

/** Parses a whole client.keys text, skipping comments and blank lines. */
export function parseClientKeys(text: string): AgentKeyEntry[] {
  const out: AgentKeyEntry[] = [];
  for (const line of text.split('\n')) {
    const entry = parseAgentKeyLine(line);
    if (entry) out.push(entry);
  }
  return out;
}

/** The line written to client.keys, without its newline. */
export function formatAgentKeyLine(entry: Omit<AgentKeyEntry, 'removed'> & { removed?: boolean }): string {
  for (const [field, value] of [['id', entry.id], ['name', entry.name], ['ip', entry.ip], ['key', entry.rawKey]] as const) {
    if (value === '' || /[\s]/.test(value)) throw new AgentProtocolError('bad_key', `agent ${field} must be non-empty with no spaces`);
  }
  return `${entry.id} ${entry.removed ? '!' : ''}${entry.name} ${entry.ip} ${entry.rawKey}`;
}

/**
 * The per-agent key (47 ASCII characters): md5hex(rawKey) followed by the first 15 characters of
 * md5hex(md5hex(name) + md5hex(id)).
 */
export function deriveAgentEncryptionKey(id: string, name: string, rawKey: string): string {
  const tail = md5hex(md5hex(name) + md5hex(id)).slice(0, 15);
  return md5hex(rawKey) + tail;
}

/** The AES-256 key: the first 32 bytes of the encryption key, i.e. the ASCII of md5hex(rawKey). */
export function agentAesKey(id: string, name: string, rawKey: string): Buffer {
  return Buffer.from(deriveAgentEncryptionKey(id, name, rawKey).slice(0, 32), 'latin1');
}

/** The K-hash an enrolled agent sends back (`K:'...'`): lowercase hex SHA-1 of id + name + rawKey. */
export function agentKeyHash(id: string, name: string, rawKey: string): string {
  return createHash('sha1').update(id + name + rawKey, 'latin1').digest('hex');
}
