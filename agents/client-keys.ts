// Wazuh's client.keys as a whole file, for `warden agent import|export`: one `<id> <name> <ip> <key>` a
// line. Pure: text in, entries and line-numbered problems out; entries in, text out.
import { isValidAgentIp } from './enrollment/ip-address';
import { formatAgentId, parseAgentId } from '../store/agent-types';

/** One agent as client.keys holds it; `id` in Wazuh's form ("001"), the key exactly as written. */
export interface ClientKey {
  id: string;
  name: string;
  ip: string;
  key: string;
}

export interface ClientKeyLine extends ClientKey {
  line: number;
}

export interface ClientKeysFile {
  entries: ClientKeyLine[];
  /** Agents Wazuh removed (name prefixed with `!` or `#`): never imported, listed for the summary. */
  removed: ClientKeyLine[];
  /** Lines that are not an agent; an import with any of these is refused whole. */
  problems: { line: number; message: string }[];
}

/** As authd checks a name (agents/enrollment/enroll-check.ts). */
const NAME_RE = /^[A-Za-z0-9._-]{2,128}$/;
/** A key is one word of printable ASCII; Wazuh writes 64 hex characters. */
const KEY_RE = /^[\x21-\x7e]{1,128}$/;

/** What is wrong with one agent's fields, in words that never quote the key; null when it can be imported. */
export function clientKeyProblem(e: ClientKey): string | null {
  const id = parseAgentId(e.id);
  if (id === null) {
    return e.id === '000' || /^0+$/.test(e.id)
      ? `id ${e.id} is the manager's own id, not an agent's`
      : `id ${JSON.stringify(e.id)} is not an agent id (expected digits such as 001)`;
  }
  // The agent derives its message key from the id's text: "1" or "0001" would not match the "001" Warden sends.
  if (formatAgentId(id) !== e.id) return `id ${e.id} is not in Wazuh's form ${formatAgentId(id)} (the agent's key is derived from the id as written)`;
  if (!NAME_RE.test(e.name) || e.name.startsWith('.')) {
    return `name ${JSON.stringify(e.name)} is not an agent name (2-128 letters, digits, '.', '_' or '-', not starting with '.')`;
  }
  if (!isValidAgentIp(e.ip)) return `IP ${JSON.stringify(e.ip)} is not an address, a CIDR or any`;
  if (!KEY_RE.test(e.key)) return `the key of agent ${e.id} is not 1-128 printable characters with no spaces`;
  return null;
}

/**
 * Reads a client.keys text. Blank lines and lines starting with `#` are skipped, as Wazuh does; a name
 * starting with `!` or `#` is an agent Wazuh removed. Two agents with one id or one name are a problem.
 */
export function parseClientKeysFile(text: string): ClientKeysFile {
  const out: ClientKeysFile = { entries: [], removed: [], problems: [] };
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '' || text.startsWith('#')) return;
    const fields = text.split(' ');
    if (fields.some((f) => f === '')) {
      out.problems.push({ line, message: 'has a leading, trailing or doubled space (fields are ID NAME IP KEY, separated by single spaces)' });
      return;
    }
    if (fields.length !== 4) {
      out.problems.push({ line, message: `expected 4 fields (ID NAME IP KEY), found ${fields.length}` });
      return;
    }
    const [id, rawName, ip, key] = fields as [string, string, string, string];
    if (rawName.startsWith('!') || rawName.startsWith('#')) {
      out.removed.push({ line, id, name: rawName.slice(1), ip, key });
      return;
    }
    const entry = { line, id, name: rawName, ip, key };
    const problem = clientKeyProblem(entry);
    if (problem) { out.problems.push({ line, message: problem }); return; }
    const idLine = ids.get(id);
    const nameLine = names.get(rawName);
    if (idLine !== undefined) { out.problems.push({ line, message: `id ${id} is also on line ${idLine}` }); return; }
    if (nameLine !== undefined) { out.problems.push({ line, message: `name ${rawName} is also on line ${nameLine}` }); return; }
    ids.set(id, line);
    names.set(rawName, line);
    out.entries.push(entry);
  });
  return out;
}

/** client.keys text: one line per agent in the order given, each ending in a newline. */
export function formatClientKeys(entries: readonly ClientKey[]): string {
  return entries.map((e) => `${e.id} ${e.name} ${e.ip} ${e.key}\n`).join('');
}
