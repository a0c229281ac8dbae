// The master's enrollment decision: an authd request line in, the exact reply text out, with the
// agent registered (or an old one replaced) in the GlobalStore. Synchronous on purpose: the checks and
// the write happen in one turn of the event loop, so concurrent enrollments cannot both take a name
// and ids come out consecutive.
import type { GlobalStore } from '../../store/global-store';
import { type AgentRecord, formatAgentId } from '../../store/agent-types';
import { checkEnrollment, type EnrollContext, type ExistingAgent } from './enroll-check';
import { formatEnrollFailure, formatEnrollReply, newAgentKey, parseEnrollRequest } from './enroll-request';

/**
 * The version the manager presents to agents. Wazuh refuses an agent whose major.minor is above the
 * manager's, so Warden answers as the Wazuh release whose protocol it speaks, not as WARDEN_VERSION.
 */
export const MANAGER_WAZUH_VERSION = 'v4.14.7';
/** The group of an agent that asked for none; it exists on every master. */
const DEFAULT_GROUP = 'default';

/** The store methods the decision uses (a GlobalStore satisfies it). */
type EnrollStore = Pick<GlobalStore, 'findAgentByName' | 'findAgentByIp' | 'groupExists' | 'registerAgent' | 'replaceAgents'>;

export interface EnrollDeps {
  store: EnrollStore;
  /** authd's shared password; absent when enrollment needs none. */
  password?: string;
  /** The manager's host name, which no agent may take. */
  managerHost: string;
  now: () => number;
  /** Told after each registration (the master pushes registry changes to workers at once). */
  onRegistered?: (agent: AgentRecord, replaced: readonly number[]) => void;
}

function existing(a: AgentRecord | undefined): ExistingAgent | null {
  if (!a) return null;
  return {
    id: formatAgentId(a.id),
    name: a.name,
    rawKey: a.key,
    status: a.status,
    disconnectedAt: a.disconnectionTime ?? 0,
    registeredAt: a.dateAdd,
  };
}

/** The EnrollContext over the store; `any` is never a duplicate address. */
function enrollContext(sourceIp: string, deps: EnrollDeps): EnrollContext {
  const { store } = deps;
  return {
    password: deps.password ?? null,
    sourceIp,
    useSourceIp: false, // authd's default: an agent without IP: is registered as `any`
    managerVersion: MANAGER_WAZUH_VERSION,
    managerHostName: deps.managerHost,
    groupExists: (g) => store.groupExists(g),
    findAgentByIp: (ip) => (ip === 'any' ? null : existing(store.findAgentByIp(ip))),
    findAgentByName: (name) => existing(store.findAgentByName(name)),
    now: deps.now(),
  };
}

/**
 * Decides one enrollment request and applies it. Returns `OSSEC K:'<id> <name> <ip> <key>'` or
 * `<ERROR>. Unable to add agent`. A store failure (disk, corruption) is thrown to the caller.
 */
export function enrollOnMaster(line: string, sourceIp: string, deps: EnrollDeps): string {
  const request = parseEnrollRequest(line);
  const decision = checkEnrollment(request, enrollContext(sourceIp, deps));
  if (!decision.ok) return formatEnrollFailure(decision.error);

  const { store } = deps;
  const groups = decision.groups ?? (store.groupExists(DEFAULT_GROUP) ? [DEFAULT_GROUP] : []);
  const agent = { name: decision.name, ip: decision.ip, key: newAgentKey(), groups };
  const replaced = decision.replaces.map(Number);
  const record = replaced.length > 0 ? store.replaceAgents(replaced, agent) : store.registerAgent(agent);
  deps.onRegistered?.(record, replaced);
  return formatEnrollReply({ id: formatAgentId(record.id), name: record.name, ip: record.ip, key: record.key });
}
