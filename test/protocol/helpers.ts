// Loopback fixtures for the protocol tests: a server and its clients, all stopped by cleanup().
import { connect, Socket } from 'net';
import { WardenError } from '../../protocol/errors';
import { Keyring } from '../../protocol/keyring';
import { connectPeer, Peer, PeerOptions, PeerServer, RejectedInfo } from '../../protocol/peer';
import { PeerServerOptions } from '../../protocol/peer-server';
import { Frame } from '../../protocol/frame';
import { FrameDecoder } from '../../protocol/frame-decoder';
import { SealingBox, sessionBoxes } from '../../protocol/session-crypto';
import { decodeSetup, workerConfirm, workerInit, workerOffer } from '../../protocol/session-handshake';

// Keys as `warden keygen` makes them: the config refuses repeated letters (config/key-strength.ts).
export const KEY_A = 'Lp3AeE2lvZc6pyMrTErpnMUnQzW6OtVl';
export const KEY_B = 'AJWK8L99JXF4kbJX35JPyoaUuQhuqOev';
export const KEY_C = 'k0Gfv3UfuUNrQ7m7hXDNLbxkaqTQSk3P';

export interface Fixture {
  server: PeerServer;
  port: number;
  /** Server-side peers, in arrival order. */
  serverPeers: Peer[];
  rejected: RejectedInfo[];
  connect(opts?: PeerOptions & { keyring?: Keyring; localAddress?: string }): Promise<Peer>;
  /** A raw socket, from `localAddress` (any of 127.0.0.0/8) to stand for another host. */
  raw(localAddress?: string): Promise<Socket>;
  /** A hand-driven worker session (see rawSession), closed by cleanup(). */
  session(keyring?: Keyring): Promise<RawSession>;
  /** The next server-side peer (already arrived or still to come). */
  nextServerPeer(): Promise<Peer>;
  nextRejection(): Promise<RejectedInfo>;
  cleanup(): Promise<void>;
}

export async function startServer(opts: Partial<PeerServerOptions> = {}): Promise<Fixture> {
  const server = new PeerServer({ keyring: new Keyring({ key: KEY_A }), ...opts });
  const serverPeers: Peer[] = [];
  const rejected: RejectedInfo[] = [];
  const clients: Peer[] = [];
  const sockets: Socket[] = [];
  let peersTaken = 0;
  let rejectionsTaken = 0;
  server.on('peer', (p) => serverPeers.push(p));
  server.on('rejected', (r) => rejected.push(r));
  const { port } = await server.listen(0, '127.0.0.1');
  return {
    server,
    port,
    serverPeers,
    rejected,
    async connect(o = {}) {
      const peer = await connectPeer({ host: '127.0.0.1', port, keyring: new Keyring({ key: KEY_A }), ...o });
      clients.push(peer);
      return peer;
    },
    raw(localAddress) {
      return new Promise((resolve, reject) => {
        const s = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(s));
        s.on('error', reject);
        sockets.push(s);
      });
    },
    async session(keyring) {
      const s = await rawSession(port, keyring);
      sockets.push(s.socket);
      return s;
    },
    async nextServerPeer() {
      const index = peersTaken++;
      await waitFor(() => serverPeers.length > index, 'a server-side peer');
      return serverPeers[index];
    },
    async nextRejection() {
      const index = rejectionsTaken++;
      await waitFor(() => rejected.length > index, 'a rejection');
      return rejected[index];
    },
    async cleanup() {
      for (const c of clients) c.close();
      for (const s of sockets) s.destroy();
      await server.close();
    },
  };
}

export async function waitFor(cond: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resolves with the error of the peer's 'close' event. */
export function closeOf(peer: Peer): Promise<WardenError | undefined> {
  if (peer.closed) return Promise.reject(new Error('peer already closed before closeOf was called'));
  return new Promise((resolve) => peer.once('close', resolve));
}

/** Resolves when the raw socket is closed by the other side. */
export function socketClosed(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) return resolve();
    socket.on('error', () => undefined);
    socket.once('close', () => resolve());
    socket.resume(); // a paused socket never reads the end of its stream
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A worker-side session driven by hand over a raw socket, to send what a Peer never would. */
export interface RawSession {
  socket: Socket;
  sealer: SealingBox;
  /** Every sealed frame sent so far, as it went on the wire. */
  sent: Buffer[];
  sendSealed(payload: Buffer): Buffer;
  sendRaw(bytes: Buffer): void;
}

/** The frames a raw socket receives, one at a time, in order (copied: they outlive the read buffer). */
/** Reads the first frame the other side sends on a raw socket. */
export function firstFrame(socket: Socket): Promise<Frame> {
  const decoder = new FrameDecoder();
  return new Promise((resolve, reject) => {
    socket.on('data', (chunk) => {
      const [f] = decoder.push(chunk);
      if (f) resolve({ ...f, payload: Buffer.from(f.payload) });
    });
    socket.once('close', () => reject(new Error('closed without a frame')));
  });
}

export function frameReader(socket: Socket): { next(): Promise<Frame>; stop(): void } {
  const decoder = new FrameDecoder();
  const ready: Frame[] = [];
  const waiting: ((f: Frame) => void)[] = [];
  const onData = (chunk: Buffer) => {
    for (const f of decoder.push(chunk)) {
      const frame = copyOf(f);
      const w = waiting.shift();
      if (w) w(frame);
      else ready.push(frame);
    }
  };
  socket.on('data', onData);
  return {
    next: () => {
      const f = ready.shift();
      return f ? Promise.resolve(f) : new Promise((resolve) => waiting.push(resolve));
    },
    stop: () => void socket.off('data', onData),
  };
}

async function rawSession(port: number, keyring = new Keyring({ key: KEY_A })): Promise<RawSession> {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const reader = frameReader(socket);
  const opening = workerInit();
  socket.write(opening.frame);
  const offer = workerOffer(keyring, opening, decodeSetup(await reader.next(), ['challenge', 'reject']));
  socket.write(offer.frame);
  const answer = workerConfirm(offer, decodeSetup(await reader.next(), ['accept', 'reject']));
  reader.stop();
  socket.write(answer.frame);
  const { sealer } = sessionBoxes(answer.keys, 'worker');
  const sent: Buffer[] = [];
  return {
    socket,
    sealer,
    sent,
    sendSealed(payload) {
      const wire = Buffer.concat(sealer.seal(payload));
      sent.push(wire);
      socket.write(wire);
      return wire;
    },
    sendRaw(bytes) {
      socket.write(bytes);
    },
  };
}

function copyOf(f: Frame): Frame {
  return { ...f, header: Buffer.from(f.header), payload: Buffer.from(f.payload) };
}
