// Per-connection AES-256-GCM. Each direction has its own HKDF-derived key and its own counter, which is both
// the frame's sequence number and the nonce (4 zero bytes || u64 counter), so a nonce is never reused under
// a key. The 14-byte frame header is the additional authenticated data.
//
// Session keys (protocol version 2): HKDF-SHA256 with input key = cluster key || X25519 shared secret of the
// two ephemeral keys, salt = the setup transcript's hash up to the master's challenge (versions, both randoms,
// both ephemeral keys). The shared secret means a recorded setup cannot be tested against guesses of the
// cluster key by someone who only listened, and that a leaked cluster key does not open past sessions.
import { createCipheriv, createDecipheriv, createHmac, createPublicKey, createSecretKey, diffieHellman, generateKeyPairSync, hkdfSync, KeyObject, timingSafeEqual } from 'crypto';
import { AuthError, ProtocolError } from './errors';
import { encodeHeader, Frame, FrameKind } from './frame';

export const TAG_SIZE = 16;
export const NONCE_SIZE = 12;
export const SESSION_RANDOM_SIZE = 32;
export const SESSION_KEY_SIZE = 32;
export const EPHEMERAL_KEY_SIZE = 32;
/** A key tag of an offer: HKDF output, as long as a session key. */
export const KEY_TAG_SIZE = 32;
const CIPHER = 'aes-256-gcm';
const INFO_WORKER_TO_MASTER = 'warden v2 worker->master';
const INFO_MASTER_TO_WORKER = 'warden v2 master->worker';
const INFO_CONFIRM = 'warden v2 confirm';
const INFO_KEY_TAG = 'warden v2 key tag';

export interface SessionKeys {
  workerToMaster: Buffer;
  masterToWorker: Buffer;
  /** Keys the setup's proofs over the transcript (never encrypts anything). */
  confirm: Buffer;
}

/** One side's X25519 key pair for one connection. */
export interface Ephemeral {
  publicKey: Buffer;
  privateKey: KeyObject;
}

export function newEphemeral(): Ephemeral {
  const pair = generateKeyPairSync('x25519');
  const x = pair.publicKey.export({ format: 'jwk' }).x as string;
  return { publicKey: Buffer.from(x, 'base64url'), privateKey: pair.privateKey };
}

/** The X25519 secret shared with the peer whose public key is `peerPublic`; ProtocolError on a bad key. */
export function sharedSecret(own: Ephemeral, peerPublic: Uint8Array): Buffer {
  if (peerPublic.length !== EPHEMERAL_KEY_SIZE) throw new ProtocolError('handshake_failed', `ephemeral key of ${peerPublic.length} bytes, expected ${EPHEMERAL_KEY_SIZE}`);
  let secret: Buffer;
  try {
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(peerPublic).toString('base64url') }, format: 'jwk' });
    secret = diffieHellman({ privateKey: own.privateKey, publicKey });
  } catch (err) {
    throw new ProtocolError('handshake_failed', 'unusable ephemeral key', { cause: err });
  }
  // A low-order point gives an all-zero secret: nothing of the peer would be in it.
  if (secret.every((b) => b === 0)) throw new ProtocolError('handshake_failed', 'unusable ephemeral key');
  return secret;
}

function derive(keyMaterial: Uint8Array, shared: Uint8Array, salt: Uint8Array, info: string, size: number): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.concat([keyMaterial, shared]), salt, info, size));
}

/** The tag that names and proves one cluster key in an offer: good for this connection only. */
export function keyTag(keyMaterial: Uint8Array, shared: Uint8Array, challengeHash: Uint8Array): Buffer {
  return derive(keyMaterial, shared, challengeHash, INFO_KEY_TAG, KEY_TAG_SIZE);
}

export function deriveSessionKeys(keyMaterial: Uint8Array, shared: Uint8Array, challengeHash: Uint8Array): SessionKeys {
  const d = (info: string) => derive(keyMaterial, shared, challengeHash, info, SESSION_KEY_SIZE);
  return { workerToMaster: d(INFO_WORKER_TO_MASTER), masterToWorker: d(INFO_MASTER_TO_WORKER), confirm: d(INFO_CONFIRM) };
}

/** A side's proof: HMAC-SHA256(confirm key, role || hash of the whole setup, the master's choice included). */
export function sessionProof(keys: SessionKeys, role: 'worker' | 'master', transcriptHash: Uint8Array): Buffer {
  return createHmac('sha256', keys.confirm).update(`warden v2 proof ${role}`).update(transcriptHash).digest();
}

export function checkProof(keys: SessionKeys, role: 'worker' | 'master', transcriptHash: Uint8Array, proof: Uint8Array): boolean {
  const expected = sessionProof(keys, role, transcriptHash);
  return proof.length === expected.length && timingSafeEqual(expected, proof);
}

/** Constant-time equality of two tags. */
export function sameTag(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function writeNonce(nonce: Buffer, counter: number): void {
  nonce.writeUInt32BE(Math.floor(counter / 0x1_0000_0000), 4);
  nonce.writeUInt32BE(counter >>> 0, 8);
}

function checkKey(key: Uint8Array): KeyObject {
  if (key.length !== SESSION_KEY_SIZE) throw new RangeError(`session key must be ${SESSION_KEY_SIZE} bytes`);
  return createSecretKey(key);
}

/** The sending half of a session: seals payloads into frames numbered 1, 2, 3, ... */
export class SealingBox {
  private readonly key: KeyObject;
  private readonly nonce = Buffer.alloc(NONCE_SIZE);
  private counter = 0;

  constructor(key: Uint8Array) {
    this.key = checkKey(key);
  }

  /** Sequence number of the next frame to seal. */
  get nextSeq(): number {
    return this.counter + 1;
  }

  /** Returns [header, ciphertext, tag], ready for a writev with no concat. */
  seal(payload: Uint8Array): Buffer[] {
    return this.sealParts([payload], payload.length);
  }

  /** Seals the concatenation of parts without building it: [header, ...ciphertexts, tag]. */
  sealParts(parts: readonly Uint8Array[], length: number): Buffer[] {
    if (this.counter >= Number.MAX_SAFE_INTEGER - 1) throw new AuthError('auth_failed', 'session counter exhausted');
    const seq = ++this.counter;
    writeNonce(this.nonce, seq);
    const header = encodeHeader(FrameKind.Sealed, seq, length + TAG_SIZE);
    const cipher = createCipheriv(CIPHER, this.key, this.nonce, { authTagLength: TAG_SIZE });
    cipher.setAAD(header);
    const out: Buffer[] = [header];
    for (const part of parts) if (part.length > 0) out.push(cipher.update(part));
    cipher.final(); // GCM is a stream mode: final() yields no bytes
    out.push(cipher.getAuthTag());
    return out;
  }
}

/** The receiving half: accepts only the next frame in order, with a valid tag. */
export class OpeningBox {
  private readonly key: KeyObject;
  private readonly nonce = Buffer.alloc(NONCE_SIZE);
  private counter = 0;

  constructor(key: Uint8Array) {
    this.key = checkKey(key);
  }

  /** Sequence number the next frame must carry. */
  get expectedSeq(): number {
    return this.counter + 1;
  }

  /** Returns the plaintext; throws AuthError ('replay', 'reorder', 'auth_failed') or ProtocolError. */
  open(frame: Frame): Buffer {
    if (frame.kind !== FrameKind.Sealed) throw new ProtocolError('bad_frame', 'clear frame inside a sealed session');
    const expected = this.counter + 1;
    if (frame.seq < expected) throw new AuthError('replay', `frame ${frame.seq} replayed (expected ${expected})`);
    if (frame.seq > expected) throw new AuthError('reorder', `frame ${frame.seq} out of order (expected ${expected})`);
    const payload = frame.payload;
    if (payload.length < TAG_SIZE) throw new ProtocolError('bad_frame', 'sealed frame shorter than its tag');
    writeNonce(this.nonce, expected);
    const tagAt = payload.length - TAG_SIZE;
    const decipher = createDecipheriv(CIPHER, this.key, this.nonce, { authTagLength: TAG_SIZE });
    decipher.setAAD(frame.header);
    decipher.setAuthTag(payload.subarray(tagAt));
    const plain = decipher.update(payload.subarray(0, tagAt));
    try {
      decipher.final();
    } catch (err) {
      throw new AuthError('auth_failed', `frame ${frame.seq} failed authentication (wrong key or tampered bytes)`, { cause: err });
    }
    this.counter = expected;
    return plain;
  }
}

/** The two boxes of one end of a session, by role. */
export function sessionBoxes(keys: SessionKeys, role: 'worker' | 'master'): { sealer: SealingBox; opener: OpeningBox } {
  return role === 'worker'
    ? { sealer: new SealingBox(keys.workerToMaster), opener: new OpeningBox(keys.masterToWorker) }
    : { sealer: new SealingBox(keys.masterToWorker), opener: new OpeningBox(keys.workerToMaster) };
}
