// integrity-feed.ts: the master's table of synced files as the node holds it. LocalIntegrityActor
// publishes here; each worker connection's IntegrityMaster reads the current table, is told of every
// change (to notify its worker at once) and records what its worker last reported (for `ruleset`).
// Node-owned and passed explicitly, so it outlives restarts of the actors that use it.
import { SYNCED_DIRS } from '../../config/synced-dirs';
import { tableDigest, type FileEntry, type FileTable } from './file-table';

export interface MasterTable {
  readonly table: FileTable;
  readonly digest: string;
  /** Digest per synced folder, e.g. {"etc/rules": "..."}. */
  readonly folders: Record<string, string>;
  readonly at: number;
}

export interface WorkerIntegrityReport {
  readonly digest: string;
  readonly folders: Record<string, string>;
  readonly files: number;
  readonly at: number;
}

export class IntegrityFeed {
  private readonly subscribers = new Set<(t: MasterTable) => void>();
  private readonly waiting: ((t: MasterTable) => void)[] = [];
  private readonly reports = new Map<string, WorkerIntegrityReport>();
  current: MasterTable | null = null;

  /** The master's data_dir, where the synced files are read from. */
  constructor(readonly dataDir: string) {}

  subscribe(fn: (t: MasterTable) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  publish(t: MasterTable): void {
    this.current = t;
    for (const w of this.waiting.splice(0)) w(t);
    for (const fn of this.subscribers) fn(t);
  }

  /** The current table, or the first one published (the master's first scan is still running). */
  ready(): Promise<MasterTable> {
    if (this.current) return Promise.resolve(this.current);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  workerReported(name: string, r: WorkerIntegrityReport): void {
    this.reports.set(name, r);
  }

  workerReports(): ReadonlyMap<string, WorkerIntegrityReport> {
    return this.reports;
  }
}

/** The digest of each synced folder's part of a table. */
export function folderDigests(table: FileTable): Record<string, string> {
  const parts = new Map<string, Map<string, FileEntry>>(SYNCED_DIRS.map((d) => [d.dir, new Map()]));
  for (const [p, e] of table) {
    for (const d of SYNCED_DIRS) {
      if (p.startsWith(d.dir + '/')) {
        parts.get(d.dir)!.set(p, e);
        break;
      }
    }
  }
  const out: Record<string, string> = {};
  for (const [dir, t] of parts) out[dir] = tableDigest(t);
  return out;
}

export function masterTableOf(table: FileTable, at: number): MasterTable {
  return { table, digest: tableDigest(table), folders: folderDigests(table), at };
}
