// transcript.ts: pure; the running hash of a session setup, which the key tags and both proofs cover, so
// that neither side settles on what a man in the middle edited (a version, a shortened key list, a choice).
// Each part is named and length-prefixed, so no two different setups hash alike.
import { createHash, Hash } from 'crypto';

export class Transcript {
  private readonly hash: Hash;

  constructor(label: string) {
    this.hash = createHash('sha256');
    this.add('label', Buffer.from(label, 'utf8'));
  }

  /** Appends one named field. */
  add(name: string, value: Uint8Array | number): this {
    const bytes = typeof value === 'number' ? u32(value) : value;
    const tag = Buffer.from(name, 'utf8');
    this.hash.update(u32(tag.length)).update(tag).update(u32(bytes.length)).update(bytes);
    return this;
  }

  /** Appends a list, its length first. */
  addList(name: string, values: readonly Uint8Array[]): this {
    this.add(`${name}.count`, values.length);
    values.forEach((v, i) => this.add(`${name}[${i}]`, v));
    return this;
  }

  /** The hash of everything so far; the transcript can go on. */
  digest(): Buffer {
    return this.hash.copy().digest();
  }
}

function u32(n: number): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
}
