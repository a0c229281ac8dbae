// Hostile clients for an enrollment port (authd, TLS), for the flood tests and `npm run bench -- edges`:
// connections that complete the TLS handshake and then say nothing (optionally reopened as soon as the
// server closes them), and a stream of requests that are refused. Each counts what the server did to it.
import * as net from 'node:net';
import * as tls from 'node:tls';

interface Target {
  host: string;
  port: number;
  /** The client's source address (any 127.0.0.x on loopback), so a flood can come from several. */
  localAddress?: string;
}

/** tls.connect passes localAddress on to its TCP socket; its option type does not list it. */
function from(t: Target): tls.ConnectionOptions {
  return { host: t.host, port: t.port, ...(t.localAddress ? { localAddress: t.localAddress } : {}) };
}

export interface IdleFloodOptions extends Target {
  /** Connections held open at once. */
  count: number;
  /** Reopen each connection as soon as the server closes it (a flood that never lets up). */
  renew?: boolean;
  /** Plain TCP that never starts TLS, instead of a completed handshake. */
  rawTcp?: boolean;
}

export interface IdleFlood {
  /** Connections opened so far (renewals included). */
  readonly opened: number;
  /** Connections the server closed; each with how long it had been open. */
  readonly closedAfterMs: readonly number[];
  /** Connections open right now, as the client sees them. */
  readonly open: number;
  /** Closes every connection and stops renewing. */
  stop(): Promise<void>;
}

export function idleFlood(o: IdleFloodOptions): IdleFlood {
  const sockets = new Set<net.Socket>();
  const closedAfterMs: number[] = [];
  let opened = 0;
  let stopped = false;
  const openOne = (): void => {
    if (stopped) return;
    opened++;
    const started = Date.now();
    const sock: net.Socket = o.rawTcp
      ? net.connect({ host: o.host, port: o.port, localAddress: o.localAddress })
      : tls.connect({ ...from(o), rejectUnauthorized: false });
    sockets.add(sock);
    sock.on('error', () => undefined); // a reset by the server is what the flood expects
    sock.once('close', () => {
      sockets.delete(sock);
      if (stopped) return;
      closedAfterMs.push(Date.now() - started);
      if (o.renew) setImmediate(openOne);
    });
  };
  for (let i = 0; i < o.count; i++) openOne();
  return {
    get opened() { return opened; },
    closedAfterMs,
    get open() { return sockets.size; },
    stop: async () => {
      stopped = true;
      const closing = [...sockets].map((s) => new Promise<void>((r) => { s.once('close', () => r()); s.destroy(); }));
      await Promise.all(closing);
    },
  };
}

export interface RequestFloodOptions extends Target {
  /** Requests in flight at once. */
  concurrency: number;
  /** The line sent on each connection (newline included). */
  line: (i: number) => string;
}

export interface RequestFlood {
  readonly sent: number;
  /** How many times each reply came back ('' for a close with no reply). */
  readonly replies: ReadonlyMap<string, number>;
  stop(): Promise<void>;
}

/** Sends `line(i)` over a fresh TLS connection, `concurrency` at a time, until stopped. */
export function requestFlood(o: RequestFloodOptions): RequestFlood {
  const replies = new Map<string, number>();
  const inFlight = new Set<tls.TLSSocket>();
  let sent = 0;
  let stopped = false;
  const sendOne = (): void => {
    if (stopped) return;
    const i = sent++;
    const chunks: Buffer[] = [];
    const sock = tls.connect({ ...from(o), rejectUnauthorized: false });
    inFlight.add(sock);
    sock.once('secureConnect', () => sock.write(o.line(i)));
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('error', () => undefined);
    sock.once('close', () => {
      inFlight.delete(sock);
      if (stopped) return;
      const reply = Buffer.concat(chunks).toString('utf8');
      replies.set(reply, (replies.get(reply) ?? 0) + 1);
      setImmediate(sendOne);
    });
  };
  for (let i = 0; i < o.concurrency; i++) sendOne();
  return {
    get sent() { return sent; },
    replies,
    stop: async () => {
      stopped = true;
      await Promise.all([...inFlight].map((s) => new Promise<void>((r) => { s.once('close', () => r()); s.destroy(); })));
    },
  };
}
