// A standby's cluster port, in process with real sockets: it admits no worker, and names the leader so
// that a worker dialing it goes on to the leader; while no leader is known it says so.
import { memoryLog } from '../../log/cluster-log';
import { systemClock } from '../../lib/clock';
import { Keyring } from '../../protocol/keyring';
import { PeerServer } from '../../protocol/peer';
import { startActorSystem, type ActorSystem } from '../../actors/supervision/system';
import { notLeaderAnswer, standbyListenerSpec, type LeaderInfo } from '../../actors/master/standby-listener';
import { InProcCluster, eventually } from '../helpers/inproc';

describe('notLeaderAnswer', () => {
  test.each<[LeaderInfo | null, RegExp, string]>([
    [{ name: 'master-2', address: '10.0.0.2:1516', epoch: 9 }, /^m1 is a standby$/, '10.0.0.2:1516'],
    [null, /no master leads right now/, ''],
  ])('leader %j', (leader, reason, address) => {
    const a = notLeaderAnswer('m1', leader);
    expect(a.reason).toMatch(reason);
    expect(a.leaderAddress).toBe(address);
    expect(a.epoch).toBe(leader?.epoch ?? 0);
  });
});

describe('a standby on the cluster port', () => {
  let c: InProcCluster;
  let server: PeerServer;
  let system: ActorSystem<never>;
  let leader: LeaderInfo | null = null;
  let port = 0;
  const standbyLog = memoryLog({ role: 'Master', nodeName: 'standby' });

  beforeEach(async () => {
    c = new InProcCluster();
    server = new PeerServer({ keyring: new Keyring({ key: c.key }) });
    port = (await server.listen(0, '127.0.0.1')).port;
    system = startActorSystem<null, never>({ name: 'standby', kind: 'Test', init: () => null, receive: (s) => s });
    system.root.spawn(standbyListenerSpec({ server, nodeName: 'standby', leader: () => leader, log: standbyLog, clock: systemClock }));
  });
  afterEach(async () => {
    await system.shutdown();
    await server.close();
    await c.stopAll();
  });

  test('a worker that knows only the standby is sent to the leader, joins it, and the standby logs where it sent it', async () => {
    await c.start(c.config('master', 'master'), undefined, { epoch: 4 });
    leader = { name: 'master', address: `127.0.0.1:${c.masterPort}`, epoch: 4 };
    const w = await c.start(c.config('worker-1', 'worker', { nodes: [`127.0.0.1:${port}`] }));
    await eventually(() => w.log.lines.join('\n'), (t) => /Successfully connected to master master \(leader, epoch 4\)/.test(t), 10_000);
    expect(w.log.lines.some((l) => /does not lead: dialing the leader master at 127\.0\.0\.1:\d+/.test(l))).toBe(true);
    expect(standbyLog.lines.some((l) => /Sent worker "worker-1" from 127\.0\.0\.1 to the leader master at 127\.0\.0\.1:\d+\./.test(l))).toBe(true);
  });

  test('with no leader known, the worker hears so and keeps dialing', async () => {
    leader = null;
    const w = await c.start(c.config('worker-1', 'worker', { nodes: [`127.0.0.1:${port}`] }));
    await eventually(() => w.log.lines.join('\n'), (t) => /it does not lead \(standby is a standby and no master leads right now/.test(t), 10_000);
    expect(w.log.lines.some((l) => /Successfully connected/.test(l))).toBe(false);
  });
});
