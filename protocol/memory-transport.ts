// memory-transport.ts: two connected in-memory transports, and a Peer pair set up over them with the real
// session setup, framing and crypto. Bytes cross on a later turn of the event loop, in order, as on a socket;
// destroying one end closes the other.
import { AsyncResource } from 'async_hooks';
import { Duplex } from 'stream';
import { Keyring } from './keyring';
import { Peer } from './peer';
import { PeerOptions, resolvePeerOptions } from './peer-options';
import { setupAsMaster, setupAsWorker } from './session-setup';
import { SocketInput } from './socket-input';
import type { Transport } from './transport';

class MemoryEnd extends Duplex {
  other: MemoryEnd | undefined;
  /** Bytes arrive in the async context this end was made in, as a socket's do, never in the writer's. */
  private readonly scope = new AsyncResource('MemoryEnd');

  constructor(readonly remoteAddress: string) {
    super();
  }

  override _read(): void { /* bytes are pushed by the other end */ }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    setImmediate(() => {
      const other = this.other;
      if (other && !other.destroyed) other.scope.runInAsyncScope(() => other.push(Buffer.from(chunk)));
      cb();
    });
  }

  override _final(cb: (err?: Error | null) => void): void {
    setImmediate(() => {
      if (this.other && !this.other.destroyed) this.other.push(null);
      cb();
    });
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    const other = this.other;
    setImmediate(() => { if (other && !other.destroyed) other.destroy(); });
    cb(err);
  }
}

/** Two ends of one in-memory connection: [dialing side, accepting side]. */
export function memoryTransportPair(dialerAddress = '127.0.0.2', acceptorAddress = '127.0.0.1'): [Transport, Transport] {
  const a = new MemoryEnd(acceptorAddress);
  const b = new MemoryEnd(dialerAddress);
  a.other = b;
  b.other = a;
  return [a, b];
}

export interface MemoryPeers {
  /** The dialing side (role 'worker'). */
  worker: Peer;
  /** The accepting side (role 'master'). */
  master: Peer;
}

/** A worker Peer and a master Peer, connected in memory, with the real session setup under `keyring`. */
export async function memoryPeerPair(keyring: Keyring, options: PeerOptions = {}): Promise<MemoryPeers> {
  const o = resolvePeerOptions(options);
  const [w, m] = memoryTransportPair();
  const win = new SocketInput();
  const min = new SocketInput();
  win.attach(w);
  min.attach(m);
  const setup = { keyring, timeoutMs: o.handshakeTimeoutMs, maxFrameSize: o.maxFrameSize, clock: o.clock };
  const [ws, ms] = await Promise.all([setupAsWorker(w, win, setup), setupAsMaster(m, min, setup)]);
  const worker = new Peer(w, win, ws, o, 'worker');
  const master = new Peer(m, min, ms, o, 'master');
  worker.start();
  master.start();
  return { worker, master };
}
