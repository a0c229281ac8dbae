// The replication stream in process: a leader GlobalStore with its ReplicaSender, a standby GlobalStore behind a
// ReplicaReceiver, over the in-memory transport with the real session, on a manual clock; the StandbyBarrier
// between the leader's registry commands and their answers.
import Database from 'better-sqlite3';
import * as path from 'node:path';
import { runRegistryCommand, type RegistryCommandDeps } from '../../actors/agents/registry-commands';
import { replicaReceiverSpec, ReplicaReceiver, REPLICA_REQUESTS } from '../../actors/replication/replica-receiver';
import { replicaSenderSpec, type ReplicaSendLimits } from '../../actors/replication/replica-sender';
import { StandbyBarrier } from '../../actors/replication/standby-barrier';
import { memoryLog, type MemoryLog } from '../../log/cluster-log';
import { body, type Envelope } from '../../protocol/envelope';
import type { Peer } from '../../protocol/peer';
import { GlobalStore } from '../../store/global-store';
import { LoopHarness, onManualDeadline, routeRequestsTo } from '../helpers/loop-harness';
import { serveRequests } from '../helpers/serve-requests';

const KEY = 'k'.repeat(64);

/** Everything a new leader needs, as comparable data. */
function contents(s: GlobalStore) {
  return {
    agents: s.listAgents(), groups: s.replica.groups(), nextId: s.nextAgentId(), changeLog: s.replica.changeLog(0, 1e9),
    seq: s.replica.seq(), infoSeq: s.replica.infoSeq(), digest: s.replica.digest(), infoDigest: s.replica.infoDigest(), registry: s.registryDigest(),
  };
}

describe('replication leader -> standby', () => {
  let h: LoopHarness;
  let standbyPeer: Peer;
  let leaderPeer: Peer;
  let dir: string;
  let leader: GlobalStore;
  let standby: GlobalStore;
  let barrier: StandbyBarrier;
  let log: MemoryLog;
  let got: Envelope[];
  let deps: RegistryCommandDeps;
  beforeEach(async () => {
    h = new LoopHarness();
    ({ worker: standbyPeer, master: leaderPeer } = await h.peerPair());
    dir = h.tempDir();
    leader = new GlobalStore(path.join(dir, 'leader.db'), () => h.clock.now());
    standby = new GlobalStore(path.join(dir, 'standby.db'), () => h.clock.now());
    log = memoryLog();
    barrier = new StandbyBarrier({ clock: h.clock, log: log.task('Replication'), leaderSeq: () => leader.replica.seq(), ackTimeoutMs: 5_000 });
    got = [];
    leader.createGroup('default');
    deps = { store: leader, dataDir: dir, changed: () => undefined, replicated: (seq) => barrier.replicated(seq) };
  });
  afterEach(async () => {
    await h.shutdown();
    leader.close();
    standby.close();
  });

  function startSender(limits: Partial<ReplicaSendLimits> = {}) {
    return h.spawn(replicaSenderSpec({
      name: 'standby-1', peer: onManualDeadline(leaderPeer, h.clock), store: leader, barrier, schedule: { everyMs: 5_000 }, periodMs: 5_000,
      log: log.task('Replication', 'standby-1'), clock: h.clock, limits: { partRows: 3, ...limits },
    }));
  }
  /** The standby's side as a node runs it: the ReplicaReceiver actor, every request routed to it. */
  function serveStandby(): void {
    standbyPeer.on('request', (env) => { got.push(env); });
    const receiver = h.spawn(replicaReceiverSpec({ store: standby, periodMs: 5_000, log: log.task('Replication') }));
    routeRequestsTo(standbyPeer, receiver);
  }
  /** The standby's side with a gate before each answer: while closed, nothing is acknowledged. */
  function serveStandbyGated(): { hold: () => void; release: () => void } {
    const receiver = new ReplicaReceiver(standby);
    let gate: Promise<void> = Promise.resolve();
    let open: () => void = () => undefined;
    serveRequests(standbyPeer, async (env) => {
      got.push(env);
      const answer = env.body.kind === 'replicaUpdate' ? receiver.apply(env.body.value)
        : env.body.kind === 'replicaStateRequest' ? receiver.state(env.body.value.wantDigest) : null;
      if (!answer) throw Object.assign(new Error(`not here: ${env.body.kind}`), { code: 'unsupported' });
      await gate;
      return body('replicaState', answer);
    });
    return {
      hold: () => { gate = new Promise((r) => { open = r; }); },
      release: () => open(),
    };
  }
  const modes = () => got.flatMap((e) => (e.body.kind === 'replicaUpdate' ? [e.body.value.mode] : []));
  const run = (command: string, args: Record<string, unknown>) => runRegistryCommand({ command, args }, deps);
  async function inLine(): Promise<void> {
    await h.until(() => standby.replica.point(false).seq === leader.replica.seq() && standby.replica.infoSeq() === leader.replica.infoSeq(), 'the standby to catch up');
    expect(contents(standby)).toEqual(contents(leader));
  }

  test('after registrations, deletions, group changes, imports and agent-info the standby holds the leader\'s global.db', async () => {
    serveStandby();
    startSender();
    await h.idle();
    await inLine();
    for (const name of ['web-1', 'web-2', 'db-1', 'db-2']) await run('agent-register', { name });
    await run('group-create', { name: 'web' });
    await run('group-create', { name: 'empty' });
    await run('group-assign', { id: '001', group: 'web' });
    await run('group-assign', { id: '002', group: 'web' });
    await run('group-unassign', { id: '001', group: 'default' });
    await run('agent-remove', { id: '003' });
    await run('agent-import', { agents: [{ id: '050', name: 'imported', ip: '10.0.0.5', key: KEY }], groups: ['web'] });
    leader.applyAgentInfo('worker-1', [{ id: 2, status: 'active', os: { name: 'Ubuntu', platform: 'ubuntu' }, version: 'Wazuh v4.14.7', labels: { env: 'prod' }, lastKeepAlive: h.clock.now() }]);
    await run('group-create', { name: 'gone' });
    await run('group-assign', { id: '004', group: 'gone' });
    await run('group-delete', { name: 'gone' });
    await h.advance(5_000); // the tick carries agent-info
    await inLine();
    expect(standby.getAgent(2)).toMatchObject({ key: leader.getAgent(2)!.key, groups: ['default', 'web'], status: 'active', labels: { env: 'prod' } });
    expect(standby.listGroups().map((g) => g.name)).toEqual(['default', 'empty', 'web']);
    expect(standby.nextAgentId()).toBe(51);
    expect(modes()[0]).toBe('snapshot');
    expect(modes()).toContain('delta');
    expect(modes()).toContain('info');
  });

  test('a registration is answered only once the standby acknowledged it', async () => {
    const gate = serveStandbyGated();
    startSender();
    await h.idle();
    await inLine();
    await h.until(() => barrier.lag()[0]?.state === 'in_sync', 'the standby to join the barrier');
    gate.hold();
    let answered = false;
    const write = run('agent-register', { name: 'held' }).then((r) => { answered = true; return r; });
    await h.until(() => standby.findAgentByName('held') !== undefined, 'the standby to apply the registration');
    await h.idle();
    expect(answered).toBe(false);
    expect(barrier.waiting).toBe(1);
    gate.release();
    await expect(write).resolves.toMatchObject({ id: '001', name: 'held' });
    expect(answered).toBe(true);
  });

  test('a standby that stops acknowledging is dropped after the bound, and writes proceed', async () => {
    const gate = serveStandbyGated();
    startSender();
    await h.idle();
    await h.until(() => barrier.lag()[0]?.state === 'in_sync', 'the standby to join the barrier');
    gate.hold();
    let answered = false;
    const write = run('agent-register', { name: 'stalled' }).then(() => { answered = true; });
    await h.advance(4_999);
    expect(answered).toBe(false);
    await h.advance(1);
    await write;
    expect(barrier.lag()[0]).toMatchObject({ name: 'standby-1', state: 'dropped', behind: 1 });
    expect(log.lines.join('\n')).toMatch(/Standby standby-1 dropped from the write barrier: write \d+ waited 5000 ms/);
    await expect(run('agent-register', { name: 'next' })).resolves.toMatchObject({ name: 'next' }); // no wait at all
    gate.release();
  });

  test('a standby that connects late gets a snapshot in parts, then the changes', async () => {
    for (let i = 1; i <= 7; i++) await run('agent-register', { name: `early-${i}`, groups: ['default'] });
    await run('group-create', { name: 'later' });
    serveStandby();
    startSender();
    await h.idle();
    await inLine();
    const snapshot = got.filter((e) => e.body.kind === 'replicaUpdate' && e.body.value.mode === 'snapshot');
    expect(snapshot.length).toBeGreaterThan(2); // parts of at most 3 rows
    expect(snapshot.every((e) => e.body.kind === 'replicaUpdate' && e.body.value.agents.length <= 3)).toBe(true);
    got.length = 0;
    await run('agent-remove', { id: '002' });
    await run('group-assign', { id: '001', group: 'later' });
    await inLine();
    expect(modes()).toEqual(['delta', 'delta']);
    expect(standby.getAgent(2)).toBeUndefined();
  });

  test('a standby whose copy was altered behind its back gets a full resend at the digest check', async () => {
    await run('agent-register', { name: 'victim' });
    serveStandby();
    startSender({ digestEveryTicks: 1 });
    await h.idle();
    await inLine();
    const raw = new Database(path.join(dir, 'standby.db'));
    raw.prepare("UPDATE agent SET key = 'tampered' WHERE id = 1").run();
    raw.close();
    expect(standby.replica.digest()).not.toBe(leader.replica.digest());
    got.length = 0;
    await h.advance(5_000);
    await h.until(() => standby.getAgent(1)?.key === leader.getAgent(1)!.key, 'the resend');
    expect(modes()[0]).toBe('snapshot');
    expect(log.lines.join('\n')).toMatch(/Replica snapshot to standby standby-1: checksum mismatch/);
    await inLine();
  });

  test('a standby written to locally (it led for a while) is no complete copy: it gets a snapshot', async () => {
    serveStandby();
    startSender({ digestEveryTicks: 1 }); // every tick asks the standby afresh
    await h.idle();
    await inLine();
    standby.registerAgent({ name: 'rogue', ip: 'any', key: KEY });
    expect(standby.replica.point(false).seq).toBe(-1);
    got.length = 0;
    await h.advance(5_000);
    await inLine();
    expect(modes()[0]).toBe('snapshot');
    expect(standby.findAgentByName('rogue')).toBeUndefined();
  });

  test('the receiver refuses a snapshot part without its start, and the leader starts over', async () => {
    expect(REPLICA_REQUESTS.has('replicaUpdate')).toBe(true);
    const receiver = new ReplicaReceiver(standby);
    expect(() => receiver.apply(body('replicaUpdate', { mode: 'snapshot', first: false }).value as never)).toThrow(/without its first part/);
  });
});
