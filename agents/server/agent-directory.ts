// Where an agent server finds an agent's key and groups: the worker's copy of the registry, or the
// master's own. Derived AES keys are cached: a key is derived once per agent and key, not per message.
import { createHash } from 'node:crypto';
import { agentAesKey } from '../crypto/agent-key';
import { formatAgentId } from '../../store/agent-types';
import { RegistryEntry } from '../../store/global-store';

export interface AgentIdentity extends RegistryEntry {
  idText: string;
  aesKey: Buffer;
  /** A short hash of the key, not the key: what the counter book remembers a pair's key by. */
  keyTag: string;
}

export class AgentDirectory {
  private readonly cache = new Map<number, AgentIdentity>();

  constructor(
    private readonly byId: (id: number) => RegistryEntry | undefined,
    private readonly all: () => RegistryEntry[],
  ) {}

  lookup(id: number): AgentIdentity | undefined {
    const e = this.byId(id);
    if (!e) { this.cache.delete(id); return undefined; }
    const hit = this.cache.get(id);
    if (hit && hit.key === e.key && hit.name === e.name) return { ...hit, groups: e.groups };
    const idText = formatAgentId(e.id);
    const aesKey = agentAesKey(idText, e.name, e.key);
    const identity = { ...e, idText, aesKey, keyTag: createHash('sha256').update(aesKey).digest('hex').slice(0, 16) };
    this.cache.set(id, identity);
    return identity;
  }

  /** `#AES:` without an id: the agent registered with this exact IP (Wazuh's lookup by source address). */
  lookupByIp(ip: string): AgentIdentity | undefined {
    const e = this.all().find((x) => x.ip === ip);
    return e && this.lookup(e.id);
  }
}
