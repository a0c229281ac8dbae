// The agent enrollment port (authd, TCP 1515 over TLS 1.2+): per connection, one request line in, one
// reply out (no newline), then close. What to answer is the caller's `decide` (the master decides; a
// worker forwards); this file does only the socket work, within the budgets of enrollment-limits.ts:
// a deadline on every phase, connections still without a request capped per address and in total by
// evicting the oldest (a flood cannot keep a real agent out), answered ones likewise, and one warning
// per source address per interval however many connections it spoils.
import { createServer, type Server, type Socket } from 'node:net';
import { createSecureContext, type SecureContext, TLSSocket } from 'node:tls';
import type { TaskLog } from '../../log/cluster-log';
import { RepeatLimiter } from '../../log/repeat-limiter';
import { type Clock, systemClock, type Timer } from '../../lib/clock';
import { PreAuthPool } from '../../lib/preauth-pool';
import { exposedSecretWarning } from '../../lib/private-files';
import { formatEnrollFailure, parseEnrollReply } from '../enrollment/enroll-request';
import { ENROLLMENT_LIMITS, type EnrollmentLimits } from './enrollment-limits';
import { RequestLineReader } from './request-line';
import { loadTlsCredentials } from './tls-cert';

export interface EnrollmentServerOptions extends Partial<EnrollmentLimits> {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Where etc/sslmanager.cert and etc/sslmanager.key are generated when certFile/keyFile are absent. */
  dataDir: string;
  certFile?: string;
  keyFile?: string;
  /** The exact reply for one request line (without its newline) from `sourceIp`. */
  decide: (line: string, sourceIp: string) => Promise<string>;
  log: TaskLog;
  /** Runs the deadlines and the log intervals; the system clock by default. */
  clock?: Clock;
}

/** The reply when `decide` fails: the agent learns nothing of the cause, which goes to the log. */
export const INTERNAL_ERROR_REPLY = formatEnrollFailure('ERROR: Internal error');

/** Why the server closed a connection (a client that closes first is not counted). */
type CloseCause =
  | 'requestDeadline' | 'replyDeadline' | 'evicted' | 'lingerEvicted' | 'graceEnded'
  | 'tooLong' | 'tlsError' | 'closedEarly' | 'refusedAtAccept' | 'serverClosed';

export interface EnrollmentServerStats {
  /** Sockets open now; of them, still without a complete request, and answered but not yet closed. */
  open: number;
  pending: number;
  lingering: number;
  /** Replies sent (keys and refusals). */
  answered: number;
  closed: Record<CloseCause, number>;
}

type Phase = 'request' | 'deciding' | 'closing';

interface Conn {
  readonly ip: string;
  /** Destroys both sockets; counts the cause once. */
  close(cause: CloseCause): void;
}

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) is `10.0.0.1` to authd. */
export function sourceAddress(remote: string | undefined): string {
  if (!remote) return 'unknown';
  return remote.startsWith('::ffff:') && remote.includes('.') ? remote.slice(7) : remote;
}

export class EnrollmentServer {
  private readonly limits: EnrollmentLimits;
  private readonly clock: Clock;
  private readonly warnings: RepeatLimiter;
  private server: Server | null = null;
  private context: SecureContext | null = null;
  private readonly open = new Map<Socket, Conn>();
  private readonly pending: PreAuthPool<Conn>;
  private readonly lingering: PreAuthPool<Conn>;
  private answered = 0;
  private readonly closed: Record<CloseCause, number> = {
    requestDeadline: 0, replyDeadline: 0, evicted: 0, lingerEvicted: 0, graceEnded: 0,
    tooLong: 0, tlsError: 0, closedEarly: 0, refusedAtAccept: 0, serverClosed: 0,
  };

  constructor(private readonly opts: EnrollmentServerOptions) {
    const limits = { ...ENROLLMENT_LIMITS } as EnrollmentLimits;
    for (const k of Object.keys(ENROLLMENT_LIMITS) as (keyof EnrollmentLimits)[]) {
      const v = opts[k] ?? limits[k];
      if (!Number.isInteger(v) || v < 1) throw new RangeError(`EnrollmentServer: ${k} must be a positive integer`);
      limits[k] = v;
    }
    this.limits = limits;
    this.clock = opts.clock ?? systemClock;
    this.warnings = new RepeatLimiter(opts.log, this.clock, { intervalMs: limits.logIntervalMs });
    this.pending = new PreAuthPool({ maxPerAddress: limits.maxPendingPerAddress, maxTotal: limits.maxPendingTotal });
    this.lingering = new PreAuthPool({ maxPerAddress: limits.maxLingeringPerAddress, maxTotal: limits.maxLingeringTotal });
  }

  /** Connections open right now. */
  get connections(): number {
    return this.open.size;
  }

  stats(): EnrollmentServerStats {
    return { open: this.open.size, pending: this.pending.size, lingering: this.lingering.size, answered: this.answered, closed: { ...this.closed } };
  }

  async listen(): Promise<{ port: number }> {
    if (this.server) throw new Error('EnrollmentServer is already listening');
    const { log } = this.opts;
    const creds = await loadTlsCredentials(this.opts.dataDir, this.opts.certFile, this.opts.keyFile);
    if (creds.created) log.info(`Generated a self-signed certificate in ${creds.certFile}.`);
    const loose = exposedSecretWarning({ file: creds.keyFile, holds: 'the enrollment TLS private key' }, creds.keyMode);
    if (loose) log.warning(loose);
    this.context = createSecureContext({ cert: creds.cert, key: creds.key, minVersion: 'TLSv1.2' });
    // allowHalfOpen: a client may shut its side after the request and still read the reply.
    const server = createServer({ allowHalfOpen: true }, (raw) => this.serve(raw));
    server.maxConnections = this.limits.maxConnections;
    server.on('drop', (d) => this.onDrop(sourceAddress(d?.remoteAddress)));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, this.opts.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (err) => log.error('Enrollment server error', err));
    const port = (server.address() as { port: number }).port;
    log.info(`Accepting connections on port ${port}.`);
    return { port };
  }

  /** Stops accepting and closes every connection, answered or not; writes the pending log summaries. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const conn of [...this.open.values()]) conn.close('serverClosed');
    await closed;
    this.warnings.close();
  }

  /** The backstop (maxConnections) was reached: the kernel's connection is closed unanswered. */
  private onDrop(ip: string): void {
    this.closed.refusedAtAccept++;
    this.warnings.warning(ip, `Too many connections (${this.limits.maxConnections}): closed one from ${ip} at accept.`);
  }

  private serve(raw: Socket): void {
    if (!this.server) {
      raw.destroy();
      return;
    }
    const { requestTimeoutMs, replyTimeoutMs, maxLineBytes, closeGraceMs } = this.limits;
    const ip = sourceAddress(raw.remoteAddress);
    const tls = new TLSSocket(raw, { isServer: true, secureContext: this.context!, requestCert: false });
    const reader = new RequestLineReader(maxLineBytes);
    let phase: Phase = 'request';
    let secured = false;
    let done = false;
    let timer: Timer | undefined;
    const arm = (ms: number, onExpiry: () => void): void => {
      timer?.cancel();
      timer = this.clock.setTimeout(onExpiry, ms);
    };
    const conn: Conn = {
      ip,
      close: (cause) => {
        if (done) return;
        done = true;
        this.closed[cause]++;
        timer?.cancel();
        tls.destroy();
        raw.destroy();
      },
    };
    const warn = (msg: string, cause: CloseCause): void => {
      this.warnings.warning(ip, msg);
      conn.close(cause);
    };
    this.open.set(raw, conn);
    raw.once('close', () => {
      done = true;
      timer?.cancel();
      this.open.delete(raw);
      this.pending.release(conn);
      this.lingering.release(conn);
    });
    for (const old of this.pending.admit(ip, conn)) {
      this.warnings.warning(old.ip, `Closed the oldest enrollment connection from ${old.ip} still without a request, to make room (${this.limits.maxPendingPerAddress} per address, ${this.limits.maxPendingTotal} in all).`);
      old.close('evicted');
    }

    arm(requestTimeoutMs, () => warn(`No enrollment request from ${ip} within ${requestTimeoutMs} ms (${secured ? `${reader.bufferedBytes} bytes received` : 'TLS handshake unfinished'}). Closing connection.`, 'requestDeadline'));
    tls.once('secure', () => (secured = true));
    tls.on('error', (err) => {
      if (phase === 'closing') return; // the reply is out; a reset now changes nothing
      warn(`${secured ? 'TLS error' : 'TLS handshake failed'} with ${ip}: ${err.message.trim()}. Closing connection.`, 'tlsError');
    });
    tls.on('end', () => {
      if (phase !== 'request') return; // a half-close after the request still gets its reply
      warn(`Client ${ip} closed the connection without a complete request (${reader.bufferedBytes} bytes, no newline).`, 'closedEarly');
    });
    tls.on('data', (chunk: Buffer) => {
      if (phase !== 'request') return;
      const ev = reader.push(chunk);
      if (ev.kind === 'more') return;
      if (ev.kind === 'too_long') {
        warn(`Enrollment request from ${ip} over ${maxLineBytes} bytes without a newline. Closing connection.`, 'tooLong');
        return;
      }
      phase = 'deciding';
      this.pending.release(conn);
      arm(replyTimeoutMs, () => {
        this.opts.log.error(`No enrollment decision for ${ip} within ${replyTimeoutMs} ms. Closing connection.`);
        conn.close('replyDeadline');
      });
      this.answer(ev.line, conn, tls, () => {
        phase = 'closing';
        this.answered++;
        arm(closeGraceMs, () => conn.close('graceEnded'));
        for (const old of this.lingering.admit(ip, conn)) old.close('lingerEvicted');
      });
    });
  }

  private answer(line: string, conn: Conn, tls: TLSSocket, replied: () => void): void {
    const { log } = this.opts;
    const { ip } = conn;
    this.opts.decide(line, ip).then(
      (reply) => {
        this.logOutcome(ip, reply);
        if (tls.destroyed) {
          this.warnings.warning(ip, `Could not send the enrollment reply to ${ip}: the connection is closed.`);
          return;
        }
        replied();
        tls.end(reply);
      },
      (err: unknown) => {
        log.error(`Enrollment request from ${ip} failed`, err);
        if (tls.destroyed) return;
        replied();
        tls.end(INTERNAL_ERROR_REPLY);
      },
    ).catch((err: unknown) => {
      // Writing the reply failed: the socket is unusable, and only this connection is concerned.
      log.error(`Enrollment reply to ${ip} failed`, err);
      conn.close('tlsError');
    });
  }

  /** authd's wording: `Agent key generated for '<name>' (requested by <ip>)`, or the refusal's text. */
  private logOutcome(ip: string, reply: string): void {
    const key = parseEnrollReply(reply);
    if (key) this.opts.log.info(`Agent key generated for '${key.name}' (requested by ${ip}); id ${key.id}.`);
    else this.warnings.warning(ip, `Enrollment refused for ${ip}: ${reply}`);
  }
}
