// election-actor.ts: ElectionActor, a master's seat in the etcd election (issue 14), under the node's
// supervision. Each incarnation opens an etcd client and campaigns (etcd-election.ts); it logs who leads
// and why that changed, and shows its role, epoch and the leader to `control actors` and the shell.
//
// Writes never wait on this actor's mailbox: the node holds a Leadership and asks it canWrite() at each
// write, which reads the current election's fence on the clock. Losing the lead is told to the node at
// once (onLost), before the mailbox hears of it. etcd that cannot be reached is this actor's failure: the
// lead is reported lost first, then the actor fails and its supervisor restarts it after a backoff (a new
// client, a new campaign as a standby); the restart log shows why.
import type { Etcd3 } from 'etcd3';
import type { EtcdConfig } from '../../config/etcd';
import { type Clock, waitAtMost } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import type { TaskLog } from '../../log/task-log';
import type { ActorSpec } from '../supervision/actor';
import { loopPolicy } from '../node/policies';
import { openEtcd } from './etcd-client';
import { EtcdElection, type ElectionStatus, type EtcdUnreachableError, type LeaderInfo } from './etcd-election';
import { keepAlivePeriodMs, type LostReason } from './leadership';

/** What the node reads at each write, whichever incarnation of the actor campaigns. */
export class Leadership {
  private current: EtcdElection | null = null;

  /** May this node accept a write now? False between incarnations. */
  canWrite(): boolean {
    return this.current?.canWrite() ?? false;
  }

  status(): ElectionStatus {
    return this.current?.status() ?? { role: 'standby', epoch: null, leader: null, writableUntil: null };
  }

  /** The actor's own: the campaign of its current incarnation. */
  attach(e: EtcdElection | null): void {
    this.current = e;
  }

  isAttached(e: EtcdElection): boolean {
    return this.current === e;
  }
}

export type ElectionMsg =
  | { type: 'elected'; epoch: number }
  | { type: 'lost'; reason: LostReason; detail: string }
  | { type: 'leader'; leader: LeaderInfo | null }
  | { type: 'unreachable'; error: EtcdUnreachableError }
  | { type: 'status'; reply: (s: ElectionStatus) => void };

export interface ElectionDeps {
  etcd: EtcdConfig;
  node: string;
  /** host:port of this node's cluster port. */
  address: string;
  leadership: Leadership;
  clock: Clock;
  log: TaskLog;
  /** The lead is lost: called at once, from the election itself; the node stops writing and steps down. */
  onLost?: (reason: LostReason, detail: string) => void;
  onElected?: (epoch: number) => void;
  onLeaderChanged?: (leader: LeaderInfo | null) => void;
  /** Opens the etcd client (tests may count or wrap it). Default: openEtcd. */
  openClient?: (etcd: EtcdConfig) => Etcd3;
}

interface State {
  client: Etcd3;
  election: EtcdElection;
  elections: number;
}

export function electionSpec(d: ElectionDeps): ActorSpec<State, ElectionMsg> {
  const open = d.openClient ?? ((e: EtcdConfig) => openEtcd({ endpoints: e.endpoints, callTimeoutMs: Math.max(1_000, keepAlivePeriodMs(e.leaseTtlMs)) }));
  return {
    name: 'election',
    kind: 'ElectionActor',
    // Retries at most every lease TTL: a master should be back in the running soon after etcd is.
    restart: loopPolicy(d.etcd.leaseTtlMs),
    init: (self) => {
      const client = open(d.etcd);
      const election = new EtcdElection({
        client, prefix: d.etcd.prefix, leaseTtlMs: d.etcd.leaseTtlMs, node: d.node, address: d.address, clock: d.clock,
        events: {
          elected: (epoch) => { d.onElected?.(epoch); self.tell({ type: 'elected', epoch }); },
          lost: (reason, detail) => { d.onLost?.(reason, detail); self.tell({ type: 'lost', reason, detail }); },
          leaderChanged: (leader) => { d.onLeaderChanged?.(leader); self.tell({ type: 'leader', leader }); },
          unreachable: (error) => { self.tell({ type: 'unreachable', error }); },
        },
      });
      d.leadership.attach(election);
      election.start();
      return { client, election, elections: 0 };
    },
    summary: (s) => describeStatus(s.election.status(), s.elections),
    unhandled: (m) => { if (m.type === 'status') m.reply({ role: 'standby', epoch: null, leader: null, writableUntil: null }); },
    onStop: async (s) => {
      if (d.leadership.isAttached(s.election)) d.leadership.attach(null);
      // Resign (a standby leads at once); bounded, as etcd may be the reason this actor stops.
      await waitAtMost(s.election.stop(), d.etcd.leaseTtlMs, d.clock);
      s.client.close();
    },
    receive: (s, m) => {
      switch (m.type) {
        case 'elected':
          d.log.info(`Leading the cluster (epoch ${m.epoch}).`);
          return { ...s, elections: s.elections + 1 };
        case 'lost':
          if (m.reason === 'resigned') d.log.info(`No longer leading: resigned (${m.detail}).`);
          else d.log.warning(`No longer leading: ${m.reason} (${m.detail}).`);
          return s;
        case 'leader':
          d.log.info(m.leader ? `The leader is ${m.leader.node} at ${m.leader.address} (epoch ${m.leader.epoch}).` : 'No master leads.');
          return s;
        case 'unreachable':
          // The lead, if held, was reported lost already (lost() comes first); this is the actor's failure.
          throw m.error;
        case 'status':
          m.reply(s.election.status());
          return s;
        default:
          return assertNever(m, 'message');
      }
    },
  };
}

/** One line for `control actors` and the shell. */
export function describeStatus(st: ElectionStatus, elections: number): string {
  const leader = st.leader ? `${st.leader.node}@${st.leader.epoch}` : 'none';
  const epoch = st.epoch === null ? '' : ` epoch=${st.epoch}`;
  return `role=${st.role}${epoch} leader=${leader} elected=${elections}`;
}
