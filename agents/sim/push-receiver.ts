// Receives a merged.mg push the way an agent does: `#!-up file <md5> <name>`, data pieces, then
// `#!-close file `; the file is kept only when its MD5 matches. Pure: no fs, no socket.
import { createHash } from 'node:crypto';
import { MERGED_NAME } from '../groups/merged-mg';

/** A bigger push is refused (and its pieces dropped) rather than buffered without bound. */
export const MAX_PUSH_BYTES = 16 * 1024 * 1024;

type PushResult =
  | { kind: 'none' }
  | { kind: 'applied'; md5: string; content: Buffer }
  | { kind: 'rejected'; reason: string };

interface Receiving {
  md5: string;
  name: string;
  pieces: Buffer[];
  size: number;
  overflow: boolean;
}

export class PushReceiver {
  private current: Receiving | null = null;

  get receiving(): boolean {
    return this.current !== null;
  }

  /** `#!-up file`: a new push replaces one left unfinished (the manager restarted it). */
  open(md5: string, name: string): PushResult {
    const dropped = this.current;
    this.current = { md5, name, pieces: [], size: 0, overflow: false };
    return dropped ? { kind: 'rejected', reason: `push of ${dropped.name} restarted before its close` } : { kind: 'none' };
  }

  data(piece: Buffer): PushResult {
    const c = this.current;
    if (c === null) return { kind: 'rejected', reason: 'file data outside a push' };
    if (c.size + piece.length > MAX_PUSH_BYTES) c.overflow = true;
    else {
      c.pieces.push(Buffer.from(piece));
      c.size += piece.length;
    }
    return { kind: 'none' };
  }

  /** `#!-close file`: the content is applied when it is merged.mg, fits, and its MD5 matches. */
  close(): PushResult {
    const c = this.current;
    this.current = null;
    if (c === null) return { kind: 'rejected', reason: 'close without a push' };
    if (c.overflow) return { kind: 'rejected', reason: `push of ${c.name} is over ${MAX_PUSH_BYTES} bytes` };
    if (c.name !== MERGED_NAME) return { kind: 'rejected', reason: `unexpected pushed file ${JSON.stringify(c.name)}` };
    const content = Buffer.concat(c.pieces, c.size);
    const md5 = createHash('md5').update(content).digest('hex');
    if (md5 !== c.md5) return { kind: 'rejected', reason: `merged.mg MD5 ${md5} does not match the announced ${c.md5}` };
    return { kind: 'applied', md5, content };
  }

  /** A lost connection drops a half-received push. */
  reset(): void {
    this.current = null;
  }
}
