// file-table.ts: the table of synced files (path -> MD5, mtime, size, mode) and its digest. Pure.
import { createHash } from 'node:crypto';

export interface FileEntry {
  /** Lowercase hex MD5 of the content. */
  readonly md5: string;
  /** Modification time in ms since the epoch (fractional on file systems that keep ns). */
  readonly mtimeMs: number;
  readonly size: number;
  /** Permission bits only (mode & 0o777): setuid, setgid and sticky never travel. */
  readonly mode: number;
}

/** Keys are data_dir-relative paths with '/' separators, e.g. "etc/shared/default/agent.conf". */
export type FileTable = ReadonlyMap<string, FileEntry>;

/** The bits of st_mode that a table keeps and an apply sets. */
export const MODE_MASK = 0o777;

/** Characters hashed at once by tableDigest. */
const DIGEST_TEXT_BATCH = 64 * 1024;

/** Code-point order, so that both sides sort alike whatever their locale. */
function sortedPaths(table: FileTable): string[] {
  return [...table.keys()].sort(); // the default order is comparePaths' (UTF-16 units), without a call per comparison
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A stable MD5 over the sorted (path, md5, mode) triples: a worker offers it and the master skips the
 * whole comparison when it matches. mtime and size are left out: the content hash covers them, and
 * mtimes differ after a copy on file systems with coarser clocks.
 */
export function tableDigest(table: FileTable): string {
  const h = createHash('md5');
  let text = '';
  for (const p of sortedPaths(table)) {
    const e = table.get(p)!;
    // NUL cannot occur in a path or a hex digest, so the fields cannot run into each other.
    text += `${p}\0${e.md5}\0${(e.mode & MODE_MASK).toString(8)}\n`;
    if (text.length >= DIGEST_TEXT_BATCH) {
      h.update(text); // one call per batch, not per file: the same bytes, so the same digest
      text = '';
    }
  }
  h.update(text);
  return h.digest('hex');
}

/** Totals for logs and health output. */
export function tableStats(table: FileTable): { files: number; bytes: number } {
  let bytes = 0;
  for (const e of table.values()) bytes += e.size;
  return { files: table.size, bytes };
}
