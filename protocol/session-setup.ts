// Drives the session setup over a socket, under one deadline, and hands the Peer everything it needs:
// the two crypto boxes, the frame decoder (it may hold the start of the next frame) and any frame that
// arrived right behind the last setup frame.
import type { Transport } from './transport';
import { asWardenError, ClosedError, ProtocolError, TimeoutError, WardenError } from './errors';
import { Frame } from './frame';
import { FrameDecoder } from './frame-decoder';
import { Keyring } from './keyring';
import { OpeningBox, SealingBox, SessionKeys, sessionBoxes } from './session-crypto';
import { decodeSetup, masterAnswer, masterCheckConfirm, workerConfirm, workerInit } from './session-handshake';
import { SocketInput } from './socket-input';

export interface EstablishedSession {
  sealer: SealingBox;
  opener: OpeningBox;
  decoder: FrameDecoder;
  /** Sealed frames that arrived with the last setup frame, to be opened first. */
  leftovers: Frame[];
  keyId: Buffer;
}

export interface SetupOptions {
  keyring: Keyring;
  timeoutMs: number;
  maxFrameSize: number;
}

/** How long a refused connection may take to read its SessionReject before it is cut. */
const REJECT_LINGER_MS = 1000;

interface Agreed {
  keys: SessionKeys;
  keyId: Buffer;
}

type OnFrame = (frame: Frame, refuse: (frame: Buffer, err: WardenError) => never) => Agreed | null;

function established(keys: SessionKeys, role: 'worker' | 'master', decoder: FrameDecoder, leftovers: Frame[], keyId: Buffer): EstablishedSession {
  return { ...sessionBoxes(keys, role), decoder, leftovers, keyId };
}

/** Feeds setup frames to onFrame until it yields the session keys; always removes its listeners and timer. */
function runSetup(socket: Transport, input: SocketInput, o: SetupOptions, role: 'worker' | 'master', onFrame: OnFrame, start?: () => void): Promise<EstablishedSession> {
  return new Promise((resolve, reject) => {
    const decoder = new FrameDecoder({ maxFrameSize: o.maxFrameSize });
    let settled = false;
    let connected = !socket.connecting;
    const finish = (err: WardenError | null, session?: EstablishedSession, graceful = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.off('error', onError);
      socket.off('close', onClose);
      socket.off('connect', onConnect);
      if (err) {
        input.setSink(() => undefined);
        if (graceful) setTimeout(() => socket.destroy(), REJECT_LINGER_MS).unref();
        else socket.destroy();
        reject(err);
      } else {
        // The caller builds its Peer in the microtask that follows, before any further socket callback,
        // so no chunk or socket error can fall between the setup's listeners and the Peer's.
        resolve(session as EstablishedSession);
      }
    };
    const timer = setTimeout(() => finish(new TimeoutError('timeout', `session setup did not finish within ${o.timeoutMs} ms`)), o.timeoutMs);
    const onError = (err: Error) =>
      finish(connected ? new ClosedError(`connection failed during session setup: ${err.message}`, { cause: err }) : new WardenError('connect_failed', `cannot connect: ${err.message}`, { cause: err }));
    const onClose = () => finish(new ClosedError('connection closed during session setup'));
    const onConnect = () => {
      connected = true;
      start?.();
    };
    // A refused worker gets its SessionReject and a moment to read it before the socket is cut.
    let linger = false;
    const refuse = (frame: Buffer, err: WardenError): never => {
      socket.end(frame);
      linger = true;
      throw err;
    };
    input.setSink((chunk) => {
      if (settled) return;
      try {
        const frames = decoder.push(chunk);
        for (let i = 0; i < frames.length; i++) {
          const agreed = onFrame(frames[i], refuse);
          if (!agreed) continue;
          const rest = frames.slice(i + 1).map(copyFrame);
          if (rest.length > 0 && role === 'worker') throw new ProtocolError('handshake_failed', 'the master sent frames before the session was confirmed');
          return finish(null, established(agreed.keys, role, decoder, rest, agreed.keyId));
        }
      } catch (err) {
        finish(asWardenError(err, 'handshake_failed'), undefined, linger);
      }
    });
    socket.on('error', onError);
    socket.on('close', onClose);
    if (connected) start?.();
    else socket.once('connect', onConnect);
  });
}

/** Frames that outlive the read buffer they were parsed from. */
function copyFrame(f: Frame): Frame {
  return { kind: f.kind, seq: f.seq, header: Buffer.from(f.header), payload: Buffer.from(f.payload) };
}

/** The dialing side (worker): init, then the master's accept, then confirm. */
export function setupAsWorker(socket: Transport, input: SocketInput, o: SetupOptions): Promise<EstablishedSession> {
  const init = workerInit(o.keyring);
  return runSetup(
    socket,
    input,
    o,
    'worker',
    (frame) => {
      const answer = workerConfirm(o.keyring, init.random, decodeSetup(frame, ['accept', 'reject']));
      socket.write(answer.frame);
      return answer;
    },
    () => socket.write(init.frame),
  );
}

/** The accepting side (master): the worker's init, an accept or a reject, then the worker's confirm. */
export function setupAsMaster(socket: Transport, input: SocketInput, o: SetupOptions): Promise<EstablishedSession> {
  let agreed: Agreed | null = null;
  return runSetup(socket, input, o, 'master', (frame, refuse) => {
    if (agreed === null) {
      const answer = masterAnswer(o.keyring, decodeSetup(frame, ['init']).init ?? {});
      if (!answer.ok) return refuse(answer.frame, answer.error);
      socket.write(answer.frame);
      agreed = { keys: answer.keys, keyId: answer.keyId };
      return null;
    }
    masterCheckConfirm(agreed.keys, decodeSetup(frame, ['confirm']).confirm);
    return agreed;
  });
}
