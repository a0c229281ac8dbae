// The master's registry of agents and groups over SQLite (WAL). Every write that workers must learn
// of appends to registry_change in the same transaction, so nothing is announced that did not commit.
import { Db, migrate, openDatabase } from './sqlite';
import { GLOBAL_MIGRATIONS } from './global-schema';
import { AgentInfoUpdate, AgentRecord, AgentStatus, formatAgentId } from './agent-types';
import { AgentSyncState, judgeAgentInfo, mergedInfo, setsEveryField } from './agent-info-merge';
import { DigestBuilder, groupRows, RegistryRow } from './registry-digest';
import { ReplicaTables } from './global-replica';

export { registryDigest } from './registry-digest';

export class StoreError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

interface NewAgent {
  name: string;
  ip: string;
  key: string;
  groups?: string[];
}

/** What became of one agent of an import that keeps ids (importAgentsWithIds). */
export type ImportVerdict = { kind: 'imported' } | { kind: 'unchanged' } | { kind: 'skipped'; reason: string };

/** What a worker needs of an agent to accept its connections. */
export interface RegistryEntry {
  id: number;
  name: string;
  ip: string;
  key: string;
  groups: string[];
}

export type RegistryChange = { seq: number; kind: 'upsert'; agent: RegistryEntry } | { seq: number; kind: 'delete'; id: number };

interface AgentRow {
  id: number; name: string; ip: string; key: string;
  os_name: string | null; os_version: string | null; os_platform: string | null; os_arch: string | null; os_uname: string | null;
  version: string | null; config_sum: string | null; merged_sum: string | null; node_name: string | null;
  date_add: number; last_keepalive: number | null; connection_status: AgentStatus; disconnection_time: number | null;
}

/** id, node_name, connection_status, last_keepalive, disconnection_time. */
type SyncStateRow = [number, string | null, AgentStatus, number | null, number | null];

export class GlobalStore {
  private readonly db: Db;
  private readonly stmt;
  /** The write sequences and what standbys are sent (master high availability). */
  readonly replica: ReplicaTables;

  constructor(file: string, private readonly now: () => number = Date.now) {
    this.db = openDatabase(file);
    migrate(this.db, GLOBAL_MIGRATIONS);
    const db = this.db;
    this.replica = new ReplicaTables(db);
    this.stmt = {
      agentById: db.prepare<[number], AgentRow>('SELECT * FROM agent WHERE id = ?'),
      agentByName: db.prepare<[string], AgentRow>('SELECT * FROM agent WHERE name = ?'),
      agentByIp: db.prepare<[string], AgentRow>('SELECT * FROM agent WHERE ip = ? ORDER BY id LIMIT 1'),
      allAgents: db.prepare<[], AgentRow>('SELECT * FROM agent ORDER BY id'),
      labels: db.prepare<[number], { key: string; value: string }>('SELECT key, value FROM label WHERE agent_id = ? ORDER BY key'),
      groupsOf: db.prepare<[number], { group_name: string }>('SELECT group_name FROM belongs WHERE agent_id = ? ORDER BY priority'),
      insertAgent: db.prepare('INSERT INTO agent (id, name, ip, key, date_add, rev) VALUES (?, ?, ?, ?, ?, ?)'),
      stampAgent: db.prepare<[number, number]>('UPDATE agent SET rev = ? WHERE id = ?'),
      stampMembers: db.prepare<[number, string]>('UPDATE agent SET rev = ? WHERE id IN (SELECT agent_id FROM belongs WHERE group_name = ?)'),
      deleteAgent: db.prepare<[number]>('DELETE FROM agent WHERE id = ?'),
      change: db.prepare('INSERT INTO registry_change (agent_id, kind, at) VALUES (?, ?, ?)'),
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      groupExists: db.prepare<[string], { name: string }>('SELECT name FROM grp WHERE name = ?'),
      insertGroup: db.prepare('INSERT INTO grp (name, date_add, rev) VALUES (?, ?, ?)'),
      deleteGroup: db.prepare<[string]>('DELETE FROM grp WHERE name = ?'),
      membersOf: db.prepare<[string], { agent_id: number }>('SELECT agent_id FROM belongs WHERE group_name = ?'),
      groups: db.prepare<[], { name: string; agents: number }>(
        'SELECT g.name, (SELECT COUNT(*) FROM belongs b WHERE b.group_name = g.name) AS agents FROM grp g ORDER BY g.name'),
      assign: db.prepare('INSERT OR IGNORE INTO belongs (agent_id, group_name, priority) VALUES (?, ?, (SELECT COALESCE(MAX(priority), -1) + 1 FROM belongs WHERE agent_id = ?))'),
      unassign: db.prepare('DELETE FROM belongs WHERE agent_id = ? AND group_name = ?'),
      updateInfo: db.prepare(`UPDATE agent SET os_name = ?, os_version = ?, os_platform = ?, os_arch = ?, os_uname = ?,
        version = ?, config_sum = ?, merged_sum = ?, node_name = ?, last_keepalive = ?, connection_status = ?,
        disconnection_time = ?, info_rev = ? WHERE id = ?`),
      clearLabels: db.prepare<[number]>('DELETE FROM label WHERE agent_id = ?'),
      // Arrays, not objects: half the cost of reading 5,000 rows.
      syncStateOf: db.prepare<[string], SyncStateRow>(
        'SELECT id, node_name, connection_status, last_keepalive, disconnection_time FROM agent WHERE id IN (SELECT value FROM json_each(?))').raw(),
      labelsOf: db.prepare<[string], { agent_id: number; key: string; value: string }>(
        'SELECT agent_id, key, value FROM label WHERE agent_id IN (SELECT value FROM json_each(?)) ORDER BY agent_id, key'),
      insertLabel: db.prepare('INSERT INTO label (agent_id, key, value) VALUES (?, ?, ?)'),
      changesSince: db.prepare<[number, number], { seq: number; agent_id: number; kind: 'upsert' | 'delete' }>(
        'SELECT seq, agent_id, kind FROM registry_change WHERE seq > ? ORDER BY seq LIMIT ?'),
      lastSeq: db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM registry_change'),
      registryRows: db.prepare<[], RegistryRow>(
        'SELECT a.id, a.name, a.ip, a.key, b.group_name FROM agent a LEFT JOIN belongs b ON b.agent_id = a.id ORDER BY a.id, b.priority'),
      registryPage: db.prepare<[number, number], RegistryRow>(`SELECT a.id, a.name, a.ip, a.key, b.group_name
        FROM (SELECT id, name, ip, key FROM agent WHERE id > ? ORDER BY id LIMIT ?) a
        LEFT JOIN belongs b ON b.agent_id = a.id ORDER BY a.id, b.priority`),
      registryOf: db.prepare<[string], RegistryRow>(`SELECT a.id, a.name, a.ip, a.key, b.group_name
        FROM agent a LEFT JOIN belongs b ON b.agent_id = a.id
        WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id, b.priority`),
      activeByNode: db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM agent WHERE node_name = ? AND connection_status = 'active'"),
      countsByNode: db.prepare<[], { node: string | null; status: AgentStatus; n: number }>(
        'SELECT node_name AS node, connection_status AS status, COUNT(*) AS n FROM agent GROUP BY node_name, connection_status'),
      activePerNode: db.prepare<[], { node: string; n: number }>(
        "SELECT node_name AS node, COUNT(*) AS n FROM agent WHERE connection_status = 'active' AND node_name IS NOT NULL GROUP BY node_name"),
      disconnectOf: db.prepare<[number, number, string]>(
        "UPDATE agent SET connection_status = 'disconnected', disconnection_time = ?, info_rev = ? WHERE node_name = ? AND connection_status IN ('active', 'pending')"),
      disconnectStale: db.prepare<[number, number, string, number]>(`UPDATE agent SET connection_status = 'disconnected', disconnection_time = ?, info_rev = ?
        WHERE connection_status IN ('active', 'pending') AND node_name NOT IN (SELECT value FROM json_each(?))
        AND COALESCE(last_keepalive, date_add) < ?`),
    };
  }

  close(): void {
    this.db.close();
  }

  /** 1 + the highest id ever issued: a deleted agent's id is never reused (Wazuh's rule). */
  nextAgentId(): number {
    return Number(this.stmt.getMeta.get('last_agent_id')?.value ?? '0') + 1;
  }

  registerAgent(a: NewAgent): AgentRecord {
    return this.db.transaction(() => {
      if (this.stmt.agentByName.get(a.name)) throw new StoreError('duplicate_name', `an agent named ${a.name} exists`);
      for (const g of a.groups ?? []) {
        if (!this.stmt.groupExists.get(g)) throw new StoreError('unknown_group', `no group named ${g}`);
      }
      const id = this.nextAgentId();
      this.stmt.insertAgent.run(id, a.name, a.ip, a.key, this.now(), this.replica.bumpSeq());
      this.stmt.setMeta.run('last_agent_id', String(id));
      for (const g of a.groups ?? []) this.stmt.assign.run(id, g, id);
      this.stmt.change.run(id, 'upsert', this.now());
      return this.getAgent(id)!;
    }).immediate();
  }

  /** Many agents in one transaction (an import, a benchmark's seed); returns their ids in order. */
  importAgents(agents: readonly NewAgent[]): number[] {
    return this.db.transaction(() => {
      let id = this.nextAgentId() - 1;
      const ids: number[] = [];
      const rev = this.replica.bumpSeq();
      for (const a of agents) {
        id++;
        this.stmt.insertAgent.run(id, a.name, a.ip, a.key, this.now(), rev);
        for (const g of a.groups ?? []) this.stmt.assign.run(id, g, id);
        this.stmt.change.run(id, 'upsert', this.now());
        ids.push(id);
      }
      this.stmt.setMeta.run('last_agent_id', String(id));
      return ids;
    }).immediate();
  }

  /**
   * Agents that bring their own id and key (Wazuh's client.keys), in one transaction. A registered id or
   * name is never overwritten: the very same agent is `unchanged`, any other clash is skipped with its
   * reason. Ids issued afterwards are above every imported one.
   */
  importAgentsWithIds(agents: readonly (NewAgent & { id: number })[], groups: readonly string[]): ImportVerdict[] {
    return this.db.transaction(() => {
      for (const g of groups) {
        if (!this.stmt.groupExists.get(g)) throw new StoreError('unknown_group', `no group named ${g}`);
      }
      let last = this.nextAgentId() - 1;
      const rev = this.replica.bumpSeq();
      const verdicts = agents.map((a): ImportVerdict => {
        const clash = this.importClash(a);
        if (clash) return clash;
        this.stmt.insertAgent.run(a.id, a.name, a.ip, a.key, this.now(), rev);
        for (const g of groups) this.stmt.assign.run(a.id, g, a.id);
        this.stmt.change.run(a.id, 'upsert', this.now());
        last = Math.max(last, a.id);
        return { kind: 'imported' };
      });
      this.stmt.setMeta.run('last_agent_id', String(last));
      return verdicts;
    }).immediate();
  }

  private importClash(a: NewAgent & { id: number }): ImportVerdict | null {
    const byId = this.stmt.agentById.get(a.id);
    if (byId) {
      const same = byId.name === a.name && byId.key === a.key;
      if (same && byId.ip === a.ip) return { kind: 'unchanged' };
      if (same) return { kind: 'skipped', reason: `agent ${formatAgentId(a.id)} ${a.name} is registered with IP ${byId.ip}, not ${a.ip}` };
      return {
        kind: 'skipped',
        reason: byId.name === a.name
          ? `agent ${formatAgentId(a.id)} ${a.name} is registered with another key`
          : `id ${formatAgentId(a.id)} is taken by agent ${byId.name}`,
      };
    }
    const byName = this.stmt.agentByName.get(a.name);
    return byName ? { kind: 'skipped', reason: `name ${a.name} is taken by agent ${formatAgentId(byName.id)}` } : null;
  }

  removeAgent(id: number): boolean {
    return this.db.transaction(() => {
      const removed = this.stmt.deleteAgent.run(id).changes > 0;
      if (removed) {
        this.stmt.change.run(id, 'delete', this.now());
        this.replica.tombstone('agent', id, this.replica.bumpSeq());
      }
      return removed;
    }).immediate();
  }

  /**
   * Removes the agents in `replaces` and registers `a`, in one transaction, so that authd's replace
   * rule never leaves the old agent gone without the new one (the new one gets a new id).
   */
  replaceAgents(replaces: readonly number[], a: NewAgent): AgentRecord {
    return this.db.transaction(() => {
      for (const id of replaces) this.removeAgent(id);
      return this.registerAgent(a);
    }).immediate();
  }

  getAgent(id: number): AgentRecord | undefined {
    const row = this.stmt.agentById.get(id);
    return row && this.toRecord(row);
  }

  findAgentByName(name: string): AgentRecord | undefined {
    const row = this.stmt.agentByName.get(name);
    return row && this.toRecord(row);
  }

  /** The lowest-id agent registered with exactly this address (authd's duplicate-IP lookup). */
  findAgentByIp(ip: string): AgentRecord | undefined {
    const row = this.stmt.agentByIp.get(ip);
    return row && this.toRecord(row);
  }

  listAgents(): AgentRecord[] {
    return this.stmt.allAgents.all().map((r) => this.toRecord(r));
  }

  createGroup(name: string): void {
    this.db.transaction(() => {
      if (this.stmt.groupExists.get(name)) throw new StoreError('duplicate_group', `group ${name} exists`);
      this.stmt.insertGroup.run(name, this.now(), this.replica.bumpSeq());
    }).immediate();
  }

  deleteGroup(name: string): void {
    this.db.transaction(() => {
      const members = this.stmt.membersOf.all(name);
      const rev = this.replica.bumpSeq();
      // Its members' rows are stamped too: a standby learns their new groups with them.
      this.stmt.stampMembers.run(rev, name);
      if (this.stmt.deleteGroup.run(name).changes === 0) throw new StoreError('unknown_group', `no group named ${name}`);
      this.replica.tombstone('group', name, rev);
      for (const m of members) this.stmt.change.run(m.agent_id, 'upsert', this.now());
    }).immediate();
  }

  groupExists(name: string): boolean {
    return !!this.stmt.groupExists.get(name);
  }

  listGroups(): { name: string; agents: number }[] {
    return this.stmt.groups.all();
  }

  assignGroup(agentId: number, group: string): void {
    this.db.transaction(() => {
      if (!this.stmt.agentById.get(agentId)) throw new StoreError('unknown_agent', `no agent with id ${agentId}`);
      if (!this.stmt.groupExists.get(group)) throw new StoreError('unknown_group', `no group named ${group}`);
      if (this.stmt.assign.run(agentId, group, agentId).changes > 0) {
        this.stmt.change.run(agentId, 'upsert', this.now());
        this.stmt.stampAgent.run(this.replica.bumpSeq(), agentId);
      }
    }).immediate();
  }

  unassignGroup(agentId: number, group: string): void {
    this.db.transaction(() => {
      if (this.stmt.unassign.run(agentId, group).changes === 0) {
        throw new StoreError('not_assigned', `agent ${agentId} is not in group ${group}`);
      }
      this.stmt.change.run(agentId, 'upsert', this.now());
      this.stmt.stampAgent.run(this.replica.bumpSeq(), agentId);
    }).immediate();
  }

  /**
   * Folds a worker's batch of agent-info into the table, in one transaction. Returns how many rows
   * changed and which were dropped (see mergeAgentInfo); the worker may mark the batch synced once
   * this returned, since it committed.
   */
  applyAgentInfo(node: string, updates: readonly AgentInfoUpdate[]): { applied: number; dropped: { id: number; reason: string }[] } {
    return this.db.transaction(() => {
      // The batch's verdict columns and labels in two queries, not two per agent; the whole row only for an
      // update that leaves fields unset (a worker's batch sets them all): reading all columns of 50,000 rows
      // was a third of the commit time.
      const ids = JSON.stringify(updates.map((u) => u.id));
      const states = new Map<number, AgentSyncState>();
      for (const [id, node, status, lastKeepAlive, disconnectionTime] of this.stmt.syncStateOf.iterate(ids)) {
        states.set(id, { node, status, lastKeepAlive, disconnectionTime });
      }
      const labels = new Map<number, string>();
      if (updates.some((u) => u.labels !== undefined)) {
        for (const l of this.stmt.labelsOf.iterate(ids)) labels.set(l.agent_id, `${labels.get(l.agent_id) ?? ''}${l.key}\0${l.value}\0`);
      }
      let applied = 0;
      let infoRev = 0;
      const dropped: { id: number; reason: string }[] = [];
      for (const u of updates) {
        const state = states.get(u.id);
        // Labels and groups are not part of the merge.
        const verdict = judgeAgentInfo(state, u, node);
        if (!verdict.apply) { dropped.push({ id: u.id, reason: verdict.reason }); continue; }
        const r = mergedInfo(setsEveryField(u) ? state! : this.toRecord(this.stmt.agentById.get(u.id)!, false), u, node);
        // Two updates of one agent in a batch: the second judges what the first wrote.
        states.set(u.id, r);
        infoRev ||= this.replica.bumpInfoSeq();
        this.stmt.updateInfo.run(r.os.name, r.os.version, r.os.platform, r.os.arch, r.os.uname, r.version, r.configSum, r.mergedSum,
          r.node, r.lastKeepAlive, r.status, r.disconnectionTime, infoRev, u.id);
        if (u.labels !== undefined) {
          const wanted = Object.keys(u.labels).sort().map((k) => `${k}\0${u.labels![k]}\0`).join('');
          if (wanted !== (labels.get(u.id) ?? '')) {
            this.stmt.clearLabels.run(u.id);
            for (const [k, v] of Object.entries(u.labels)) this.stmt.insertLabel.run(u.id, k, v);
            labels.set(u.id, wanted);
          }
        }
        applied++;
      }
      return { applied, dropped };
    }).immediate();
  }

  /**
   * Registry changes after `seq` (at most `limit` of them), collapsed to the latest per agent, with the
   * current state of each: one query for the entries, not two per agent.
   */
  changesSince(seq: number, limit = 10_000): { changes: RegistryChange[]; lastSeq: number } {
    const rows = this.stmt.changesSince.all(seq, limit);
    const latest = new Map<number, { seq: number; kind: 'upsert' | 'delete' }>();
    for (const r of rows) latest.set(r.agent_id, { seq: r.seq, kind: r.kind });
    const upserts = [...latest].filter(([, c]) => c.kind === 'upsert').map(([id]) => id);
    const entries = new Map<number, RegistryEntry>();
    if (upserts.length) for (const e of groupRows(this.stmt.registryOf.iterate(JSON.stringify(upserts)))) entries.set(e.id, e);
    const changes: RegistryChange[] = [];
    for (const [id, c] of [...latest].sort((a, b) => a[1].seq - b[1].seq)) {
      const entry = c.kind === 'upsert' ? entries.get(id) : undefined;
      changes.push(entry ? { seq: c.seq, kind: 'upsert', agent: entry } : { seq: c.seq, kind: 'delete', id });
    }
    return { changes, lastSeq: rows.length ? rows[rows.length - 1].seq : seq };
  }

  activeAgentsOn(node: string): number {
    return this.stmt.activeByNode.get(node)!.n;
  }

  /** Agents by the node that last served them (null: never connected) and status, for /metrics. */
  agentCounts(): { node: string | null; status: AgentStatus; n: number }[] {
    return this.stmt.countsByNode.all();
  }

  /** Active agents per serving node (nodes with none are absent). */
  activeAgentsPerNode(): Map<string, number> {
    return new Map(this.stmt.activePerNode.all().map((r) => [r.node, r.n]));
  }

  /**
   * The agents a node served, when it left the cluster: those still recorded active or pending on it are
   * disconnected now (an agent already reported by another node is not on it any more). Returns how many.
   */
  disconnectAgentsOf(node: string): number {
    return this.db.transaction(() => this.stmt.disconnectOf.run(this.now(), this.replica.bumpInfoSeq(), node).changes).immediate();
  }

  /**
   * Agents recorded active or pending on a node that is not among `liveNodes` (it died, or left unheard),
   * silent since before `silentSince`: disconnected now, as a node's own sweep would have. Returns how many.
   */
  disconnectStaleAgents(liveNodes: readonly string[], silentSince: number): number {
    return this.db.transaction(() => this.stmt.disconnectStale.run(this.now(), this.replica.bumpInfoSeq(), JSON.stringify(liveNodes), silentSince).changes).immediate();
  }

  lastChangeSeq(): number {
    return this.stmt.lastSeq.get()?.seq ?? 0;
  }

  /** Everything a worker needs, for a full resend (tests and small registries; see registryPage). */
  registry(): RegistryEntry[] {
    // One ordered pass over agents joined with their groups: a query per agent would stall the master
    // for seconds at 50,000 agents.
    return [...groupRows(this.stmt.registryRows.iterate())];
  }

  /** The next `limit` agents after id `afterId`: a full resend read part by part, never whole. */
  registryPage(afterId: number, limit: number): RegistryEntry[] {
    return [...groupRows(this.stmt.registryPage.iterate(afterId, limit))];
  }

  /** registryDigest(registry()), hashed row by row from SQLite. */
  registryDigest(): string {
    const b = new DigestBuilder();
    for (const r of this.stmt.registryRows.iterate()) b.addRow(r);
    return b.digest();
  }

  registryEntry(id: number): RegistryEntry | undefined {
    const r = this.stmt.agentById.get(id);
    return r && { id: r.id, name: r.name, ip: r.ip, key: r.key, groups: this.groupsOf(r.id) };
  }

  private groupsOf(id: number): string[] {
    return this.stmt.groupsOf.all(id).map((g) => g.group_name);
  }

  private toRecord(r: AgentRow, full = true): AgentRecord {
    return {
      id: r.id, name: r.name, ip: r.ip, key: r.key,
      os: { name: r.os_name, version: r.os_version, platform: r.os_platform, arch: r.os_arch, uname: r.os_uname },
      version: r.version,
      labels: full ? Object.fromEntries(this.stmt.labels.all(r.id).map((l) => [l.key, l.value])) : {},
      configSum: r.config_sum, mergedSum: r.merged_sum, node: r.node_name, dateAdd: r.date_add,
      lastKeepAlive: r.last_keepalive, status: r.connection_status, disconnectionTime: r.disconnection_time,
      groups: full ? this.groupsOf(r.id) : [],
    };
  }
}
