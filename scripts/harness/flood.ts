// A connection flood against a port, for the tests and the benchmarks: `connections` sockets from one
// source address (any of 127.0.0.0/8 on loopback stands for another host), each writing `payload` once
// connected and then holding still. With `renew`, every socket the other side closes is replaced at once,
// as an attacker keeping its flood up would do. stop() closes everything and stops renewing.
import * as net from 'net';

export interface FloodOptions {
  host: string;
  port: number;
  /** The source address the sockets bind to (localAddress). */
  from: string;
  connections: number;
  /** Written once on connect; nothing when absent (an idle connection). */
  payload?: Buffer;
  /** Reopen each socket the other side closes (default true). */
  renew?: boolean;
}

export class Flood {
  /** Sockets opened in all, renewals included. */
  opened = 0;
  /** Sockets the other side closed (or reset), not stop(). */
  closedByPeer = 0;
  private readonly sockets = new Set<net.Socket>();
  private stopped = false;

  constructor(private readonly o: FloodOptions) {}

  /** Opens the sockets; resolves once each has connected (or failed) once. */
  async start(): Promise<this> {
    await Promise.all(Array.from({ length: this.o.connections }, () => this.openOne()));
    return this;
  }

  /** Sockets open right now. */
  get open(): number {
    return this.sockets.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const closing = [...this.sockets].map((s) => new Promise<void>((resolve) => {
      if (s.destroyed) return resolve();
      s.once('close', () => resolve());
      s.destroy();
    }));
    await Promise.all(closing);
  }

  private openOne(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const s = net.connect({ host: this.o.host, port: this.o.port, localAddress: this.o.from });
      this.opened++;
      this.sockets.add(s);
      s.on('error', () => undefined);
      s.once('connect', () => {
        if (this.o.payload) s.write(this.o.payload);
        resolve();
      });
      s.once('close', () => {
        this.sockets.delete(s);
        resolve();
        if (this.stopped) return;
        this.closedByPeer++;
        if (this.o.renew ?? true) setImmediate(() => void this.openOne());
      });
      s.resume(); // read and drop whatever the other side says, so its writes never block
    });
  }
}
