// daily-rotation.ts: moves a live log file into its daily gzip archive (rotation-path.ts says where) while
// its writer goes on, losing no line and overwriting no archive.
//
//   1. A leftover "<live>.rotating" (a rotation that failed after the move) is archived first.
//   2. An empty or missing live file is not archived.
//   3. The archive folder is created and "<archive>.tmp" opened: a folder that cannot be written fails
//      here, before the live file is touched.
//   4. The live file is renamed to "<live>.rotating"; the writer keeps its open file, so every line
//      goes on landing in it, until reopen() closes it (flushed) and starts a fresh live file.
//   5. "<live>.rotating" is gzipped into "<archive>.tmp", fsynced, renamed to the archive (folder
//      fsynced), then removed.
// A failure is thrown as a RotationError, never swallowed. Before step 4 the live file is as it was; if
// reopen() fails before the writer switched, the move is undone; past that, the lines wait in
// "<live>.rotating" for the next rotation.
import { createReadStream } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { archiveFileName, archiveFolder, splitLogName } from './rotation-path';

/** A live file and the hook of its writer. */
export interface Reopenable {
  readonly path: string;
  /**
   * Opens a fresh file at `path` for the lines to come, and closes the file the writer held once every
   * earlier line is written to it. A rejection before the switch must leave the writer on its old file
   * and create no file at `path`.
   */
  reopen(): Promise<void>;
}

export interface ArchiveRequest {
  /** Archives go to <logsDir>/<name>/YYYY/Mon/ (usually <data_dir>/logs). */
  logsDir: string;
  /** The day the content was written (rotation-path.ts contentDay). */
  day: Date;
}

export interface DailyRotation {
  live: string;
  /** The archive written, or null when the live file was empty. */
  archive: string | null;
  /** Bytes of the live file archived (before compression). */
  bytes: number;
  /** A leftover of an earlier failed rotation, archived first. */
  recovered: string | null;
}

export class RotationError extends Error {
  override readonly name = 'RotationError';
}

const ROTATING_SUFFIX = '.rotating';

export async function rotateDaily(file: Reopenable, req: ArchiveRequest): Promise<DailyRotation> {
  const live = file.path;
  const moved = live + ROTATING_SUFFIX;
  const recovered = await recoverLeftover(live, moved, req.logsDir);
  const size = await sizeOf(live);
  if (size === 0) return { live, archive: null, bytes: 0, recovered };
  const out = await prepareArchive(live, req.logsDir, req.day);
  try {
    await fsp.rename(live, moved);
  } catch (err) {
    const left = await out.discard();
    throw new RotationError(`cannot move ${live} aside to archive it; the live file is untouched${left}: ${messageOf(err)}`, { cause: err });
  }
  try {
    await file.reopen();
  } catch (err) {
    const left = await out.discard();
    throw new RotationError(`cannot reopen ${live} after moving it aside, ${await undoMove(moved, live)}${left}: ${messageOf(err)}`, { cause: err });
  }
  const bytes = await out.fill(moved);
  await removeArchived(moved, out.target);
  return { live, archive: out.target, bytes, recovered };
}

/**
 * After a failed reopen: a writer that did not switch still writes to the moved file, so it goes back
 * (link: never over a fresh live file); a writer that did switch left a fresh file, and the moved one
 * waits for the next rotation.
 */
async function undoMove(moved: string, live: string): Promise<string> {
  try {
    await fsp.link(moved, live);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'EEXIST' ? 'the writer had switched to a fresh file' : messageOf(err);
    return `and its lines stay in ${moved} for the next rotation (${why})`;
  }
  try {
    await fsp.unlink(moved);
  } catch (err) {
    return `the move is undone but ${moved} remains (${messageOf(err)})`;
  }
  return 'the move is undone';
}

/** Archives the lines of a failed rotation, dated by their last write. */
async function recoverLeftover(live: string, moved: string, logsDir: string): Promise<string | null> {
  let mtime: number;
  try {
    mtime = (await fsp.stat(moved)).mtimeMs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new RotationError(`cannot check for ${moved}: ${messageOf(err)}`, { cause: err });
  }
  const out = await prepareArchive(live, logsDir, new Date(mtime));
  await out.fill(moved);
  await removeArchived(moved, out.target);
  return out.target;
}

async function removeArchived(moved: string, archive: string): Promise<void> {
  try {
    await fsp.unlink(moved);
  } catch (err) {
    throw new RotationError(`archived ${moved} to ${archive} but cannot remove it (the next rotation archives it again): ${messageOf(err)}`, { cause: err });
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await fsp.stat(path)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw new RotationError(`cannot read ${path}: ${messageOf(err)}`, { cause: err });
  }
}

interface PreparedArchive {
  target: string;
  /** Gzips `source` into the archive, durably; returns the bytes read. */
  fill(source: string): Promise<number>;
  /** Gives up before fill: closes and removes the temporary file; says so if it cannot be removed. */
  discard(): Promise<string>;
}

/** Creates the folder and opens "<archive>.tmp": proves the archive can be written before anything moves. */
async function prepareArchive(live: string, logsDir: string, day: Date): Promise<PreparedArchive> {
  const name = splitLogName(basename(live));
  const folder = archiveFolder(logsDir, name, day);
  let target = '';
  let fh: fsp.FileHandle;
  try {
    await fsp.mkdir(folder, { recursive: true, mode: 0o750 });
    target = join(folder, archiveFileName(name, day, await fsp.readdir(folder)));
    fh = await fsp.open(`${target}.tmp`, 'w', 0o640);
  } catch (err) {
    throw new RotationError(`cannot archive ${live}: cannot write in ${folder}; the live file is untouched: ${messageOf(err)}`, { cause: err });
  }
  const tmp = `${target}.tmp`;
  let open = true;
  const close = async (): Promise<void> => {
    if (open) {
      open = false;
      await fh.close();
    }
  };
  return {
    target,
    discard: async () => {
      await close().catch(() => undefined);
      return removeTmp(tmp);
    },
    fill: async (source) => {
      try {
        const bytes = (await fsp.stat(source)).size;
        // The stream takes the handle: it fsyncs (flush) and closes it when done, or closes it on an
        // error. (With autoClose: false, Node 20 never releases its hold: fh.close() would hang.)
        open = false;
        await pipeline(createReadStream(source), createGzip(), fh.createWriteStream({ flush: true }));
        await fsp.rename(tmp, target);
        await syncFolder(dirname(target));
        return bytes;
      } catch (err) {
        await close().catch(() => undefined);
        const left = await removeTmp(tmp);
        throw new RotationError(`cannot archive ${source} to ${target}; its lines stay in ${source} for the next rotation${left}: ${messageOf(err)}`, { cause: err });
      }
    },
  };
}

/**
 * Cleanup on a path that already failed: the first error is the one thrown, so this one is only told in
 * its message. A .tmp left behind is harmless: archive names never match it, and the next attempt at
 * the same archive truncates it.
 */
async function removeTmp(tmp: string): Promise<string> {
  try {
    await fsp.rm(tmp, { force: true });
    return '';
  } catch (err) {
    return ` (and ${tmp} is left behind: ${messageOf(err)})`;
  }
}

async function syncFolder(folder: string): Promise<void> {
  const dh = await fsp.open(folder, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
