// regular-file.ts: reads files in folders that others can write (synced folders, ruleset folders) without
// ever following a symlink or opening anything that is not a regular file. Opening a FIFO blocks its
// thread until a writer comes, for good (even process.exit waits for such a thread); a device may do
// anything when opened. So: lstat first, and only a regular file is opened, with O_NOFOLLOW|O_NONBLOCK
// in case it was swapped since, then checked again by descriptor.
import * as fs from 'node:fs';

const C = fs.constants;

/** What a directory entry or lstat says a path is, in words for a log line ("a FIFO", "a symlink"). */
export function kindOf(e: fs.Stats | fs.Dirent): string {
  if (e.isFile()) return 'a regular file';
  if (e.isDirectory()) return 'a folder';
  if (e.isSymbolicLink()) return 'a symlink';
  if (e.isFIFO()) return 'a FIFO';
  if (e.isSocket()) return 'a socket';
  if (e.isCharacterDevice()) return 'a character device';
  if (e.isBlockDevice()) return 'a block device';
  return 'of an unknown type';
}

/** The path is not a regular file: it was not opened. The message says what it is. */
export class NotRegularFileError extends Error {
  override readonly name = 'NotRegularFileError';
  constructor(readonly kind: string) {
    super(`${kind}, not a regular file${kind === 'a symlink' ? ' (symlinks are not followed)' : ''}`);
  }
}

/**
 * An open descriptor on the regular file at `abs`, with what fstat says of it once open (its size, say);
 * throws NotRegularFileError, or the errno error.
 */
export function openRegularFileSync(abs: string): { fd: number; stat: fs.Stats } {
  const st = fs.lstatSync(abs);
  if (!st.isFile()) throw new NotRegularFileError(kindOf(st));
  const fd = fs.openSync(abs, C.O_RDONLY | C.O_NOFOLLOW | C.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFileError(kindOf(stat));
    return { fd, stat };
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
}

/** The whole content of the regular file at `abs`. */
export function readRegularFileSync(abs: string): Buffer {
  const { fd } = openRegularFileSync(abs);
  try {
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The async twin of openRegularFileSync: a handle on the regular file at `abs`. */
export async function openRegularFile(abs: string): Promise<fs.promises.FileHandle> {
  const st = await fs.promises.lstat(abs);
  if (!st.isFile()) throw new NotRegularFileError(kindOf(st));
  const fh = await fs.promises.open(abs, C.O_RDONLY | C.O_NOFOLLOW | C.O_NONBLOCK);
  try {
    const now = await fh.stat();
    if (!now.isFile()) throw new NotRegularFileError(kindOf(now));
    return fh;
  } catch (err) {
    await fh.close();
    throw err;
  }
}
