// The worker's dialer: connects to the master forever, with exponential backoff and jitter capped at
// intervals.reconnect_max, and supervises the connection once the master accepted the hello. The join
// runs beside the mailbox; a lost connection reaches it as childFailed, and it dials again.
import type { ClusterLog } from '../../log/task-log';
import { backoffDelay } from '../../lib/backoff';
import type { Clock, Random } from '../../lib/clock';
import { assertNever } from '../../lib/assert-never';
import type { NodeAddress } from '../../config/address';
import type { ActorHandle, ActorSpec, Settled } from '../supervision/actor';
import { rootMessage } from '../supervision/errors';
import { ControlError, type ControlRequest } from '../control/control-protocol';
import { SERVICE_POLICY } from '../node/policies';
import type { Joined } from './join-master';
import { type ForwardResult, type MasterConnectionDeps, type MasterConnectionMsg, masterConnectionSpec } from './master-connection';

export interface DialerStatus {
  connected: boolean;
  master: string | null;
  since: number | null;
}

export type DialerMsg =
  | { type: 'dial' }
  | { type: 'joined'; r: Settled<Joined> }
  | { type: 'lost'; conn: ActorHandle<unknown>; error: Error }
  | { type: 'agents-changed' }
  | { type: 'forward'; req: ControlRequest; reply: (r: ForwardResult) => void }
  | { type: 'status'; reply: (s: DialerStatus) => void };

interface Conn {
  handle: ActorHandle<MasterConnectionMsg>;
  masterName: string;
  since: number;
}

interface State {
  attempt: number;
  dialing: boolean;
  conn: Conn | null;
}

export interface DialerDeps {
  master: NodeAddress;
  /** Opens a session and has the hello accepted (join-master.ts). */
  join: () => Promise<Joined>;
  reconnectMaxMs: number;
  /** What every connection needs besides its socket. */
  connection: Omit<MasterConnectionDeps, 'peer' | 'early' | 'masterName'>;
  log: ClusterLog;
  clock: Clock;
  random: Random;
}

export function dialerSpec(d: DialerDeps): ActorSpec<State, DialerMsg> {
  const log = d.log.task('Main');
  const target = `${d.master.host}:${d.master.port}`;
  const backoff = { initialMs: 100, maxMs: d.reconnectMaxMs, factor: 2, jitter: 0.3 };

  return {
    name: 'dialer',
    kind: 'Dialer',
    restart: SERVICE_POLICY,
    summary: (s) => s.conn ? `connected to ${s.conn.masterName} at ${target}` : `dialing ${target} (attempt ${s.attempt + 1})`,
    init: (self) => {
      self.tell({ type: 'dial' });
      return { attempt: 0, dialing: false, conn: null };
    },
    childFailed: (conn, error) => ({ type: 'lost', conn, error }),
    unhandled: (m, err) => {
      if (m.type === 'forward') m.reply({ ok: false, error: err });
      else if (m.type === 'status') m.reply({ connected: false, master: null, since: null });
      else if (m.type === 'joined' && m.r.ok) m.r.value.peer.close(); // joined after this dialer stopped
    },
    receive: (s, m, self) => {
      switch (m.type) {
        case 'dial':
          if (s.conn || s.dialing) return s;
          self.pipe(d.join(), (r) => ({ type: 'joined', r }));
          return { ...s, dialing: true };
        case 'joined': return joined(s, m.r, self);
        case 'lost': {
          if (s.conn?.handle !== m.conn) return s;
          log.warning(`Lost the connection to master ${s.conn.masterName}: ${rootMessage(m.error)}. Reconnecting.`);
          self.after(backoffDelay(1, backoff, d.random), { type: 'dial' });
          return { ...s, conn: null, attempt: 1 };
        }
        case 'agents-changed':
          s.conn?.handle.tell({ type: 'agents-changed' });
          return s;
        case 'forward':
          if (!s.conn || !s.conn.handle.tell({ type: 'forward', req: m.req, reply: m.reply })) {
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

  function joined(s: State, r: Settled<Joined>, self: ActorHandle<DialerMsg>): State {
    if (!r.ok) {
      const attempt = s.attempt + 1;
      const delay = backoffDelay(attempt, backoff, d.random);
      log.error(`Could not connect to master at ${target} (attempt ${attempt}): ${r.error.message}. Retrying in ${(delay / 1000).toFixed(1)}s.`);
      self.after(delay, { type: 'dial' });
      return { ...s, attempt, dialing: false };
    }
    const j = r.value;
    const handle = self.spawn(masterConnectionSpec({ ...d.connection, peer: j.peer, early: j.early, masterName: j.masterName }));
    log.info(`Successfully connected to master ${j.masterName} (${target}).`);
    return { attempt: 0, dialing: false, conn: { handle, masterName: j.masterName, since: d.clock.now() } };
  }
}
