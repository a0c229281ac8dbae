// Session crypto and the keyring, without sockets.
import { randomBytes } from 'crypto';
import { AuthError, ProtocolError } from '../../protocol/errors';
import { Frame, FrameKind, HEADER_SIZE } from '../../protocol/frame';
import { FrameDecoder } from '../../protocol/frame-decoder';
import { chooseKey, keyId, Keyring } from '../../protocol/keyring';
import { checkProof, deriveSessionKeys, keyTag, newEphemeral, OpeningBox, SealingBox, sessionBoxes, sessionProof, sharedSecret, TAG_SIZE } from '../../protocol/session-crypto';
import { Transcript } from '../../protocol/transcript';
import { KEY_A, KEY_B, KEY_C } from './helpers';

function frameOf(parts: Buffer[]): Frame {
  const [frame] = new FrameDecoder().push(Buffer.concat(parts));
  return frame;
}

function pair(): { sealer: SealingBox; opener: OpeningBox } {
  const keys = deriveSessionKeys(Buffer.from(KEY_A), randomBytes(32), randomBytes(32));
  return { sealer: sessionBoxes(keys, 'worker').sealer, opener: sessionBoxes(keys, 'master').opener };
}

describe('session keys', () => {
  test('HKDF gives two distinct 32-byte keys per session, bound to the shared secret and the transcript', () => {
    const w = randomBytes(32);
    const m = randomBytes(32);
    const k = deriveSessionKeys(Buffer.from(KEY_A), w, m);
    expect(k.workerToMaster).toHaveLength(32);
    expect(k.masterToWorker).toHaveLength(32);
    expect(k.workerToMaster.equals(k.masterToWorker)).toBe(false);
    expect(k.confirm.equals(k.workerToMaster)).toBe(false);
    expect(deriveSessionKeys(Buffer.from(KEY_A), w, m).workerToMaster.equals(k.workerToMaster)).toBe(true);
    expect(deriveSessionKeys(Buffer.from(KEY_A), w, randomBytes(32)).workerToMaster.equals(k.workerToMaster)).toBe(false);
    expect(deriveSessionKeys(Buffer.from(KEY_A), randomBytes(32), m).workerToMaster.equals(k.workerToMaster)).toBe(false);
    expect(deriveSessionKeys(Buffer.from(KEY_B), w, m).workerToMaster.equals(k.workerToMaster)).toBe(false);
  });

  test('X25519: both sides derive the same secret; a short or low-order key is refused', () => {
    const a = newEphemeral();
    const b = newEphemeral();
    expect(a.publicKey).toHaveLength(32);
    expect(sharedSecret(a, b.publicKey).equals(sharedSecret(b, a.publicKey))).toBe(true);
    expect(() => sharedSecret(a, Buffer.alloc(31))).toThrow(expect.objectContaining({ code: 'handshake_failed' }));
    expect(() => sharedSecret(a, Buffer.alloc(32))).toThrow(expect.objectContaining({ code: 'handshake_failed' }));
  });

  test('a key tag depends on the key, the shared secret and the transcript: it names a key for one connection only', () => {
    const z = randomBytes(32);
    const h = randomBytes(32);
    const tag = keyTag(Buffer.from(KEY_A), z, h);
    expect(tag).toHaveLength(32);
    expect(keyTag(Buffer.from(KEY_A), z, h).equals(tag)).toBe(true);
    expect(keyTag(Buffer.from(KEY_B), z, h).equals(tag)).toBe(false);
    expect(keyTag(Buffer.from(KEY_A), randomBytes(32), h).equals(tag)).toBe(false);
    expect(keyTag(Buffer.from(KEY_A), z, randomBytes(32)).equals(tag)).toBe(false);
  });

  test('a proof holds only for the transcript it was made over, and only for its role', () => {
    const keys = deriveSessionKeys(Buffer.from(KEY_A), randomBytes(32), randomBytes(32));
    const t = () => new Transcript('t').add('version', 2).addList('offer', [Buffer.alloc(32, 1), Buffer.alloc(32, 2)]).add('chosen', 0);
    const proof = sessionProof(keys, 'master', t().digest());
    expect(checkProof(keys, 'master', t().digest(), proof)).toBe(true);
    expect(checkProof(keys, 'worker', t().digest(), proof)).toBe(false);
    const stripped = new Transcript('t').add('version', 2).addList('offer', [Buffer.alloc(32, 2)]).add('chosen', 0).digest();
    expect(checkProof(keys, 'master', stripped, proof)).toBe(false);
    const otherChoice = new Transcript('t').add('version', 2).addList('offer', [Buffer.alloc(32, 1), Buffer.alloc(32, 2)]).add('chosen', 1).digest();
    expect(checkProof(keys, 'master', otherChoice, proof)).toBe(false);
  });
});

describe('transcript', () => {
  test('fields are named and length-prefixed: moving bytes between fields changes the hash', () => {
    const a = new Transcript('x').add('a', Buffer.from('ab')).add('b', Buffer.from('c')).digest();
    const b = new Transcript('x').add('a', Buffer.from('a')).add('b', Buffer.from('bc')).digest();
    const c = new Transcript('y').add('a', Buffer.from('ab')).add('b', Buffer.from('c')).digest();
    expect(a.equals(b)).toBe(false);
    expect(a.equals(c)).toBe(false);
    const t = new Transcript('x').add('a', 1);
    const first = t.digest();
    expect(t.digest().equals(first)).toBe(true); // digest() does not end it
    expect(t.add('b', 2).digest().equals(first)).toBe(false);
  });
});

describe('sealing and opening', () => {
  test('round trip: frames numbered 1, 2, 3, header authenticated, parts sealed without a concat', () => {
    const { sealer, opener } = pair();
    for (let i = 1; i <= 3; i++) {
      const payload = randomBytes(100 * i);
      const parts = sealer.seal(payload);
      expect(parts).toHaveLength(3);
      expect(parts[0]).toHaveLength(HEADER_SIZE);
      expect(parts[2]).toHaveLength(TAG_SIZE);
      const frame = frameOf(parts);
      expect(frame.kind).toBe(FrameKind.Sealed);
      expect(frame.seq).toBe(i);
      expect(opener.open(frame).equals(payload)).toBe(true);
    }
    const split = sealer.sealParts([Buffer.from('ab'), Buffer.alloc(0), Buffer.from('cdef')], 6);
    expect(opener.open(frameOf(split)).toString()).toBe('abcdef');
    expect(opener.expectedSeq).toBe(5);
  });

  test('one flipped bit anywhere in the frame (length, header, ciphertext or tag) is never accepted', () => {
    const payload = Buffer.from('the quick brown fox');
    const keys = deriveSessionKeys(Buffer.from(KEY_C), Buffer.alloc(32, 1), Buffer.alloc(32, 2));
    const wire = Buffer.concat(new SealingBox(keys.workerToMaster).seal(payload));
    for (let at = 0; at < wire.length; at++) {
      for (const bit of [0x01, 0x80]) {
        const tampered = Buffer.from(wire);
        tampered[at] ^= bit;
        let outcome: string;
        try {
          const frames = new FrameDecoder({ maxFrameSize: 1024 }).push(tampered);
          // A longer length leaves the frame incomplete: nothing is delivered.
          outcome = frames.length === 0 ? 'incomplete' : new OpeningBox(keys.workerToMaster).open(frames[0]).toString();
        } catch (err) {
          expect(err instanceof AuthError || err instanceof ProtocolError).toBe(true);
          outcome = (err as AuthError).code;
        }
        // Header bytes may fail as framing (length, version, kind, sequence); the rest fails authentication.
        if (at >= HEADER_SIZE) expect(outcome).toBe('auth_failed');
        else expect(['auth_failed', 'incomplete', 'frame_too_large', 'bad_version', 'bad_frame', 'replay', 'reorder']).toContain(outcome);
      }
    }
    expect(new OpeningBox(keys.workerToMaster).open(frameOf([wire])).equals(payload)).toBe(true);
  });

  test('a replayed frame is refused with replay, a skipped one with reorder', () => {
    const { sealer, opener } = pair();
    const f1 = frameOf(sealer.seal(Buffer.from('one')));
    const f2 = frameOf(sealer.seal(Buffer.from('two')));
    const f3 = frameOf(sealer.seal(Buffer.from('three')));
    expect(opener.open(f1).toString()).toBe('one');
    expect(() => opener.open(f1)).toThrow(expect.objectContaining({ code: 'replay' }));
    expect(() => opener.open(f3)).toThrow(expect.objectContaining({ code: 'reorder' }));
    expect(opener.open(f2).toString()).toBe('two'); // refusals did not advance the counter
  });

  test('a frame sealed under another key (or the other direction) is refused', () => {
    const keys = deriveSessionKeys(Buffer.from(KEY_A), randomBytes(32), randomBytes(32));
    const frame = frameOf(new SealingBox(keys.workerToMaster).seal(Buffer.from('x')));
    expect(() => new OpeningBox(keys.masterToWorker).open(frame)).toThrow(expect.objectContaining({ code: 'auth_failed' }));
    const other = deriveSessionKeys(Buffer.from(KEY_B), randomBytes(32), randomBytes(32));
    expect(() => new OpeningBox(other.workerToMaster).open(frame)).toThrow(AuthError);
  });

  test('clear frames and frames shorter than a tag are refused inside a session', () => {
    const { opener } = pair();
    const clear: Frame = { kind: FrameKind.Clear, seq: 0, header: Buffer.alloc(14), payload: Buffer.alloc(20) };
    expect(() => opener.open(clear)).toThrow(expect.objectContaining({ code: 'bad_frame' }));
    const short: Frame = { kind: FrameKind.Sealed, seq: 1, header: Buffer.alloc(14), payload: Buffer.alloc(15) };
    expect(() => opener.open(short)).toThrow(expect.objectContaining({ code: 'bad_frame' }));
  });
});

describe('keyring', () => {
  test('key id is the first 8 bytes of HMAC-SHA256(key, "warden key id v1")', () => {
    const ring = new Keyring({ key: KEY_A, previousKeys: [KEY_B, KEY_A] });
    expect(ring.primary.id).toEqual(keyId(Buffer.from(KEY_A)));
    expect(ring.primary.id).toHaveLength(8);
    expect(ring.ids().map((b) => b.toString('hex'))).toEqual([keyId(Buffer.from(KEY_A)), keyId(Buffer.from(KEY_B))].map((b) => b.toString('hex')));
    expect(ring.find(keyId(Buffer.from(KEY_B)))?.material.toString()).toBe(KEY_B);
    expect(ring.find(keyId(Buffer.from(KEY_C)))).toBeUndefined();
    expect(keyId(Buffer.from(KEY_A)).toString('hex')).toBe(
      require('crypto').createHmac('sha256', KEY_A).update('warden key id v1').digest().subarray(0, 8).toString('hex'),
    );
  });

  test.each([
    { case: 'same primary', master: { key: KEY_A }, worker: [KEY_A], chosen: KEY_A },
    { case: 'worker rotated first', master: { key: KEY_A }, worker: [KEY_B, KEY_A], chosen: KEY_A },
    { case: 'master rotated first', master: { key: KEY_B, previousKeys: [KEY_A] }, worker: [KEY_A], chosen: KEY_A },
    { case: 'both rotated', master: { key: KEY_B, previousKeys: [KEY_A] }, worker: [KEY_B, KEY_A], chosen: KEY_B },
    { case: 'master primary preferred over worker order', master: { key: KEY_B, previousKeys: [KEY_A] }, worker: [KEY_A, KEY_B], chosen: KEY_B },
    { case: 'first worker key the master holds', master: { key: KEY_C, previousKeys: [KEY_A, KEY_B] }, worker: [KEY_B, KEY_A], chosen: KEY_B },
    { case: 'no common key', master: { key: KEY_A }, worker: [KEY_B, KEY_C], chosen: null },
    { case: 'worker offers nothing', master: { key: KEY_A }, worker: [], chosen: null },
  ])('chooser: $case', ({ master, worker, chosen }) => {
    const ring = new Keyring(master);
    // What the master finds when it matches the worker's tags against its own keys.
    const shared = ring.all().map((key) => ({ index: worker.indexOf(key.material.toString()), key })).filter((k) => k.index >= 0);
    const pick = chooseKey(ring, shared);
    expect(pick ? pick.key.material.toString() : null).toBe(chosen);
    if (pick) expect(worker[pick.index]).toBe(chosen);
  });
});
