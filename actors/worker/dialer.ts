// The worker's dialer: connects to the master forever, with exponential backoff and jitter capped at
// intervals.reconnect_max, and supervises the connection once the master accepted the hello.
import { ActorHandle, ActorSpec } from '../supervision/actor';
import { backoffDelay } from '../../lib/backoff';
import { NodeContext } from '../node/node-context';
import { ControlRequest } from '../control/control-protocol';
import { ControlError } from '../control/control-protocol';
import { Peer } from '../../protocol/peer';
import { body, Envelope } from '../../protocol/envelope';
import { parseNodeAddress } from '../../config/address';
import { WorkerStore } from '../../store/worker-store';
import { joinMaster } from './join-master';
import { masterConnectionSpec, MasterConnectionMsg } from './master-connection';

export type DialerMsg =
  | { type: 'dial' }
  | { type: 'lost'; session: number; reason: string }
  | { type: 'forward'; req: ControlRequest; reply: (r: { ok: true; result: unknown } | { ok: false; error: Error }) => void }
  | { type: 'status'; reply: (s: { connected: boolean; master: string | null; since: number | null }) => void };

interface State {
  attempt: number;
  session: number;
  conn: { peer: Peer; handle: ActorHandle<MasterConnectionMsg>; masterName: string; since: number } | null;
  timer: NodeJS.Timeout | null;
}

const FORWARD_TIMEOUT_MS = 15_000;

export function dialerSpec(ctx: NodeContext, store: WorkerStore): ActorSpec<State, DialerMsg> {
  const log = ctx.log.task('Main');
  // Validated by the config: the first entry is the master's address, "host" or "host:port".
  const master = parseNodeAddress(ctx.config.cluster.nodes[0], ctx.config.cluster.port)!;
  const target = `${master.host}:${master.port}`;
  const policy = { initialMs: 100, maxMs: ctx.config.intervals.reconnectMax, factor: 2, jitter: 0.3 };

  function schedule(s: State, self: ActorHandle<DialerMsg>, delay: number): State {
    if (s.timer) clearTimeout(s.timer);
    const timer = setTimeout(() => self.tell({ type: 'dial' }), delay);
    return { ...s, timer };
  }

  return {
    name: 'dialer',
    kind: 'Dialer',
    summary: (s) => s.conn ? `connected to ${s.conn.masterName} at ${target}` : `dialing ${target} (attempt ${s.attempt + 1})`,
    init: (self) => {
      self.tell({ type: 'dial' });
      return { attempt: 0, session: 0, conn: null, timer: null };
    },
    receive: async (s, m, self) => {
      switch (m.type) {
        case 'dial': {
          if (s.conn) return s;
          try {
            const joined = await joinMaster(ctx, master);
            const session = s.session + 1;
            const handle = self.spawn(masterConnectionSpec({
              ctx, peer: joined.peer, masterName: joined.masterName, store,
              onClosed: (reason) => self.tell({ type: 'lost', session, reason }),
            }));
            log.info(`Successfully connected to master ${joined.masterName} (${target}).`);
            return { ...s, attempt: 0, session, timer: null, conn: { peer: joined.peer, handle, masterName: joined.masterName, since: ctx.now() } };
          } catch (err) {
            const attempt = s.attempt + 1;
            const delay = backoffDelay(attempt, policy, ctx.random);
            log.error(`Could not connect to master at ${target} (attempt ${attempt}): ${(err as Error).message}. Retrying in ${(delay / 1000).toFixed(1)}s.`);
            return schedule({ ...s, attempt }, self, delay);
          }
        }
        case 'lost': {
          if (!s.conn || m.session !== s.session) return s;
          log.warning(`Lost the connection to master ${s.conn.masterName}: ${m.reason}. Reconnecting.`);
          await s.conn.handle.stop();
          const delay = backoffDelay(1, policy, ctx.random);
          return schedule({ ...s, conn: null, attempt: 1 }, self, delay);
        }
        case 'forward': {
          if (!s.conn) {
            m.reply({ ok: false, error: new ControlError('master_unreachable', `this worker is not connected to the master (${target}); try again or ask the master`) });
            return s;
          }
          // Not awaited: a slow master must not hold up the dialer's mailbox.
          s.conn.peer.request(body('controlRequest', { command: m.req.command, argsJson: JSON.stringify(m.req.args ?? {}) }), FORWARD_TIMEOUT_MS).then(
            (r: Envelope) => r.body.kind === 'controlResponse'
              ? m.reply({ ok: true, result: JSON.parse(r.body.value.resultJson || 'null') })
              : m.reply({ ok: false, error: new Error(`the master answered with ${r.body.kind}`) }),
            (err: Error) => m.reply({ ok: false, error: err }),
          );
          return s;
        }
        case 'status':
          m.reply({ connected: !!s.conn, master: s.conn?.masterName ?? null, since: s.conn?.since ?? null });
          return s;
      }
    },
    onStop: (s) => {
      if (s.timer) clearTimeout(s.timer);
    },
  };
}
