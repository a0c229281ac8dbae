// The worker's side of the GroupSender: applies registry updates to the local store and answers with
// where its copy stands. A full resend is staged in SQLite part by part and swapped in at its last part,
// so the worker never holds the whole registry in memory.
import { WorkerStore } from '../../store/worker-store';
import { warden } from '../../protocol/generated/cluster';
import { entryFromWire } from './agent-codec';
import { RegistryPoint } from './registry-plan';

export class RegistryReceiver {
  /**
   * The toSeq of the full resend whose parts are staged, null when none is. A part of another toSeq starts
   * afresh; a resend restarted at the same toSeq overwrites the same ids, and a leftover that survives
   * shows in the digest, which the next check resends.
   */
  private staging: number | null = null;

  constructor(private readonly store: WorkerStore, private readonly onApplied: (added: number, deleted: number[]) => void = () => undefined) {}

  state(): RegistryPoint {
    return { seq: this.store.registrySeq(), digest: this.store.registryDigest() };
  }

  apply(u: warden.cluster.RegistryUpdate): RegistryPoint {
    if (u.full) {
      this.store.stageRegistryPart(u.upserts.map(entryFromWire), this.staging !== u.toSeq);
      this.staging = u.last ? null : u.toSeq;
      // A part before the last: where this copy still stands, and no digest (nothing to judge yet).
      if (!u.last) return { seq: this.store.registrySeq(), digest: '' };
      const { count, deleted } = this.store.swapInStaged(u.toSeq);
      this.onApplied(count, deleted);
      return this.state();
    }
    // An incremental update abandons a resend cut short; the next one starts its staging afresh.
    this.staging = null;
    this.store.applyRegistryChanges([
      ...u.upserts.map((a) => ({ seq: 0, kind: 'upsert' as const, agent: entryFromWire(a) })),
      ...u.deletes.map((id) => ({ seq: 0, kind: 'delete' as const, id })),
    ], u.toSeq);
    this.onApplied(u.upserts.length, [...u.deletes]);
    // A part whose master digest is unknown (a catch-up's middle): no digest, which tells the GroupSender
    // to ask afresh before judging. Hashing 50,000 rows after each of ten parts was a worker's memory churn.
    return u.digest === '' ? { seq: this.store.registrySeq(), digest: '' } : this.state();
  }
}
