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

/** Tables the master remembers after they are replaced: a worker one or a few saves behind is planned from one. */
const HISTORY = 4;

export class IntegrityFeed {
  private readonly subscribers = new Set<(t: MasterTable) => void>();
  /** The last tables published before the current one, newest first. */
  private readonly history: MasterTable[] = [];
  private readonly waiting: ((t: MasterTable) => void)[] = [];
  private readonly reports = new Map<string, WorkerIntegrityReport>();
  private readonly reportSubscribers = new Set<(worker: string) => void>();
  current: MasterTable | null = null;

  /** The master's data_dir, where the synced files are read from. */
  constructor(readonly dataDir: string) {}

  subscribe(fn: (t: MasterTable) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  publish(t: MasterTable): void {
    if (this.current && this.current.digest !== t.digest) {
      this.history.unshift(this.current);
      this.history.length = Math.min(this.history.length, HISTORY);
    }
    this.current = t;
    for (const w of this.waiting.splice(0)) w(t);
    for (const fn of this.subscribers) fn(t);
  }

  /** The current table, or the first one published (the master's first scan is still running). */
  ready(): Promise<MasterTable> {
    if (this.current) return Promise.resolve(this.current);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * A recent table of the master with this digest (the current one included): a worker whose own digest it
   * is holds exactly that table (the digest covers every path, MD5 and mode), so no upload is needed to plan.
   */
  tableWithDigest(digest: string): MasterTable | undefined {
    if (this.current?.digest === digest) return this.current;
    return this.history.find((t) => t.digest === digest);
  }

  workerReported(name: string, r: WorkerIntegrityReport): void {
    this.reports.set(name, r);
    for (const fn of this.reportSubscribers) fn(name);
  }

  /** Hears the name of each worker that reports (a check or a sync's result). Returns the unsubscribe. */
  subscribeReports(fn: (worker: string) => void): () => void {
    this.reportSubscribers.add(fn);
    return () => this.reportSubscribers.delete(fn);
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
