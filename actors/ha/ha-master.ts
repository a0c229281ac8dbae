// ha-master.ts: a master under cluster.etcd, through its changes of role (issue 14). It campaigns in etcd
// for as long as it runs (the ElectionActor, in a small actor tree of its own that outlives the node's):
//   - meanwhile it runs as a standby: a node in standby mode follows the leader (files, a replica of
//     global.db) and sends workers that reach its cluster port on to the leader;
//   - once elected, the standby node stops and the node starts again as the leader, with the epoch it won;
//   - when the lead is lost (the lease lapsed, a pause longer than the TTL, etcd unreachable), writes stop
//     at once (Leadership.canWrite reads the lease on every acknowledgement), the leader node stops, and
//     the node starts again as a standby.
// One transition at a time, and the latest wish wins: an election lost while the leader node was still
// starting ends with a standby, never with a leader left running.
import * as os from 'node:os';
import type { WardenConfig } from '../../config/schema';
import type { ClusterLog, TaskLog } from '../../log/task-log';
import { type Clock, systemClock } from '../../lib/clock';
import { startActorSystem, type ActorSystem } from '../supervision/system';
import { NODE_POLICY } from '../node/policies';
import type { NodeOptions, RunningNode } from '../node/node';
import type { LeaderInfo as StandbyLeader } from '../master/standby-listener';
import { electionSpec, Leadership } from './election-actor';
import type { LeaderInfo } from './etcd-election';
import type { EtcdConfig } from '../../config/etcd';

type Wish = { role: 'standby' } | { role: 'leader'; epoch: number };

export interface HaMasterDeps {
  config: WardenConfig & { cluster: { etcd: EtcdConfig } };
  log: ClusterLog;
  /** Starts the node in the given mode (startNode with the daemon's options). */
  start: (mode: Pick<NodeOptions, 'epoch' | 'canWrite' | 'standby'>) => Promise<RunningNode>;
  /** The node could not start in a role: the daemon stops (the lease is given up, another master leads). */
  onFatal: (err: Error) => void;
  /** The host others reach this master's cluster port at (daemon --advertise-addr); default: publishedAddress's. */
  advertiseAddr?: string;
  clock?: Clock;
}

export interface HaMaster {
  /** The node in its current role (null during a change of role). */
  current(): RunningNode | null;
  role(): 'leader' | 'standby' | 'changing';
  /** Stops the node, then resigns: a standby leads at once. */
  stop(reason: string): Promise<void>;
}

/**
 * host:port at which this master's cluster port is reached, as it publishes it in etcd: its bind address,
 * or its host name when it listens on every interface (a pod's or a host's name resolves in its network).
 */
export function publishedAddress(config: WardenConfig, advertise?: string, hostname: () => string = os.hostname): string {
  const b = config.cluster.bindAddr;
  const host = advertise ?? (b === '0.0.0.0' || b === '::' ? hostname() : b);
  return host.includes(':') ? `[${host}]:${config.cluster.port}` : `${host}:${config.cluster.port}`;
}

export async function startHaMaster(d: HaMasterDeps): Promise<HaMaster> {
  const clock = d.clock ?? systemClock;
  const c = d.config.cluster;
  const log: TaskLog = d.log.task('Election');
  const leadership = new Leadership();
  let leader: LeaderInfo | null = null;
  let wish: Wish = { role: 'standby' };
  let node: RunningNode | null = null;
  let running: Wish | null = null;
  let changing: Promise<void> | null = null;
  let stopped = false;

  const standbyLeader = (): StandbyLeader | null =>
    leader && leader.node !== c.nodeName ? { name: leader.node, address: leader.address, epoch: leader.epoch } : null;

  const same = (a: Wish | null, b: Wish): boolean => !!a && a.role === b.role && (a.role === 'standby' || (b.role === 'leader' && a.epoch === b.epoch));

  async function settle(): Promise<void> {
    while (!stopped && !same(running, wish)) {
      const w = wish;
      if (node) {
        const was = node;
        node = null;
        running = null;
        await was.stop(w.role === 'leader' ? `elected leader (epoch ${w.epoch}): starting again as the leader` : 'no longer leading: starting again as a standby');
      }
      if (stopped) return;
      if (w.role === 'leader' && !leadership.canWrite()) {
        wish = { role: 'standby' }; // lost again before it could start: never start a leader that cannot write
        continue;
      }
      try {
        node = await d.start(w.role === 'leader'
          ? { epoch: w.epoch, canWrite: () => leadership.canWrite() }
          : { standby: { leader: standbyLeader } });
        running = w;
      } catch (err) {
        d.onFatal(new Error(`could not start as the ${w.role}: ${(err as Error).message}`, { cause: err }));
        return;
      }
    }
  }

  function want(w: Wish): void {
    wish = w;
    changing ??= settle().finally(() => {
      changing = null;
      if (!stopped && !same(running, wish)) want(wish);
    });
  }

  // The election lives beside the node, not in it: the node is replaced at each change of role.
  const system: ActorSystem<never> = startActorSystem<null, never>({
    name: `${c.nodeName}-ha`, kind: 'HaMaster', restart: NODE_POLICY, init: () => null, receive: (s) => s,
  }, {
    clock,
    onEvent: (e) => { if (e.type === 'crashed') log.error(`${e.path} failed: ${e.error.message}. Restarting in ${(e.restartInMs / 1000).toFixed(2)}s.`); },
    onFatal: (err) => d.onFatal(err),
  });
  // The node starts as a standby before the campaign, so an election won at once has a node to replace.
  want({ role: 'standby' });
  await changing;
  system.root.spawn(electionSpec({
    etcd: c.etcd, node: c.nodeName, address: publishedAddress(d.config, d.advertiseAddr), leadership, clock, log,
    onElected: (epoch) => want({ role: 'leader', epoch }),
    onLost: () => want({ role: 'standby' }),
    onLeaderChanged: (l) => { leader = l; },
  }));

  return {
    current: () => node,
    role: () => (changing || !running ? 'changing' : running.role),
    stop: async (reason) => {
      stopped = true;
      await changing?.catch(() => undefined);
      const was = node;
      node = null;
      await was?.stop(reason);
      await system.shutdown(); // the election actor resigns as it stops
    },
  };
}
