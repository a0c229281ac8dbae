// authd's decision on an enrollment request, check by check in authd's order, with the exact ERROR
// text of the first failure. Pure: the context gives every lookup and `now`; the caller issues the id
// and key, removes the agents to be replaced, and writes the reply.
import { agentKeyHash } from '../crypto/agent-key';
import { agentVersionAllowed } from '../wazuh-version';
import { VERSION_TOO_NEW } from '../messages/manager-replies';
import { secretEquals } from '../../lib/constant-time';
import type { EnrollField, EnrollRequest } from './enroll-request';
import { checkGroupList, uniqueGroups, validateGroupString } from './group-names';
import { isValidAgentIp } from './ip-address';

export interface ExistingAgent {
  id: string;
  name: string;
  rawKey: string;
  status: 'never_connected' | 'pending' | 'active' | 'disconnected';
  /** Epoch ms of the last disconnection; 0 when it never disconnected. */
  disconnectedAt: number;
  /** Epoch ms of the registration. */
  registeredAt: number;
}

/** authd's <force> block; the defaults are Wazuh 4.x's. */
interface ForceOptions {
  enabled: boolean;
  /** Replace only an agent disconnected for at least this long (ms); null disables the condition. */
  disconnectedTimeMs: number | null;
  /** Replace only an agent registered at least this long ago (ms); 0 disables the condition. */
  afterRegistrationTimeMs: number;
  /** Refuse to replace when the request's K: equals the existing key's hash. */
  keyMismatch: boolean;
}

export const DEFAULT_FORCE: ForceOptions = { enabled: true, disconnectedTimeMs: 3_600_000, afterRegistrationTimeMs: 3_600_000, keyMismatch: true };

export interface EnrollContext {
  /** The configured password; null when enrollment needs none. */
  password: string | null;
  /** The TCP source address of the request. */
  sourceIp: string;
  /** authd's use_source_ip: an absent IP field means the source address instead of `any`. */
  useSourceIp: boolean;
  managerVersion: string;
  allowHigherVersions?: boolean;
  /** An agent may not take the manager's host name. */
  managerHostName: string | null;
  groupExists(group: string): boolean;
  findAgentByIp(ip: string): ExistingAgent | null;
  findAgentByName(name: string): ExistingAgent | null;
  force?: ForceOptions;
  now: number;
}

type EnrollDecision =
  | { ok: true; name: string; ip: string; groups: string[] | null; keyHash: string | null; replaces: string[] }
  | { ok: false; error: string };

const NAME_RE = /^[A-Za-z0-9._-]{2,128}$/;

function fail(error: string): EnrollDecision {
  return { ok: false, error };
}

function unterminated(field: EnrollField, what: string): string | null {
  return field.state === 'unterminated' ? `ERROR: Unterminated ${what} field` : null;
}

/** w_auth_replace_agent: whether an existing agent holding the name or address may be replaced. */
export function mayReplace(old: ExistingAgent, keyHash: string | null, force: ForceOptions, now: number): boolean {
  if (!force.enabled) return false;
  if (force.disconnectedTimeMs !== null && old.status !== 'never_connected') {
    if (old.status === 'disconnected' && old.disconnectedAt > 0 && now - old.disconnectedAt < force.disconnectedTimeMs) return false;
    if (old.disconnectedAt === 0) return false;
  }
  if (force.afterRegistrationTimeMs > 0 && now - old.registeredAt < force.afterRegistrationTimeMs) return false;
  if (keyHash !== null && force.keyMismatch && agentKeyHash(old.id, old.name, old.rawKey) === keyHash) return false;
  return true;
}

/** Runs authd's checks in order; the first failure's text is the reply (before formatEnrollFailure). */
export function checkEnrollment(req: EnrollRequest, ctx: EnrollContext): EnrollDecision {
  if (ctx.password !== null && (req.password === null || !secretEquals(req.password, ctx.password))) return fail('ERROR: Invalid password');
  if (ctx.password === null && req.password !== null) return fail('ERROR: Invalid request for new agent');
  if (req.name === null) return fail('ERROR: Invalid request for new agent');
  const name = req.name;
  if (!NAME_RE.test(name) || name.startsWith('.') || name === ctx.managerHostName) return fail(`ERROR: Invalid agent name: ${name}`);

  const early = unterminated(req.version, 'version');
  if (early) return fail(early);
  if (req.version.state === 'value' && !ctx.allowHigherVersions && !agentVersionAllowed(ctx.managerVersion, req.version.value)) {
    return fail(`ERROR: ${VERSION_TOO_NEW}`);
  }

  let groups: string[] | null = null;
  const groupsOpen = unterminated(req.groups, 'group');
  if (groupsOpen) return fail(groupsOpen);
  if (req.groups.state === 'value') {
    const bad = validateGroupString(req.groups.value);
    if (bad) return fail(bad);
    groups = uniqueGroups(req.groups.value);
  }

  let ip = ctx.useSourceIp ? ctx.sourceIp : 'any';
  const ipOpen = unterminated(req.ip, 'IP');
  if (ipOpen) return fail(ipOpen);
  if (req.ip.state === 'value') {
    const given = req.ip.value;
    if (given.startsWith('src')) ip = ctx.sourceIp;
    else if (!isValidAgentIp(given)) return fail(`ERROR: Invalid IP: ${given}`);
    else ip = given;
  }

  const keyOpen = unterminated(req.keyHash, 'key');
  if (keyOpen) return fail(keyOpen);
  const keyHash = req.keyHash.state === 'value' ? req.keyHash.value : null;

  if (groups) {
    const bad = checkGroupList(groups, (g) => ctx.groupExists(g));
    if (bad) return fail(bad);
  }

  const force = ctx.force ?? DEFAULT_FORCE;
  const replaces: string[] = [];
  if (ip !== 'any') {
    const byIp = ctx.findAgentByIp(ip);
    if (byIp) {
      if (!mayReplace(byIp, keyHash, force, ctx.now)) return fail(`ERROR: Duplicate IP: ${ip}`);
      replaces.push(byIp.id);
    }
  }
  const byName = ctx.findAgentByName(name);
  if (byName && !replaces.includes(byName.id)) {
    if (!mayReplace(byName, keyHash, force, ctx.now)) return fail(`ERROR: Duplicate agent name: ${name}`);
    replaces.push(byName.id);
  }
  return { ok: true, name, ip, groups, keyHash, replaces };
}
