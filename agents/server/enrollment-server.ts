// The agent enrollment port (authd, TCP 1515 over TLS 1.2+): per connection, one request line in, one
// reply out (no newline), then close. What to answer is the caller's `decide` (the master decides; a
// worker forwards); this file does only the socket work, with a deadline on every phase and a bound on
// connections, and logs one line per outcome.
import { createServer, type Server, type Socket } from 'node:net';
import { createSecureContext, type SecureContext, TLSSocket } from 'node:tls';
import type { TaskLog } from '../../log/cluster-log';
import { formatEnrollFailure, parseEnrollReply } from '../enrollment/enroll-request';
import { RequestLineReader } from './request-line';
import { loadTlsCredentials } from './tls-cert';

export interface EnrollmentServerOptions {
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
  /** Connections served at once; more are closed at accept, unanswered, as authd does when its pool is full. */
  maxConcurrent?: number;
  /** From accept to the request's newline (TLS handshake included). */
  requestTimeoutMs?: number;
  /** How long `decide` may take; past it the connection is closed unanswered. */
  replyTimeoutMs?: number;
  /** A request line longer than this closes the connection unanswered. */
  maxLineBytes?: number;
}

const ENROLLMENT_DEFAULTS = { maxConcurrent: 64, requestTimeoutMs: 10_000, replyTimeoutMs: 30_000, maxLineBytes: 8192 } as const;
/** After the reply, the client has this long to close before the socket is destroyed. */
const CLOSE_GRACE_MS = 5_000;
/** Refused connections in a flood are logged at most this often. */
const DROP_LOG_INTERVAL_MS = 1_000;
/** The reply when `decide` fails: the agent learns nothing of the cause, which goes to the log. */
export const INTERNAL_ERROR_REPLY = formatEnrollFailure('ERROR: Internal error');

type Phase = 'request' | 'deciding' | 'closing';

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) is `10.0.0.1` to authd. */
export function sourceAddress(remote: string | undefined): string {
  if (!remote) return 'unknown';
  return remote.startsWith('::ffff:') && remote.includes('.') ? remote.slice(7) : remote;
}

export class EnrollmentServer {
  private readonly opts: Required<Omit<EnrollmentServerOptions, 'certFile' | 'keyFile'>> & Pick<EnrollmentServerOptions, 'certFile' | 'keyFile'>;
  private server: Server | null = null;
  private context: SecureContext | null = null;
  private readonly open = new Set<Socket>();
  private dropped = 0;
  private lastDropLog = 0;
  private lastDropFrom = '';
  private dropTimer: NodeJS.Timeout | undefined;

  constructor(options: EnrollmentServerOptions) {
    this.opts = { ...ENROLLMENT_DEFAULTS, ...options };
    for (const k of ['maxConcurrent', 'requestTimeoutMs', 'replyTimeoutMs', 'maxLineBytes'] as const) {
      const v = this.opts[k];
      if (!Number.isInteger(v) || v < 1) throw new RangeError(`EnrollmentServer: ${k} must be a positive integer`);
    }
  }

  /** Connections open right now. */
  get connections(): number {
    return this.open.size;
  }

  async listen(): Promise<{ port: number }> {
    if (this.server) throw new Error('EnrollmentServer is already listening');
    const { log } = this.opts;
    const creds = await loadTlsCredentials(this.opts.dataDir, this.opts.certFile, this.opts.keyFile);
    if (creds.created) log.info(`Generated a self-signed certificate in ${creds.certFile}.`);
    this.context = createSecureContext({ cert: creds.cert, key: creds.key, minVersion: 'TLSv1.2' });
    // allowHalfOpen: a client may shut its side after the request and still read the reply.
    const server = createServer({ allowHalfOpen: true }, (raw) => this.serve(raw));
    server.maxConnections = this.opts.maxConcurrent;
    server.on('drop', (d) => this.onDrop(d?.remoteAddress));
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

  /** Stops accepting and closes every connection, answered or not. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    clearTimeout(this.dropTimer);
    this.flushDrops();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of this.open) s.destroy();
    this.open.clear();
    await closed;
  }

  /** authd logs each refusal; in a flood, the first is logged and the rest are counted once a second. */
  private onDrop(remote: string | undefined): void {
    this.dropped++;
    this.lastDropFrom = sourceAddress(remote);
    if (this.dropTimer) return;
    const wait = this.lastDropLog + DROP_LOG_INTERVAL_MS - Date.now();
    if (wait <= 0) this.flushDrops();
    else this.dropTimer = setTimeout(() => this.flushDrops(), wait);
  }

  private flushDrops(): void {
    this.dropTimer = undefined;
    if (this.dropped === 0) return;
    this.opts.log.warning(`Too many connections (${this.opts.maxConcurrent}). Rejected ${this.dropped} (latest from ${this.lastDropFrom}).`);
    this.lastDropLog = Date.now();
    this.dropped = 0;
  }

  private serve(raw: Socket): void {
    const { log, requestTimeoutMs, replyTimeoutMs } = this.opts;
    const ip = sourceAddress(raw.remoteAddress);
    if (!this.server) {
      raw.destroy();
      return;
    }
    this.open.add(raw);
    const tls = new TLSSocket(raw, { isServer: true, secureContext: this.context!, requestCert: false });
    const reader = new RequestLineReader(this.opts.maxLineBytes);
    let phase: Phase = 'request';
    let secured = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number, onExpiry: () => void): void => {
      clearTimeout(timer);
      timer = setTimeout(onExpiry, ms);
    };
    const finish = (): void => {
      clearTimeout(timer);
      tls.destroy();
      raw.destroy();
    };
    raw.once('close', () => {
      clearTimeout(timer);
      this.open.delete(raw);
    });

    arm(requestTimeoutMs, () => {
      log.warning(`No enrollment request from ${ip} within ${requestTimeoutMs} ms (${secured ? `${reader.bufferedBytes} bytes received` : 'TLS handshake unfinished'}). Closing connection.`);
      finish();
    });
    tls.once('secure', () => (secured = true));
    tls.on('error', (err) => {
      if (phase === 'closing') return; // the reply is out; a reset now changes nothing
      log.warning(`${secured ? 'TLS error' : 'TLS handshake failed'} with ${ip}: ${err.message}. Closing connection.`);
      finish();
    });
    tls.on('end', () => {
      if (phase !== 'request') return; // a half-close after the request still gets its reply
      log.warning(`Client ${ip} closed the connection without a complete request (${reader.bufferedBytes} bytes, no newline).`);
      finish();
    });
    tls.on('data', (chunk: Buffer) => {
      if (phase !== 'request') return;
      const ev = reader.push(chunk);
      if (ev.kind === 'more') return;
      if (ev.kind === 'too_long') {
        log.warning(`Enrollment request from ${ip} over ${this.opts.maxLineBytes} bytes without a newline. Closing connection.`);
        finish();
        return;
      }
      phase = 'deciding';
      arm(replyTimeoutMs, () => {
        log.error(`No enrollment decision for ${ip} within ${replyTimeoutMs} ms. Closing connection.`);
        finish();
      });
      this.answer(ev.line, ip, tls, finish, () => {
        phase = 'closing';
        arm(CLOSE_GRACE_MS, finish);
      });
    });
  }

  private answer(line: string, ip: string, tls: TLSSocket, finish: () => void, replied: () => void): void {
    const { log } = this.opts;
    this.opts.decide(line, ip).then(
      (reply) => {
        logOutcome(log, ip, reply);
        if (tls.destroyed) {
          log.warning(`Could not send the enrollment reply to ${ip}: the connection is closed.`);
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
      log.error(`Enrollment reply to ${ip} failed`, err);
      finish();
    });
  }
}

/** authd's wording: `Agent key generated for '<name>' (requested by <ip>)`, or the refusal's text. */
function logOutcome(log: TaskLog, ip: string, reply: string): void {
  const key = parseEnrollReply(reply);
  if (key) log.info(`Agent key generated for '${key.name}' (requested by ${ip}); id ${key.id}.`);
  else log.warning(`Enrollment refused for ${ip}: ${reply}`);
}
