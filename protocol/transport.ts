// transport.ts: what a Peer runs over. A TCP socket in production; an in-memory pair (memory-transport.ts)
// in tests, so that the loops of a connection can be tested against a scripted peer without sockets.
import type { Duplex } from 'stream';

export type Transport = Duplex & {
  readonly remoteAddress?: string;
  /** True while a dialed socket is still connecting (net.Socket); absent on an in-memory end. */
  readonly connecting?: boolean;
};
