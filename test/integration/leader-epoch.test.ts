// Fencing at the handshake, in process with real sockets: a master tells its epoch, a worker keeps the
// highest it followed, and a master older than that is refused by both sides.
import * as fs from 'fs';
import * as path from 'path';
import { EpochFloor, epochFloorPath } from '../../actors/worker/epoch-floor';
import { joinMaster, NotLeaderError } from '../../actors/worker/join-master';
import { Keyring } from '../../protocol/keyring';
import { InProcCluster, eventually } from '../helpers/inproc';

describe('leadership epochs at the handshake', () => {
  let c: InProcCluster;
  beforeEach(() => { c = new InProcCluster(); });
  afterEach(async () => { await c.stopAll(); });

  test('a worker follows a master of epoch 5 and keeps 5 as its floor', async () => {
    await c.start(c.config('master', 'master'), undefined, { epoch: 5 });
    const w = await c.start(c.config('worker-1', 'worker'));
    await eventually(() => fs.existsSync(epochFloorPath(w.config.dataDir)) ? fs.readFileSync(epochFloorPath(w.config.dataDir), 'utf8').trim() : '', (v) => v === '5');
    expect(w.log.lines.some((l) => /Successfully connected to master master \(leader, epoch 5\)/.test(l))).toBe(true);
  });

  test('a worker that followed epoch 7 is refused by a master of epoch 5, which says why; the worker never joins it', async () => {
    const m = await c.start(c.config('master', 'master'), undefined, { epoch: 5 });
    const cfg = c.config('worker-1', 'worker');
    fs.mkdirSync(path.dirname(epochFloorPath(cfg.dataDir)), { recursive: true });
    fs.writeFileSync(epochFloorPath(cfg.dataDir), '7\n');
    const w = await c.start(cfg);
    await eventually(() => w.log.lines.join('\n'), (t) => /does not lead \(this master's leadership \(epoch 5\) is older than one the worker followed \(epoch 7\)\)/.test(t));
    expect(m.log.lines.some((l) => /Refused worker "worker-1" .*epoch 5\) is older than one the worker followed \(epoch 7\)/.test(l))).toBe(true);
    expect(w.log.lines.some((l) => /Successfully connected/.test(l))).toBe(false);
  });

  test('joinMaster gives the refusal as NotLeaderError and leaves the floor as it was', async () => {
    const cfg = c.config('master', 'master');
    await c.start(cfg, undefined, { epoch: 2 });
    const wcfg = c.config('worker-9', 'worker');
    const floor = new EpochFloor(wcfg.dataDir, () => undefined);
    floor.raise(3);
    const keyring = new Keyring({ key: c.key });
    const err = await joinMaster({ cluster: wcfg.cluster, master: { host: '127.0.0.1', port: c.masterPort }, keyring, peerOptions: {}, floor }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotLeaderError);
    expect(floor.value).toBe(3);
  });
});
