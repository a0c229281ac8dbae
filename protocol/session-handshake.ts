// Session setup, as pure steps (no socket, no clock). Clear frames carry one SessionSetup each:
//   worker -> init {version, random, key ids}
//   master -> accept {version, random, chosen key id, proof}   or reject {code, message}, then close
//   worker -> confirm {proof}
// Both proofs are HMACs under a key derived with the session keys, so each side knows before any sealed
// frame that the other holds the cluster key. A wrong key is thus refused during setup on both sides, as
// AuthError 'auth_failed': usually as "no common key" (key ids differ), else by a failed proof.
import { randomBytes } from 'crypto';
import { AuthError, ProtocolError, WardenError } from './errors';
import { encodeFrame, Frame, FrameKind } from './frame';
import { warden } from './generated/cluster';
import { chooseKey, Keyring } from './keyring';
import { checkProof, deriveSessionKeys, SESSION_RANDOM_SIZE, SessionKeys, sessionProof } from './session-crypto';
import pb = warden.cluster;

export const PROTOCOL_VERSION = 1;
const EMPTY = Buffer.alloc(0);

export type SetupStep = NonNullable<pb.SessionSetup['step']>;

export function encodeSetup(setup: pb.SessionSetup.$Properties): Buffer {
  return encodeFrame(FrameKind.Clear, 0, pb.SessionSetup.encode(setup).finish());
}

/** Decodes a setup frame and checks it is the step expected; throws ProtocolError 'handshake_failed'. */
export function decodeSetup(frame: Frame, expected: readonly SetupStep[]): pb.SessionSetup {
  if (frame.kind !== FrameKind.Clear) throw new ProtocolError('handshake_failed', 'sealed frame before the session was set up');
  let setup: pb.SessionSetup;
  try {
    setup = pb.SessionSetup.decode(frame.payload);
  } catch (err) {
    throw new ProtocolError('handshake_failed', 'malformed session setup message', { cause: err });
  }
  const step = setup.step;
  if (step === undefined || !(expected as readonly string[]).includes(step)) {
    throw new ProtocolError('handshake_failed', `expected ${expected.join(' or ')} during session setup, got ${step ?? 'nothing'}`);
  }
  return setup;
}

/** The worker's opening. */
export function workerInit(keyring: Keyring, random: Buffer = randomBytes(SESSION_RANDOM_SIZE)): { random: Buffer; frame: Buffer } {
  return { random, frame: encodeSetup({ init: { protocolVersion: PROTOCOL_VERSION, random, keyIds: keyring.ids() } }) };
}

export type MasterAnswer =
  | { ok: true; keys: SessionKeys; keyId: Buffer; frame: Buffer }
  | { ok: false; error: WardenError; frame: Buffer };

/** The master's answer to an init: accept with a proof, or reject with the reason. */
export function masterAnswer(keyring: Keyring, init: pb.SessionInit.$Properties, random: Buffer = randomBytes(SESSION_RANDOM_SIZE)): MasterAnswer {
  const reject = (error: WardenError): MasterAnswer => ({ ok: false, error, frame: encodeSetup({ reject: { code: error.code, message: error.message } }) });
  const version = init.protocolVersion ?? 0;
  if (version !== PROTOCOL_VERSION) {
    return reject(new ProtocolError('bad_version', `protocol version ${version} is not supported (this node speaks ${PROTOCOL_VERSION})`));
  }
  const workerRandom = init.random ?? EMPTY;
  if (workerRandom.length !== SESSION_RANDOM_SIZE) return reject(new ProtocolError('handshake_failed', 'session init without its 32 random bytes'));
  const key = chooseKey(keyring, init.keyIds ?? []);
  if (!key) return reject(new AuthError('auth_failed', 'no common cluster key: the worker holds none of the keys of this node'));
  const keys = deriveSessionKeys(key.material, workerRandom, random);
  const frame = encodeSetup({ accept: { protocolVersion: PROTOCOL_VERSION, random, keyId: key.id, proof: sessionProof(keys, 'master') } });
  return { ok: true, keys, keyId: key.id, frame };
}

/** The worker checks the master's answer; returns the session keys and its confirm frame, or throws. */
export function workerConfirm(keyring: Keyring, workerRandom: Buffer, setup: pb.SessionSetup.$Properties): { keys: SessionKeys; keyId: Buffer; frame: Buffer } {
  if (setup.reject) throw rejectionError(setup.reject.code ?? '', setup.reject.message ?? '');
  const accept = setup.accept;
  if (!accept) throw new ProtocolError('handshake_failed', 'expected accept or reject');
  const version = accept.protocolVersion ?? 0;
  if (version !== PROTOCOL_VERSION) throw new ProtocolError('bad_version', `master answered with protocol version ${version}`);
  const masterRandom = accept.random ?? EMPTY;
  if (masterRandom.length !== SESSION_RANDOM_SIZE) throw new ProtocolError('handshake_failed', 'session accept without its 32 random bytes');
  const key = keyring.find(accept.keyId ?? EMPTY);
  if (!key) throw new AuthError('auth_failed', 'the master chose a key this node does not hold');
  const keys = deriveSessionKeys(key.material, workerRandom, masterRandom);
  if (!checkProof(keys, 'master', accept.proof ?? EMPTY)) throw new AuthError('auth_failed', 'the master could not prove it holds the cluster key');
  return { keys, keyId: key.id, frame: encodeSetup({ confirm: { proof: sessionProof(keys, 'worker') } }) };
}

/** The master's last check. */
export function masterCheckConfirm(keys: SessionKeys, confirm: pb.SessionConfirm.$Properties | null | undefined): void {
  if (!checkProof(keys, 'worker', confirm?.proof ?? EMPTY)) throw new AuthError('auth_failed', 'the worker could not prove it holds the cluster key');
}

/** The worker's view of a SessionReject, as the same typed error the master reported. */
export function rejectionError(code: string, message: string): WardenError {
  const text = `refused by the master: ${message || code}`;
  if (code === 'auth_failed') return new AuthError('auth_failed', text);
  if (code === 'bad_version') return new ProtocolError('bad_version', text);
  return new ProtocolError('handshake_failed', `${code}: ${text}`);
}
