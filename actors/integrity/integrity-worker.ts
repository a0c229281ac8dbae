// IntegrityWorker (the worker's half of the IntegrityActor pair): on its schedule, and at once when the
// master says its table changed, offers the digest of its own table; when it differs, sends the table,
// receives the plan, stages every fetched file as its pack arrives (MD5 checked before it is kept) and
// applies the lot crash-safely. A file or path refused is logged and left out; the rest applies. So is a
// file this node cannot write (unwritable.ts): named once in the log, reported with every check, tried
// again at every sync, and never a failure of the loop.
//
// A sync is a state machine over the mailbox: the slow steps (scan and plan, the fetch request, each
// pack, the apply) run beside it through self.pipe, and their outcomes, like the packs the master
// streams, arrive as messages. A step that fails fails the loop: its supervisor restarts it (a link
// failure goes on up to the connection), and the staging of the sync in hand is discarded on the way.
import type { Readable } from 'node:stream';
import type { ClusterLog } from '../../log/task-log';
import type { Clock, Random } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import { body, type BodyValue } from '../../protocol/envelope';
import { requestOf, type Requester } from '../../protocol/request';
import type { ActorHandle, ActorSpec, Settled } from '../supervision/actor';
import type { TickSchedule } from '../supervision/ticker';
import { loopPolicy } from '../node/policies';
import type { PeerStream } from '../node/peer-events';
import { applyStaged, describeRecovery, recoverIntegrity } from './apply';
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
import { unwritableReportExtras } from './ruleset-view';
import { isRulesetPath } from '../../config/synced-dirs';
import { shownPath, type UnwritableFile } from './unwritable';
import type { IntegrityMeter } from '../metrics/integrity-meter';

/** What asked for a check; 'reload' reports the engine's state once it rebuilt after a sync. */
type Why = 'tick' | 'master' | 'start' | 'reload';
type Plan = BodyValue<'integrityPlan'>;

/** The outcome of a check: in sync, or a plan with its staging open. */
type Checked =
  | { inSync: true; table: FileTable; digest: string; confirmed: boolean }
  | { inSync: false; table: FileTable; digest: string; syncId: number; plan: Plan; staging: Staging; started: number; planned: number };

interface Finished {
  table: FileTable;
  summary: string;
  /** The apply changed a ruleset folder: the engine rebuilds next. */
  rulesetChanged: boolean;
}

export type IntegrityWorkerMsg =
  | { type: 'check'; why: Why }
  | { type: 'checked'; r: Settled<Checked> }
  | { type: 'stream'; stream: PeerStream }
  | { type: 'pack-done'; syncId: number; readable: Readable; r: Settled<string[]> }
  | { type: 'fetched'; syncId: number; r: Settled<BodyValue<'integrityFetched'>> }
  | { type: 'packs-late'; syncId: number }
  | { type: 'finished'; r: Settled<Finished> }
  | { type: 'reloaded'; files: number; r: Settled<void> };

export interface IntegrityWorkerDeps {
  peer: Requester;
  dataDir: string;
  ownConfigPath?: string;
  schedule: TickSchedule;
  periodMs: number;
  log: ClusterLog;
  clock: Clock;
  random: Random;
  /** Make staged files durable before the journal commits (default true). */
  durable?: boolean;
  /**
   * An apply changed a ruleset folder (etc/ or ruleset/ rules, decoders, lists): the node reloads its
   * engine. The master hears of the files first; onInSync and a check with the engine's new state follow the rebuild.
   */
  onRulesetChanged?: () => Promise<void>;
  /** Extra entries for the folders map of every report, e.g. the engine's status (ruleset-view.ts reads them). */
  reportExtras?: () => Record<string, string>;
  /** Counts each check and sync under this node's name (/metrics). */
  meter?: { node: string; meter: IntegrityMeter };
  /** The files are the master's (`files` of them): a check found them so, or a sync applied the master's plan. */
  onInSync?: (files: number) => void;
}

/** The sync whose files are arriving: packs of another sync id are refused. */
interface Receiving {
  syncId: number;
  plan: Plan;
  mine: FileTable;
  staging: Staging;
  started: number;
  planned: number;
  packsOpen: number;
  /** Packs of this sync seen so far; the master's answer says how many it opened. */
  packsSeen: number;
  refused: string[];
  /** The master's answer to the fetch: what it could not send, and how many packs it opened (0: not said). */
  fetched: { failed: readonly string[]; packs: number } | null;
  /** The packs being read: ended at once if the loop stops. */
  streams: Set<Readable>;
  /** Cancels the wait for late packs. */
  stopWaitingForPacks?: () => void;
}

type Phase = { name: 'idle' } | { name: 'checking' } | { name: 'receiving'; rx: Receiving } | { name: 'applying'; staging: Staging } | { name: 'reloading' };

interface State {
  table: FileTable | undefined;
  pool: HashPool;
  phase: Phase;
  /** A check was asked for while a sync ran: run it when the sync ends (the master's table moved). */
  again: boolean;
  syncs: number;
  lastDigest: string;
}

const REQUEST_TIMEOUT_MS = 30_000;
/**
 * The master's answer to the fetch can overtake its last packs on their way through this node's actors,
 * never by more than a few turns of the event loop: a pack still missing this long after it is lost.
 */
const LATE_PACKS_MS = 30_000;
/** Unwritable files named one by one in the log per sync; the rest are counted. */
const UNWRITABLE_LOGGED = 10;

/**
 * The apply in flight per data folder. An apply runs beside the mailbox and is never cut: a loop that
 * restarts meanwhile (or the next connection's) waits for it before it opens the staging again.
 */
const appliesInFlight = new Map<string, Promise<unknown>>();

export function integrityWorkerSpec(d: IntegrityWorkerDeps): ActorSpec<State, IntegrityWorkerMsg> {
  const checkLog = d.log.task('Integrity check');
  const syncLog = d.log.task('Integrity sync');
  let nextSyncId = Math.floor(d.random() * 1_000_000);
  // What the last apply could not write: reported with every check until written (kept across restarts).
  let unwritable: readonly UnwritableFile[] = [];
  const extras = (): Record<string, string> => ({ ...d.reportExtras?.(), ...unwritableReportExtras(unwritable) });

  return {
    name: 'integrity',
    kind: 'IntegrityActor',
    restart: loopPolicy(d.periodMs),
    tick: { schedule: d.schedule, message: () => ({ type: 'check', why: 'tick' }) },
    summary: (s) => `syncs=${s.syncs} digest=${s.lastDigest.slice(0, 8) || '-'} ${s.phase.name}${s.phase.name === 'receiving' ? ` sync=${s.phase.rx.syncId} packs=${s.phase.rx.packsOpen}` : ''}`,
    init: (self) => {
      self.tell({ type: 'check', why: 'start' });
      return { table: undefined, pool: new HashPool({ threads: 1 }), phase: { name: 'idle' }, again: false, syncs: 0, lastDigest: '' };
    },
    // A pack this loop will never read is ended at once: the master's stream must not wait for credit.
    unhandled: (m) => { if (m.type === 'stream') m.stream.readable.destroy(); },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'check':
          if (s.phase.name !== 'idle') return { ...s, again: true };
          self.pipe(check(s.table, s.pool, m.why), (r) => ({ type: 'checked', r }));
          return { ...s, phase: { name: 'checking' }, again: false };
        case 'checked': return checked(s, unwrap(m.r), self);
        case 'stream': return stream(s, m.stream, self);
        case 'pack-done': return packDone(s, m, self);
        case 'fetched': {
          const rx = receiving(s, m.syncId);
          if (!rx) return s;
          rx.fetched = unwrap(m.r);
          for (const f of rx.fetched.failed) rx.refused.push(`${f}: the master could not send it`);
          if (rx.packsSeen < rx.fetched.packs) {
            const timer = d.clock.setTimeout(() => self.tell({ type: 'packs-late', syncId: m.syncId }), LATE_PACKS_MS);
            rx.stopWaitingForPacks = () => timer.cancel();
          }
          return maybeApply(s, rx, self);
        }
        case 'packs-late': {
          const rx = receiving(s, m.syncId);
          if (!rx) return s;
          throw new IntegrityError('staging_failed', `${rx.fetched!.packs - rx.packsSeen} of the master's ${rx.fetched!.packs} packs never arrived (sync ${m.syncId})`);
        }
        case 'finished': {
          const f = unwrap(m.r);
          syncLog.info(f.summary);
          const synced = { ...s, table: f.table, lastDigest: tableDigest(f.table), syncs: s.syncs + 1 };
          if (f.rulesetChanged && d.onRulesetChanged) {
            self.pipe(d.onRulesetChanged(), (r) => ({ type: 'reloaded', files: f.table.size, r }));
            return { ...synced, phase: { name: 'reloading' } };
          }
          if (s.again) self.tell({ type: 'check', why: 'master' });
          d.onInSync?.(f.table.size);
          return { ...synced, phase: { name: 'idle' }, again: false };
        }
        // The engine runs the synced ruleset: agents may come (first sync), and the master sees the engine's state.
        case 'reloaded':
          unwrap(m.r);
          d.onInSync?.(m.files);
          self.tell({ type: 'check', why: 'reload' });
          return { ...s, phase: { name: 'idle' }, again: false };
        default: return assertNever(m, 'message');
      }
    },
    // A sync cut short leaves no staging behind; the journal of a committed apply is recovered next time.
    onStop: async (s) => {
      if (s.phase.name === 'receiving') {
        s.phase.rx.stopWaitingForPacks?.();
        for (const r of s.phase.rx.streams) r.destroy();
        await s.phase.rx.staging.discard();
      }
      await s.pool.close();
    },
  };

  async function check(previous: FileTable | undefined, pool: HashPool, why: Why): Promise<Checked> {
    const started = d.clock.now();
    const scan = await scanSyncedFiles({ dataDir: d.dataDir, previous, pool });
    const table = scan.table;
    const digest = tableDigest(table);
    const stats = tableStats(table);
    const folders = { ...folderDigests(table), ...extras() };
    // The sync this check starts if the files differ: a master that knows this digest plans it at once.
    const syncId = (nextSyncId = (nextSyncId + 1) >>> 0) || (nextSyncId = 1);
    const status = await requestOf(d.peer, body('integrityCheck', { digest, folders, files: stats.files, bytes: stats.bytes, syncId }), 'integrityStatus', REQUEST_TIMEOUT_MS);
    d.meter?.meter.checked(d.meter.node, (d.clock.now() - started) / 1000, stats.files);
    if (!status.ready) {
      checkLog.debug('The master has not scanned its files yet: it says when it has.');
      return { inSync: true, table, digest, confirmed: false };
    }
    if (status.inSync) {
      checkLog.debug(`In sync with the master (${stats.files} files, ${secondsOf(d.clock.now() - started)}, ${why}).`);
      return { inSync: true, table, digest, confirmed: true };
    }
    checkLog.info(`Files differ from the master's (${stats.files} files here): syncing.`);
    // This worker holds one of the master's recent tables: the master sent the plan with its answer.
    let plan = status.plan && status.plan.syncId === syncId ? (status.plan as Plan) : undefined;
    const parts = plan ? [] : tableToWire(table);
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const req = body('integrityTable', { syncId, files: parts[i], last });
      if (last) plan = await requestOf(d.peer, req, 'integrityPlan', REQUEST_TIMEOUT_MS);
      else await requestOf(d.peer, req, 'integrityAck', REQUEST_TIMEOUT_MS);
    }
    const staging = await openStaging();
    return { inSync: false, table, digest, syncId, plan: plan!, staging, started, planned: d.clock.now() };
  }

  /** The staging folder; an apply left pending by a crash is finished (or undone) first. */
  async function openStaging(): Promise<Staging> {
    const opts = { dataDir: d.dataDir, ownConfigPath: d.ownConfigPath, durable: d.durable, clock: d.clock };
    await appliesInFlight.get(d.dataDir);
    try {
      return await Staging.open(opts);
    } catch (err) {
      if (!(err instanceof IntegrityError && err.code === 'journal_pending')) throw err;
      const r = await recoverIntegrity({ ...opts, now: d.clock.now() });
      if (r.outcome === 'set_aside') syncLog.error(describeRecovery(r));
      else syncLog.warning(describeRecovery(r));
      return Staging.open(opts);
    }
  }

  function checked(s: State, c: Checked, self: ActorHandle<IntegrityWorkerMsg>): State {
    const base = { ...s, table: c.table, lastDigest: c.digest };
    if (c.inSync) {
      if (c.confirmed) d.onInSync?.(c.table.size);
      if (s.again) self.tell({ type: 'check', why: 'master' });
      return { ...base, phase: { name: 'idle' }, again: false };
    }
    const rx: Receiving = {
      syncId: c.syncId, plan: c.plan, mine: c.table, staging: c.staging, started: c.started, planned: c.planned,
      packsOpen: 0, packsSeen: 0, refused: [], fetched: null, streams: new Set(),
    };
    if (c.plan.missing + c.plan.changed === 0) {
      rx.fetched = { failed: [], packs: 0 };
      return maybeApply({ ...base, phase: { name: 'receiving', rx } }, rx, self);
    }
    // The master streams every pack before it answers the fetch (one ordered connection).
    self.pipe(requestOf(d.peer, body('integrityFetch', { syncId: c.syncId }), 'integrityFetched', FETCH_TIMEOUT_MS),
      (r) => ({ type: 'fetched', syncId: c.syncId, r }));
    return { ...base, phase: { name: 'receiving', rx } };
  }

  function stream(s: State, st: PeerStream, self: ActorHandle<IntegrityWorkerMsg>): State {
    const name = JSON.stringify(st.info.name);
    if (st.info.kind !== PACK_STREAM_KIND) {
      st.readable.destroy();
      syncLog.warning(`Refused stream ${name}: not a file pack (${st.info.kind}).`);
      return s;
    }
    let syncId: number;
    try {
      syncId = parsePackMeta(st.info.metaJson);
    } catch (err) {
      st.readable.destroy();
      syncLog.warning(`Refused ${name}: ${(err as Error).message}`);
      return s;
    }
    const rx = receiving(s, syncId);
    if (!rx) {
      st.readable.destroy();
      syncLog.warning(`Refused ${name}: not part of the sync in progress.`);
      return s;
    }
    rx.packsOpen++;
    rx.packsSeen++;
    rx.streams.add(st.readable);
    // Refusals are gathered beside the pack and come back with its outcome, into the mailbox.
    const refused: string[] = [];
    const work = receivePack(rx.staging, st.readable, (rel, err) => refused.push(`${JSON.stringify(rel)}: ${err.message}`))
      .then(() => refused, (err: Error) => {
        st.readable.destroy();
        return [...refused, `the rest of ${st.info.name}: ${err.message}`];
      });
    self.pipe(work, (r) => ({ type: 'pack-done', syncId, readable: st.readable, r }));
    return s;
  }

  function packDone(s: State, m: Extract<IntegrityWorkerMsg, { type: 'pack-done' }>, self: ActorHandle<IntegrityWorkerMsg>): State {
    const rx = receiving(s, m.syncId);
    if (!rx) return s;
    rx.packsOpen--;
    rx.streams.delete(m.readable);
    for (const r of unwrap(m.r)) {
      rx.refused.push(r);
      syncLog.warning(`Refused ${r}`);
    }
    return maybeApply(s, rx, self);
  }

  /** Once the fetch is answered and every pack it announced has come and ended, the apply runs beside the mailbox. */
  function maybeApply(s: State, rx: Receiving, self: ActorHandle<IntegrityWorkerMsg>): State {
    if (!rx.fetched || rx.packsOpen > 0 || rx.packsSeen < rx.fetched.packs) return s;
    rx.stopWaitingForPacks?.();
    const work = apply(rx);
    const settled = work.then(() => undefined, () => undefined);
    appliesInFlight.set(d.dataDir, settled);
    void settled.then(() => { if (appliesInFlight.get(d.dataDir) === settled) appliesInFlight.delete(d.dataDir); });
    self.pipe(work, (r) => ({ type: 'finished', r }));
    return { ...s, phase: { name: 'applying', staging: rx.staging } };
  }

  async function apply(rx: Receiving): Promise<Finished> {
    const received = d.clock.now();
    const { plan: p, staging, refused } = rx;
    const deletes = guarded(staging, p.extra, refused);
    const conflicts = guarded(staging, conflictsFromWire(p.conflicts), refused);
    const entries = staging.entries;
    const report = await applyStaged(staging, { deletes, conflicts });
    noteUnwritable(report.unwritable);
    const skipped = new Set(report.unwritable.map((u) => u.path)); // left as they were: the table says so
    const table = afterApply(rx.mine, entries.filter((e) => !skipped.has(e.rel)), deletes.filter((rel) => !skipped.has(rel)));
    const durationMs = d.clock.now() - rx.started;
    const flushMs = staging.flushMs ?? 0;
    syncLog.debug(`Took ${rx.planned - rx.started} ms to plan, ${received - rx.planned} ms to receive and stage, ${flushMs} ms to flush, ${d.clock.now() - received - flushMs} ms to apply.`);
    const rulesetChanged = [...entries.map((e) => e.rel), ...deletes, ...conflicts.map((c) => c.path)].some(isRulesetPath);
    await requestOf(d.peer, body('integrityResult', {
      syncId: rx.syncId, missing: p.missing, changed: p.changed, extra: p.extra.length, written: report.written, deleted: report.deleted,
      refused: refused.slice(0, 100), durationMs, digest: tableDigest(table), folders: { ...folderDigests(table), ...extras() }, files: table.size,
    }), 'integrityAck', REQUEST_TIMEOUT_MS);
    d.meter?.meter.synced(d.meter.node, durationMs / 1000, { missing: p.missing, shared: p.changed, extra: p.extra.length }, table.size);
    const summary = `Finished in ${secondsOf(durationMs)}: ${p.missing} missing, ${p.changed} changed, ${p.extra.length} extra ` +
      `(${report.written} written, ${report.deleted} deleted${refused.length ? `, ${refused.length} refused` : ''}` +
      `${report.unwritable.length ? `, ${report.unwritable.length} not writable here` : ''}).`;
    return { table, summary, rulesetChanged };
  }

  // A file that stays unwritable is named when it first fails (or fails otherwise), not at every sync.
  function noteUnwritable(now: readonly UnwritableFile[]): void {
    const before = new Map(unwritable.map((u) => [u.path, u.reason]));
    const fresh = now.filter((u) => before.get(u.path) !== u.reason);
    for (const u of fresh.slice(0, UNWRITABLE_LOGGED)) {
      syncLog.warning(`Could not write ${shownPath(u.path)}: ${u.reason}. The other files are applied; this one stays as it was and is tried again at each sync.`);
    }
    if (fresh.length > UNWRITABLE_LOGGED) syncLog.warning(`... and ${fresh.length - UNWRITABLE_LOGGED} more files not writable here (warden control ruleset lists them).`);
    unwritable = now;
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
}

function receiving(s: State, syncId: number): Receiving | null {
  return s.phase.name === 'receiving' && s.phase.rx.syncId === syncId ? s.phase.rx : null;
}

/** The value of a step that succeeded; a failed step fails the loop (its supervisor decides what next). */
function unwrap<T>(r: Settled<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}

/** The worker's table after an apply: what it scanned, less the deletes, plus what it wrote. */
function afterApply(before: FileTable, written: readonly StagedEntry[], deletes: readonly string[]): FileTable {
  const t = new Map<string, FileEntry>(before);
  for (const rel of deletes) t.delete(rel);
  for (const e of written) t.set(e.rel, { md5: e.md5, size: e.size, mtimeMs: e.mtimeMs, mode: e.mode });
  return t;
}
