// The integrity loops, each alone on a manual clock (the connection loops against the in-memory transport;
// the files are real, in temp folders, so some steps wait for real I/O through h.until):
//   IntegrityMaster (master, per worker): its answers (check, table parts and plan, fetch with its packs,
//     result), an unknown sync, files gone or a pack the worker gave up (reported, not a failure), its
//     change notices (an ErrorReply is no failure; a closed link or a deadline is handed up), a link that
//     breaks mid-stream, a worker's malformed table (local: restart, the sync dropped), its restart policy.
//   IntegrityWorker (worker): a check in sync, a whole sync (packs staged, applied, reported), the
//     master's ErrorReply (local: restart), a refused fetch (staging discarded), a scan that fails, a
//     wrong reply, a closed link or a deadline (handed up), its restart policy.
//   LocalIntegrity (master, node-wide): its scans and what it publishes, folded change notices, the
//     watcher, a watch error or a scan that fails (local: restart), its restart policy.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { integrityMasterSpec, type IntegrityMasterDeps } from '../../actors/integrity/integrity-master';
import { integrityWorkerSpec, type IntegrityWorkerDeps } from '../../actors/integrity/integrity-worker';
import { IntegrityMeter } from '../../actors/metrics/integrity-meter';
import { localIntegritySpec, type LocalIntegrityDeps } from '../../actors/integrity/local-integrity';
import { folderDigests, IntegrityFeed, masterTableOf, type MasterTable } from '../../actors/integrity/integrity-feed';
import { encodePackHeader, PackDecoder, PACK_STREAM_KIND, packMetaJson, type PackHeader } from '../../actors/integrity/file-pack';
import { tableDigest, tableStats, type FileEntry, type FileTable } from '../../actors/integrity/file-table';
import { tableToWire } from '../../actors/integrity/integrity-wire';
import { scanSyncedFiles } from '../../actors/integrity/scanner';
import { stagingDirOf } from '../../actors/integrity/staging';
import type { LoopName, LoopRun } from '../../actors/master/worker-table';
import { memoryLog, type MemoryLog } from '../../log/cluster-log';
import { body, type Body, type BodyValue, type Envelope } from '../../protocol/envelope';
import { ClosedError, isLinkFailure, ProtocolError, RemoteError, TimeoutError } from '../../protocol/errors';
import type { Peer } from '../../protocol/peer';
import { requestOf } from '../../protocol/request';
import { LoopHarness, neverAnswer, onManualDeadline, peerOnManualDeadline, routeRequestsTo } from '../helpers/loop-harness';
import { serveRequests } from '../helpers/serve-requests';
import { md5, writeTree } from '../integrity/helpers';

const MASTER_FILES = {
  'etc/rules/a.xml': '<group name="a"/>\n',
  'etc/rules/b.xml': '<group name="b"/>\n',
  'etc/shared/default/agent.conf': '<agent_config/>\n',
};
const subscribers = (feed: IntegrityFeed): number => (feed as unknown as { subscribers: Set<unknown> }).subscribers.size;

/** Everything the worker receives on a stream: its name, then the pack's files with their content. */
interface ReceivedPack { name: string; files: { header: PackHeader; content: string }[]; ended: boolean }

describe('IntegrityMaster (master)', () => {
  let h: LoopHarness;
  let worker: Peer;
  let master: Peer;
  let masterDir: string;
  let feed: IntegrityFeed;
  let log: MemoryLog;
  let runs: { loop: LoopName; run: LoopRun }[];
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker, master } = await h.peerPair());
    masterDir = h.tempDir();
    writeTree(masterDir, MASTER_FILES);
    feed = new IntegrityFeed(masterDir);
    feed.publish(masterTableOf((await scanSyncedFiles({ dataDir: masterDir })).table, h.clock.now()));
    log = memoryLog();
    runs = [];
  });
  afterEach(() => h.shutdown());

  function start(over: Partial<IntegrityMasterDeps> = {}) {
    const loop = h.spawn(integrityMasterSpec({
      worker: 'w1', peer: peerOnManualDeadline(master, h.clock), feed, dataDir: masterDir, periodMs: 10_000, log, clock: h.clock,
      ran: (l, run) => runs.push({ loop: l, run }), ...over,
    }));
    routeRequestsTo(master, loop);
    return loop;
  }
  const check = (digest: string) => requestOf(worker, body('integrityCheck', { digest, folders: { 'etc/rules': 'x' }, files: 2, bytes: 40 }), 'integrityStatus');
  /** The worker's table: a.xml as the master's, b.xml changed, old.xml extra; agent.conf missing. */
  function workerTable(): FileTable {
    const m = feed.current!.table;
    return new Map<string, FileEntry>([
      ['etc/rules/a.xml', m.get('etc/rules/a.xml')!],
      ['etc/rules/b.xml', { ...m.get('etc/rules/b.xml')!, md5: md5('old b') }],
      ['etc/rules/old.xml', { md5: md5('old'), size: 3, mtimeMs: 1, mode: 0o640 }],
    ]);
  }
  async function plan(syncId: number): Promise<BodyValue<'integrityPlan'>> {
    const files = tableToWire(workerTable())[0];
    await expect(requestOf(worker, body('integrityTable', { syncId, files: files.slice(0, 2), last: false }), 'integrityAck')).resolves.toBeDefined();
    return requestOf(worker, body('integrityTable', { syncId, files: files.slice(2), last: true }), 'integrityPlan');
  }
  /** The worker's side of the packs: read (or handled by `onStream`) and decoded. */
  function receivePacks(onStream?: (readable: Readable) => boolean): ReceivedPack[] {
    const packs: ReceivedPack[] = [];
    worker.on('stream', (info, readable) => {
      if (onStream?.(readable)) return;
      const pack: ReceivedPack = { name: info.name, files: [], ended: false };
      packs.push(pack);
      const decoder = new PackDecoder();
      readable.on('data', (chunk: Buffer) => {
        for (const ev of decoder.push(chunk)) {
          if (ev.type === 'file') pack.files.push({ header: ev.header, content: '' });
          else if (ev.type === 'data') pack.files[pack.files.length - 1].content += ev.data.toString('utf8');
        }
      });
      readable.on('end', () => { pack.ended = true; });
    });
    return packs;
  }

  test('answers a check with the master\'s digest, whether the worker is in sync, and records what it reported', async () => {
    start();
    const digest = feed.current!.digest;
    await expect(check(digest)).resolves.toEqual(expect.objectContaining({ inSync: true, masterDigest: digest, ready: true }));
    await expect(check('0'.repeat(32))).resolves.toMatchObject({ inSync: false, masterDigest: digest });
    expect(feed.workerReports().get('w1')).toMatchObject({ digest: '0'.repeat(32), files: 2, folders: { 'etc/rules': 'x' }, at: h.clock.now() });
    expect(runs.map((r) => [r.loop, r.run.counts])).toEqual([['integrityCheck', { in_sync: 1, files: 2 }], ['integrityCheck', { in_sync: 0, files: 2 }]]);
    expect(h.info('integrity')).toMatchObject({ status: 'idle', restarts: 0 });
  });

  // Reported: IntegrityStatus.ready ("false while the master has not scanned its own tree yet") is never
  // false. The loop waits for the first table instead, its mailbox blocked, and a first scan longer than the
  // worker's 30 s deadline turns into a link failure on the worker (its connection is closed and redialed).
  test('a check before the master\'s first table is answered at once, not ready, and the loop stays free', async () => {
    const table = feed.current!;
    feed = new IntegrityFeed(masterDir);
    start();
    expect(await check(table.digest)).toMatchObject({ inSync: false, ready: false, masterDigest: '' });
    expect(h.info('integrity')).toMatchObject({ status: 'idle', restarts: 0 });
    // A table sent anyway is refused by name, the loop unharmed.
    await expect(requestOf(worker, body('integrityTable', { syncId: 3, files: [], last: true }), 'integrityPlan')).rejects.toMatchObject({ code: 'not_ready' });
    feed.publish(table);
    expect(await check(table.digest)).toMatchObject({ inSync: true, ready: true });
    expect(h.info('integrity')).toMatchObject({ status: 'idle', restarts: 0 });
  });

  test('a whole sync: table in parts, the plan, the packs then the fetch\'s answer, the result', async () => {
    start();
    const packs = receivePacks();
    const p = await plan(7);
    expect(p).toMatchObject({ syncId: 7, missing: 1, changed: 1, extra: ['etc/rules/old.xml'], conflicts: [], masterDigest: feed.current!.digest });
    expect(h.info('integrity').summary).toBe('syncs=0 syncing=7');
    const fetched = await requestOf(worker, body('integrityFetch', { syncId: 7 }), 'integrityFetched');
    expect(fetched).toEqual(expect.objectContaining({ syncId: 7, sent: 2, failed: [] }));
    // The packs travelled before the answer, on the same ordered connection; the answer counts them.
    await h.until(() => packs.length > 0 && packs.every((pk) => pk.ended), 'the packs to end');
    expect(fetched.packs).toBe(packs.length);
    const files = packs.flatMap((pk) => pk.files);
    expect(files.map((f) => f.header.path).sort()).toEqual(['etc/rules/b.xml', 'etc/shared/default/agent.conf']);
    for (const f of files) {
      expect(f.content).toBe(MASTER_FILES[f.header.path as keyof typeof MASTER_FILES]);
      expect(f.header).toMatchObject({ md5: feed.current!.table.get(f.header.path)!.md5, size: Buffer.byteLength(f.content) });
    }
    expect(packs[0].name).toBe('pack-1-of-1');
    await requestOf(worker, body('integrityResult', {
      syncId: 7, missing: 1, changed: 1, extra: 1, written: 2, deleted: 1, refused: ['etc/rules/x: nope'], durationMs: 1_234,
      digest: feed.current!.digest, folders: {}, files: 3,
    }), 'integrityAck');
    expect(runs.at(-1)).toEqual({ loop: 'integritySync', run: { at: h.clock.now(), durationMs: 1_234, counts: { missing: 1, changed: 1, extra: 1, written: 2, deleted: 1, refused: 1, unwritable: 0, files: 3 } } });
    expect(feed.workerReports().get('w1')).toMatchObject({ digest: feed.current!.digest, files: 3 });
    expect(h.info('integrity').summary).toBe('syncs=1');
    expect(log.lines.some((l) => /WARNING: .*\[Integrity sync\] \[w1\] The worker refused etc\/rules\/x: nope\./.test(l))).toBe(true);
  });

  test('a worker holding one of the master\'s recent tables gets its plan with the answer to its check, then fetches it', async () => {
    start();
    const packs = receivePacks();
    const before = feed.current!;
    // The master's files change twice; the worker still holds the table of before the first change.
    fs.writeFileSync(path.join(masterDir, 'etc/rules/b.xml'), '<group name="b2"/>\n');
    feed.publish(masterTableOf((await scanSyncedFiles({ dataDir: masterDir })).table, h.clock.now()));
    fs.writeFileSync(path.join(masterDir, 'etc/rules/c.xml'), '<group name="c"/>\n');
    feed.publish(masterTableOf((await scanSyncedFiles({ dataDir: masterDir })).table, h.clock.now()));
    const status = await requestOf(worker, body('integrityCheck', { digest: before.digest, folders: {}, files: 3, bytes: 60, syncId: 9 }), 'integrityStatus');
    expect(status).toMatchObject({ inSync: false, masterDigest: feed.current!.digest });
    expect(status.plan).toMatchObject({ syncId: 9, missing: 1, changed: 1, extra: [], masterDigest: feed.current!.digest });
    const fetched = await requestOf(worker, body('integrityFetch', { syncId: 9 }), 'integrityFetched');
    expect(fetched).toEqual(expect.objectContaining({ syncId: 9, sent: 2, failed: [] }));
    await h.until(() => packs.length > 0 && packs.every((pk) => pk.ended), 'the packs to end');
    expect(packs.flatMap((pk) => pk.files).map((f) => f.header.path).sort()).toEqual(['etc/rules/b.xml', 'etc/rules/c.xml']);
    // A digest the master never had, or a check without a sync id (an older worker), gets no plan: it uploads its table.
    expect((await requestOf(worker, body('integrityCheck', { digest: '0'.repeat(32), folders: {}, files: 1, bytes: 1, syncId: 10 }), 'integrityStatus')).plan).toBeNull();
    expect((await requestOf(worker, body('integrityCheck', { digest: before.digest, folders: {}, files: 3, bytes: 60 }), 'integrityStatus')).plan).toBeNull();
  });

  test('a fetch for a sync it has no plan for is refused; the loop goes on', async () => {
    start();
    const err = await requestOf(worker, body('integrityFetch', { syncId: 99 }), 'integrityFetched').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect(err).toMatchObject({ code: 'unknown_sync', message: 'no plan for sync 99' });
    expect(h.info('integrity')).toMatchObject({ status: 'idle', restarts: 0, lastError: null });
  });

  test.each([
    ['a planned file removed before the fetch', () => fs.rmSync(path.join(masterDir, 'etc/rules/b.xml')), undefined, 1, ['etc/rules/b.xml']],
    ['a pack the worker gave up', () => undefined, (r: Readable) => { r.destroy(); return true; }, 0, ['etc/rules/b.xml', 'etc/shared/default/agent.conf']],
  ])('%s is named in the answer, not a failure of the loop', async (_what, arrange, onStream, sent, failed) => {
    start();
    receivePacks(onStream);
    await plan(8);
    arrange();
    const fetched = await requestOf(worker, body('integrityFetch', { syncId: 8 }), 'integrityFetched');
    expect(fetched).toMatchObject({ syncId: 8, sent });
    expect([...fetched.failed].sort()).toEqual(failed);
    expect(h.info('integrity')).toMatchObject({ status: 'idle', restarts: 0, lastError: null });
    expect(log.lines.some((l) => /WARNING: .*Could not send \d files \(changed or removed meanwhile\)/.test(l))).toBe(true);
  });

  test('a change of the master\'s table is told to the worker at once', async () => {
    const notices: Envelope[] = [];
    serveRequests(worker, async (env) => { notices.push(env); return body('integrityAck', {}); });
    start();
    writeTree(masterDir, { 'etc/rules/c.xml': '<c/>\n' });
    const next = masterTableOf((await scanSyncedFiles({ dataDir: masterDir })).table, h.clock.now());
    feed.publish(next);
    await h.idle();
    expect(notices.map((e) => e.body)).toEqual([{ kind: 'integrityChanged', value: expect.objectContaining({ masterDigest: next.digest }) }]);
    expect(h.info('integrity')).toMatchObject({ status: 'idle', restarts: 0 });
  });

  test.each<[string, (w: Peer) => void, number]>([
    ['an ErrorReply', (w) => { serveRequests(w, async () => { throw Object.assign(new Error('busy'), { code: 'busy' }); }); }, 0],
    ['no listener on the worker (no_handler)', () => undefined, 0],
    ['a reply of another kind', (w) => { serveRequests(w, async () => body('pong', { payload: Buffer.alloc(0) })); }, 0],
  ])('a change notice answered with %s is no failure: the worker checks on its own time anyway', async (_what, arrange) => {
    arrange(worker);
    start();
    feed.publish({ ...feed.current!, digest: 'f'.repeat(32) });
    await h.idle();
    expect(h.info('integrity')).toMatchObject({ status: 'idle', restarts: 0, lastError: null });
    expect(h.escalations).toEqual([]);
  });

  test.each<[string, (w: Peer) => void, number, new (...a: never[]) => Error, RegExp]>([
    ['a closed link', (w) => { w.close(); }, 0, ClosedError, /connection closed/],
    ['no answer within 10 s', (w) => { neverAnswer(w); }, 10_000, TimeoutError, /integrityChanged\) got no reply within 10000 ms/],
  ])('a change notice that meets %s is a link failure: handed to the connection, unsubscribed', async (_what, arrange, waitMs, errClass, message) => {
    arrange(worker);
    const loop = start();
    await h.idle();
    feed.publish({ ...feed.current!, digest: 'f'.repeat(32) });
    await h.idle();
    await h.expectEscalation('integrity', errClass, message, waitMs);
    expect(loop.status).toBe('failed');
    expect(subscribers(feed)).toBe(0);
  });

  test('a link that breaks while the packs stream is handed to the connection', async () => {
    const loop = start();
    receivePacks(() => { worker.close(); return true; });
    await plan(9);
    const fetch = requestOf(worker, body('integrityFetch', { syncId: 9 }), 'integrityFetched').catch((e: unknown) => e);
    await expect(fetch).resolves.toBeInstanceOf(ClosedError);
    await h.until(() => h.escalations.length > 0, 'the escalation');
    expect(h.escalations[0].path).toBe('/conn/integrity');
    expect(h.escalations[0].error).toBeInstanceOf(ClosedError);
    expect(isLinkFailure(h.escalations[0].error)).toBe(true);
    expect(loop.status).toBe('failed');
    expect(h.events.map((e) => e.type)).toEqual(['escalated']);
  });

  test('a malformed table from the worker fails the loop alone: ErrorReply, restart, the sync in hand dropped', async () => {
    const loop = start();
    const bad = { path: 'etc/rules/a.xml', md5: 'not-an-md5', size: 1, mtimeMs: 1, mode: 0o640 };
    const err = await requestOf(worker, body('integrityTable', { syncId: 5, files: [bad], last: false }), 'integrityAck').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect(err).toMatchObject({ code: 'path_invalid', message: 'malformed table entry "etc/rules/a.xml"' });
    await h.idle();
    const info = h.info('integrity');
    expect(info).toMatchObject({ status: 'backing-off', restarts: 0, nextRestartAt: h.clock.now() + 100 });
    expect(info.lastError).toMatchObject({ message: 'malformed table entry "etc/rules/a.xml"', scope: 'local', restartInMs: 100 });
    expect(h.escalations).toEqual([]);
    await h.advance(100);
    expect(loop.status).toBe('idle');
    expect(subscribers(feed)).toBe(1);
    await expect(requestOf(worker, body('integrityFetch', { syncId: 5 }), 'integrityFetched')).rejects.toMatchObject({ code: 'unknown_sync' });
  });

  test('restart policy: delays double to the period, then retry at the period, failing; one subscription after each restart', async () => {
    start({ ran: () => { throw new Error('worker table refused the run'); } });
    const expected = [100, 200, 400, 800, 1_600, 10_000, 10_000];
    for (const delay of expected) {
      await expect(check('0'.repeat(32))).rejects.toMatchObject({ code: 'failed', message: 'worker table refused the run' });
      await h.idle();
      expect(h.info('integrity').nextRestartAt).toBe(h.clock.now() + delay);
      expect(subscribers(feed)).toBe(0);
      await h.advance(delay);
      expect(subscribers(feed)).toBe(1);
    }
    expect(h.restartDelays('integrity')).toEqual(expected);
    expect(h.info('integrity')).toMatchObject({ status: 'idle', restarts: 7, failing: true });
    expect(h.escalations).toEqual([]);
  });
});

describe('IntegrityWorker (worker)', () => {
  let h: LoopHarness;
  let worker: Peer;
  let master: Peer;
  let workerDir: string;
  let log: MemoryLog;
  let got: Envelope[];
  let reloads: number;
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker, master } = await h.peerPair());
    workerDir = h.tempDir();
    writeTree(workerDir, { 'etc/rules/a.xml': '<group name="a"/>\n', 'etc/rules/old.xml': 'old\n' });
    log = memoryLog({ role: 'Worker', nodeName: 'w1' });
    got = [];
    reloads = 0;
  });
  afterEach(() => h.shutdown());

  /** With `held`, the master's streams wait there until the test hands them on (a slow connection actor). */
  function start(over: Partial<IntegrityWorkerDeps> = {}, held?: (() => void)[]) {
    const loop = h.spawn(integrityWorkerSpec({
      peer: onManualDeadline(worker, h.clock), dataDir: workerDir, schedule: { everyMs: 60_000 }, periodMs: 60_000,
      log, clock: h.clock, random: () => 0, durable: false, onRulesetChanged: async () => { reloads++; }, ...over,
    }));
    // The connection's part: the master's streams go to the loop's mailbox.
    worker.on('stream', (info, readable) => {
      const handOn = () => { if (!loop.tell({ type: 'stream', stream: { info, readable } })) readable.destroy(); };
      if (held) held.push(handOn);
      else handOn();
    });
    return loop;
  }
  function serveMaster(handler: (env: Envelope) => Promise<Body>): void {
    serveRequests(master, async (env) => { got.push(env); return handler(env); });
  }
  const kinds = () => got.map((e) => e.body.kind);
  const inSync = () => body('integrityStatus', { inSync: true, masterDigest: 'm', ready: true });
  const stagedFiles = () => (fs.existsSync(stagingDirOf(workerDir)) ? fs.readdirSync(stagingDirOf(workerDir)) : []);
  const NEW = { path: 'etc/rules/new.xml', content: '<group name="new"/>\n' };
  const packOf = (syncId: number) => master.sendStream(
    { kind: PACK_STREAM_KIND, name: 'pack-1-of-1', metaJson: packMetaJson(syncId) },
    Readable.from([encodePackHeader({ path: NEW.path, md5: md5(NEW.content), size: Buffer.byteLength(NEW.content), mode: 0o640, mtimeMs: Date.UTC(2026, 0, 1) }), Buffer.from(NEW.content)]),
  );

  test('at start it checks its table against the master\'s; in sync, it waits for its next tick', async () => {
    serveMaster(async () => inSync());
    start();
    await h.until(() => h.info('integrity').summary.endsWith(' idle') && got.length === 1, 'the first check');
    const scan = (await scanSyncedFiles({ dataDir: workerDir })).table;
    expect(got[0].body).toEqual({ kind: 'integrityCheck', value: expect.objectContaining({
      digest: tableDigest(scan), files: 2, bytes: tableStats(scan).bytes, folders: folderDigests(scan),
    }) });
    expect(h.info('integrity').summary).toBe(`syncs=0 digest=${tableDigest(scan).slice(0, 8)} idle`);
    await h.advance(59_999);
    expect(got).toHaveLength(1);
    await h.advance(1);
    await h.until(() => got.length === 2 && h.info('integrity').summary.endsWith(' idle'), 'the check of the tick');
    expect(kinds()).toEqual(['integrityCheck', 'integrityCheck']);
    expect(h.info('integrity')).toMatchObject({ restarts: 0, lastError: null });
  });

  test('a master not ready yet (its first scan still running): no table is sent, and the notice that follows starts the sync', async () => {
    let ready = false;
    serveMaster(async (env) => {
      switch (env.body.kind) {
        case 'integrityCheck': return body('integrityStatus', { inSync: false, masterDigest: ready ? 'm' : '', ready });
        case 'integrityTable': return body('integrityPlan', { syncId: env.body.value.syncId, missing: 0, changed: 0, extra: [], conflicts: [], masterDigest: 'm' });
        case 'integrityResult': return body('integrityAck', {});
        default: throw new Error(`unexpected ${env.body.kind}`);
      }
    });
    const loop = start();
    await h.until(() => got.length === 1 && h.info('integrity').summary.endsWith(' idle'), 'the first check');
    expect(kinds()).toEqual(['integrityCheck']);
    expect(log.lines.some((l) => /The master has not scanned its files yet/.test(l))).toBe(true);
    ready = true;
    loop.tell({ type: 'check', why: 'master' }); // what the connection does on integrityChanged
    await h.until(() => kinds().includes('integrityResult'), 'the sync');
    expect(kinds()).toEqual(['integrityCheck', 'integrityCheck', 'integrityTable', 'integrityResult']);
    expect(h.info('integrity')).toMatchObject({ restarts: 0, lastError: null });
  });

  test('a whole sync: table, plan, pack staged, applied, reported; a check asked meanwhile runs after it', async () => {
    let result: BodyValue<'integrityResult'> | undefined;
    let checks = 0;
    let loop!: ReturnType<typeof start>;
    serveMaster(async (env) => {
      const b = env.body;
      switch (b.kind) {
        case 'integrityCheck':
          return ++checks === 1 ? body('integrityStatus', { inSync: false, masterDigest: 'm', ready: true }) : inSync();
        case 'integrityTable':
          return body('integrityPlan', { syncId: b.value.syncId, missing: 1, changed: 0, extra: ['etc/rules/old.xml'], conflicts: [], masterDigest: 'm' });
        case 'integrityFetch':
          loop.tell({ type: 'check', why: 'master' }); // the master's table moved while this sync runs
          await packOf(b.value.syncId);
          return body('integrityFetched', { syncId: b.value.syncId, sent: 1, failed: [] });
        case 'integrityResult':
          result = b.value;
          return body('integrityAck', {});
        default: throw new Error(`unexpected ${b.kind}`);
      }
    });
    const meter = new IntegrityMeter();
    loop = start({ meter: { node: 'w1', meter } });
    await h.until(() => checks === 2 && h.info('integrity').summary.endsWith(' idle'), 'the sync and the check after it');
    expect(kinds()).toEqual(['integrityCheck', 'integrityTable', 'integrityFetch', 'integrityResult', 'integrityCheck']);
    expect(fs.readFileSync(path.join(workerDir, NEW.path), 'utf8')).toBe(NEW.content);
    expect(fs.existsSync(path.join(workerDir, 'etc/rules/old.xml'))).toBe(false);
    const scan = (await scanSyncedFiles({ dataDir: workerDir })).table;
    expect(result).toMatchObject({ missing: 1, changed: 0, extra: 1, written: 1, deleted: 1, refused: [], files: 2, digest: tableDigest(scan) });
    expect(reloads).toBe(1);
    expect(stagedFiles()).toEqual([]);
    expect(h.info('integrity')).toMatchObject({ restarts: 0, lastError: null });
    expect(h.info('integrity').summary).toMatch(/^syncs=1 /);
    // Both checks and the sync are counted for /metrics, with what the plan said and the table after.
    const [w1] = meter.snapshot();
    expect(w1).toMatchObject({ node: 'w1', check: { count: 2 }, sync: { count: 1 }, scan: { count: 0 }, synced: { missing: 1, shared: 0, extra: 1 }, tableFiles: 2 });
  });

  test('the master hears of the files before the engine rebuilds; agents and the engine\'s state follow the rebuild', async () => {
    let checks = 0;
    let reloadDone!: () => void;
    const inSyncCalls: number[] = [];
    serveMaster(async (env) => {
      const b = env.body;
      switch (b.kind) {
        case 'integrityCheck': return ++checks === 1 ? body('integrityStatus', { inSync: false, masterDigest: 'm', ready: true }) : inSync();
        case 'integrityTable': return body('integrityPlan', { syncId: b.value.syncId, missing: 1, changed: 0, extra: [], conflicts: [], masterDigest: 'm' });
        case 'integrityFetch':
          await packOf(b.value.syncId);
          return body('integrityFetched', { syncId: b.value.syncId, sent: 1, failed: [] });
        case 'integrityResult': return body('integrityAck', {});
        default: throw new Error(`unexpected ${b.kind}`);
      }
    });
    start({
      onRulesetChanged: () => new Promise<void>((resolve) => { reloads++; reloadDone = resolve; }),
      onInSync: (files) => inSyncCalls.push(files),
    });
    await h.until(() => reloads === 1, 'the rebuild asked for');
    // The files are in place and reported while the engine still builds: the worker is not yet in sync here.
    expect(kinds()).toEqual(['integrityCheck', 'integrityTable', 'integrityFetch', 'integrityResult']);
    expect(fs.readFileSync(path.join(workerDir, NEW.path), 'utf8')).toBe(NEW.content);
    expect(h.info('integrity').summary).toMatch(/^syncs=1 .* reloading$/);
    expect(inSyncCalls).toEqual([]);
    reloadDone();
    await h.until(() => checks === 2 && h.info('integrity').summary.endsWith(' idle'), 'the check after the rebuild');
    // Once when the rebuild ends, once more when the check after it finds the worker in sync.
    expect(inSyncCalls).toEqual([3, 3]);
    expect(kinds()).toEqual(['integrityCheck', 'integrityTable', 'integrityFetch', 'integrityResult', 'integrityCheck']);
    expect(log.lines.some((l) => /In sync with the master \(3 files, .*, reload\)/.test(l))).toBe(true);
  });

  /** A master with one file the worker lacks; `send` streams its pack (or not); the answer says one pack was opened. */
  function serveOneFile(send: (syncId: number) => Promise<void>): () => BodyValue<'integrityResult'> | undefined {
    let result: BodyValue<'integrityResult'> | undefined;
    serveMaster(async (env) => {
      const b = env.body;
      switch (b.kind) {
        case 'integrityCheck': return result ? inSync() : body('integrityStatus', { inSync: false, masterDigest: 'm', ready: true });
        case 'integrityTable': return body('integrityPlan', { syncId: b.value.syncId, missing: 1, changed: 0, extra: [], conflicts: [], masterDigest: 'm' });
        case 'integrityFetch':
          await send(b.value.syncId);
          return body('integrityFetched', { syncId: b.value.syncId, sent: 1, failed: [], packs: 1 });
        case 'integrityResult':
          result = b.value;
          return body('integrityAck', {});
        default: throw new Error(`unexpected ${b.kind}`);
      }
    });
    return () => result;
  }

  test('the answer to the fetch overtakes its pack: the worker waits for every pack the master opened, then applies', async () => {
    const held: (() => void)[] = [];
    const result = serveOneFile(async (syncId) => { await packOf(syncId); });
    start({}, held);
    await h.until(() => held.length === 1 && kinds().includes('integrityFetch'), 'the pack held back');
    await h.advance(1_000);
    expect(result()).toBeUndefined();
    expect(h.info('integrity').summary).toMatch(/ receiving sync=\d+ packs=0$/);
    held[0]();
    await h.until(() => result() !== undefined, 'the sync');
    expect(result()).toMatchObject({ missing: 1, written: 1, refused: [] });
    expect(fs.readFileSync(path.join(workerDir, NEW.path), 'utf8')).toBe(NEW.content);
    expect(log.lines.some((l) => /Refused/.test(l))).toBe(false);
  });

  test('a pack the master opened that never arrives fails the loop after a while; the restarted loop syncs again', async () => {
    let fetches = 0;
    // The first time, a pack is announced that is never sent.
    const result = serveOneFile(async (syncId) => { if (++fetches > 1) await packOf(syncId); });
    start();
    await h.until(() => kinds().includes('integrityFetch'), 'the fetch');
    await new Promise((r) => setTimeout(r, 100)); // the answer lands (real time: the link is real)
    await h.advance(29_000);
    expect(h.info('integrity')).toMatchObject({ restarts: 0, lastError: null });
    await h.advance(1_000);
    await h.until(() => h.info('integrity').nextRestartAt !== null, 'the loop failed');
    expect(h.info('integrity').lastError).toMatchObject({ message: expect.stringMatching(/1 of the master's 1 packs never arrived/), scope: 'local' });
    await h.advance(1_000);
    await h.until(() => result() !== undefined, 'the sync after the restart');
    expect(result()).toMatchObject({ missing: 1, written: 1, refused: [] });
    expect(fs.readFileSync(path.join(workerDir, NEW.path), 'utf8')).toBe(NEW.content);
    expect(stagedFiles()).toEqual([]);
  });

  test('a plan that comes with the answer to its check (the master knew its table): no table uploaded, the sync goes on', async () => {
    let result: BodyValue<'integrityResult'> | undefined;
    serveMaster(async (env) => {
      const b = env.body;
      switch (b.kind) {
        case 'integrityCheck':
          if (result) return inSync();
          return body('integrityStatus', { inSync: false, masterDigest: 'm', ready: true,
            plan: { syncId: b.value.syncId, missing: 1, changed: 0, extra: ['etc/rules/old.xml'], conflicts: [], masterDigest: 'm' } });
        case 'integrityFetch':
          await packOf(b.value.syncId);
          return body('integrityFetched', { syncId: b.value.syncId, sent: 1, failed: [] });
        case 'integrityResult':
          result = b.value;
          return body('integrityAck', {});
        default: throw new Error(`unexpected ${b.kind}`);
      }
    });
    start();
    await h.until(() => got.length === 4 && h.info('integrity').summary.endsWith(' idle'), 'the sync and the check after the rebuild');
    expect(kinds()).toEqual(['integrityCheck', 'integrityFetch', 'integrityResult', 'integrityCheck']);
    expect(got[0].body.kind === 'integrityCheck' && got[0].body.value.syncId).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(workerDir, NEW.path), 'utf8')).toBe(NEW.content);
    expect(fs.existsSync(path.join(workerDir, 'etc/rules/old.xml'))).toBe(false);
    expect(result).toMatchObject({ missing: 1, extra: 1, written: 1, deleted: 1 });
  });

  test('an ErrorReply to its check fails the loop alone: restarted after its backoff, it checks again', async () => {
    let n = 0;
    serveMaster(async () => {
      if (++n === 1) throw Object.assign(new Error('the master has not scanned yet'), { code: 'not_ready' });
      return inSync();
    });
    const loop = start();
    await h.until(() => loop.status === 'backing-off' && h.info('integrity').nextRestartAt !== null, 'the failure');
    const info = h.info('integrity');
    expect(info).toMatchObject({ restarts: 0, nextRestartAt: h.clock.now() + 100 });
    expect(info.lastError).toMatchObject({ message: 'the master has not scanned yet', scope: 'local', restartInMs: 100 });
    expect(h.escalations).toEqual([]);
    await h.advance(100);
    await h.until(() => got.length === 2 && h.info('integrity').summary.endsWith(' idle'), 'the check of the new instance');
    expect(h.info('integrity')).toMatchObject({ restarts: 1 });
  });

  test('a fetch the master refuses mid-sync: the staging is discarded, nothing applied, the loop restarts', async () => {
    let checks = 0;
    serveMaster(async (env) => {
      const b = env.body;
      switch (b.kind) {
        case 'integrityCheck':
          return ++checks === 1 ? body('integrityStatus', { inSync: false, masterDigest: 'm', ready: true }) : inSync();
        case 'integrityTable':
          return body('integrityPlan', { syncId: b.value.syncId, missing: 1, changed: 0, extra: ['etc/rules/old.xml'], conflicts: [], masterDigest: 'm' });
        case 'integrityFetch':
          await packOf(b.value.syncId); // staged on the worker, then the fetch is refused
          throw Object.assign(new Error(`no plan for sync ${b.value.syncId}`), { code: 'unknown_sync' });
        default: throw new Error(`unexpected ${b.kind}`);
      }
    });
    const loop = start();
    await h.until(() => loop.status === 'backing-off' && h.info('integrity').nextRestartAt !== null, 'the failure');
    await h.until(() => stagedFiles().length === 0, 'the staging to be discarded');
    expect(h.info('integrity').lastError).toMatchObject({ message: expect.stringMatching(/^no plan for sync \d+$/), scope: 'local', restartInMs: 100 });
    expect(fs.existsSync(path.join(workerDir, NEW.path))).toBe(false);
    expect(fs.existsSync(path.join(workerDir, 'etc/rules/old.xml'))).toBe(true);
    expect(h.escalations).toEqual([]);
    await h.advance(100);
    await h.until(() => checks === 2 && h.info('integrity').summary.endsWith(' idle'), 'the check of the new instance');
  });

  test('a scan that fails is a local failure: the loop restarts until the folder can be read', async () => {
    serveMaster(async () => inSync());
    fs.rmSync(path.join(workerDir, 'etc/rules'), { recursive: true });
    fs.symlinkSync('rules', path.join(workerDir, 'etc/rules')); // a loop: ELOOP on every read
    const loop = start();
    await h.until(() => loop.status === 'backing-off' && h.info('integrity').nextRestartAt !== null, 'the failure');
    expect(h.info('integrity').lastError).toMatchObject({ message: 'cannot read etc/rules: ELOOP', scope: 'local', restartInMs: 100 });
    expect(got).toEqual([]);
    fs.rmSync(path.join(workerDir, 'etc/rules'));
    writeTree(workerDir, { 'etc/rules/a.xml': '<a/>\n' });
    await h.advance(100);
    await h.until(() => got.length === 1 && h.info('integrity').summary.endsWith(' idle'), 'the check of the new instance');
    expect(h.escalations).toEqual([]);
  });

  test.each([
    ['a reply of the wrong kind', ProtocolError, /integrityCheck was answered with integrityAck, expected integrityStatus/, 0,
      (m: Peer) => { serveRequests(m, async () => body('integrityAck', {})); }],
    ['a closed link', ClosedError, /connection closed/, 0, (m: Peer) => { m.on('request', () => m.close()); }],
    ['no answer within 30 s', TimeoutError, /integrityCheck\) got no reply within 30000 ms/, 30_000, (m: Peer) => { neverAnswer(m); }],
  ])('%s is a link failure: handed to the connection', async (_what, errClass, message, waitMs, arrange) => {
    const seen: Envelope[] = [];
    master.on('request', (env) => { seen.push(env); });
    arrange(master);
    const loop = start();
    await h.until(() => seen.length === 1, 'the check to be sent');
    await h.expectEscalation('integrity', errClass, message, waitMs);
    expect(loop.status).toBe('failed');
    expect(h.events.map((e) => e.type)).toEqual(['escalated']);
  });

  test('restart policy: delays double to the period, then retry at the period, failing', async () => {
    serveMaster(async () => { throw new Error('refused'); });
    const loop = start({ periodMs: 10_000, schedule: { everyMs: 10_000 } });
    const { delays, failing } = await h.followRestarts('integrity', 7, (i) => h.until(
      () => loop.status === 'backing-off' && h.info('integrity').restartLog.length === i + 1 && h.info('integrity').nextRestartAt !== null, `failure ${i + 1}`));
    expect(delays).toEqual([100, 200, 400, 800, 1_600, 10_000, 10_000]);
    expect(failing).toEqual([false, false, false, false, false, true, true]);
    expect(loop.restarts).toBe(7);
    expect(h.escalations).toEqual([]);
  });
});

describe('LocalIntegrity (master, node-wide)', () => {
  let h: LoopHarness;
  let dir: string;
  let feed: IntegrityFeed;
  let published: MasterTable[];
  let scans: { files: number; hashed: number; changed: boolean }[];
  let log: MemoryLog;
  beforeEach(() => {
    h = new LoopHarness();
    dir = h.tempDir();
    writeTree(dir, MASTER_FILES);
    feed = new IntegrityFeed(dir);
    published = [];
    feed.subscribe((t) => published.push(t));
    scans = [];
    log = memoryLog();
  });
  afterEach(() => h.shutdown());

  // A debounce of ten minutes (on the manual clock) keeps the real watcher out of the tests that drive scans by hand.
  const start = (over: Partial<LocalIntegrityDeps> = {}) => h.spawn(localIntegritySpec({
    dataDir: dir, feed, schedule: { everyMs: 5_000 }, periodMs: 5_000, log: log.task('Local integrity'), clock: h.clock, debounceMs: 600_000,
    onScan: (r) => scans.push({ files: r.files, hashed: r.hashed, changed: r.changed }), ...over,
  }));
  const scanned = (n: number) => h.until(() => scans.length === n && h.info('local-integrity').mailbox === 0 && h.info('local-integrity').busySince === null, `${n} scans`);

  test('at start it scans and publishes the table; an unchanged rescan publishes nothing; a change is published', async () => {
    start();
    await scanned(1);
    const expected = (await scanSyncedFiles({ dataDir: dir })).table;
    expect(published.map((t) => t.digest)).toEqual([tableDigest(expected)]);
    expect(feed.current!.table).toEqual(expected);
    expect(scans).toEqual([{ files: 3, hashed: 3, changed: true }]);
    expect(h.info('local-integrity').summary).toMatch(new RegExp(`^scans=1 files=3 digest=${tableDigest(expected).slice(0, 8)} watch=3 folders$`));
    expect(log.lines.some((l) => /INFO: .*Scanned 3 files \(3 hashed\) in 0\.000s at start: 3 added, 0 changed, 0 removed\./.test(l))).toBe(true);
    await h.advance(5_000);
    await scanned(2);
    expect(scans[1]).toEqual({ files: 3, hashed: 0, changed: false });
    expect(published).toHaveLength(1);
    writeTree(dir, { 'etc/decoders/d.xml': '<decoder name="d"/>\n' });
    await h.advance(5_000);
    await scanned(3);
    expect(scans[2]).toEqual({ files: 4, hashed: 1, changed: true });
    expect(published).toHaveLength(2);
    expect([...published[1].table.keys()]).toContain('etc/decoders/d.xml');
  });

  test('change notices fold into one scan', async () => {
    const loop = start();
    await scanned(1);
    for (let i = 0; i < 3; i++) loop.tell({ type: 'changed' });
    await scanned(2);
    await h.idle();
    expect(scans).toHaveLength(2);
  });

  test('a change on disk reaches it through the watcher, without a tick', async () => {
    const t0 = h.clock.now();
    start({ debounceMs: 20 });
    await scanned(1);
    writeTree(dir, { 'etc/rules/z.xml': '<group name="z"/>\n' }); // a folder watched since start
    await h.until(() => h.clock.nextAt() === t0 + 20, 'the watch event, debounced on the loop\'s clock');
    await h.advance(20);
    await h.until(() => published.length === 2, 'the watcher\'s rescan');
    expect(feed.current!.table.has('etc/rules/z.xml')).toBe(true);
    expect(h.clock.now()).toBe(t0 + 20); // long before the 5 s tick
    expect(log.lines.some((l) => /Scanned 4 files \(1 hashed\) in 0\.000s after a watch event: 1 added/.test(l))).toBe(true);
  });

  test('a watch error fails the loop alone: restarted after its backoff, the watch re-armed', async () => {
    const loop = start();
    await scanned(1);
    loop.tell({ type: 'watch-failed', error: Object.assign(new Error('EMFILE: too many open files, watch'), { code: 'EMFILE' }) });
    await h.idle();
    const info = h.info('local-integrity');
    expect(info).toMatchObject({ status: 'backing-off', nextRestartAt: h.clock.now() + 100 });
    expect(info.lastError).toMatchObject({ message: 'EMFILE: too many open files, watch', scope: 'local', restartInMs: 100 });
    await h.advance(100);
    await scanned(2); // the new instance scans at start: nothing changed, nothing published
    expect(published).toHaveLength(1);
    expect(h.info('local-integrity')).toMatchObject({ status: 'idle', restarts: 1 });
    expect(h.info('local-integrity').summary).toMatch(/watch=3 folders$/);
    expect(h.escalations).toEqual([]);
  });

  test('a scan that fails is a local failure: the loop restarts until the folder can be read', async () => {
    fs.rmSync(path.join(dir, 'etc/rules'), { recursive: true });
    fs.symlinkSync('rules', path.join(dir, 'etc/rules')); // a loop: ELOOP on every read
    const loop = start();
    await h.until(() => loop.status === 'backing-off' && h.info('local-integrity').nextRestartAt !== null, 'the failure');
    expect(h.info('local-integrity').lastError).toMatchObject({ message: 'cannot read etc/rules: ELOOP', scope: 'local', restartInMs: 100 });
    expect(published).toEqual([]);
    fs.rmSync(path.join(dir, 'etc/rules'));
    writeTree(dir, { 'etc/rules/a.xml': MASTER_FILES['etc/rules/a.xml'] });
    await h.advance(100);
    await scanned(1);
    expect(published).toHaveLength(1);
    expect(h.escalations).toEqual([]);
  });

  test('restart policy: delays double to the period, then retry at the period, failing', async () => {
    const loop = start();
    const { delays, failing } = await h.followRestarts('local-integrity', 7, async (i) => {
      await scanned(i + 1);
      loop.tell({ type: 'watch-failed', error: new Error('watch lost') });
      await h.idle();
    });
    expect(delays).toEqual([100, 200, 400, 800, 1_600, 5_000, 5_000]);
    expect(failing).toEqual([false, false, false, false, false, true, true]);
    expect(loop.restarts).toBe(7);
    expect(h.escalations).toEqual([]);
  });
});
