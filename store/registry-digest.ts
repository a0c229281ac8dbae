// The registry digest, built row by row: master and worker hash their copies straight from SQLite
// without holding 50,000 entries (equal digests mean nothing to resend).
import { createHash, Hash } from 'crypto';
import type { RegistryEntry } from './global-store';

/** One agent row joined with one of its groups (null when it has none), in id then priority order. */
export interface RegistryRow {
  id: number;
  name: string;
  ip: string;
  key: string;
  group_name: string | null;
}

/** Feeds agents in ascending id order; the same bytes as registryDigest over the entries. */
export class DigestBuilder {
  private readonly h: Hash = createHash('md5');
  private pending: { id: number; name: string; ip: string; key: string; groups: string } | null = null;

  /** An agent with its groups already joined by ','. */
  addEntry(id: number, name: string, ip: string, key: string, groups: string): void {
    this.flush();
    this.h.update(`${id}\0${name}\0${ip}\0${key}\0${groups}\n`);
  }

  /** A row of the agent/belongs join; rows of one agent must follow each other. */
  addRow(r: RegistryRow): void {
    if (this.pending && this.pending.id === r.id) {
      if (r.group_name !== null) this.pending.groups = this.pending.groups ? `${this.pending.groups},${r.group_name}` : r.group_name;
      return;
    }
    this.flush();
    this.pending = { id: r.id, name: r.name, ip: r.ip, key: r.key, groups: r.group_name ?? '' };
  }

  digest(): string {
    this.flush();
    return this.h.digest('hex');
  }

  private flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.h.update(`${p.id}\0${p.name}\0${p.ip}\0${p.key}\0${p.groups}\n`);
  }
}

/** Entries from rows of the agent/belongs join (one row per group, in id then priority order). */
export function* groupRows(rows: Iterable<RegistryRow>): Generator<RegistryEntry> {
  let last: RegistryEntry | undefined;
  for (const r of rows) {
    if (last && last.id !== r.id) { yield last; last = undefined; }
    if (!last) last = { id: r.id, name: r.name, ip: r.ip, key: r.key, groups: [] };
    if (r.group_name !== null) last.groups.push(r.group_name);
  }
  if (last) yield last;
}

/** MD5 over the registry a worker must hold, in id order: equal digests mean nothing to resend. */
export function registryDigest(entries: readonly RegistryEntry[]): string {
  const b = new DigestBuilder();
  for (const e of [...entries].sort((x, y) => x.id - y.id)) b.addEntry(e.id, e.name, e.ip, e.key, e.groups.join(','));
  return b.digest();
}
