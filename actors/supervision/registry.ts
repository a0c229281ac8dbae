// The live table of a node's actors, read by the inspection shell and `warden control`.

export type ActorStatus = 'starting' | 'running' | 'restarting' | 'stopped' | 'failed';

export interface ActorInfo {
  path: string;
  kind: string;
  status: ActorStatus;
  summary: string;
  mailbox: number;
  handled: number;
  dropped: number;
  restarts: number;
  lastError: { message: string; at: number } | null;
  startedAt: number;
}

/** A mutable record owned by one actor; the registry only hands out copies. */
export interface ActorRecord extends ActorInfo {
  summarize: () => string;
}

export class ActorRegistry {
  private readonly records = new Map<string, ActorRecord>();

  add(path: string, kind: string, now: number, summarize: () => string = () => ''): ActorRecord {
    const rec: ActorRecord = {
      path, kind, status: 'starting', summary: '', mailbox: 0, handled: 0, dropped: 0, restarts: 0,
      lastError: null, startedAt: now, summarize,
    };
    this.records.set(path, rec);
    return rec;
  }

  remove(path: string): void {
    this.records.delete(path);
  }

  get(path: string): ActorInfo | undefined {
    const r = this.records.get(path);
    return r && snapshotOf(r);
  }

  /** Every actor, sorted by path so that a parent comes before its children. */
  snapshot(): ActorInfo[] {
    return [...this.records.values()].map(snapshotOf).sort((a, b) => a.path.localeCompare(b.path));
  }
}

function snapshotOf(r: ActorRecord): ActorInfo {
  let summary: string;
  try {
    summary = r.summarize();
  } catch (err) {
    summary = `summary failed: ${(err as Error).message}`;
  }
  const { summarize: _omit, ...info } = r;
  return { ...info, summary, lastError: r.lastError && { ...r.lastError } };
}
