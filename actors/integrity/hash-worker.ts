// hash-worker.ts: the body of a hash-pool thread (a piscina task module, run from its compiled .js).
// Task in: the paths of one batch. Out: one HashOutcome per path, in the same order.
//
// Files are read in 1 MiB chunks into an incremental MD5. O_NOFOLLOW refuses a symlink swapped in
// after the scan; O_NONBLOCK keeps a FIFO swapped in from blocking the thread. The file is stat'ed by
// descriptor before and after reading: if it changed meanwhile, mtimeMs is -1 so that the next scan
// hashes it again. This module imports nothing of the project, so a thread starts fast.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';

interface HashResult {
  readonly md5: string;
  readonly size: number;
  /** -1 when the file changed while it was read: the content hashed may be torn, so hash it again later. */
  readonly mtimeMs: number;
  readonly mode: number;
}
export interface HashFailure {
  readonly error: string; // an errno code such as ENOENT, or ENOTFILE
  readonly message: string;
}
export type HashOutcome = HashResult | HashFailure;

const C = fs.constants;
const buf = Buffer.allocUnsafe(1 << 20); // one per thread: a thread hashes one file at a time

function hashFileSync(p: string): HashOutcome {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, C.O_RDONLY | C.O_NOFOLLOW | C.O_NONBLOCK);
    const before = fs.fstatSync(fd);
    if (!before.isFile()) return { error: 'ENOTFILE', message: 'not a regular file' };
    const h = crypto.createHash('md5');
    let size = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) break;
      h.update(buf.subarray(0, n));
      size += n;
    }
    const after = fs.fstatSync(fd);
    const stable = after.mtimeMs === before.mtimeMs && after.size === size;
    return { md5: h.digest('hex'), size, mtimeMs: stable ? after.mtimeMs : -1, mode: after.mode & 0o777 };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { error: e.code ?? 'EIO', message: String(e.message) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The piscina task: a batch of paths. */
export function hashBatch(paths: readonly string[]): HashOutcome[] {
  return paths.map(hashFileSync);
}
