// integrity-wire.ts: tables to and from their wire form (files travel in packs: file-pack.ts). Pure.
// Everything a peer sends is checked here before it reaches the planner.
import { IntegrityError } from './errors';
import { MODE_MASK, type FileEntry, type FileTable } from './file-table';
import type { PathConflict } from './integrity-plan';

export interface WireFile {
  path?: string | null;
  md5?: string | null;
  size?: number | null;
  mtimeMs?: number | null;
  mode?: number | null;
}

/** Entries per IntegrityTable part: about 100 bytes each, far below the 4 MiB frame cap. */
export const TABLE_PART_SIZE = 5_000;
/** A table beyond this is refused: no ruleset comes near it, and the master keeps it in memory. */
export const MAX_TABLE_FILES = 500_000;

export function tableToWire(table: FileTable): WireFile[][] {
  const parts: WireFile[][] = [];
  let cur: WireFile[] = [];
  for (const [path, e] of table) {
    cur.push({ path, md5: e.md5, size: e.size, mtimeMs: e.mtimeMs, mode: e.mode });
    if (cur.length === TABLE_PART_SIZE) {
      parts.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0 || parts.length === 0) parts.push(cur);
  return parts;
}

/** Adds one part to a table under construction; a malformed entry refuses the whole part. */
export function addWireFiles(into: Map<string, FileEntry>, files: readonly WireFile[]): void {
  if (into.size + files.length > MAX_TABLE_FILES) {
    throw new IntegrityError('scan_failed', `table larger than ${MAX_TABLE_FILES} files`);
  }
  for (const f of files) {
    const path = f.path ?? '';
    into.set(path, checkEntry(path, f));
  }
}

function checkEntry(path: string, f: WireFile): FileEntry {
  const md5 = f.md5 ?? '';
  const size = Number(f.size ?? -1);
  const mtimeMs = Number(f.mtimeMs ?? NaN);
  const mode = Number(f.mode ?? -1);
  if (path.length === 0 || !/^[0-9a-f]{32}$/.test(md5) || !Number.isSafeInteger(size) || size < 0
    || !Number.isFinite(mtimeMs) || !Number.isInteger(mode) || mode < 0) {
    throw new IntegrityError('path_invalid', `malformed table entry ${JSON.stringify(path.slice(0, 200))}`, { path });
  }
  return { md5, size, mtimeMs, mode: mode & MODE_MASK };
}

export function conflictsFromWire(list: readonly { path?: string | null; workerHas?: string | null }[]): PathConflict[] {
  return list.map((c) => ({ path: c.path ?? '', workerHas: c.workerHas === 'file' ? 'file' : 'folder' }));
}

export function secondsOf(ms: number): string {
  return `${(ms / 1000).toFixed(3)}s`;
}
