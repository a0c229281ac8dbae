// A master-side test double that sends hostile paths and bytes to the worker's IntegrityActor: each is
// refused and logged, nothing is written outside the synced folders, and the good files still land,
// also from a pack that turns out malformed half way.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { body, Body, BodyValue, Envelope } from '../../protocol/envelope';
import { Peer } from '../../protocol/peer';
import { serveRequests } from '../helpers/serve-requests';
import { startActorSystem, ActorSystem } from '../../actors/supervision/system';
import { integrityWorkerSpec } from '../../actors/integrity/integrity-worker';
import { encodePackHeader, PACK_STREAM_KIND, packMetaJson } from '../../actors/integrity/file-pack';
import { memoryLog } from '../../log/cluster-log';
import { systemClock } from '../../lib/clock';
import { Fixture, startServer, waitFor } from '../protocol/helpers';
import { md5, removeDir, tempDir, writeTree } from './helpers';

interface Sent { name: string; content: string; announcedMd5?: string }

describe('the worker against a hostile master', () => {
  let fx: Fixture;
  let system: ActorSystem<never> | undefined;
  let root: string;
  beforeEach(() => { root = tempDir(); });
  afterEach(async () => {
    await system?.shutdown();
    system = undefined;
    await fx.cleanup();
    removeDir(root);
  });

  test('../, absolute, through-symlink and bad-MD5 files are refused; deletes outside are refused', async () => {
    const dataDir = path.join(root, 'worker');
    const outside = path.join(root, 'outside');
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(outside, 'keep.txt'), 'keep');
    writeTree(dataDir, { 'etc/rules/mine.xml': 'mine\n', 'etc/worker.yaml': 'own config\n' });
    fs.symlinkSync(outside, path.join(dataDir, 'etc/rules/link'));

    const files: Sent[] = [
      { name: '../../outside/evil.txt', content: 'evil' },
      { name: path.join(outside, 'abs.txt'), content: 'evil' },
      { name: 'etc/rules/link/through.xml', content: 'evil' },
      { name: 'etc/rules/badmd5.xml', content: 'tampered', announcedMd5: md5('original') },
      { name: 'etc/shared/default/../../../outside/dots.txt', content: 'evil' },
      { name: 'etc/rules/good.xml', content: '<group/>\n' },
    ];
    fx = await startServer();
    const worker = await fx.connect();
    const master: Peer = await fx.nextServerPeer();
    let result: BodyValue<'integrityResult'> | undefined;
    serveRequests(master, async (env: Envelope): Promise<Body> => {
      const b = env.body;
      switch (b.kind) {
        case 'integrityCheck': return body('integrityStatus', { inSync: false, masterDigest: 'x', ready: true });
        case 'integrityTable':
          return body('integrityPlan', {
            syncId: b.value.syncId, missing: files.length, changed: 0, masterDigest: 'x',
            extra: ['../outside/keep.txt', '/etc/hostname', 'etc/rules/link/keep.txt', 'etc/worker.yaml', 'etc/rules/mine.xml'],
            conflicts: [{ path: '../outside', workerHas: 'folder' }],
          });
        case 'integrityFetch': {
          // One pack of them all, then a pack whose second header is garbage: its first file still lands.
          const pack = files.flatMap((f) => [
            encodePackHeader({ path: f.name, md5: f.announcedMd5 ?? md5(f.content), size: Buffer.byteLength(f.content), mode: 0o640, mtimeMs: Date.now() }),
            Buffer.from(f.content),
          ]);
          await master.sendStream({ kind: PACK_STREAM_KIND, name: 'pack-1', metaJson: packMetaJson(b.value.syncId) }, Readable.from(pack)).catch(() => undefined);
          const broken = [
            encodePackHeader({ path: 'etc/rules/before-garbage.xml', md5: md5('ok\n'), size: 3, mode: 0o640, mtimeMs: Date.now() }),
            Buffer.from('ok\n'), Buffer.from([0, 0, 0, 5]), Buffer.from('nope!'),
          ];
          await master.sendStream({ kind: PACK_STREAM_KIND, name: 'pack-2', metaJson: packMetaJson(b.value.syncId) }, Readable.from(broken)).catch(() => undefined);
          return body('integrityFetched', { syncId: b.value.syncId, sent: files.length, failed: [] });
        }
        case 'integrityResult':
          result = b.value;
          return body('integrityAck', {});
        default: return body('error', { code: 'unsupported', message: b.kind });
      }
    });

    const log = memoryLog({ role: 'Worker', nodeName: 'w1' });
    system = startActorSystem<null, never>({ name: 'w1', kind: 'WorkerNode', init: () => null, receive: (s) => s });
    const actor = system.root.spawn(integrityWorkerSpec({
      peer: worker, dataDir, ownConfigPath: path.join(dataDir, 'etc/worker.yaml'), schedule: { everyMs: 60_000 }, periodMs: 60_000,
      log, clock: systemClock, random: Math.random, durable: false,
    }));
    // The connection's part: the master's streams go to the loop's mailbox.
    worker.on('stream', (info, readable) => actor.tell({ type: 'stream', stream: { info, readable } }));
    await waitFor(() => result !== undefined, 'the worker reports its result');

    expect(fs.readFileSync(path.join(dataDir, 'etc/rules/good.xml'), 'utf8')).toBe('<group/>\n');
    expect(fs.existsSync(path.join(dataDir, 'etc/rules/badmd5.xml'))).toBe(false);
    expect(fs.readdirSync(outside).sort()).toEqual(['keep.txt']);
    expect(fs.readFileSync(path.join(dataDir, 'etc/worker.yaml'), 'utf8')).toBe('own config\n');
    expect(fs.lstatSync(path.join(dataDir, 'etc/rules/link')).isSymbolicLink()).toBe(true);
    // The one legitimate delete went through.
    expect(fs.existsSync(path.join(dataDir, 'etc/rules/mine.xml'))).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, 'etc/rules/before-garbage.xml'), 'utf8')).toBe('ok\n');
    expect(result!.written).toBe(2);
    expect(result!.deleted).toBe(1);
    const refused = result!.refused.join('\n');
    for (const what of ['pack-2: pack header is not JSON', '../../outside/evil.txt', 'abs.txt', 'through.xml', 'badmd5.xml', 'dots.txt', '../outside/keep.txt', '/etc/hostname', 'link/keep.txt', 'worker.yaml', '"../outside"']) {
      expect(refused).toContain(what);
    }
    const warnings = log.lines.filter((l) => /WARNING: .*\[Integrity sync\] Refused/.test(l)).join('\n');
    expect(warnings).toMatch(/md5_mismatch|does not match the announced/);
    expect(warnings).toMatch(/symlink/);
  });
});
