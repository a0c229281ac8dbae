// The worker's dialer: connects to the master forever and supervises the connection once the master
// accepted the hello. The join runs beside the mailbox; a lost connection reaches it as childFailed, and it
// dials again. When to dial again is redial-policy.ts (a short probe while nothing answers, a backoff capped
// at intervals.reconnect_max once the master refused); what to log about failed attempts is dial-streak.ts.
import type { ClusterLog } from '../../log/task-log';
import type { Clock, Random } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import type { NodeAddress } from '../../config/address';
import type { ActorHandle, ActorSpec, Settled } from '../supervision/actor';
import { rootMessage } from '../supervision/errors';
import { ControlError, type ControlRequest } from '../control/control-protocol';
import { SERVICE_POLICY } from '../node/policies';
import { DialStreak } from './dial-streak';
import { NotLeaderError, type Joined } from './join-master';
import { parseNodeAddress } from '../../config/address';
import { addressText, type MasterList } from './master-list';
import type { ForwardResult, LeaveSummary, MasterConnectionMsg } from './master-connection';
import { BACKOFF_INITIAL_MS, BACKOFF_JITTER, dialFailureOf, redialDelay } from './redial-policy';

export interface DialerStatus {
  connected: boolean;
  master: string | null;
  since: number | null;
}

export type DialerMsg =
  | { type: 'dial' }
  | { type: 'joined'; address: NodeAddress; r: Settled<Joined> }
  | { type: 'lost'; conn: ActorHandle<unknown>; error: Error }
  | { type: 'agents-changed' }
  | { type: 'sync-changed' }
  /** A control command for the master, or with `node` for that node through the master. */
  | { type: 'forward'; req: ControlRequest; node?: { name: string; deadlineMs: number }; reply: (r: ForwardResult) => void }
  | { type: 'status'; reply: (s: DialerStatus) => void }
  /** The node stops gracefully: tell the master (when connected), and never dial again. */
  | { type: 'leave'; summary: LeaveSummary; reply: (r: LeaveResult) => void };

/** Whether the master heard the leave; when not, it drops this worker at its keep_alive_timeout. */
export type LeaveResult = { told: true } | { told: false; why: string };

interface Conn {
  handle: ActorHandle<MasterConnectionMsg>;
  masterName: string;
  since: number;
}

interface State {
  /** Failures after connecting since the last success: the backoff's attempt number. */
  refusals: number;
  dialing: boolean;
  conn: Conn | null;
  streak: DialStreak;
  /** Leaving the cluster: a lost connection is not redialed. */
  leaving: boolean;
}

/** The next address of a round is dialed after this, not at once: a list of masters all down stays cheap. */
export const NEXT_MASTER_DELAY_MS = 50;

export interface DialerDeps {
  /** Every master of cluster.nodes, gone round in turn (master-list.ts). */
  masters: MasterList;
  /** Opens a session with the master at `address` and has the hello accepted (join-master.ts). */
  join: (address: NodeAddress) => Promise<Joined>;
  /** The leader as etcd names it (cluster.etcd), dialed before the list; null when unknown or not watched. */
  leaderHint?: () => NodeAddress | null;
  reconnectMaxMs: number;
  /** Spawns, under `dialer`, the actor that supervises a joined connection (master-connection.ts). */
  connection: (joined: Joined, dialer: ActorHandle<DialerMsg>) => ActorHandle<MasterConnectionMsg>;
  log: ClusterLog;
  clock: Clock;
  random: Random;
}

export function dialerSpec(d: DialerDeps): ActorSpec<State, DialerMsg> {
  const log = d.log.task('Main');
  const target = d.masters.describe();

  return {
    name: 'dialer',
    kind: 'Dialer',
    restart: SERVICE_POLICY,
    summary: (s) => s.conn ? `connected to ${s.conn.masterName} at ${addressText(d.masters.current())}` : `dialing ${addressText(d.masters.current())} (attempt ${s.streak.attempts + 1})`,
    init: (self) => {
      self.tell({ type: 'dial' });
      return { refusals: 0, dialing: false, conn: null, streak: new DialStreak(target), leaving: false };
    },
    childFailed: (conn, error) => ({ type: 'lost', conn, error }),
    unhandled: (m, err) => {
      if (m.type === 'forward') m.reply({ ok: false, error: err });
      else if (m.type === 'leave') m.reply({ told: false, why: err.message });
      else if (m.type === 'status') m.reply({ connected: false, master: null, since: null });
      else if (m.type === 'joined' && m.r.ok) m.r.value.peer.close(); // joined after this dialer stopped
    },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'dial':
          if (s.conn || s.dialing || s.leaving) return s;
          {
            const hint = d.leaderHint?.();
            if (hint) d.masters.redirectTo(hint); // once a round; ignored when it is the address already current
            const address = d.masters.current();
            self.pipe(d.join(address), (r) => ({ type: 'joined', address, r }));
          }
          return { ...s, dialing: true };
        case 'joined': return joined(s, m.address, m.r, self);
        case 'lost': {
          if (s.conn?.handle !== m.conn) return s;
          if (s.leaving) {
            log.debug(`The connection to master ${s.conn.masterName} closed after this worker left: ${rootMessage(m.error)}.`);
            return { ...s, conn: null };
          }
          log.warning(`Lost the connection to master ${s.conn.masterName}: ${rootMessage(m.error)}. Reconnecting.`);
          // Soon, with jitter: a master that restarts refuses the next dial, and the probes take over.
          self.after(Math.round(BACKOFF_INITIAL_MS * (1 - BACKOFF_JITTER * d.random())), { type: 'dial' });
          return { ...s, conn: null };
        }
        case 'agents-changed':
          s.conn?.handle.tell({ type: 'agents-changed' });
          return s;
        case 'sync-changed':
          s.conn?.handle.tell({ type: 'sync-changed' });
          return s;
        case 'leave': return leave(s, m.summary, m.reply);
        case 'forward':
          if (!s.conn || !s.conn.handle.tell({ type: 'forward', req: m.req, node: m.node, reply: m.reply })) {
            m.reply({ ok: false, error: new ControlError('master_unreachable', `this worker is not connected to the master (${target}); try again or ask the master`) });
          }
          return s;
        case 'status':
          m.reply({ connected: !!s.conn, master: s.conn?.masterName ?? null, since: s.conn?.since ?? null });
          return s;
        default: return assertNever(m, 'message');
      }
    },
  };

  function leave(s: State, summary: LeaveSummary, reply: (r: LeaveResult) => void): State {
    const told = (r: Settled<unknown>) => reply(r.ok ? { told: true } : { told: false, why: r.error.message });
    if (!s.conn || !s.conn.handle.tell({ type: 'leave', summary, reply: told })) reply({ told: false, why: `not connected to the master (${target})` });
    return { ...s, leaving: true };
  }

  function joined(s: State, address: NodeAddress, r: Settled<Joined>, self: ActorHandle<DialerMsg>): State {
    if (s.leaving && r.ok) {
      r.value.peer.close(); // joined while leaving: nothing more to do there
      return { ...s, dialing: false };
    }
    if (!r.ok) {
      if (s.leaving) return { ...s, dialing: false };
      // A standby named the leader: dial it now, unless this round already followed a redirect.
      const leader = r.error instanceof NotLeaderError && r.error.leader ? parseNodeAddress(r.error.leader.address, address.port) : undefined;
      if (leader && d.masters.redirectTo(leader)) {
        log.info(`Master at ${addressText(address)} does not lead: dialing the leader ${r.error instanceof NotLeaderError ? r.error.leader?.name : ''} at ${addressText(leader)}.`);
        self.tell({ type: 'dial' });
        return { ...s, dialing: false };
      }
      const failure = dialFailureOf(r.error);
      const refusals = failure === 'refused-after-connect' ? s.refusals + 1 : s.refusals;
      const next = d.masters.failed();
      const delay = next.kind === 'next' ? NEXT_MASTER_DELAY_MS : redialDelay(failure, refusals, d.reconnectMaxMs, d.random);
      const code = (r.error as { code?: unknown }).code;
      const where = d.masters.size > 1 ? `${addressText(address)}: ` : '';
      const line = s.streak.failed(d.clock.now(), { code: typeof code === 'string' ? code : r.error.name, message: where + r.error.message }, delay);
      if (line) log.error(line);
      self.after(delay, { type: 'dial' });
      return { ...s, refusals, dialing: false };
    }
    const j = r.value;
    d.masters.joined();
    const handle = d.connection(j, self);
    log.info(s.streak.connected(d.clock.now(), j.epoch ? `${j.masterName} (leader, epoch ${j.epoch})` : j.masterName));
    return { ...s, refusals: 0, dialing: false, conn: { handle, masterName: j.masterName, since: d.clock.now() } };
  }
}
