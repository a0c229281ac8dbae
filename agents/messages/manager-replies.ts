// What the manager sends to an agent, as payloads to seal one by one: the ack, the error reply,
// and the push of a group's merged.mg. Also the agent side's reading of those payloads.
import { agentVersionAllowed } from '../wazuh-version';
import { CONTROL_HEADER } from './agent-message';

const AGENT_ACK = `${CONTROL_HEADER}agent ack `;
/** remoted reads and sends shared files in pieces of 900 bytes. */
export const FILE_CHUNK_SIZE = 900;
const FILE_UPDATE = `${CONTROL_HEADER}up file `;
const FILE_CLOSE = `${CONTROL_HEADER}close file `;
const ERROR = `${CONTROL_HEADER}err `;
/** Wazuh's HC_FORCE_RECONNECT: the agent closes its connection and runs its startup again (start_agent(0)). */
const FORCE_RECONNECT = `${CONTROL_HEADER}force_reconnect`;

export const VERSION_TOO_NEW = 'Agent version must be lower or equal to manager version';

export function agentAck(): string {
  return AGENT_ACK;
}

/**
 * Asks an agent to reconnect. A Wazuh agent closes its socket and starts over from its current server: it
 * tries that one (max_retries, retry_interval apart), then the next of its list; so a manager that wants
 * the agent elsewhere must not take it back (AgentServer refuses agents it moved for a while).
 */
export function forceReconnect(): string {
  return FORCE_RECONNECT;
}

export function agentErrorReply(message: string): string {
  return `${ERROR}${JSON.stringify({ message })}`;
}

/** The reply to a startup: the ack, or the error when the agent's major.minor is above the manager's. */
export function startupReply(agentVersion: string | null, managerVersion: string): string {
  if (agentVersion !== null && !agentVersionAllowed(managerVersion, agentVersion)) return agentErrorReply(VERSION_TOO_NEW);
  return agentAck();
}

/**
 * The payloads that push a file: `#!-up file <md5> <name>\n`, the content in 900-byte pieces, then
 * `#!-close file `. Wazuh sends each piece as a C string, so a piece is cut at its first NUL byte;
 * merged.mg never holds one because binary files are left out of it.
 */
export function filePushPayloads(md5: string, content: Buffer, name = 'merged.mg'): Buffer[] {
  const out: Buffer[] = [Buffer.from(`${FILE_UPDATE}${md5} ${name}\n`, 'latin1')];
  for (let off = 0; off < content.length; off += FILE_CHUNK_SIZE) {
    const piece = content.subarray(off, Math.min(off + FILE_CHUNK_SIZE, content.length));
    const nul = piece.indexOf(0);
    const sent = nul >= 0 ? piece.subarray(0, nul) : piece;
    if (sent.length > 0) out.push(Buffer.from(sent));
  }
  out.push(Buffer.from(FILE_CLOSE, 'latin1'));
  return out;
}

export type ManagerMessage =
  | { kind: 'ack' }
  | { kind: 'error'; message: string | null }
  | { kind: 'file_open'; md5: string; name: string }
  | { kind: 'file_close' }
  | { kind: 'force_reconnect' }
  | { kind: 'request'; text: string }
  | { kind: 'file_data'; data: Buffer };

/** How an agent reads a payload from the manager. Anything that is not a control message is file data. */
export function classifyManagerMessage(payload: Buffer): ManagerMessage {
  const text = payload.toString('latin1');
  if (!text.startsWith(CONTROL_HEADER)) return { kind: 'file_data', data: payload };
  if (text.startsWith(AGENT_ACK.trimEnd())) return { kind: 'ack' };
  if (text.startsWith(FILE_CLOSE.trimEnd())) return { kind: 'file_close' };
  if (text === FORCE_RECONNECT) return { kind: 'force_reconnect' };
  if (text.startsWith(FILE_UPDATE)) {
    const [md5 = '', name = ''] = text.slice(FILE_UPDATE.length).replace(/\n$/, '').split(' ');
    return { kind: 'file_open', md5, name };
  }
  if (text.startsWith(ERROR)) {
    try {
      const parsed: unknown = JSON.parse(payload.toString('utf8').slice(ERROR.length));
      const message = parsed && typeof parsed === 'object' ? (parsed as { message?: unknown }).message : undefined;
      return { kind: 'error', message: typeof message === 'string' ? message : null };
    } catch {
      // An error reply whose JSON we cannot read still means "refused".
      return { kind: 'error', message: null };
    }
  }
  return { kind: 'request', text: payload.toString('utf8').slice(CONTROL_HEADER.length) };
}
