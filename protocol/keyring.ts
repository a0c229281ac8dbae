// The cluster keys a node holds: the primary `key` and the `previous_keys` still accepted while rotating.
// A key never travels, nor does its id: on the wire a key is named by a per-connection tag (session-crypto.ts).
import { createHmac } from 'crypto';

export const KEY_ID_SIZE = 8;
const KEY_ID_LABEL = 'warden key id v1';

export interface KeyringConfig {
  key: string;
  previousKeys?: readonly string[];
}

export interface ClusterKey {
  /** First 8 bytes of HMAC-SHA256(key, "warden key id v1"): tells keys apart locally, never sent. */
  id: Buffer;
  /** The key's UTF-8 bytes: the input of the session key derivation. */
  material: Buffer;
}

export function keyId(material: Buffer): Buffer {
  return createHmac('sha256', material).update(KEY_ID_LABEL).digest().subarray(0, KEY_ID_SIZE);
}

export class Keyring {
  readonly primary: ClusterKey;
  private readonly keys: ClusterKey[];

  constructor(config: KeyringConfig) {
    if (config.key.length === 0) throw new RangeError('keyring: the primary key is empty');
    const seen = new Set<string>();
    this.keys = [];
    for (const text of [config.key, ...(config.previousKeys ?? [])]) {
      const material = Buffer.from(text, 'utf8');
      const key = { id: keyId(material), material };
      const hex = key.id.toString('hex');
      if (seen.has(hex)) continue; // a previous key equal to the primary is harmless
      seen.add(hex);
      this.keys.push(key);
    }
    this.primary = this.keys[0];
  }

  /** Every key id, primary first. */
  ids(): Buffer[] {
    return this.keys.map((k) => k.id);
  }

  /** Every key, primary first. */
  all(): readonly ClusterKey[] {
    return this.keys;
  }

  find(id: Uint8Array): ClusterKey | undefined {
    return this.keys.find((k) => k.id.equals(id));
  }
}

/** A key the worker offered (at `index` of its offer, primary first) that the master holds too. */
export interface OfferedKey {
  index: number;
  key: ClusterKey;
}

/**
 * The master's choice among the keys both sides hold: its primary when the worker offered it, else the one
 * the worker offered first. So during a rotation both sides settle on the newest key they share, whichever
 * side was updated first.
 */
export function chooseKey(master: Keyring, shared: readonly OfferedKey[]): OfferedKey | undefined {
  const primary = shared.find((s) => s.key === master.primary);
  if (primary) return primary;
  return shared.reduce<OfferedKey | undefined>((best, s) => (best === undefined || s.index < best.index ? s : best), undefined);
}
