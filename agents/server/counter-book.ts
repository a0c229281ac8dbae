// The last counter pair accepted from each agent (Wazuh's queue/rids), and the replay check of
// agents.verify_counters. Each pair is kept with a tag of the key it came under: a re-keyed agent starts
// afresh. Pure: persisting a snapshot is counter-file.ts's job.
import { checkReceivedCounters, CounterPair } from '../crypto/agent-counters';

/** What the book needs of an agent: its id and a tag of its current key. */
export interface CountedAgent {
  id: number;
  keyTag: string;
}

export interface CounterEntry extends CounterPair {
  keyTag: string;
}

export class CounterBook {
  private readonly last = new Map<number, CounterEntry>();
  private dirty = false;

  constructor(readonly enforce: boolean, saved: Iterable<[number, CounterEntry]> = []) {
    for (const [id, e] of saved) this.last.set(id, { ...e });
  }

  /** May this message be processed? Always when not enforcing; else only a pair after the last one. */
  admits(agent: CountedAgent, got: CounterPair): boolean {
    if (!this.enforce) return true;
    return checkReceivedCounters(this.lastOf(agent), got, true).accepted;
  }

  /** The last pair of agent under its current key, or null. */
  lastOf(agent: CountedAgent): CounterPair | null {
    const e = this.last.get(agent.id);
    return e && e.keyTag === agent.keyTag ? { global: e.global, local: e.local } : null;
  }

  /** Records a processed message's pair. */
  record(agent: CountedAgent, got: CounterPair): void {
    this.last.set(agent.id, { global: got.global, local: got.local, keyTag: agent.keyTag });
    this.dirty = true;
  }

  get(id: number): CounterPair | undefined {
    const e = this.last.get(id);
    return e && { global: e.global, local: e.local };
  }

  /** A deleted agent: its pairs mean nothing any more. */
  forget(id: number): void {
    if (this.last.delete(id)) this.dirty = true;
  }

  /** Every entry when something changed since the last markSaved(), else null (nothing to write). */
  unsaved(): [number, CounterEntry][] | null {
    if (!this.dirty) return null;
    return [...this.last].map(([id, e]) => [id, { ...e }]);
  }

  /** The entries unsaved() returned are on disk (a failed write leaves them unsaved, for the next try). */
  markSaved(): void {
    this.dirty = false;
  }
}
