// IntegrityMaster (the master's half of the IntegrityActor pair, one per worker connection): answers
// the worker's check, plans from the worker's table, streams the missing and changed files in packs
// (pack-source.ts: flow-controlled, never a whole big file in memory) and records the outcome for `health` and
// `ruleset`. It tells its worker at once when the master's table changes.
import type { ClusterLog } from '../../log/task-log';
import type { Clock } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import type { Peer } from '../../protocol/peer';
import { body, Body, type BodyInput, Envelope } from '../../protocol/envelope';
import { isLinkFailure } from '../../protocol/errors';
import type { ActorHandle, ActorSpec, Settled } from '../supervision/actor';
import { loopPolicy } from '../node/policies';
import { answerError, type PeerRequest } from '../node/peer-events';
import type { LoopName, LoopRun } from '../master/worker-table';
import type { FileEntry, FileTable } from './file-table';
import { IntegrityFeed, MasterTable } from './integrity-feed';
import { pathsToFetch, planSync } from './integrity-plan';
import { addWireFiles, secondsOf } from './integrity-wire';
import { PACK_STREAM_KIND, packMetaJson } from './file-pack';
import { groupIntoPacks, PACK_SCRATCH_BYTES, packSource } from './pack-source';
import { unwritableOf } from './ruleset-view';

export type IntegrityRequestKind = 'integrityCheck' | 'integrityTable' | 'integrityFetch' | 'integrityResult';
export const INTEGRITY_REQUESTS: ReadonlySet<string> = new Set<IntegrityRequestKind>(['integrityCheck', 'integrityTable', 'integrityFetch', 'integrityResult']);

export type IntegrityMasterMsg =
  | { type: 'changed'; digest: string }
  | { type: 'notified'; r: Settled<unknown> }
  | { type: 'request'; req: PeerRequest }
  | { type: 'streamed'; req: PeerRequest; syncId: number; r: Settled<{ sent: number; failed: string[]; packs: number }> };

export interface IntegrityMasterDeps {
  worker: string;
  peer: Peer;
  feed: IntegrityFeed;
  dataDir: string;
  periodMs: number;
  log: ClusterLog;
  clock: Clock;
  ran: (loop: LoopName, run: LoopRun) => void;
  /** Packs streamed at once (default 4). */
  concurrency?: number;
}

interface Sync {
  id: number;
  worker: Map<string, FileEntry>;
  master: MasterTable | null;
  fetch: string[];
  missing: number;
  changed: number;
  extra: number;
}

interface State {
  sync: Sync | null;
  syncs: number;
  unsubscribe: () => void;
}

const NOTIFY_TIMEOUT_MS = 10_000;
/** Longest a whole fetch may take: a 200 MB file over a slow link still fits. */
export const FETCH_TIMEOUT_MS = 30 * 60_000;

export function integrityMasterSpec(d: IntegrityMasterDeps): ActorSpec<State, IntegrityMasterMsg> {
  const checkLog = d.log.task('Integrity check', d.worker);
  const syncLog = d.log.task('Integrity sync', d.worker);

  /** Streams the planned files beside the mailbox; the answer goes out when the last pack has. */
  function fetch(s: State, req: PeerRequest, syncId: number, self: ActorHandle<IntegrityMasterMsg>): void {
    const sync = s.sync;
    if (!sync || sync.id !== syncId || !sync.master) {
      req.respond(body('error', { code: 'unknown_sync', message: `no plan for sync ${syncId}` }));
      return;
    }
    self.pipe(streamFiles(sync.id, sync.fetch, sync.master.table), (r) => ({ type: 'streamed', req, syncId, r }));
  }

  /** Plans sync `syncId` of a worker holding `worker`, and keeps what its fetch will need. */
  function planFor(s: State, syncId: number, worker: FileTable, master: MasterTable, how: string): BodyInput<'integrityPlan'> {
    const plan = planSync(master.table, worker);
    s.sync = { id: syncId, worker: new Map(), master, fetch: pathsToFetch(plan), missing: plan.missing.length, changed: plan.changed.length, extra: plan.extra.length };
    syncLog.info(`Plan: ${plan.missing.length} missing, ${plan.changed.length} changed, ${plan.extra.length} extra (${how}).`);
    return {
      syncId, missing: plan.missing.length, changed: plan.changed.length,
      extra: plan.extra, conflicts: plan.conflicts.map((c) => ({ path: c.path, workerHas: c.workerHas })), masterDigest: master.digest,
    };
  }

  function answer(s: State, env: Envelope): Body {
    const b = env.body;
    switch (b.kind) {
      case 'integrityCheck': {
        const started = d.clock.now();
        // Before its first scan the master has nothing to compare: it says so at once, and notifies the
        // worker when the table is there (the 'changed' message), rather than holding the loop.
        const master = d.feed.current;
        if (!master) return body('integrityStatus', { inSync: false, masterDigest: '', ready: false });
        const inSync = b.value.digest === master.digest;
        d.feed.workerReported(d.worker, { digest: b.value.digest, folders: { ...b.value.folders }, files: b.value.files, at: d.clock.now() });
        d.ran('integrityCheck', { at: d.clock.now(), durationMs: d.clock.now() - started, counts: { in_sync: inSync ? 1 : 0, files: b.value.files } });
        checkLog.debug(`Worker digest ${b.value.digest.slice(0, 8)} ${inSync ? 'matches' : 'differs from'} the master's ${master.digest.slice(0, 8)}.`);
        // A worker that holds one of the master's recent tables gets its plan now: no table to upload.
        const known = !inSync && b.value.syncId ? d.feed.tableWithDigest(b.value.digest) : undefined;
        if (known) return body('integrityStatus', { inSync, masterDigest: master.digest, ready: true, plan: planFor(s, b.value.syncId, known.table, master, 'the worker holds a recent table of the master: no upload') });
        return body('integrityStatus', { inSync, masterDigest: master.digest, ready: true });
      }
      case 'integrityTable': {
        if (!s.sync || s.sync.id !== b.value.syncId) s.sync = { id: b.value.syncId, worker: new Map(), master: null, fetch: [], missing: 0, changed: 0, extra: 0 };
        addWireFiles(s.sync.worker, b.value.files);
        if (!b.value.last) return body('integrityAck', {});
        const master = d.feed.current;
        if (!master) return body('error', { code: 'not_ready', message: 'the master has not scanned its synced files yet' });
        return body('integrityPlan', planFor(s, s.sync.id, s.sync.worker, master, 'from the worker\'s table'));
      }
      case 'integrityResult': {
        const v = b.value;
        const before = unwritableOf(d.feed.workerReports().get(d.worker)?.folders);
        const unwritable = unwritableOf(v.folders);
        const counts = { missing: v.missing, changed: v.changed, extra: v.extra, written: v.written, deleted: v.deleted, refused: v.refused.length, unwritable: unwritable.count, files: v.files };
        d.ran('integritySync', { at: d.clock.now(), durationMs: v.durationMs, counts });
        d.feed.workerReported(d.worker, { digest: v.digest, folders: { ...v.folders }, files: v.files, at: d.clock.now() });
        syncLog.info(`Finished in ${secondsOf(v.durationMs)}: ${v.missing} missing, ${v.changed} changed, ${v.extra} extra.`);
        for (const r of v.refused.slice(0, 10)) syncLog.warning(`The worker refused ${r}.`);
        // Named when first reported (its checks carry the list too), not again at every sync that retries it.
        const known = new Set(before.files.map((f) => `${f.path}\0${f.reason}`));
        for (const f of unwritable.files.filter((x) => !known.has(`${x.path}\0${x.reason}`)).slice(0, 10)) {
          syncLog.warning(`The worker could not write ${JSON.stringify(f.path)}: ${f.reason}.`);
        }
        if (s.sync?.id === v.syncId) s.sync = null;
        s.syncs++;
        return body('integrityAck', {});
      }
      default:
        return body('error', { code: 'unsupported', message: `not an integrity request: ${b.kind}` });
    }
  }

  // Packs of many files, a few streams at once: small files cost no round trip each, and a big file
  // is one pack read piece by piece as the worker's credit allows.
  async function streamFiles(syncId: number, todo: readonly string[], table: FileTable): Promise<{ sent: number; failed: string[]; packs: number }> {
    const packs = groupIntoPacks(todo, table);
    const failed: string[] = [];
    let next = 0;
    const lane = async (): Promise<void> => {
      const scratch = Buffer.allocUnsafeSlow(PACK_SCRATCH_BYTES); // sendStream copies each buffer before it pulls the next
      for (let i = next++; i < packs.length; i = next++) {
        const left: string[] = [];
        try {
          await d.peer.sendStream({ kind: PACK_STREAM_KIND, name: `pack-${i + 1}-of-${packs.length}`, metaJson: packMetaJson(syncId) },
            packSource(d.dataDir, packs[i], table, left, scratch));
          failed.push(...left);
        } catch (err) {
          if (d.peer.closed) throw err;
          failed.push(...packs[i]); // the worker gave the pack up: what it staged is in its report
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(packs.length, Math.max(1, d.concurrency ?? 4)) }, lane));
    // Every pack was opened: a send that fails before its open does so only on a closed link, thrown above.
    return { sent: todo.length - failed.length, failed, packs: packs.length };
  }

  return {
    name: 'integrity',
    kind: 'IntegrityActor',
    restart: loopPolicy(d.periodMs),
    mailboxLimit: 10_000,
    summary: (s) => `syncs=${s.syncs}${s.sync ? ` syncing=${s.sync.id}` : ''}`,
    init: (self) => {
      const unsubscribe = d.feed.subscribe((t) => self.tell({ type: 'changed', digest: t.digest }));
      return { sync: null, syncs: 0, unsubscribe };
    },
    unhandled: (m, err) => { if (m.type === 'request' || m.type === 'streamed') answerError(m.req, err); },
    receive: async (s, m, self) => {
      switch (m.type) {
        case 'changed': return notify(s, m.digest, self);
        case 'notified':
          // The worker checks on its own schedule anyway; a lost notice only delays it. A dead link is the connection's.
          if (!m.r.ok && isLinkFailure(m.r.error)) throw m.r.error;
          if (!m.r.ok) checkLog.debug(`Change notice not acknowledged: ${m.r.error.message}`);
          return s;
        case 'request':
          if (m.req.env.body.kind === 'integrityFetch') fetch(s, m.req, m.req.env.body.value.syncId, self);
          else m.req.respond(answer(s, m.req.env));
          return s;
        case 'streamed': {
          // A link that broke mid-stream is the connection's failure; a pack the worker gave up is in `failed`.
          if (!m.r.ok) throw m.r.error;
          const { sent, failed, packs } = m.r.value;
          if (failed.length) syncLog.warning(`Could not send ${failed.length} files (changed or removed meanwhile), e.g. ${failed[0]}.`);
          m.req.respond(body('integrityFetched', { syncId: m.syncId, sent, failed, packs }));
          return s;
        }
        default: return assertNever(m, 'message');
      }
    },
    onStop: (s) => s.unsubscribe(),
  };

  function notify(s: State, digest: string, self: ActorHandle<IntegrityMasterMsg>): State {
    // Not awaited here: the worker answers at once and checks on its own time.
    self.pipe(d.peer.request(body('integrityChanged', { masterDigest: digest }), NOTIFY_TIMEOUT_MS), (r) => ({ type: 'notified', r }));
    return s;
  }
}
