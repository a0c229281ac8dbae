// What the integrity loops did, per node whose files were checked: how long checks, syncs and scans
// took (fixed-bucket histograms, lib/histogram.ts), the files each sync planned (missing, shared i.e.
// present on both sides but different, extra), and the files in the node's table. On a worker the node
// is itself; on the master, each worker (from its reports) and the master itself (its local scans).
import { copyHistogram, newHistogram, observe, type Histogram } from '../../lib/histogram';

export interface SyncFiles {
  missing: number;
  shared: number;
  extra: number;
}

export interface IntegrityNodeStats {
  node: string;
  check: Histogram;
  sync: Histogram;
  scan: Histogram;
  /** Files planned by every sync so far. */
  synced: SyncFiles;
  /** Files in the node's table at its last check, sync or scan; null before any. */
  tableFiles: number | null;
}

export class IntegrityMeter {
  private readonly nodes = new Map<string, IntegrityNodeStats>();

  /** A check ended (in sync or not), `files` in the table it compared (null: not known). */
  checked(node: string, seconds: number, files: number | null): void {
    const n = this.of(node);
    observe(n.check, seconds);
    if (files !== null) n.tableFiles = files;
  }

  /** A sync ended; `files` in the table after it (null: not known). */
  synced(node: string, seconds: number, planned: SyncFiles, files: number | null): void {
    const n = this.of(node);
    observe(n.sync, seconds);
    n.synced.missing += planned.missing;
    n.synced.shared += planned.shared;
    n.synced.extra += planned.extra;
    if (files !== null) n.tableFiles = files;
  }

  /** The master scanned its own synced files. */
  scanned(node: string, seconds: number, files: number): void {
    const n = this.of(node);
    observe(n.scan, seconds);
    n.tableFiles = files;
  }

  snapshot(): IntegrityNodeStats[] {
    return [...this.nodes.values()]
      .map((n) => ({ ...n, check: copyHistogram(n.check), sync: copyHistogram(n.sync), scan: copyHistogram(n.scan), synced: { ...n.synced } }))
      .sort((a, b) => a.node.localeCompare(b.node));
  }

  private of(node: string): IntegrityNodeStats {
    let n = this.nodes.get(node);
    if (!n) {
      n = { node, check: newHistogram(), sync: newHistogram(), scan: newHistogram(), synced: { missing: 0, shared: 0, extra: 0 }, tableFiles: null };
      this.nodes.set(node, n);
    }
    return n;
  }
}
