// The cluster keys a node holds: the primary `key` and the `previous_keys` still accepted while rotating.
// A key is named on the wire by its id, never sent itself.
import { createHmac } from 'crypto';

export const KEY_ID_SIZE = 8;
const KEY_ID_LABEL = 'warden key id v1';

export interface KeyringConfig {
  key: string;
  previousKeys?: readonly string[];
}

export interface ClusterKey {
  /** First 8 bytes of HMAC-SHA256(key, "warden key id v1"). */
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

  find(id: Uint8Array): ClusterKey | undefined {
    return this.keys.find((k) => k.id.equals(id));
  }
}

/**
 * The master's choice of key for a worker that holds `workerIds` (primary first): the master's primary when
 * the worker holds it, else the first worker id the master holds, else none. So during a rotation both sides
 * settle on the newest key they share, whichever side was updated first.
 */
export function chooseKey(master: Keyring, workerIds: readonly Uint8Array[]): ClusterKey | undefined {
  if (workerIds.some((id) => master.primary.id.equals(id))) return master.primary;
  for (const id of workerIds) {
    const key = master.find(id);
    if (key) return key;
  }
  return undefined;
}
