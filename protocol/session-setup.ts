// Drives the session setup over a socket, under one deadline, and hands the Peer everything it needs:
// the two crypto boxes, the frame decoder (it may hold the start of the next frame) and any frame that
// arrived right behind the last setup frame.
//
// Until the session is proven, frames are read with the small setup limit (SETUP_MAX_FRAME_SIZE): an
// unproven connection never makes this side hold more than that. The session's own limit applies from the
// frame after the last setup frame on.
import type { Transport } from './transport';
import type { Clock } from '../lib/clock';
import { asWardenError, ClosedError, ProtocolError, TimeoutError, WardenError } from './errors';
import { Frame } from './frame';
import { FrameDecoder } from './frame-decoder';
import { Keyring } from './keyring';
import { SETUP_MAX_FRAME_SIZE } from './preauth-limits';
import { OpeningBox, SealingBox, SessionKeys, sessionBoxes } from './session-crypto';
import { decodeSetup, masterAccept, masterChallenge, masterCheckConfirm, refusal, workerConfirm, workerInit, workerOffer, type WorkerOffer } from './session-handshake';
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
  /** The session's frame limit, from the first frame after the setup on. */
  maxFrameSize: number;
  /** What the deadline runs on. */
  clock: Clock;
  /** Ends the setup at once with the signal's reason (the server making room for a newer connection). */
  signal?: AbortSignal;
  /** The decoder to read with, so that its owner can count the bytes it holds; a new one when absent. */
  decoder?: FrameDecoder;
}

/** The failed proofs of the connection's source address (proof-budget.ts). */
export interface ProofGate {
  allows(): boolean;
  retryInMs(): number;
  failed(): void;
}

export interface MasterSetupOptions extends SetupOptions {
  proofs?: ProofGate;
  /** The connection sent a valid init and was answered: it has shown it speaks the protocol. */
  onChallenged?: () => void;
}

/** How long a refused connection may take to read its SessionReject before it is cut. */
const REJECT_LINGER_MS = 1000;

interface Agreed {
  keys: SessionKeys;
  keyId: Buffer;
}

type Refuse = (frame: Buffer, err: WardenError) => never;
type OnFrame = (frame: Frame, refuse: Refuse) => Agreed | null;

/** Feeds setup frames to onFrame until it yields the session keys; always removes its listeners and timer. */
function runSetup(socket: Transport, input: SocketInput, o: SetupOptions, role: 'worker' | 'master', onFrame: OnFrame, start?: () => void): Promise<EstablishedSession> {
  return new Promise((resolve, reject) => {
    const decoder = o.decoder ?? new FrameDecoder();
    decoder.setMaxFrameSize(Math.min(SETUP_MAX_FRAME_SIZE, o.maxFrameSize));
    let settled = false;
    let connected = !socket.connecting;
    const finish = (err: WardenError | null, session?: EstablishedSession, graceful = false) => {
      if (settled) return;
      settled = true;
      timer.cancel();
      o.signal?.removeEventListener('abort', onAbort);
      socket.off('error', onError);
      socket.off('close', onClose);
      socket.off('connect', onConnect);
      if (err) {
        input.setSink(() => undefined);
        if (graceful) o.clock.setTimeout(() => socket.destroy(), REJECT_LINGER_MS);
        else socket.destroy();
        reject(err);
      } else {
        // The caller builds its Peer in the microtask that follows, before any further socket callback,
        // so no chunk or socket error can fall between the setup's listeners and the Peer's.
        resolve(session as EstablishedSession);
      }
    };
    const timer = o.clock.setTimeout(() => finish(connected
      ? new TimeoutError('timeout', `session setup did not finish within ${o.timeoutMs} ms`)
      : new WardenError('connect_failed', `cannot connect: no answer within ${o.timeoutMs} ms`)), o.timeoutMs);
    const onAbort = () => finish(asWardenError(o.signal?.reason, 'local_close'));
    const onError = (err: Error) =>
      finish(connected ? new ClosedError(`connection failed during session setup: ${err.message}`, { cause: err }) : new WardenError('connect_failed', `cannot connect: ${err.message}`, { cause: err }));
    const onClose = () => finish(new ClosedError('connection closed during session setup'));
    const onConnect = () => {
      connected = true;
      start?.();
    };
    // A refused peer gets its SessionReject and a moment to read it before the socket is cut.
    let linger = false;
    const refuse: Refuse = (frame, err) => {
      socket.end(frame);
      linger = true;
      throw err;
    };
    input.setSink((chunk) => {
      if (settled) return;
      const got: { agreed: Agreed | null; rest: Frame[] } = { agreed: null, rest: [] };
      try {
        decoder.pushEach(chunk, (frame) => {
          if (got.agreed) {
            if (role === 'worker') throw new ProtocolError('handshake_failed', 'the master sent frames before the session was confirmed');
            got.rest.push(copyFrame(frame));
            return;
          }
          got.agreed = onFrame(frame, refuse);
          // Proven: the frames that follow are the session's, under its own limit.
          if (got.agreed) decoder.setMaxFrameSize(o.maxFrameSize);
        });
      } catch (err) {
        return finish(asWardenError(err, 'handshake_failed'), undefined, linger);
      }
      if (got.agreed) finish(null, { ...sessionBoxes(got.agreed.keys, role), decoder, leftovers: got.rest, keyId: got.agreed.keyId });
    });
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
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

/** The dialing side (worker): init; the master's challenge, answered by an offer; its accept, by a confirm. */
export function setupAsWorker(socket: Transport, input: SocketInput, o: SetupOptions): Promise<EstablishedSession> {
  const opening = workerInit();
  let offer: WorkerOffer | null = null;
  return runSetup(
    socket,
    input,
    o,
    'worker',
    (frame) => {
      if (offer === null) {
        offer = workerOffer(o.keyring, opening, decodeSetup(frame, ['challenge', 'reject']));
        socket.write(offer.frame);
        return null;
      }
      const answer = workerConfirm(offer, decodeSetup(frame, ['accept', 'reject']));
      socket.write(answer.frame);
      return answer;
    },
    () => socket.write(opening.frame),
  );
}

/**
 * The accepting side (master): the worker's init, answered by a challenge that proves nothing; its offer,
 * checked against the address's budget of failed proofs and then against this node's keys, answered by an
 * accept with the master's proof; then the worker's confirm.
 */
export function setupAsMaster(socket: Transport, input: SocketInput, o: MasterSetupOptions): Promise<EstablishedSession> {
  let challenged: Extract<ReturnType<typeof masterChallenge>, { ok: true }> | null = null;
  let accepted: Extract<ReturnType<typeof masterAccept>, { ok: true }> | null = null;
  // Checked at the init too, so that an address past its budget costs no key exchange.
  const overBudget = (refuse: Refuse): void => {
    if (!o.proofs || o.proofs.allows()) return;
    const wait = Math.ceil(o.proofs.retryInMs() / 1000);
    const r = refusal(new ProtocolError('rate_limited', `too many failed key proofs from this address; try again in ${wait} s`));
    refuse(r.frame, r.error);
  };
  return runSetup(socket, input, o, 'master', (frame, refuse) => {
    if (challenged === null) {
      const init = decodeSetup(frame, ['init']).init ?? {};
      overBudget(refuse);
      const answer = masterChallenge(init);
      if (!answer.ok) return refuse(answer.frame, answer.error);
      socket.write(answer.frame);
      challenged = answer;
      o.onChallenged?.();
      return null;
    }
    if (accepted === null) {
      const offer = decodeSetup(frame, ['offer']).offer ?? {};
      overBudget(refuse);
      const answer = masterAccept(o.keyring, challenged.agreed, offer);
      if (!answer.ok) {
        if (answer.error.code === 'auth_failed') o.proofs?.failed();
        return refuse(answer.frame, answer.error);
      }
      socket.write(answer.frame);
      accepted = answer;
      return null;
    }
    const confirm = decodeSetup(frame, ['confirm']).confirm;
    try {
      masterCheckConfirm(accepted.keys, accepted.transcriptHash, confirm);
    } catch (err) {
      o.proofs?.failed();
      throw err;
    }
    return { keys: accepted.keys, keyId: accepted.keyId };
  });
}
