// The authd request line (TCP 1515, inside TLS) and the replies, as Wazuh 4.x reads and writes them:
//
//   [OSSEC PASS: <pass> ]OSSEC A:'<name>'[ V:'<ver>'][ G:'<g1,g2>'][ IP:'<ip>'|IP:'src'][ K:'<sha1hex>']\n
//
// Parsing is purely syntactic and never fails: a field that is present but not closed by its quote is
// marked `unterminated`, and parsing stops there (as authd does). checkEnrollment (enroll-check.ts)
// then walks authd's checks in order and produces the exact ERROR text.
import { randomBytes } from 'node:crypto';

/** A field of the request: absent, its text, or opened and never closed. */
export type EnrollField = { state: 'absent' } | { state: 'value'; value: string } | { state: 'unterminated' };

export interface EnrollRequest {
  /** Text after `OSSEC PASS: ` up to ` OSSEC A:'`; null when the line has no password part. */
  password: string | null;
  /** null when `OSSEC A:'<name>'` is missing or not closed. */
  name: string | null;
  version: EnrollField;
  groups: EnrollField;
  /** A literal address or `src` (use the TCP source address). */
  ip: EnrollField;
  keyHash: EnrollField;
}

const PASS_PREFIX = 'OSSEC PASS: ';
const NAME_PREFIX = "OSSEC A:'";
const ABSENT: EnrollField = { state: 'absent' };

/** authd's sscanf widths: a longer value is read as unterminated. */
const FIELD_LIMITS = { version: 2048, groups: 65536, ip: 255, keyHash: 40 } as const;

interface FieldSpec {
  key: keyof typeof FIELD_LIMITS;
  token: string;
  /** The IP field also stops at a space. */
  stopAtSpace: boolean;
}

const FIELDS: FieldSpec[] = [
  { key: 'version', token: " V:'", stopAtSpace: false },
  { key: 'groups', token: " G:'", stopAtSpace: false },
  { key: 'ip', token: " IP:'", stopAtSpace: true },
  { key: 'keyHash', token: " K:'", stopAtSpace: false },
];

function readField(rest: string, spec: FieldSpec): { field: EnrollField; consumed: number } {
  const start = spec.token.length;
  const close = rest.indexOf("'", start);
  const value = close < 0 ? rest.slice(start) : rest.slice(start, close);
  if (close < 0 || value.length > FIELD_LIMITS[spec.key] || (spec.stopAtSpace && value.includes(' '))) {
    return { field: { state: 'unterminated' }, consumed: rest.length };
  }
  return { field: { state: 'value', value }, consumed: close + 1 };
}

/**
 * The line's password part, and the request after it: `OSSEC PASS: <pass> OSSEC A:'...'` is
 * `<pass>` and `OSSEC A:'...'`; a line without `OSSEC PASS: ` is no password and the whole line.
 */
export function splitPassword(line: string): { password: string | null; rest: string } {
  if (!line.startsWith(PASS_PREFIX)) return { password: null, rest: line };
  const at = line.indexOf(` ${NAME_PREFIX}`, PASS_PREFIX.length);
  if (at < 0) return { password: line.slice(PASS_PREFIX.length), rest: '' };
  return { password: line.slice(PASS_PREFIX.length, at), rest: line.slice(at + 1) };
}

/** Reads one request line (with or without its trailing newline). Never throws. */
export function parseEnrollRequest(line: string): EnrollRequest {
  const req: EnrollRequest = { password: null, name: null, version: ABSENT, groups: ABSENT, ip: ABSENT, keyHash: ABSENT };
  const split = splitPassword(line.endsWith('\n') ? line.slice(0, -1) : line);
  req.password = split.password;
  let rest = split.rest;
  if (!rest.startsWith(NAME_PREFIX)) return req;
  const close = rest.indexOf("'", NAME_PREFIX.length);
  if (close < 0) return req;
  req.name = rest.slice(NAME_PREFIX.length, close);
  rest = rest.slice(close + 1);
  for (const spec of FIELDS) {
    // An IP token is matched on ` IP:` like authd; anything else in its place ends the parse.
    if (!rest.startsWith(spec.token.slice(0, -1))) continue;
    if (!rest.startsWith(spec.token)) {
      req[spec.key] = { state: 'unterminated' };
      return req;
    }
    const { field, consumed } = readField(rest, spec);
    req[spec.key] = field;
    if (field.state === 'unterminated') return req;
    rest = rest.slice(consumed);
  }
  return req;
}

interface EnrollRequestFields {
  password?: string;
  name: string;
  version?: string;
  groups?: string[];
  /** An address, or `src`. */
  ip?: string;
  keyHash?: string;
}

/** The line an agent sends, newline included. */
export function formatEnrollRequest(f: EnrollRequestFields): string {
  let line = f.password !== undefined ? `${PASS_PREFIX}${f.password} ` : '';
  line += `${NAME_PREFIX}${f.name}'`;
  if (f.version !== undefined) line += ` V:'${f.version}'`;
  if (f.groups !== undefined && f.groups.length > 0) line += ` G:'${f.groups.join(',')}'`;
  if (f.ip !== undefined) line += ` IP:'${f.ip}'`;
  if (f.keyHash !== undefined) line += ` K:'${f.keyHash}'`;
  return `${line}\n`;
}

export interface IssuedKey {
  id: string;
  name: string;
  ip: string;
  key: string;
}

/** The success reply, no newline: `OSSEC K:'<id> <name> <ip> <key>'`. */
export function formatEnrollReply(k: IssuedKey): string {
  return `OSSEC K:'${k.id} ${k.name} ${k.ip} ${k.key}'`;
}

/** Reads a success reply (the agent side); null for anything else. */
export function parseEnrollReply(reply: string): IssuedKey | null {
  const m = /^OSSEC K:'(\S+) (\S+) (\S+) (\S+)'/.exec(reply);
  return m ? { id: m[1]!, name: m[2]!, ip: m[3]!, key: m[4]! } : null;
}

/** The failure reply, no newline: `<ERROR string>. Unable to add agent` (authd's process_message). */
export function formatEnrollFailure(error: string): string {
  return `${error}. Unable to add agent`;
}

/** 1 + the highest id ever issued, printed %03d (`000` is the manager). */
export function nextAgentId(highestEverIssued: number): string {
  if (!Number.isSafeInteger(highestEverIssued) || highestEverIssued < 0) throw new RangeError('highestEverIssued must be a non-negative integer');
  return String(highestEverIssued + 1).padStart(3, '0');
}

/** A new agent key: 64 lowercase hex characters from 32 random bytes (drawn by the caller). */
export function newAgentKey(random: Buffer = randomBytes(32)): string {
  if (random.length !== 32) throw new RangeError('newAgentKey needs 32 random bytes');
  return random.toString('hex');
}

export { checkEnrollment } from './enroll-check';
export type { EnrollContext, ExistingAgent } from './enroll-check';
