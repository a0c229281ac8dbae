// The replication side of global.db (master high availability): the leader's write sequences and the reads a
// standby is sent (snapshot pages, deltas, agent-info passes, digests); the standby's application of them.
// GlobalStore owns one of these (store.replica) and stamps every write through bumpSeq/bumpInfoSeq.
import { createHash } from 'crypto';
import type { Db } from './sqlite';
import type { AgentStatus } from './agent-types';
import type { ReplicaAgent, ReplicaChangeRow, ReplicaGroup, ReplicaPart, ReplicaPoint, ReplicaTombstone } from './replica-types';

export class ReplicaError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'ReplicaError';
  }
}

interface FullRow {
  id: number; name: string; ip: string; key: string;
  os_name: string | null; os_version: string | null; os_platform: string | null; os_arch: string | null; os_uname: string | null;
  version: string | null; config_sum: string | null; merged_sum: string | null; node_name: string | null;
  date_add: number; last_keepalive: number | null; connection_status: AgentStatus; disconnection_time: number | null;
  rev: number; info_rev: number;
}

/** Agent columns in the order of the upsert statement. */
const AGENT_COLUMNS = ['id', 'name', 'ip', 'key', 'os_name', 'os_version', 'os_platform', 'os_arch', 'os_uname', 'version', 'config_sum',
  'merged_sum', 'node_name', 'date_add', 'last_keepalive', 'connection_status', 'disconnection_time', 'rev', 'info_rev'] as const;
const INFO_COLUMNS = ['os_name', 'os_version', 'os_platform', 'os_arch', 'os_uname', 'version', 'config_sum', 'merged_sum', 'node_name',
  'last_keepalive', 'connection_status', 'disconnection_time', 'info_rev'] as const;

export class ReplicaTables {
  private readonly stmt;

  constructor(private readonly db: Db) {
    this.stmt = {
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      delMeta: db.prepare<[string]>('DELETE FROM meta WHERE key = ?'),
      tombstone: db.prepare('INSERT INTO tombstone (kind, subject, rev) VALUES (?, ?, ?) ON CONFLICT(kind, subject) DO UPDATE SET rev = excluded.rev'),
      countChanged: db.prepare<[number, number], { n: number }>(
        'SELECT (SELECT COUNT(*) FROM agent WHERE rev > ?) + (SELECT COUNT(*) FROM tombstone WHERE rev > ?) AS n'),
      agentsSince: db.prepare<[number], FullRow>('SELECT * FROM agent WHERE rev > ? ORDER BY id'),
      agentsPage: db.prepare<[number, number], FullRow>('SELECT * FROM agent WHERE id > ? ORDER BY id LIMIT ?'),
      infoPage: db.prepare<[number, number, number], FullRow>('SELECT * FROM agent WHERE info_rev > ? AND id > ? ORDER BY id LIMIT ?'),
      groupsSince: db.prepare<[number], { name: string; date_add: number; rev: number }>('SELECT name, date_add, rev FROM grp WHERE rev > ? ORDER BY name'),
      tombstonesSince: db.prepare<[number], { kind: 'agent' | 'group'; subject: string; rev: number }>(
        'SELECT kind, subject, rev FROM tombstone WHERE rev > ? ORDER BY rev, kind, subject'),
      changeLog: db.prepare<[number, number], { seq: number; agent_id: number; kind: 'upsert' | 'delete'; at: number }>(
        'SELECT seq, agent_id, kind, at FROM registry_change WHERE seq > ? ORDER BY seq LIMIT ?'),
      lastChangeSeq: db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM registry_change'),
      labelsOf: db.prepare<[string], { agent_id: number; key: string; value: string }>(
        'SELECT agent_id, key, value FROM label WHERE agent_id IN (SELECT value FROM json_each(?)) ORDER BY agent_id, key'),
      groupsOf: db.prepare<[string], { agent_id: number; group_name: string }>(
        'SELECT agent_id, group_name FROM belongs WHERE agent_id IN (SELECT value FROM json_each(?)) ORDER BY agent_id, priority'),
      // Standby side.
      evictName: db.prepare<[string, number]>('DELETE FROM agent WHERE name = ? AND id != ?'),
      upsertAgent: db.prepare(`INSERT INTO agent (${AGENT_COLUMNS.join(', ')}) VALUES (${AGENT_COLUMNS.map(() => '?').join(', ')})
        ON CONFLICT(id) DO UPDATE SET ${AGENT_COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`),
      updateInfo: db.prepare(`UPDATE agent SET ${INFO_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`),
      clearLabels: db.prepare<[number]>('DELETE FROM label WHERE agent_id = ?'),
      insertLabel: db.prepare('INSERT INTO label (agent_id, key, value) VALUES (?, ?, ?)'),
      clearBelongs: db.prepare<[number]>('DELETE FROM belongs WHERE agent_id = ?'),
      insertBelongs: db.prepare('INSERT INTO belongs (agent_id, group_name, priority) VALUES (?, ?, ?)'),
      groupExists: db.prepare<[string], { name: string }>('SELECT name FROM grp WHERE name = ?'),
      upsertGroup: db.prepare('INSERT INTO grp (name, date_add, rev) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET date_add = excluded.date_add, rev = excluded.rev'),
      deleteAgent: db.prepare<[number]>('DELETE FROM agent WHERE id = ?'),
      deleteGroup: db.prepare<[string]>('DELETE FROM grp WHERE name = ?'),
      upsertChange: db.prepare('INSERT OR REPLACE INTO registry_change (seq, agent_id, kind, at) VALUES (?, ?, ?, ?)'),
      agentsNotIn: db.prepare<[string]>('DELETE FROM agent WHERE id NOT IN (SELECT value FROM json_each(?))'),
      groupsNotIn: db.prepare<[string]>('DELETE FROM grp WHERE name NOT IN (SELECT value FROM json_each(?))'),
      // Digests.
      digestGroups: db.prepare<[], unknown[]>('SELECT name, date_add FROM grp ORDER BY name').raw(),
      digestAgents: db.prepare<[], unknown[]>(`SELECT a.id, a.name, a.ip, a.key, a.date_add,
        (SELECT group_concat(b.group_name, ',' ORDER BY b.priority) FROM belongs b WHERE b.agent_id = a.id) FROM agent a ORDER BY a.id`).raw(),
      digestInfo: db.prepare<[], unknown[]>(`SELECT a.id, ${INFO_COLUMNS.filter((c) => c !== 'info_rev').map((c) => `a.${c}`).join(', ')},
        (SELECT group_concat(l.key || '=' || l.value, char(1) ORDER BY l.key) FROM label l WHERE l.agent_id = a.id) FROM agent a ORDER BY a.id`).raw(),
      changeCount: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM registry_change'),
    };
  }

  // ---- Leader side: the sequences, stamped inside the writer's transaction ----

  /** The last write of agents or groups (what a standby's acknowledgement is compared with). */
  seq(): number {
    return Number(this.stmt.getMeta.get('replica_seq')?.value ?? '0');
  }

  infoSeq(): number {
    return Number(this.stmt.getMeta.get('info_seq')?.value ?? '0');
  }

  /** A local write: the next seq; this database is no standby's untouched copy from now on. */
  bumpSeq(): number {
    const n = this.seq() + 1;
    this.stmt.setMeta.run('replica_seq', String(n));
    this.stmt.delMeta.run('replica_complete');
    return n;
  }

  bumpInfoSeq(): number {
    const n = this.infoSeq() + 1;
    this.stmt.setMeta.run('info_seq', String(n));
    this.stmt.delMeta.run('replica_complete');
    return n;
  }

  tombstone(kind: 'agent' | 'group', subject: string | number, rev: number): void {
    this.stmt.tombstone.run(kind, String(subject), rev);
  }

  lastAgentId(): number {
    return Number(this.stmt.getMeta.get('last_agent_id')?.value ?? '0');
  }

  lastChangeSeq(): number {
    return this.stmt.lastChangeSeq.get()?.seq ?? 0;
  }

  /** Rows a delta after `seq` would carry (agents and tombstones): a large one goes as a snapshot instead. */
  changedSince(seq: number): number {
    return this.stmt.countChanged.get(seq, seq)!.n;
  }

  /**
   * Everything written after `seq` (and the change-log rows after `changeSeq`), in one synchronous pass: the
   * copy that applies it is exactly this store at toSeq. Returned as one part; the sender splits it for frames.
   */
  delta(seq: number, changeSeq: number): ReplicaPart {
    const toSeq = this.seq();
    return {
      mode: 'delta', first: false, last: true, toSeq, toInfoSeq: 0, lastAgentId: this.lastAgentId(),
      groups: this.stmt.groupsSince.all(seq).map((g) => ({ name: g.name, dateAdd: g.date_add, rev: g.rev })),
      agents: this.withLabelsAndGroups(this.stmt.agentsSince.all(seq)),
      tombstones: this.stmt.tombstonesSince.all(seq).map((t) => ({ kind: t.kind, subject: t.subject, rev: t.rev })),
      changes: this.changeLog(changeSeq, Number.MAX_SAFE_INTEGER),
    };
  }

  /** Every group (a snapshot's first part). */
  groups(): ReplicaGroup[] {
    return this.stmt.groupsSince.all(-1).map((g) => ({ name: g.name, dateAdd: g.date_add, rev: g.rev }));
  }

  /** The next `limit` whole agents after id `afterId` (a snapshot's pages). */
  agentsPage(afterId: number, limit: number): ReplicaAgent[] {
    return this.withLabelsAndGroups(this.stmt.agentsPage.all(afterId, limit));
  }

  /** Agents whose agent-info was written after `infoSeq`, id after `afterId` (an agent-info pass's pages). */
  infoPage(infoSeq: number, afterId: number, limit: number): ReplicaAgent[] {
    return this.withLabelsAndGroups(this.stmt.infoPage.all(infoSeq, afterId, limit));
  }

  changeLog(afterSeq: number, limit: number): ReplicaChangeRow[] {
    return this.stmt.changeLog.all(afterSeq, limit).map((r) => ({ seq: r.seq, agentId: r.agent_id, kind: r.kind, at: r.at }));
  }

  private withLabelsAndGroups(rows: FullRow[]): ReplicaAgent[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const labels = new Map<number, Record<string, string>>();
    for (const l of this.stmt.labelsOf.iterate(ids)) {
      const m = labels.get(l.agent_id) ?? {};
      m[l.key] = l.value;
      labels.set(l.agent_id, m);
    }
    const groups = new Map<number, string[]>();
    for (const g of this.stmt.groupsOf.iterate(ids)) {
      const list = groups.get(g.agent_id) ?? [];
      list.push(g.group_name);
      groups.set(g.agent_id, list);
    }
    return rows.map((r) => ({
      id: r.id, name: r.name, ip: r.ip, key: r.key,
      os: { name: r.os_name, version: r.os_version, platform: r.os_platform, arch: r.os_arch, uname: r.os_uname },
      version: r.version, labels: labels.get(r.id) ?? {}, configSum: r.config_sum, mergedSum: r.merged_sum, node: r.node_name,
      dateAdd: r.date_add, lastKeepAlive: r.last_keepalive, status: r.connection_status, disconnectionTime: r.disconnection_time,
      groups: groups.get(r.id) ?? [], rev: r.rev, infoRev: r.info_rev,
    }));
  }

  // ---- Digests: equal on leader and standby when the copies are equal ----

  /** MD5 of agents (id, name, ip, key, registration time, groups in order), groups, the next id and the change log's end. */
  digest(): string {
    const h = createHash('md5');
    for (const g of this.stmt.digestGroups.iterate()) h.update(`g\0${g.join('\0')}\n`);
    for (const a of this.stmt.digestAgents.iterate()) h.update(`a\0${a.map((v) => v ?? '').join('\0')}\n`);
    h.update(`n\0${this.lastAgentId()}\0${this.lastChangeSeq()}\0${this.stmt.changeCount.get()!.n}\n`);
    return h.digest('hex');
  }

  /** MD5 of what agent-info writes: statuses, versions, OS fields, serving node, times, labels (NULL apart from ''). */
  infoDigest(): string {
    const h = createHash('md5');
    for (const a of this.stmt.digestInfo.iterate()) h.update(`${a.map((v) => (v === null ? '\u0002' : String(v))).join('\0')}\n`);
    return h.digest('hex');
  }

  // ---- Standby side ----

  /** Where this copy stands; seq -1 unless the last thing written here was a complete replica. */
  point(wantDigest: boolean): ReplicaPoint {
    const complete = this.stmt.getMeta.get('replica_complete')?.value === '1';
    return {
      seq: complete ? this.seq() : -1, infoSeq: complete ? this.infoSeq() : 0, changeSeq: this.lastChangeSeq(),
      digest: wantDigest ? this.digest() : '', infoDigest: wantDigest ? this.infoDigest() : '',
    };
  }

  /**
   * Applies one part in one transaction (the caller's). A snapshot's first part marks the copy incomplete and
   * empties its change log and tombstones; its last part removes whatever the snapshot did not name (`seen`) and
   * commits the point. Returns the groups it had to create before their own rows came (a snapshot only).
   * One transaction: a part is applied whole or not at all.
   */
  applyPart(p: ReplicaPart, seen?: { agents: ReadonlySet<number>; groups: ReadonlySet<string> }): string[] {
    return this.db.transaction(() => this.applyInTransaction(p, seen)).immediate();
  }

  private applyInTransaction(p: ReplicaPart, seen?: { agents: ReadonlySet<number>; groups: ReadonlySet<string> }): string[] {
    const placeholders: string[] = [];
    if (p.mode === 'snapshot' && p.first) {
      this.stmt.delMeta.run('replica_complete');
      this.db.exec("DELETE FROM registry_change; DELETE FROM tombstone; DELETE FROM sqlite_sequence WHERE name = 'registry_change';");
    }
    if (p.mode === 'info') {
      for (const a of p.agents) this.applyInfo(a);
    } else {
      for (const t of p.tombstones) {
        if (t.kind === 'agent') this.stmt.deleteAgent.run(Number(t.subject));
        else this.stmt.deleteGroup.run(t.subject);
        this.stmt.tombstone.run(t.kind, t.subject, t.rev);
      }
      for (const g of p.groups) this.stmt.upsertGroup.run(g.name, g.dateAdd, g.rev);
      for (const a of p.agents) placeholders.push(...this.upsertAgent(a, p.mode === 'snapshot'));
      for (const c of p.changes) this.stmt.upsertChange.run(c.seq, c.agentId, c.kind, c.at);
    }
    if (!p.last) return placeholders;
    if (p.mode === 'snapshot') {
      if (!seen) throw new ReplicaError('replica_gap', 'the last part of a snapshot came without the ids of its earlier parts');
      this.stmt.agentsNotIn.run(JSON.stringify([...seen.agents]));
      this.stmt.groupsNotIn.run(JSON.stringify([...seen.groups, ...placeholders]));
    }
    if (p.mode !== 'info') {
      this.stmt.setMeta.run('replica_seq', String(p.toSeq));
      this.stmt.setMeta.run('last_agent_id', String(p.lastAgentId));
    }
    if (p.mode !== 'delta') this.stmt.setMeta.run('info_seq', String(p.toInfoSeq));
    // A delta or an agent-info pass on an incomplete copy does not make it complete.
    if (p.mode === 'snapshot') this.stmt.setMeta.run('replica_complete', '1');
    return placeholders;
  }

  private upsertAgent(a: ReplicaAgent, mayCreateGroups: boolean): string[] {
    const created: string[] = [];
    this.stmt.evictName.run(a.name, a.id);
    this.stmt.upsertAgent.run(a.id, a.name, a.ip, a.key, a.os.name, a.os.version, a.os.platform, a.os.arch, a.os.uname, a.version,
      a.configSum, a.mergedSum, a.node, a.dateAdd, a.lastKeepAlive, a.status, a.disconnectionTime, a.rev, a.infoRev);
    this.replaceLabels(a);
    this.stmt.clearBelongs.run(a.id);
    a.groups.forEach((g, i) => {
      if (!this.stmt.groupExists.get(g)) {
        // A snapshot's pages are read one after another: a group made meanwhile comes with the delta that follows.
        if (!mayCreateGroups) throw new ReplicaError('replica_gap', `agent ${a.id} is in group ${g}, which this copy does not hold: resend in full`);
        this.stmt.upsertGroup.run(g, 0, 0);
        created.push(g);
      }
      this.stmt.insertBelongs.run(a.id, g, i);
    });
    return created;
  }

  /** An agent-info pass: its columns and labels only, for agents this copy holds (others come with a delta). */
  private applyInfo(a: ReplicaAgent): void {
    const r = this.stmt.updateInfo.run(a.os.name, a.os.version, a.os.platform, a.os.arch, a.os.uname, a.version, a.configSum, a.mergedSum,
      a.node, a.lastKeepAlive, a.status, a.disconnectionTime, a.infoRev, a.id);
    if (r.changes > 0) this.replaceLabels(a);
  }

  private replaceLabels(a: ReplicaAgent): void {
    this.stmt.clearLabels.run(a.id);
    for (const [k, v] of Object.entries(a.labels)) this.stmt.insertLabel.run(a.id, k, v);
  }
}
