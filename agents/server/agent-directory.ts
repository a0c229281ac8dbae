// Where an agent server finds an agent's key and groups: the worker's copy of the registry, or the
// master's own. Derived AES keys are cached: a key is derived once per agent and key, not per message.
import { agentAesKey } from '../crypto/agent-key';
import { formatAgentId } from '../../store/agent-types';
import { RegistryEntry } from '../../store/global-store';

export interface AgentIdentity extends RegistryEntry {
  idText: string;
  aesKey: Buffer;
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
    const identity = { ...e, idText, aesKey: agentAesKey(idText, e.name, e.key) };
    this.cache.set(id, identity);
    return identity;
  }

  /** `#AES:` without an id: the agent registered with this exact IP (Wazuh's lookup by source address). */
  lookupByIp(ip: string): AgentIdentity | undefined {
    const e = this.all().find((x) => x.ip === ip);
    return e && this.lookup(e.id);
  }
}
