// The StandbyBarrier on a manual clock: who holds a write, when it is released, who is dropped and rejoins.
import { StandbyBarrier } from '../../actors/replication/standby-barrier';
import { memoryLog, type MemoryLog } from '../../log/cluster-log';
import { ManualClock } from '../helpers/manual-clock';

describe('StandbyBarrier', () => {
  let clock: ManualClock;
  let log: MemoryLog;
  let leaderSeq: number;
  let barrier: StandbyBarrier;
  beforeEach(() => {
    clock = new ManualClock();
    log = memoryLog();
    leaderSeq = 10;
    barrier = new StandbyBarrier({ clock, log: log.task('Replication'), leaderSeq: () => leaderSeq, ackTimeoutMs: 5_000 });
  });

  /** Whether the write's promise has settled after the pending turns ran. */
  async function settled(p: Promise<void>): Promise<boolean> {
    let done = false;
    void p.then(() => { done = true; });
    await clock.advance(0);
    return done;
  }

  test('without standbys a write is released at once', async () => {
    expect(await settled(barrier.replicated(10))).toBe(true);
  });

  test('a standby still catching up holds nothing; once caught up it holds every write until it acknowledges', async () => {
    barrier.attach('s1');
    expect(await settled(barrier.replicated(10))).toBe(true);
    barrier.acked('s1', 9);
    expect(barrier.lag()).toEqual([{ name: 's1', state: 'catching_up', ackedSeq: 9, behind: 1, msSinceAck: 0 }]);
    barrier.acked('s1', 10);
    leaderSeq = 11;
    const write = barrier.replicated(11);
    expect(await settled(write)).toBe(false);
    expect(barrier.waiting).toBe(1);
    await clock.advance(1_000);
    expect(barrier.lag()).toEqual([{ name: 's1', state: 'in_sync', ackedSeq: 10, behind: 1, msSinceAck: 1_000 }]);
    barrier.acked('s1', 11);
    expect(await settled(write)).toBe(true);
  });

  test('one standby of two is enough', async () => {
    for (const n of ['s1', 's2']) { barrier.attach(n); barrier.acked(n, 10); }
    leaderSeq = 12;
    const write = barrier.replicated(12);
    barrier.acked('s2', 12);
    expect(await settled(write)).toBe(true);
  });

  test('a write is released when its only standby leaves', async () => {
    barrier.attach('s1');
    barrier.acked('s1', 10);
    leaderSeq = 11;
    const write = barrier.replicated(11);
    barrier.detach('s1');
    expect(await settled(write)).toBe(true);
  });

  test('a standby silent past the bound is dropped (logged with its lag), the write released; it rejoins once caught up', async () => {
    barrier.attach('s1');
    barrier.acked('s1', 10);
    leaderSeq = 11;
    const write = barrier.replicated(11);
    await clock.advance(4_999);
    expect(await settled(write)).toBe(false);
    await clock.advance(1);
    expect(await settled(write)).toBe(true);
    expect(log.lines.join('\n')).toMatch(/Standby s1 dropped from the write barrier: write 11 waited 5000 ms; it holds 10, 1 writes behind, last acknowledged 5000 ms ago/);
    expect(barrier.lag()[0].state).toBe('dropped');
    leaderSeq = 12;
    expect(await settled(barrier.replicated(12))).toBe(true); // dropped: holds nothing
    barrier.acked('s1', 12);
    expect(barrier.lag()[0].state).toBe('in_sync');
    leaderSeq = 13;
    const next = barrier.replicated(13);
    expect(await settled(next)).toBe(false);
    barrier.acked('s1', 13);
    expect(await settled(next)).toBe(true);
  });
});
