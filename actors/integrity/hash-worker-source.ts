// hash-worker-source.ts: the hash worker's code, as plain JavaScript text run with `eval: true`.
// A string needs no file next to the compiled output, so the pool works alike from ts-jest and
// from dist/ (tsc does not copy .js files here).
//
// Message in: { id, paths: string[] }. Message out: { id, results: HashOutcome[] } in the same order.
// Files are read in 1 MiB chunks into an incremental MD5. O_NOFOLLOW refuses a symlink swapped in
// after the scan; O_NONBLOCK keeps a FIFO swapped in from blocking the thread. The file is stat'ed
// by descriptor before and after reading: if it changed meanwhile, mtimeMs is -1 so that the next
// scan hashes it again.
export const HASH_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const C = fs.constants;
const buf = Buffer.allocUnsafe(1 << 20);
function hashOne(p) {
  let fd;
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
  } catch (e) {
    return { error: (e && e.code) || 'EIO', message: String(e && e.message) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
parentPort.on('message', (m) => {
  parentPort.postMessage({ id: m.id, results: m.paths.map(hashOne) });
});
`;
