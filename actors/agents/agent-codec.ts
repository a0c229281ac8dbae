// Pure: the stores' agent types <-> their wire messages.
import { AgentInfoUpdate, AgentStatus } from '../../store/agent-types';
import { RegistryChange, RegistryEntry } from '../../store/global-store';
import { BodyInput } from '../../protocol/envelope';
import { warden } from '../../protocol/generated/cluster';

const STATUSES: readonly AgentStatus[] = ['never_connected', 'pending', 'active', 'disconnected'];

// Nested messages are typed with optional fields; decoding fills defaults, but read them defensively.
type WireInfo = warden.cluster.AgentInfo.$Properties;
type WireAgent = warden.cluster.RegistryAgent.$Properties;

export function infoToWire(u: AgentInfoUpdate): NonNullable<BodyInput<'agentInfoBatch'>['agents']>[number] {
  return {
    id: u.id, status: u.status,
    osName: u.os?.name ?? '', osVersion: u.os?.version ?? '', osPlatform: u.os?.platform ?? '', osArch: u.os?.arch ?? '',
    osUname: u.os?.uname ?? '', version: u.version ?? '', labels: u.labels ?? {},
    configSum: u.configSum ?? '', mergedSum: u.mergedSum ?? '',
    lastKeepAlive: u.lastKeepAlive ?? 0, disconnectionTime: u.disconnectionTime ?? 0,
  };
}

/** Unknown statuses are refused by the caller: null here. */
export function infoFromWire(w: WireInfo): AgentInfoUpdate | null {
  const id = w.id ?? 0;
  if (!(STATUSES as readonly string[]).includes(w.status ?? '') || id < 1) return null;
  const s = (v: string | null | undefined) => (v ? v : null);
  return {
    id, status: w.status as AgentStatus,
    os: { name: s(w.osName), version: s(w.osVersion), platform: s(w.osPlatform), arch: s(w.osArch), uname: s(w.osUname) },
    version: s(w.version), labels: { ...(w.labels ?? {}) }, configSum: s(w.configSum), mergedSum: s(w.mergedSum),
    lastKeepAlive: Number(w.lastKeepAlive ?? 0) || null, disconnectionTime: Number(w.disconnectionTime ?? 0) || null,
  };
}

export function entryToWire(e: RegistryEntry): { id: number; name: string; ip: string; key: string; groups: string[] } {
  return { id: e.id, name: e.name, ip: e.ip, key: e.key, groups: e.groups };
}

export function entryFromWire(a: WireAgent): RegistryEntry {
  return { id: a.id ?? 0, name: a.name ?? '', ip: a.ip ?? '', key: a.key ?? '', groups: [...(a.groups ?? [])] };
}

/** The incremental part of a registry update. */
export function changesToWire(changes: readonly RegistryChange[]): { upserts: ReturnType<typeof entryToWire>[]; deletes: number[] } {
  const upserts: ReturnType<typeof entryToWire>[] = [];
  const deletes: number[] = [];
  for (const c of changes) {
    if (c.kind === 'upsert') upserts.push(entryToWire(c.agent));
    else deletes.push(c.id);
  }
  return { upserts, deletes };
}
