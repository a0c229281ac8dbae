// leader-watch.ts: who leads, as standbys and workers see it in etcd (issue 14). The leader is the
// candidate key with the lowest create revision under <prefix>/leader/ (etcd-election.ts), and its epoch
// is that revision. A watch on the folder says when to look again; a slow poll covers a watch that
// breaks during an etcd outage. Only changes are reported.
import type { Etcd3, Watcher } from 'etcd3';
import { type Clock, systemClock, type Timer } from '../../lib/clock';
import { candidatesPrefix, type LeaderInfo, leaderFromKv, sameLeader } from './etcd-election';

export interface LeaderWatch {
  /** The leader as last read: undefined before the first read, null when no candidate leads. */
  current(): LeaderInfo | null | undefined;
  stop(): Promise<void>;
}

export interface LeaderWatchOptions {
  /** How often to look even without a watch event. Default 1 s. */
  pollMs?: number;
  clock?: Clock;
  /** A read failed (etcd unreachable): the last leader stays as it was; reads go on. */
  onError?: (err: Error) => void;
}

/** Calls `onChange` with the current leader (null: none) at first, then at every change. */
export function watchLeader(
  client: Etcd3, prefix: string, onChange: (leader: LeaderInfo | null) => void, opts: LeaderWatchOptions = {},
): LeaderWatch {
  const clock = opts.clock ?? systemClock;
  const folder = candidatesPrefix(prefix);
  let last: LeaderInfo | null | undefined;
  let stopped = false;
  let reading = false;
  let again = false;

  const read = async (): Promise<void> => {
    if (stopped) return;
    if (reading) { again = true; return; }
    reading = true;
    try {
      do {
        again = false;
        const res = await client.getAll().prefix(folder).sort('Create', 'Ascend').limit(1).exec();
        if (stopped) return;
        const leader = res.kvs[0] ? leaderFromKv(res.kvs[0]) : null;
        if (last === undefined || !sameLeader(last, leader)) {
          last = leader;
          onChange(leader);
        }
      } while (again && !stopped);
    } catch (err) {
      if (!stopped) opts.onError?.(err instanceof Error ? err : new Error(String(err)));
    } finally {
      reading = false;
    }
  };

  // Watch before the first read, so that no change falls between the two.
  const watcher: Watcher = client.watch().prefix(folder).watcher();
  watcher.on('put', () => void read());
  watcher.on('delete', () => void read());
  watcher.on('error', () => undefined); // the poll reads on regardless
  const poll: Timer = clock.setInterval(() => void read(), opts.pollMs ?? 1_000);
  void read();

  return {
    current: () => last,
    stop: async () => {
      stopped = true;
      poll.cancel();
      await watcher.cancel().catch(() => undefined);
    },
  };
}
