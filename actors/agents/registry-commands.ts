// The master's answers to the agent and group commands of the CLI (forwarded from workers too).
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { ControlError, ControlRequest } from '../control/control-protocol';
import { GlobalStore, StoreError } from '../../store/global-store';
import { formatAgentId, parseAgentId } from '../../store/agent-types';
import { ClientKey, clientKeyProblem } from '../../agents/client-keys';

export const AGENT_NAME_RE = /^[A-Za-z0-9._-]{2,128}$/;
export const GROUP_NAME_RE = /^[A-Za-z0-9_.-]{1,255}$/;
export const DEFAULT_GROUP = 'default';
const DEFAULT_AGENT_CONF = '<agent_config>\n  <!-- Shared agent configuration here -->\n</agent_config>\n';

export const REGISTRY_COMMANDS = [
  'agents', 'agent-register', 'agent-remove', 'agent-import', 'agent-export',
  'group-create', 'group-delete', 'group-assign', 'group-unassign', 'group-list',
] as const;

/** Agents per `agent-import` request: one transaction, and a request that fits a control line and a cluster frame. */
export const MAX_IMPORT_BATCH = 2_000;
/** Agents per `agent-export` answer; the CLI asks page after page. */
export const EXPORT_PAGE = 2_000;

export interface RegistryCommandDeps {
  store: GlobalStore;
  dataDir: string;
  /** A registry write happened: tell the workers now rather than at the next cycle. */
  changed: () => void;
  /**
   * Resolves once a standby holds the leader's write `seq` (StandbyBarrier.replicated): a write is answered
   * only then. Absent: answered at once (one master, no standbys).
   */
  replicated?: (seq: number) => Promise<void>;
}

/** Waits for the standbys to hold the write just made (its seq read in the same turn as the write). */
function durable(d: RegistryCommandDeps): Promise<void> {
  return d.replicated ? d.replicated(d.store.replica.seq()) : Promise.resolve();
}

/** The group every agent lands in unless told otherwise, as in Wazuh; made at the master's first start. */
export function ensureDefaultGroup(d: RegistryCommandDeps): void {
  const dir = path.join(d.dataDir, 'etc', 'shared', DEFAULT_GROUP);
  if (!d.store.groupExists(DEFAULT_GROUP)) d.store.createGroup(DEFAULT_GROUP);
  fs.mkdirSync(dir, { recursive: true, mode: 0o750 });
  const conf = path.join(dir, 'agent.conf');
  if (!fs.existsSync(conf)) fs.writeFileSync(conf, DEFAULT_AGENT_CONF, { mode: 0o640 });
}

export async function runRegistryCommand(req: ControlRequest, d: RegistryCommandDeps): Promise<unknown> {
  const a = req.args ?? {};
  try {
    switch (req.command as (typeof REGISTRY_COMMANDS)[number]) {
      case 'agents':
        return {
          agents: d.store.listAgents().map((x) => ({
            id: formatAgentId(x.id), name: x.name, ip: x.ip, status: x.status, node: x.node, groups: x.groups, version: x.version,
          })),
        };
      case 'agent-register': {
        const name = str(a, 'name');
        if (!AGENT_NAME_RE.test(name) || name.startsWith('.')) {
          throw new ControlError('bad_name', `invalid agent name ${JSON.stringify(name)}: 2-128 letters, digits, '.', '_' or '-', not starting with '.'`);
        }
        const ip = a.ip === undefined ? 'any' : str(a, 'ip');
        if (ip !== 'any' && !isIpOrCidr(ip)) throw new ControlError('bad_ip', `invalid IP ${JSON.stringify(ip)}: an IPv4/IPv6 address, a CIDR, or any`);
        const groups = a.groups === undefined ? [DEFAULT_GROUP] : strList(a, 'groups');
        const key = crypto.randomBytes(32).toString('hex');
        const agent = d.store.registerAgent({ name, ip, key, groups });
        d.changed();
        await durable(d);
        return { id: formatAgentId(agent.id), name: agent.name, key };
      }
      case 'agent-remove': {
        const id = agentId(a);
        if (!d.store.removeAgent(id)) throw new ControlError('unknown_agent', `no agent with id ${formatAgentId(id)}`);
        d.changed();
        await durable(d);
        return { removed: formatAgentId(id) };
      }
      case 'agent-import': {
        const agents = importedAgents(a);
        const groups = a.groups === undefined ? [DEFAULT_GROUP] : strList(a, 'groups');
        const verdicts = d.store.importAgentsWithIds(agents.map((x) => ({ ...x, id: parseAgentId(x.id)! })), groups);
        const imported = verdicts.filter((v) => v.kind === 'imported').length;
        if (imported > 0) {
          d.changed();
          await durable(d);
        }
        return {
          imported,
          unchanged: verdicts.filter((v) => v.kind === 'unchanged').length,
          skipped: verdicts.flatMap((v, index) => (v.kind === 'skipped' ? [{ index, reason: v.reason }] : [])),
          next_id: formatAgentId(d.store.nextAgentId()),
        };
      }
      case 'agent-export': {
        const after = a.after === undefined ? 0 : nonNegativeInt(a, 'after');
        const page = d.store.registryPage(after, EXPORT_PAGE);
        return {
          agents: page.map((e) => ({ id: formatAgentId(e.id), name: e.name, ip: e.ip, key: e.key })),
          next: page.length === EXPORT_PAGE ? page[page.length - 1].id : null,
        };
      }
      case 'group-create': {
        const name = groupName(a);
        d.store.createGroup(name);
        const created = durable(d);
        const dir = path.join(d.dataDir, 'etc', 'shared', name);
        fs.mkdirSync(dir, { recursive: true, mode: 0o750 });
        if (!fs.existsSync(path.join(dir, 'agent.conf'))) fs.writeFileSync(path.join(dir, 'agent.conf'), DEFAULT_AGENT_CONF, { mode: 0o640 });
        await created;
        return { created: name };
      }
      case 'group-delete': {
        const name = groupName(a);
        if (name === DEFAULT_GROUP) throw new ControlError('protected', 'the default group cannot be deleted');
        d.store.deleteGroup(name);
        const deleted = durable(d);
        fs.rmSync(path.join(d.dataDir, 'etc', 'shared', name), { recursive: true, force: true });
        d.changed();
        await deleted;
        return { deleted: name };
      }
      case 'group-assign':
      case 'group-unassign': {
        const id = agentId(a);
        const group = groupName(a, 'group');
        if (req.command === 'group-assign') d.store.assignGroup(id, group);
        else d.store.unassignGroup(id, group);
        d.changed();
        await durable(d);
        return { agent: formatAgentId(id), groups: d.store.getAgent(id)?.groups ?? [] };
      }
      case 'group-list':
        return { groups: d.store.listGroups() };
      default:
        throw new ControlError('unknown_command', `unknown command ${JSON.stringify(req.command)}`);
    }
  } catch (err) {
    if (err instanceof StoreError) throw new ControlError(err.code, err.message);
    throw err;
  }
}

function str(a: Record<string, unknown>, key: string): string {
  const v = a[key];
  if (typeof v !== 'string' || v === '') throw new ControlError('bad_request', `"${key}" must be a non-empty string`);
  return v;
}

function strList(a: Record<string, unknown>, key: string): string[] {
  const v = a[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new ControlError('bad_request', `"${key}" must be a list of strings`);
  return v as string[];
}

/** The agents of an import request, each checked as a client.keys line is; every problem named at once. */
function importedAgents(a: Record<string, unknown>): ClientKey[] {
  const v = a.agents;
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_IMPORT_BATCH) {
    throw new ControlError('bad_request', `"agents" must be a list of 1 to ${MAX_IMPORT_BATCH} agents {"id","name","ip","key"}`);
  }
  const problems: string[] = [];
  const agents = v.map((x: unknown, i): ClientKey => {
    const e = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    const agent = { id: e.id, name: e.name, ip: e.ip, key: e.key };
    if (!Object.values(agent).every((f) => typeof f === 'string')) {
      problems.push(`agents[${i}]: id, name, ip and key must be strings`);
      return { id: '', name: '', ip: '', key: '' };
    }
    const problem = clientKeyProblem(agent as ClientKey);
    if (problem) problems.push(`agents[${i}]: ${problem}`);
    return agent as ClientKey;
  });
  if (problems.length) {
    const shown = problems.slice(0, 10).join('; ');
    throw new ControlError('bad_agent', problems.length > 10 ? `${shown}; and ${problems.length - 10} more` : shown);
  }
  return agents;
}

function nonNegativeInt(a: Record<string, unknown>, key: string): number {
  const v = a[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new ControlError('bad_request', `"${key}" must be a whole number >= 0`);
  return v;
}

function agentId(a: Record<string, unknown>): number {
  const raw = typeof a.id === 'number' ? String(a.id) : str(a, 'id');
  const id = parseAgentId(raw);
  if (id === null) throw new ControlError('bad_request', `invalid agent id ${JSON.stringify(raw)}: a number such as 001`);
  return id;
}

function groupName(a: Record<string, unknown>, key = 'name'): string {
  const name = str(a, key);
  if (!GROUP_NAME_RE.test(name) || name === '.' || name === '..') {
    throw new ControlError('bad_name', `invalid group name ${JSON.stringify(name)}: letters, digits, '_', '.' or '-'`);
  }
  return name;
}

function isIpOrCidr(s: string): boolean {
  const [ip, bits, extra] = s.split('/');
  if (extra !== undefined || net.isIP(ip) === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (net.isIP(ip) === 4 ? 32 : 128);
}
