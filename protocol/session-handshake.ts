// Session setup, as pure steps (no socket, no clock). Clear frames carry one SessionSetup each (version 2):
//   worker -> init      {version, random, ephemeral key}                 nothing keyed
//   master -> challenge {version, random, ephemeral key}                 nothing keyed
//   worker -> offer     {one tag per key held, primary first}            the worker proves its keys first
//   master -> accept    {index of the key chosen, proof}                 only once a tag proved a key
//   worker -> confirm   {proof}
// The master may answer any step with a reject {code, message}, then closes.
//
// A tag is derived from a key, the X25519 secret of the two ephemeral keys and the transcript so far, so it
// names and proves a key for this connection only: no fixed key id travels, and someone who only listened
// cannot test guesses of the key against it. Both proofs are HMACs over the transcript of the whole setup
// (versions, randoms, ephemeral keys, every tag offered and the index chosen): a man in the middle who drops
// the newest key from the offer to force an older one is caught by both sides.
import { randomBytes } from 'crypto';
import { AuthError, ProtocolError, WardenError } from './errors';
import { encodeFrame, Frame, FrameKind } from './frame';
import { warden } from './generated/cluster';
import { chooseKey, ClusterKey, Keyring, OfferedKey } from './keyring';
import { MAX_OFFERED_KEYS } from './preauth-limits';
import {
  checkProof, deriveSessionKeys, Ephemeral, EPHEMERAL_KEY_SIZE, KEY_TAG_SIZE, keyTag, newEphemeral, sameTag, SESSION_RANDOM_SIZE,
  SessionKeys, sessionProof, sharedSecret,
} from './session-crypto';
import { Transcript } from './transcript';
import pb = warden.cluster;

/** Version 1 sent fixed key ids in clear and had the master prove first; version 2 is described above. */
export const PROTOCOL_VERSION = 2;
const TRANSCRIPT_LABEL = 'warden cluster session setup v2';
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

function fixedSize(value: Uint8Array | null | undefined, size: number, what: string): Buffer {
  const b = Buffer.from(value ?? EMPTY);
  if (b.length !== size) throw new ProtocolError('handshake_failed', `session setup with ${b.length} bytes of ${what}, expected ${size}`);
  return b;
}

/** The worker's opening: its random bytes and ephemeral key. */
export interface WorkerOpening {
  frame: Buffer;
  random: Buffer;
  ephemeral: Ephemeral;
}

export function workerInit(random: Buffer = randomBytes(SESSION_RANDOM_SIZE), ephemeral: Ephemeral = newEphemeral()): WorkerOpening {
  return { random, ephemeral, frame: encodeSetup({ init: { protocolVersion: PROTOCOL_VERSION, random, ephemeral: ephemeral.publicKey } }) };
}

/** What each side has agreed so far; the transcript goes on with the offer and the choice. */
interface Agreement {
  transcript: Transcript;
  shared: Buffer;
  /** The transcript's hash up to the challenge: the salt of the tags and session keys. */
  challengeHash: Buffer;
}

function agreement(shared: Buffer, worker: { random: Buffer; ephemeral: Buffer }, master: { random: Buffer; ephemeral: Buffer }): Agreement {
  const transcript = new Transcript(TRANSCRIPT_LABEL)
    .add('worker.version', PROTOCOL_VERSION).add('worker.random', worker.random).add('worker.ephemeral', worker.ephemeral)
    .add('master.version', PROTOCOL_VERSION).add('master.random', master.random).add('master.ephemeral', master.ephemeral);
  return { transcript, shared, challengeHash: transcript.digest() };
}

export type Refusal = { ok: false; error: WardenError; frame: Buffer };

export function refusal(error: WardenError): Refusal {
  return { ok: false, error, frame: encodeSetup({ reject: { code: error.code, message: error.message } }) };
}

export type MasterChallenge = { ok: true; frame: Buffer; agreed: Agreement } | Refusal;

/** The master's answer to an init: a challenge (nothing keyed), or a reject with the reason. */
export function masterChallenge(init: pb.SessionInit.$Properties, random: Buffer = randomBytes(SESSION_RANDOM_SIZE), ephemeral: Ephemeral = newEphemeral()): MasterChallenge {
  const version = init.protocolVersion ?? 0;
  if (version !== PROTOCOL_VERSION) {
    return refusal(new ProtocolError('bad_version', `protocol version ${version} is not supported: this master speaks ${PROTOCOL_VERSION}; run the same Warden version on the worker and the master`));
  }
  try {
    const workerRandom = fixedSize(init.random, SESSION_RANDOM_SIZE, 'random');
    const workerEphemeral = fixedSize(init.ephemeral, EPHEMERAL_KEY_SIZE, 'ephemeral key');
    const shared = sharedSecret(ephemeral, workerEphemeral);
    const agreed = agreement(shared, { random: workerRandom, ephemeral: workerEphemeral }, { random, ephemeral: ephemeral.publicKey });
    return { ok: true, agreed, frame: encodeSetup({ challenge: { protocolVersion: PROTOCOL_VERSION, random, ephemeral: ephemeral.publicKey } }) };
  } catch (err) {
    if (err instanceof WardenError) return refusal(err);
    throw err;
  }
}

/** The worker's offer: a tag for each key it holds, once the master's challenge is in. */
export interface WorkerOffer {
  frame: Buffer;
  agreed: Agreement;
  /** The keys offered, in the offer's order. */
  offered: readonly ClusterKey[];
}

export function workerOffer(keyring: Keyring, opening: WorkerOpening, setup: pb.SessionSetup.$Properties): WorkerOffer {
  if (setup.reject) throw rejectionError(setup.reject.code ?? '', setup.reject.message ?? '');
  const challenge = setup.challenge;
  if (!challenge) throw new ProtocolError('handshake_failed', 'expected challenge or reject');
  const version = challenge.protocolVersion ?? 0;
  if (version !== PROTOCOL_VERSION) throw new ProtocolError('bad_version', `master answered with protocol version ${version}, this worker speaks ${PROTOCOL_VERSION}`);
  const masterRandom = fixedSize(challenge.random, SESSION_RANDOM_SIZE, 'random');
  const masterEphemeral = fixedSize(challenge.ephemeral, EPHEMERAL_KEY_SIZE, 'ephemeral key');
  const shared = sharedSecret(opening.ephemeral, masterEphemeral);
  const agreed = agreement(shared, { random: opening.random, ephemeral: opening.ephemeral.publicKey }, { random: masterRandom, ephemeral: masterEphemeral });
  const offered = keyring.all().slice(0, MAX_OFFERED_KEYS);
  const keyTags = offered.map((k) => keyTag(k.material, shared, agreed.challengeHash));
  agreed.transcript.addList('offer', keyTags);
  return { frame: encodeSetup({ offer: { keyTags } }), agreed, offered };
}

export type MasterAccept = { ok: true; frame: Buffer; keys: SessionKeys; keyId: Buffer; transcriptHash: Buffer } | Refusal;

/** The master checks the offered tags against its keys: accept with its proof, or reject. */
export function masterAccept(keyring: Keyring, agreed: Agreement, offer: pb.SessionOffer.$Properties): MasterAccept {
  const tags = offer.keyTags ?? [];
  if (tags.length === 0 || tags.length > MAX_OFFERED_KEYS) {
    return refusal(new ProtocolError('handshake_failed', `an offer names 1 to ${MAX_OFFERED_KEYS} keys, this one ${tags.length}`));
  }
  if (tags.some((t) => t.length !== KEY_TAG_SIZE)) return refusal(new ProtocolError('handshake_failed', `an offered key tag is not ${KEY_TAG_SIZE} bytes`));
  agreed.transcript.addList('offer', tags);
  const shared: OfferedKey[] = [];
  for (const key of keyring.all()) {
    const mine = keyTag(key.material, agreed.shared, agreed.challengeHash);
    const index = tags.findIndex((t) => sameTag(t, mine));
    if (index >= 0) shared.push({ index, key });
  }
  const chosen = chooseKey(keyring, shared);
  if (!chosen) return refusal(new AuthError('auth_failed', 'no common cluster key: the worker proved none of the keys of this node'));
  const transcriptHash = agreed.transcript.add('chosen', chosen.index).digest();
  const keys = deriveSessionKeys(chosen.key.material, agreed.shared, agreed.challengeHash);
  const frame = encodeSetup({ accept: { keyIndex: chosen.index, proof: sessionProof(keys, 'master', transcriptHash) } });
  return { ok: true, frame, keys, keyId: chosen.key.id, transcriptHash };
}

/** The worker checks the master's choice and proof; returns the session keys and its confirm frame, or throws. */
export function workerConfirm(offer: WorkerOffer, setup: pb.SessionSetup.$Properties): { keys: SessionKeys; keyId: Buffer; frame: Buffer } {
  if (setup.reject) throw rejectionError(setup.reject.code ?? '', setup.reject.message ?? '');
  const accept = setup.accept;
  if (!accept) throw new ProtocolError('handshake_failed', 'expected accept or reject');
  const index = accept.keyIndex ?? 0;
  const key = offer.offered[index];
  if (!key) throw new ProtocolError('handshake_failed', `the master chose key ${index} of an offer of ${offer.offered.length}`);
  const transcriptHash = offer.agreed.transcript.add('chosen', index).digest();
  const keys = deriveSessionKeys(key.material, offer.agreed.shared, offer.agreed.challengeHash);
  if (!checkProof(keys, 'master', transcriptHash, accept.proof ?? EMPTY)) {
    throw new AuthError('auth_failed', 'the master could not prove it holds the cluster key over this setup (a wrong key, or the setup was tampered with)');
  }
  return { keys, keyId: key.id, frame: encodeSetup({ confirm: { proof: sessionProof(keys, 'worker', transcriptHash) } }) };
}

/** The master's last check: the worker's proof over the same transcript. */
export function masterCheckConfirm(keys: SessionKeys, transcriptHash: Uint8Array, confirm: pb.SessionConfirm.$Properties | null | undefined): void {
  if (!checkProof(keys, 'worker', transcriptHash, confirm?.proof ?? EMPTY)) {
    throw new AuthError('auth_failed', 'the worker could not prove it holds the cluster key over this setup (the setup was tampered with)');
  }
}

/** The worker's view of a SessionReject, as the same typed error the master reported. */
export function rejectionError(code: string, message: string): WardenError {
  const text = `refused by the master: ${message || code}`;
  if (code === 'auth_failed') return new AuthError('auth_failed', text);
  if (code === 'bad_version') return new ProtocolError('bad_version', text);
  if (code === 'rate_limited') return new ProtocolError('rate_limited', text);
  return new ProtocolError('handshake_failed', `${code}: ${text}`);
}
