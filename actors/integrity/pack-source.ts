// pack-source.ts: the master's side of packs. groupIntoPacks (pure) cuts the files to send into packs;
// packSource reads one pack's files as a stream of buffers, a small file whole and a big one in 1 MiB
// pieces pulled as the stream's credit allows, so memory stays bounded whatever the file size. Given a
// scratch buffer, it reads small files into it (Peer.sendStream copies each buffer before it pulls the
// next): a cold sync then allocates no buffer per file, 100 MB the GC would have to find.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileTable } from './file-table';
import { openRegularFile, openRegularFileSync } from '../../lib/regular-file';
import { encodePackHeader } from './file-pack';

interface PackLimits {
  /** Content bytes per pack; a bigger file travels alone. */
  readonly maxBytes: number;
  readonly maxFiles: number;
}

const PACK_LIMITS: PackLimits = { maxBytes: 4 * 1024 * 1024, maxFiles: 1_000 };
/** Files up to this size are read whole with synchronous calls (cheapest per file); bigger in pieces. */
const WHOLE_READ_MAX = 256 * 1024;
const PIECE = 1024 * 1024;

/** Cuts the paths (in order) into packs within the limits. Pure. */
export function groupIntoPacks(paths: readonly string[], table: FileTable, limits: PackLimits = PACK_LIMITS): string[][] {
  const packs: string[][] = [];
  let cur: string[] = [];
  let bytes = 0;
  for (const rel of paths) {
    const size = table.get(rel)?.size ?? 0;
    if (cur.length > 0 && (bytes + size > limits.maxBytes || cur.length >= limits.maxFiles)) {
      packs.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(rel);
    bytes += size;
  }
  if (cur.length > 0) packs.push(cur);
  return packs;
}

/**
 * The bytes of one pack. A file that cannot be opened, is no longer a regular file (a FIFO or symlink
 * swapped in since the scan is never opened nor followed), or whose size is no longer the table's, is left
 * out and named in `failed` (the next sync fetches it). One that shrinks while read is padded, so the
 * worker refuses it by its MD5 and the rest of the pack still frames.
 */
export async function* packSource(
  dataDir: string, paths: readonly string[], table: FileTable, failed: string[], scratch?: Buffer,
): AsyncGenerator<Buffer> {
  const root = path.resolve(dataDir);
  for (const rel of paths) {
    const e = table.get(rel);
    // A table's paths are clean (the master's own scan): joined by hand, without path.join's normalising.
    const abs = path.sep === '/' ? `${root}/${rel}` : path.join(root, ...rel.split('/'));
    if (!e) {
      failed.push(rel);
      continue;
    }
    const header = encodePackHeader(rel, e);
    if (e.size <= WHOLE_READ_MAX) {
      const content = readWhole(abs, e.size, scratch && e.size <= scratch.length ? scratch : undefined);
      if (!content) {
        failed.push(rel);
        continue;
      }
      yield header;
      if (content.length > 0) yield content;
      continue;
    }
    let fh: fs.promises.FileHandle;
    try {
      fh = await openRegularFile(abs);
    } catch {
      failed.push(rel);
      continue;
    }
    try {
      const st = await fh.stat();
      if (!st.isFile() || st.size !== e.size) {
        failed.push(rel);
        continue;
      }
      yield header;
      for (let off = 0; off < e.size;) {
        const want = Math.min(PIECE, e.size - off);
        const buf = Buffer.alloc(want);
        const { bytesRead } = await fh.read(buf, 0, want, off);
        off += bytesRead === 0 ? want : bytesRead; // shrunk: the zero padding fails the worker's MD5
        yield bytesRead === 0 ? buf : buf.subarray(0, bytesRead);
      }
    } finally {
      await fh.close();
    }
  }
}

/** Small files are read into this much scratch: every file read whole fits. */
export const PACK_SCRATCH_BYTES = WHOLE_READ_MAX;

// The whole content (in `into` when given), or undefined when the file is gone or no longer the size the table says.
function readWhole(abs: string, size: number, into?: Buffer): Buffer | undefined {
  let fd: number, st: fs.Stats;
  try {
    ({ fd, stat: st } = openRegularFileSync(abs));
  } catch {
    return undefined;
  }
  try {
    if (st.size !== size) return undefined;
    const buf = into ? into.subarray(0, size) : Buffer.allocUnsafe(size); // every byte is read or zeroed below
    for (let off = 0; off < size;) {
      const n = fs.readSync(fd, buf, off, size - off, off);
      if (n === 0) {
        buf.fill(0, off); // shrunk meanwhile: zero padding, refused by MD5
        break;
      }
      off += n;
    }
    return buf;
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}
