// unwritable.ts: which failures of one file's write, delete or rename concern that file alone, and how
// they are named. A file this node cannot write (its full path too long here, an immutable folder, a
// read-only mount) is skipped and reported while every other file applies; a failure of the whole node
// (disk full, I/O error, no file descriptors left) stops the apply and fails its loop. Pure.
import { IntegrityError } from './errors';
import { errCode } from './fs-util';

/** A change this node could not make: the file stays as it was, and the next sync tries it again. */
export interface UnwritableFile {
  /** The data_dir-relative path. */
  readonly path: string;
  readonly reason: string;
}

/** Failures of the node, not of one file: retried as a whole by the loop's supervisor. */
const NODE_WIDE: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EMFILE', 'ENFILE', 'ENOMEM']);

const EXPLAINED: Readonly<Record<string, string>> = {
  ENAMETOOLONG: 'its full path is too long on this node (the data_dir here is longer than the master\'s?)',
  EPERM: 'not permitted here (an immutable file or folder?)',
  EACCES: 'permission denied',
  EROFS: 'on a read-only file system',
  EXDEV: 'its folder is on another file system than the staging folder',
  ENOTDIR: 'a file stands where a folder is needed',
  EEXIST: 'something not in the table is in the way',
  EISDIR: 'a folder stands where the file goes',
  ENOTEMPTY: 'a folder that cannot be emptied stands where the file goes',
  EBUSY: 'busy (a mount point?)',
  ELOOP: 'too many levels of symlinks',
};

/** Why one file could not be changed, or undefined when the failure is not the file's alone (rethrow it). */
export function unwritableReason(err: unknown): string | undefined {
  if (err instanceof IntegrityError) return err.message;
  const code = errCode(err);
  // An errno code names the file system's answer; anything else (a TypeError, ERR_*) is a bug to surface.
  if (code === undefined || !/^E[A-Z0-9]+$/.test(code) || NODE_WIDE.has(code)) return undefined;
  return `${code}: ${EXPLAINED[code] ?? 'refused by the file system'}`;
}

/** A path cut for display: whole when short, else its head and tail around an ellipsis. */
export function shortPath(rel: string, max = 240): string {
  if (rel.length <= max) return rel;
  const head = Math.floor(max * 0.6);
  return `${rel.slice(0, head)}…${rel.slice(rel.length - (max - head))}`;
}

/** A path as log lines show it: quoted (control characters escaped), cut when long, with its length then. */
export function shownPath(rel: string): string {
  const s = shortPath(rel);
  return s === rel ? JSON.stringify(rel) : `${JSON.stringify(s)} (${Buffer.byteLength(rel)} bytes)`;
}
