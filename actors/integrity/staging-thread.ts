// staging-thread.ts: the body of the staging writer thread (a piscina task module, run from its compiled
// .js). Task in: a batch of small files, their bytes packed in one shared buffer, each with the MD5
// the master announced. Out: per file, null once its bytes are verified and it is written with its mode
// and mtime; the MD5 of bytes that do not match (nothing written); or why it could not be written (its
// partial file removed). Hashing here keeps it off the event loop, and the two lanes hash side by side.
// Synchronous calls in a thread of its own: file creation runs beside the event loop's receiving,
// decrypting and hashing, at far less CPU a file than one thread-pool round trip per call.
// This module imports nothing of the project, so a thread starts fast.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface StagingFileJob {
  /** Absolute path of the staged file; it must not exist yet. Its folder is made when missing (mode 0750). */
  readonly file: string;
  readonly offset: number;
  readonly size: number;
  readonly mode: number;
  readonly mtimeSec: number;
  /** The MD5 the master announced (hex): the bytes are checked against it before anything is written. */
  readonly md5: string;
}

/** Per file: null when written; `{ md5 }`, the bytes' own MD5, when it is not the announced one; else why not written. */
export type StagingFileResult = null | { readonly md5: string } | string;

export interface StagingBatch {
  /** The files' bytes, from offset 0: a buffer shared with the caller, who reuses it once the task is done. */
  readonly bytes: ArrayBuffer | SharedArrayBuffer;
  readonly files: readonly StagingFileJob[];
}

/** The piscina task: one result per file, in order. */
export function writeBatch(b: StagingBatch): StagingFileResult[] {
  const bytes = Buffer.from(b.bytes);
  return b.files.map((f) => writeOne(f, bytes.subarray(f.offset, f.offset + f.size)));
}

function writeOne(f: StagingFileJob, content: Buffer): StagingFileResult {
  const md5 = createHash('md5').update(content).digest('hex');
  if (md5 !== f.md5) return { md5 };
  let fd: number;
  try {
    fd = create(f.file);
  } catch (err) {
    return (err as Error).message; // nothing of ours to remove
  }
  try {
    for (let off = 0; off < content.length;) off += fs.writeSync(fd, content, off, content.length - off);
    fs.fchmodSync(fd, f.mode);
    fs.futimesSync(fd, f.mtimeSec, f.mtimeSec);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(f.file, { force: true });
    return (err as Error).message;
  }
  fs.closeSync(fd);
  return null;
}

// The first file of a folder finds it missing: one failed open a folder, no check a file.
function create(file: string): number {
  try {
    return fs.openSync(file, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o750 });
    return fs.openSync(file, 'wx', 0o600);
  }
}
