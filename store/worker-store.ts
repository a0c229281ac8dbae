// The worker's local store. A status row is marked synced only with the version the master
// acknowledged: a change made while a batch was in flight stays pending (Wazuh loses it).
import { Db, migrate, openDatabase } from './sqlite';
import { WORKER_MIGRATIONS } from './worker-schema';
import { AgentInfoUpdate, type AgentStatus } from './agent-types';
import { RegistryChange, RegistryEntry } from './global-store';
import { DigestBuilder } from './registry-digest';

interface PendingInfo {
  update: AgentInfoUpdate;
  version: number;
}

export class WorkerStore {
  private readonly db: Db;
  private readonly stmt;
  /** The registry digest, until this store writes the registry or another connection commits. */
  private digestCache: { digest: string; dataVersion: number } | null = null;

  constructor(file: string) {
    this.db = openDatabase(file);
    migrate(this.db, WORKER_MIGRATIONS);
    const db = this.db;
    this.stmt = {
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      upsertAgent: db.prepare(`INSERT INTO registry (id, name, ip, key, groups) VALUES (@id, @name, @ip, @key, @groups)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, ip = excluded.ip, key = excluded.key, groups = excluded.groups`),
      deleteAgent: db.prepare<[number]>('DELETE FROM registry WHERE id = ?'),
      deleteStatus: db.prepare<[number]>('DELETE FROM agent_status WHERE id = ?'),
      clearRegistry: db.prepare('DELETE FROM registry'),
      clearStaging: db.prepare('DELETE FROM registry_staging'),
      stage: db.prepare('INSERT OR REPLACE INTO registry_staging (id, name, ip, key, groups) VALUES (@id, @name, @ip, @key, @groups)'),
      goneWithStaged: db.prepare<[], number>('SELECT id FROM registry WHERE id NOT IN (SELECT id FROM registry_staging)').pluck(),
      unstage: db.prepare('INSERT INTO registry (id, name, ip, key, groups) SELECT id, name, ip, key, groups FROM registry_staging'),
      agent: db.prepare<[number], { id: number; name: string; ip: string; key: string; groups: string }>('SELECT * FROM registry WHERE id = ?'),
      agentByName: db.prepare<[string], { id: number; name: string; ip: string; key: string; groups: string }>('SELECT * FROM registry WHERE name = ?'),
      all: db.prepare<[], { id: number; name: string; ip: string; key: string; groups: string }>('SELECT * FROM registry ORDER BY id'),
      // Arrays, not objects, for hashing 50,000 rows.
      allRaw: db.prepare<[], [number, string, string, string, string]>('SELECT id, name, ip, key, groups FROM registry ORDER BY id').raw(),
      ids: db.prepare<[], number>('SELECT id FROM registry').pluck(),
      count: db.prepare<[], number>('SELECT COUNT(*) FROM registry').pluck(),
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      putStatus: db.prepare(`INSERT INTO agent_status (id, info, change_ver) VALUES (?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET info = excluded.info, change_ver = excluded.change_ver`),
      pending: db.prepare<[number], { id: number; info: string; change_ver: number }>(
        'SELECT id, info, change_ver FROM agent_status WHERE change_ver > synced_ver ORDER BY change_ver LIMIT ?'),
      markSynced: db.prepare('UPDATE agent_status SET synced_ver = ? WHERE id = ? AND change_ver >= ?'),
      pendingCount: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM agent_status WHERE change_ver > synced_ver'),
      statuses: db.prepare<[], { id: number; info: string }>('SELECT id, info FROM agent_status ORDER BY id'),
      statusCounts: db.prepare<[], { status: AgentStatus; n: number }>(
        "SELECT json_extract(info, '$.status') AS status, COUNT(*) AS n FROM agent_status GROUP BY 1"),
    };
  }

  close(): void {
    this.db.close();
  }

  /** The master's registry change sequence this worker has applied. */
  registrySeq(): number {
    return Number(this.stmt.getMeta.get('registry_seq')?.value ?? '0');
  }

  applyRegistryChanges(changes: readonly RegistryChange[], lastSeq: number): void {
    this.digestCache = null;
    this.db.transaction(() => {
      for (const c of changes) {
        if (c.kind === 'upsert') this.stmt.upsertAgent.run({ ...c.agent, groups: c.agent.groups.join(',') });
        else { this.stmt.deleteAgent.run(c.id); this.stmt.deleteStatus.run(c.id); }
      }
      this.stmt.setMeta.run('registry_seq', String(lastSeq));
    }).immediate();
  }

  /** A full resend: the registry becomes exactly `entries`; statuses of agents gone are dropped. */
  replaceRegistry(entries: readonly RegistryEntry[], lastSeq: number): void {
    this.digestCache = null;
    this.db.transaction(() => {
      const keep = new Set(entries.map((e) => e.id));
      for (const id of this.stmt.ids.all()) if (!keep.has(id)) this.stmt.deleteStatus.run(id);
      this.stmt.clearRegistry.run();
      for (const e of entries) this.stmt.upsertAgent.run({ ...e, groups: e.groups.join(',') });
      this.stmt.setMeta.run('registry_seq', String(lastSeq));
    }).immediate();
  }

  /** Part of a full resend, kept aside until swapInStaged; `first` drops what an abandoned resend left. */
  stageRegistryPart(entries: readonly RegistryEntry[], first: boolean): void {
    this.db.transaction(() => {
      if (first) this.stmt.clearStaging.run();
      for (const e of entries) this.stmt.stage.run({ id: e.id, name: e.name, ip: e.ip, key: e.key, groups: e.groups.join(',') });
    }).immediate();
  }

  /** The last part: the registry becomes the staged entries, in one transaction (replaceRegistry from disk). */
  swapInStaged(lastSeq: number): { count: number; deleted: number[] } {
    this.digestCache = null;
    return this.db.transaction(() => {
      const deleted = this.stmt.goneWithStaged.all();
      for (const id of deleted) this.stmt.deleteStatus.run(id);
      this.stmt.clearRegistry.run();
      const count = this.stmt.unstage.run().changes;
      this.stmt.clearStaging.run();
      this.stmt.setMeta.run('registry_seq', String(lastSeq));
      return { count, deleted };
    }).immediate();
  }

  agent(id: number): RegistryEntry | undefined {
    const r = this.stmt.agent.get(id);
    return r && toEntry(r);
  }

  agentByName(name: string): RegistryEntry | undefined {
    const r = this.stmt.agentByName.get(name);
    return r && toEntry(r);
  }

  registry(): RegistryEntry[] {
    return this.stmt.all.all().map(toEntry);
  }

  /** How many agents the registry copy holds. */
  registryCount(): number {
    return this.stmt.count.get()!;
  }

  /** The ids in the registry copy (cheaper than registry() when only they matter). */
  registryIds(): number[] {
    return this.stmt.ids.all();
  }

  /**
   * registryDigest(registry()), hashed row by row and kept until the registry changes: the master asks
   * for it at every check, and 50,000 entries per ask were most of a worker's memory churn.
   */
  registryDigest(): string {
    const dataVersion = this.stmt.dataVersion.get()!;
    if (this.digestCache && this.digestCache.dataVersion === dataVersion) return this.digestCache.digest;
    const b = new DigestBuilder();
    for (const [id, name, ip, key, groups] of this.stmt.allRaw.iterate()) b.addEntry(id, name, ip, key, groups);
    this.digestCache = { digest: b.digest(), dataVersion };
    return this.digestCache.digest;
  }

  /** Records an agent's latest status; it becomes pending for the AgentInfo sync. */
  recordStatus(update: AgentInfoUpdate): void {
    this.recordStatuses([update]);
  }

  recordStatuses(updates: readonly AgentInfoUpdate[]): void {
    this.db.transaction(() => {
      let ver = Number(this.stmt.getMeta.get('status_ver')?.value ?? '0');
      for (const u of updates) this.stmt.putStatus.run(u.id, JSON.stringify(u), ++ver);
      this.stmt.setMeta.run('status_ver', String(ver));
    }).immediate();
  }

  /**
   * At start, before any agent connects: agents recorded active or pending were served by connections of
   * an earlier process (killed, or crashed), which are gone. They become disconnected at `now`, so this
   * worker neither counts them nor reports them as its own (the master keeps an agent that moved meanwhile
   * on the node it moved to). Returns how many.
   */
  disconnectLeftovers(now: number): number {
    const stale = this.statuses().filter((u) => u.status === 'active' || u.status === 'pending');
    if (stale.length) this.recordStatuses(stale.map((u) => ({ ...u, status: 'disconnected' as const, disconnectionTime: now })));
    return stale.length;
  }

  /** Rows changed since the master last acknowledged them, oldest change first. */
  pendingInfo(limit: number): PendingInfo[] {
    return this.stmt.pending.all(limit).map((r) => ({ update: JSON.parse(r.info) as AgentInfoUpdate, version: r.change_ver }));
  }

  pendingCount(): number {
    return this.stmt.pendingCount.get()!.n;
  }

  /** After the master committed a batch: each row is synced up to the version sent, not beyond. */
  markSynced(sent: readonly { id: number; version: number }[]): void {
    this.db.transaction(() => {
      for (const s of sent) this.stmt.markSynced.run(s.version, s.id, s.version);
    }).immediate();
  }

  /** The agents this worker served, by their last status (for /metrics: counted in SQL, not parsed row by row). */
  statusCounts(): { status: AgentStatus; n: number }[] {
    return this.stmt.statusCounts.all();
  }

  statuses(): AgentInfoUpdate[] {
    return this.stmt.statuses.all().map((r) => JSON.parse(r.info) as AgentInfoUpdate);
  }
}

function toEntry(r: { id: number; name: string; ip: string; key: string; groups: string }): RegistryEntry {
  return { id: r.id, name: r.name, ip: r.ip, key: r.key, groups: r.groups ? r.groups.split(',') : [] };
}
