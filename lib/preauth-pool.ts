// preauth-pool.ts: the connections of a port that have not yet proven a key, capped per source address
// and in total. A newcomer is never refused: the pool makes room by evicting the oldest unproven
// connection, of the newcomer's address when that address is at its cap, else of the address holding
// the most. A flood keeps cycling its own connections while a real worker or agent, which proves its key
// within milliseconds, gets in; connections that have proven a key leave the pool and are never capped
// (many agents behind one NAT address).

export interface PreAuthLimits {
  /** Unproven connections held per source address. */
  maxPerAddress: number;
  /** Unproven connections held in all. */
  maxTotal: number;
}

interface Held<T> {
  readonly conn: T;
  readonly address: string;
}

export class PreAuthPool<T> {
  /** Per address, its unproven connections, oldest first. */
  private readonly byAddress = new Map<string, Held<T>[]>();
  private readonly byConn = new Map<T, Held<T>>();

  constructor(readonly limits: PreAuthLimits) {
    for (const [k, v] of Object.entries(limits)) {
      if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`${k} must be a positive integer, got ${v}`);
    }
  }

  /**
   * Holds conn (from address) and returns the connections to close to make room for it, already out of
   * the pool: at most one, since each admission adds one.
   */
  admit(address: string, conn: T): T[] {
    const evicted: T[] = [];
    const own = this.byAddress.get(address);
    if (own && own.length >= this.limits.maxPerAddress) evicted.push(this.evictOldestOf(address));
    else if (this.byConn.size >= this.limits.maxTotal) evicted.push(this.evictOldestOf(this.busiestAddress()));
    const held = { conn, address };
    this.byConn.set(conn, held);
    const list = this.byAddress.get(address);
    if (list) list.push(held);
    else this.byAddress.set(address, [held]);
    return evicted;
  }

  /** conn proved its key, or closed: it no longer counts. Unknown connections are ignored. */
  release(conn: T): void {
    const held = this.byConn.get(conn);
    if (!held) return;
    this.byConn.delete(conn);
    const list = this.byAddress.get(held.address)!;
    list.splice(list.indexOf(held), 1);
    if (list.length === 0) this.byAddress.delete(held.address);
  }

  has(conn: T): boolean {
    return this.byConn.has(conn);
  }

  count(address: string): number {
    return this.byAddress.get(address)?.length ?? 0;
  }

  /** Unproven connections held in all. */
  get size(): number {
    return this.byConn.size;
  }

  /** Addresses holding at least one unproven connection. */
  get addresses(): number {
    return this.byAddress.size;
  }

  private evictOldestOf(address: string): T {
    const oldest = this.byAddress.get(address)![0].conn;
    this.release(oldest);
    return oldest;
  }

  /** The address holding the most unproven connections; on a tie, the one that came first. */
  private busiestAddress(): string {
    let best = '';
    let most = 0;
    for (const [address, list] of this.byAddress) {
      if (list.length > most) {
        best = address;
        most = list.length;
      }
    }
    return best;
  }
}
