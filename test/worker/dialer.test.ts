// The worker's dialer on a manual clock: how soon it finds a master that is back, how it backs off from a
// master that refuses it, and how much it writes while it cannot connect.
import { EarlyPeerEvents } from '../../actors/node/peer-events';
import type { ActorSpec } from '../../actors/supervision/actor';
import { dialerSpec, type DialerDeps } from '../../actors/worker/dialer';
import { NotLeaderError, type Joined } from '../../actors/worker/join-master';
import { MasterList } from '../../actors/worker/master-list';
import type { NodeAddress } from '../../config/address';
import type { MasterConnectionMsg } from '../../actors/worker/master-connection';
import { PROBE_INTERVAL_MS } from '../../actors/worker/redial-policy';
import { memoryLog, type MemoryLog } from '../../log/cluster-log';
import { AuthError, WardenError } from '../../protocol/errors';
import { LoopHarness } from '../helpers/loop-harness';

/** Stands for the connection's actor: the dialer's part ends at spawning it. */
const idleConnection: ActorSpec<null, MasterConnectionMsg> = { name: 'master', kind: 'MasterConnection', init: () => null, receive: (s) => s };

const MASTER = { host: '127.0.0.1', port: 1516 };
/** The default intervals.reconnect_max (config/defaults.ts). */
const RECONNECT_MAX_MS = 10_000;
const refused = (): Error => new WardenError('connect_failed', `cannot connect: connect ECONNREFUSED ${MASTER.host}:${MASTER.port}`);
const wrongKey = (): Error => new AuthError('auth_failed', 'refused by the master: no common cluster key');

describe('dialer', () => {
  let h: LoopHarness;
  let log: MemoryLog;
  /** When join() was called, on the manual clock, and where to. */
  let dials: number[];
  let dialed: string[];
  beforeEach(() => {
    h = new LoopHarness(() => 0.5);
    log = memoryLog({ role: 'Worker', nodeName: 'w1' });
    dials = [];
    dialed = [];
  });
  afterEach(async () => { await h.shutdown(); });

  function startDialer(join: (a: NodeAddress) => Promise<Joined>, masters: NodeAddress[] = [MASTER]): void {
    const deps: DialerDeps = {
      masters: new MasterList(masters), reconnectMaxMs: RECONNECT_MAX_MS, log, clock: h.clock, random: () => 0.5,
      join: (a) => { dials.push(h.clock.now()); dialed.push(`${a.host}:${a.port}`); return join(a); },
      connection: (_j, parent) => parent.spawn(idleConnection),
    };
    h.spawn(dialerSpec(deps));
  }

  const gaps = (): number[] => dials.slice(1).map((t, i) => t - dials[i]);

  async function joinedMaster(): Promise<Joined> {
    const { worker } = await h.peerPair();
    return { peer: worker, early: new EarlyPeerEvents(worker), masterName: 'master-1', masterVersion: '0.1.0', epoch: 0 };
  }

  test('while the port refuses connections, the master is probed at least every second, however long it has been down', async () => {
    startDialer(() => Promise.reject(refused()));
    await h.advance(10 * 60_000);
    expect(dials.length).toBeGreaterThan(600);
    expect(Math.max(...gaps())).toBeLessThanOrEqual(1_000);
  });

  test('a master back after ten minutes away is joined within a probe interval, and one line says so with the count', async () => {
    let upAt = Infinity;
    startDialer(() => (h.clock.now() >= upAt ? joinedMaster() : Promise.reject(refused())));
    await h.advance(10 * 60_000);
    upAt = h.clock.now();
    await h.advance(PROBE_INTERVAL_MS);
    const joinedAt = dials.find((t) => t >= upAt);
    expect(joinedAt).toBeDefined();
    expect(joinedAt! - upAt).toBeLessThanOrEqual(PROBE_INTERVAL_MS);
    await h.until(() => log.lines.some((l) => /Successfully connected/.test(l)), 'the join');
    expect(log.lines.filter((l) => /Successfully connected/.test(l))).toEqual([
      expect.stringMatching(/INFO: \[Worker w1\] \[Main\] Successfully connected to master master-1 \(127\.0\.0\.1:1516\) after \d{4} failed attempts in 600\.\ds\./),
    ]);
  });

  test('a master that refuses the worker after connecting is retried with the long backoff, up to reconnect_max', async () => {
    startDialer(() => Promise.reject(wrongKey()));
    await h.advance(5 * 60_000);
    const g = gaps();
    expect(g[0]).toBeLessThan(1_000);
    for (let i = 1; i < g.length; i++) expect(g[i]).toBeGreaterThanOrEqual(g[i - 1]);
    expect(g[g.length - 1]).toBeLessThanOrEqual(RECONNECT_MAX_MS);
    expect(g[g.length - 1]).toBeGreaterThanOrEqual(RECONNECT_MAX_MS * 0.7);
  });

  test('ten minutes of refused connections write one line, then one summary a minute, not a line per attempt', async () => {
    startDialer(() => Promise.reject(refused()));
    await h.advance(10 * 60_000);
    const lines = log.lines.filter((l) => /connect/i.test(l));
    expect(lines.length).toBeLessThanOrEqual(1 + 10);
    expect(lines[0]).toMatch(/ERROR: .*Could not connect to master at 127\.0\.0\.1:1516: .*ECONNREFUSED/);
    expect(lines[1]).toMatch(/Still cannot connect to master at 127\.0\.0\.1:1516: \d+ more failed attempts in the last 60\.\ds/);
  });

  test('a change of reason is written at once, within the minute', async () => {
    let wrong = false;
    startDialer(() => Promise.reject(wrong ? wrongKey() : refused()));
    await h.advance(5_000);
    wrong = true;
    await h.advance(1_000);
    const lines = log.lines.filter((l) => /connect/i.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/Could not connect to master at 127\.0\.0\.1:1516 \(attempt \d+, failing for 5\.\ds\): refused by the master: no common cluster key/);
  });

  describe('with several masters (cluster.nodes lists each)', () => {
    const M1 = { host: '127.0.0.1', port: 1516 }, M2 = { host: '127.0.0.2', port: 1516 }, M3 = { host: '127.0.0.3', port: 1600 };
    const notLeader = (leader: NodeAddress | null): Error =>
      new NotLeaderError('standby', leader ? { name: 'master-x', address: `${leader.host}:${leader.port}`, epoch: 4 } : null);

    test('a master that does not answer is passed over at once for the next one, and the one that answers is joined', async () => {
      startDialer((a) => (a.host === M3.host ? joinedMaster() : Promise.reject(refused())), [M1, M2, M3]);
      await h.advance(1_000);
      await h.until(() => log.lines.some((l) => /Successfully connected/.test(l)), 'the join');
      expect(dialed).toEqual(['127.0.0.1:1516', '127.0.0.2:1516', '127.0.0.3:1600']);
      expect(gaps().every((g) => g < 1_000)).toBe(true);
    });

    test("a standby's answer sends the worker straight to the leader it names, even one outside cluster.nodes", async () => {
      const LEADER = { host: '10.9.9.9', port: 1516 };
      startDialer((a) => (a.host === LEADER.host ? joinedMaster() : Promise.reject(notLeader(LEADER))), [M1, M2]);
      await h.until(() => log.lines.some((l) => /Successfully connected/.test(l)), 'the join');
      expect(dialed).toEqual(['127.0.0.1:1516', '10.9.9.9:1516']);
      expect(log.lines.some((l) => /does not lead: dialing the leader master-x at 10\.9\.9\.9:1516/.test(l))).toBe(true);
    });

    test('two standbys naming each other do not bounce the worker: one redirect a round, then the redial policy paces it', async () => {
      startDialer((a) => Promise.reject(notLeader(a.host === M1.host ? M2 : M1)), [M1, M2]);
      await h.advance(60_000);
      // Without the one-redirect rule this would be thousands of dials a minute.
      expect(dials.length).toBeLessThan(100);
      expect(Math.max(...gaps())).toBeGreaterThan(1_000);
    });

    test('a standby that knows no leader counts as a failed dial of the round', async () => {
      startDialer(() => Promise.reject(notLeader(null)), [M1, M2]);
      await h.advance(5_000);
      expect(dialed.slice(0, 4)).toEqual(['127.0.0.1:1516', '127.0.0.2:1516', '127.0.0.1:1516', '127.0.0.2:1516']);
      expect(log.lines[0]).toMatch(/Could not connect to master at 127\.0\.0\.1:1516, 127\.0\.0\.2:1516: 127\.0\.0\.1:1516: it does not lead \(standby\) and knows no leader yet/);
    });
  });
});
