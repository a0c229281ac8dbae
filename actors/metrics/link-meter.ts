// The bytes and frames of the node's cluster links, per peer node, across reconnects: a Peer counts its
// own traffic at the framing layer (protocol/peer.ts); when it closes, its figures are added to what
// earlier connections to the same node carried, so the totals only grow, as Prometheus counters must.
import type { PeerStats } from '../../protocol/peer';

/** What the meter needs of a Peer. */
export interface MeteredPeer {
  readonly stats: PeerStats;
  readonly closed: boolean;
  once(event: 'close', listener: () => void): unknown;
}

export interface LinkTotals extends PeerStats {
  /** The peer node's name (a worker's on the master, the master's on a worker). */
  peer: string;
  /** Connections to it open now (two for a moment while a reconnecting worker replaces its old one). */
  open: number;
}

const zero = (): PeerStats => ({ framesIn: 0, framesOut: 0, bytesIn: 0, bytesOut: 0 });

function add(into: PeerStats, s: PeerStats): void {
  into.framesIn += s.framesIn;
  into.framesOut += s.framesOut;
  into.bytesIn += s.bytesIn;
  into.bytesOut += s.bytesOut;
}

export class LinkMeter {
  private readonly closed = new Map<string, PeerStats>();
  private readonly live = new Map<string, Set<MeteredPeer>>();

  /** Counts `peer`'s traffic under `name` from now until it closes (its earlier frames included). */
  track(name: string, peer: MeteredPeer): void {
    if (peer.closed) {
      this.fold(name, peer);
      return;
    }
    let set = this.live.get(name);
    if (!set) this.live.set(name, (set = new Set()));
    if (set.has(peer)) return;
    set.add(peer);
    peer.once('close', () => {
      if (!set.delete(peer)) return;
      if (set.size === 0 && this.live.get(name) === set) this.live.delete(name);
      this.fold(name, peer);
    });
  }

  /** Every peer ever tracked, by name. */
  snapshot(): LinkTotals[] {
    const names = new Set([...this.closed.keys(), ...this.live.keys()]);
    return [...names].sort().map((peer) => {
      const totals = { ...zero(), ...this.closed.get(peer) };
      const open = this.live.get(peer) ?? new Set<MeteredPeer>();
      for (const p of open) add(totals, p.stats);
      return { peer, open: open.size, ...totals };
    });
  }

  private fold(name: string, peer: MeteredPeer): void {
    let t = this.closed.get(name);
    if (!t) this.closed.set(name, (t = zero()));
    add(t, peer.stats);
  }
}
