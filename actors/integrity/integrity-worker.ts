// IntegrityWorker (the worker's half of the IntegrityActor pair): on its interval, and at once when the
// master says its table changed, offers the digest of its own table; when it differs, sends the table,
// receives the plan, stages every fetched file as its pack arrives (MD5 checked before it is kept) and
// applies the lot crash-safely. A file or path refused is logged and left out; the rest applies.
import type { Readable } from 'node:stream';
import { ActorSpec } from '../supervision/actor';
import { Peer, StreamInfo } from '../../protocol/peer';
import { body, Body, BodyKind, BodyValue, Envelope } from '../../protocol/envelope';
import { ClusterLog } from '../../log/cluster-log';
import { applyStaged, recoverIntegrity } from './apply';
import { IntegrityError } from './errors';
import { tableDigest, tableStats, type FileEntry, type FileTable } from './file-table';
import { HashPool } from './hash-pool';
import { folderDigests } from './integrity-feed';
import type { PathConflict } from './integrity-plan';
import { FETCH_TIMEOUT_MS } from './integrity-master';
import { conflictsFromWire, secondsOf, tableToWire } from './integrity-wire';
import { PACK_STREAM_KIND, parsePackMeta } from './file-pack';
import { receivePack } from './pack-receiver';
import { scanSyncedFiles } from './scanner';
import { Staging, type StagedEntry } from './staging';

export type IntegrityWorkerMsg = { type: 'check'; why: 'tick' | 'master' | 'start' | 'retry' };

export interface IntegrityWorkerDeps {
  peer: Peer;
  dataDir: string;
  ownConfigPath?: string;
  everyMs: number;
  log: ClusterLog;
  now: () => number;
  /** Make staged files durable before the journal commits (default true). */
  durable?: boolean;
  /** An apply changed etc/rules, etc/decoders or etc/lists: the node reloads its engine (awaited before the result is sent). */
  onRulesetChanged?: () => void | Promise<void>;
  /** Extra entries for the folders map of every report, e.g. the engine's status (ruleset-view.ts reads them). */
  reportExtras?: () => Record<string, string>;
}

/** Synced folders whose change means a new analysis ruleset. */
const RULESET_DIRS = ['etc/rules/', 'etc/decoders/', 'etc/lists/'];
const touchesRuleset = (rel: string): boolean => RULESET_DIRS.some((d) => rel.startsWith(d));

/** The sync whose files are arriving: streams of another sync id are refused. */
interface Receiving {
  syncId: number;
  staging: Staging;
  pending: Promise<void>[];
  refused: string[];
}

interface State {
  table: FileTable | undefined;
  pool: HashPool;
  receiving: Receiving | null;
  syncs: number;
  lastDigest: string;
  detach: () => void;
}

const REQUEST_TIMEOUT_MS = 30_000;

export function integrityWorkerSpec(d: IntegrityWorkerDeps): ActorSpec<State, IntegrityWorkerMsg> {
  const checkLog = d.log.task('Integrity check');
  const syncLog = d.log.task('Integrity sync');
  let nextSyncId = Math.floor(Math.random() * 1_000_000);

  async function ask<K extends BodyKind>(b: Body, want: K, timeoutMs = REQUEST_TIMEOUT_MS): Promise<BodyValue<K>> {
    const r: Envelope = await d.peer.request(b, timeoutMs);
    if (r.body.kind === 'error') throw new IntegrityError('apply_failed', `the master refused ${b.kind}: ${r.body.value.code}: ${r.body.value.message}`);
    if (r.body.kind !== want) throw new IntegrityError('apply_failed', `the master answered ${b.kind} with ${r.body.kind}`);
    return r.body.value as BodyValue<K>;
  }

  function onStream(s: State, info: StreamInfo, readable: Readable): void {
    if (info.kind !== PACK_STREAM_KIND) return;
    const rx = s.receiving;
    let syncId: number;
    try {
      syncId = parsePackMeta(info.metaJson);
    } catch (err) {
      readable.destroy();
      syncLog.warning(`Refused ${JSON.stringify(info.name)}: ${(err as Error).message}`);
      return;
    }
    if (!rx || rx.syncId !== syncId) {
      readable.destroy();
      syncLog.warning(`Refused ${JSON.stringify(info.name)}: not part of the sync in progress.`);
      return;
    }
    const refuse = (rel: string, err: Error): void => {
      rx.refused.push(`${JSON.stringify(rel)}: ${err.message}`);
      syncLog.warning(`Refused ${JSON.stringify(rel)}: ${err.message}`);
    };
    rx.pending.push(receivePack(rx.staging, readable, refuse).then(
      () => undefined,
      (err: Error) => {
        readable.destroy();
        rx.refused.push(`${info.name}: ${err.message}`);
        syncLog.warning(`Refused the rest of ${info.name}: ${err.message}`);
      },
    ));
  }

  async function check(s: State, why: IntegrityWorkerMsg['why']): Promise<void> {
    const started = d.now();
    const scan = await scanSyncedFiles({ dataDir: d.dataDir, previous: s.table, pool: s.pool });
    s.table = scan.table;
    const digest = tableDigest(scan.table);
    const stats = tableStats(scan.table);
    const status = await ask(body('integrityCheck', { digest, folders: { ...folderDigests(scan.table), ...d.reportExtras?.() }, files: stats.files, bytes: stats.bytes }), 'integrityStatus');
    s.lastDigest = digest;
    if (status.inSync) {
      checkLog.debug(`In sync with the master (${stats.files} files, ${secondsOf(d.now() - started)}, ${why}).`);
      return;
    }
    checkLog.info(`Files differ from the master's (${stats.files} files here): syncing.`);
    await sync(s, scan.table, started);
  }

  async function sync(s: State, mine: FileTable, started: number): Promise<void> {
    const syncId = (nextSyncId = (nextSyncId + 1) >>> 0);
    const parts = tableToWire(mine);
    let plan: BodyValue<'integrityPlan'> | undefined;
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      if (last) plan = await ask(body('integrityTable', { syncId, files: parts[i], last }), 'integrityPlan');
      else await ask(body('integrityTable', { syncId, files: parts[i], last }), 'integrityAck');
    }
    const p = plan!;
    const planned = d.now();
    const staging = await Staging.open({ dataDir: d.dataDir, ownConfigPath: d.ownConfigPath, durable: d.durable });
    const rx: Receiving = { syncId, staging, pending: [], refused: [] };
    let fetched: BodyValue<'integrityFetched'> | undefined;
    if (p.missing + p.changed > 0) {
      s.receiving = rx;
      try {
        fetched = await ask(body('integrityFetch', { syncId }), 'integrityFetched', FETCH_TIMEOUT_MS);
        // Every stream was opened before the answer (one ordered connection); wait for their ends.
        await Promise.all(rx.pending);
      } catch (err) {
        s.receiving = null;
        await Promise.allSettled(rx.pending);
        await staging.discard();
        throw err;
      }
      s.receiving = null;
    }
    const received = d.now();
    for (const f of fetched?.failed ?? []) rx.refused.push(`${f}: the master could not send it`);
    const deletes = guarded(staging, p.extra, rx.refused);
    const conflicts = guarded(staging, conflictsFromWire(p.conflicts), rx.refused);
    const entries = staging.entries;
    const report = await applyStaged(staging, { deletes, conflicts });
    s.table = afterApply(mine, entries, deletes);
    const after = tableDigest(s.table);
    const durationMs = d.now() - started;
    syncLog.debug(`Took ${planned - started} ms to plan, ${received - planned} ms to receive and stage, ${d.now() - received} ms to apply.`);
    syncLog.info(`Finished in ${secondsOf(durationMs)}: ${p.missing} missing, ${p.changed} changed, ${p.extra.length} extra (${report.written} written, ${report.deleted} deleted${rx.refused.length ? `, ${rx.refused.length} refused` : ''}).`);
    s.syncs++;
    if (d.onRulesetChanged && [...entries.map((e) => e.rel), ...deletes, ...conflicts.map((c) => c.path)].some(touchesRuleset)) {
      await d.onRulesetChanged();
    }
    await ask(body('integrityResult', {
      syncId, missing: p.missing, changed: p.changed, extra: p.extra.length, written: report.written, deleted: report.deleted,
      refused: rx.refused.slice(0, 100), durationMs, digest: after, folders: { ...folderDigests(s.table), ...d.reportExtras?.() }, files: s.table.size,
    }), 'integrityAck');
  }

  // Each delete or conflict path checked alone: one bad path is refused, not the whole apply.
  function guarded<T extends string | PathConflict>(staging: Staging, list: readonly T[], refused: string[]): T[] {
    return list.filter((x) => {
      const rel = typeof x === 'string' ? x : x.path;
      try {
        staging.guard.check(rel);
        return true;
      } catch (err) {
        refused.push(`${JSON.stringify(rel)}: ${(err as Error).message}`);
        syncLog.warning(`Refused to delete ${(err as Error).message}`);
        return false;
      }
    });
  }

  return {
    name: 'integrity',
    kind: 'IntegrityActor',
    tick: { schedule: { everyMs: d.everyMs }, message: () => ({ type: 'check', why: 'tick' }) },
    summary: (s) => `syncs=${s.syncs} digest=${s.lastDigest.slice(0, 8) || '-'}${s.receiving ? ` receiving=${s.receiving.syncId}` : ''}`,
    init: (self) => {
      const state: State = { table: undefined, pool: new HashPool({ threads: 1 }), receiving: null, syncs: 0, lastDigest: '', detach: () => {} };
      const listener = (info: StreamInfo, readable: Readable) => onStream(state, info, readable);
      d.peer.on('stream', listener);
      state.detach = () => d.peer.off('stream', listener);
      self.tell({ type: 'check', why: 'start' });
      return state;
    },
    // A notice that arrives during a sync runs after it: the master's table moved meanwhile.
    receive: async (s, m) => {
      try {
        await check(s, m.why);
      } catch (err) {
        if (d.peer.closed) return s;
        syncLog.error('Sync failed; retrying at the next check', err);
        if (err instanceof IntegrityError && err.code === 'journal_pending') {
          const r = await recoverIntegrity({ dataDir: d.dataDir, ownConfigPath: d.ownConfigPath });
          syncLog.warning(`Recovered an interrupted apply: ${r.outcome}, ${r.written} written, ${r.deleted} deleted.`);
        }
      }
      return s;
    },
    onStop: async (s) => {
      s.detach();
      await s.pool.close();
    },
  };
}

/** The worker's table after an apply: what it scanned, less the deletes, plus what it wrote. */
function afterApply(before: FileTable, written: readonly StagedEntry[], deletes: readonly string[]): FileTable {
  const t = new Map<string, FileEntry>(before);
  for (const rel of deletes) t.delete(rel);
  for (const e of written) t.set(e.rel, { md5: e.md5, size: e.size, mtimeMs: e.mtimeMs, mode: e.mode });
  return t;
}

/** Called by the worker's connection when the master says its table changed. */
export function noticeFromMaster(): IntegrityWorkerMsg {
  return { type: 'check', why: 'master' };
}
