// Clients and fixtures for the enrollment tests: a real TLS client like agent-auth, a raw TCP client,
// and a temp GlobalStore with a settable clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as netConnect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { GlobalStore } from '../../store/global-store';

interface Answer {
  /** Everything the server sent before closing. */
  reply: string;
  /** The error that ended the connection, if any (a reset, a TLS alert). */
  error?: Error;
  /** From connect to close. */
  ms: number;
}

function collect(sock: Socket | TLSSocket, started: number): Promise<Answer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: Error | undefined;
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('error', (e) => (error = e));
    sock.on('close', () => resolve({ reply: Buffer.concat(chunks).toString('utf8'), error, ms: Date.now() - started }));
  });
}

interface SendOptions {
  /** Shut the client's side after sending. */
  halfClose?: boolean;
  /** The client's source address (another 127.0.0.x stands for another host). */
  localAddress?: string;
}

/** A TLS client (no certificate check, as agents by default): sends `payload` and reads until close. */
export function tlsSend(port: number, payload: string | Buffer | null, opts: SendOptions = {}): Promise<Answer> {
  const started = Date.now();
  // tls.connect passes localAddress on to its TCP socket; its option type does not list it.
  const from = opts.localAddress ? { localAddress: opts.localAddress } : {};
  const sock = tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false, minVersion: 'TLSv1.2', ...from });
  const done = collect(sock, started);
  sock.once('secureConnect', () => {
    if (payload !== null) sock.write(payload);
    if (opts.halfClose) sock.end();
  });
  return done;
}

/** An open TLS connection that sends nothing, and a way to end it. */
export function tlsSilent(port: number): Promise<{ sock: TLSSocket; closed: Promise<Answer> }> {
  const started = Date.now();
  const sock = tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false });
  const closed = collect(sock, started);
  return new Promise((resolve, reject) => {
    sock.once('secureConnect', () => resolve({ sock, closed }));
    sock.once('error', reject);
  });
}

/** Plain TCP: bytes that are not TLS, or nothing at all when `payload` is null. */
export function rawSend(port: number, payload: string | Buffer | null): Promise<Answer> {
  const started = Date.now();
  const sock = netConnect({ host: '127.0.0.1', port });
  const done = collect(sock, started);
  sock.once('connect', () => {
    if (payload !== null) sock.write(payload);
  });
  return done;
}

export const KEY_REPLY = /^OSSEC K:'(\d{3,}) (\S+) (\S+) ([0-9a-f]{64})'$/;

export interface TempStore {
  dir: string;
  store: GlobalStore;
  clock: { now: number };
  cleanup(): void;
}

/** A GlobalStore in a temp folder with groups `default` and `web`. */
export function tempStore(start = 1_800_000_000_000): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'warden-enroll-'));
  const clock = { now: start };
  const store = new GlobalStore(join(dir, 'queue', 'db', 'global.db'), () => clock.now);
  store.createGroup('default');
  store.createGroup('web');
  return {
    dir,
    store,
    clock,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function waitFor(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (cond()) resolve();
      else if (Date.now() > until) reject(new Error('waitFor: condition not met in time'));
      else setTimeout(tick, 10);
    };
    tick();
  });
}
