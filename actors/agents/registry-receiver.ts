// The worker's side of the GroupSender: applies registry updates to the local store and answers with
// where its copy stands. A full resend is gathered in memory and applied in one transaction at its last part.
import { WorkerStore } from '../../store/worker-store';
import { RegistryEntry } from '../../store/global-store';
import { warden } from '../../protocol/generated/cluster';
import { entryFromWire } from './agent-codec';
import { RegistryPoint } from './registry-plan';

export class RegistryReceiver {
  private parts: RegistryEntry[] | null = null;

  constructor(private readonly store: WorkerStore, private readonly onApplied: (added: number, deleted: number[]) => void = () => undefined) {}

  state(): RegistryPoint {
    return { seq: this.store.registrySeq(), digest: this.store.registryDigest() };
  }

  apply(u: warden.cluster.RegistryUpdate): RegistryPoint {
    if (u.full) {
      this.parts = (this.parts ?? []).concat(u.upserts.map(entryFromWire));
      if (!u.last) return { seq: -1, digest: '' };
      const entries = this.parts;
      this.parts = null;
      const before = new Set(this.store.registryIds());
      this.store.replaceRegistry(entries, u.toSeq);
      const after = new Set(entries.map((e) => e.id));
      this.onApplied(entries.length, [...before].filter((id) => !after.has(id)));
      return this.state();
    }
    this.parts = null;
    this.store.applyRegistryChanges([
      ...u.upserts.map((a) => ({ seq: 0, kind: 'upsert' as const, agent: entryFromWire(a) })),
      ...u.deletes.map((id) => ({ seq: 0, kind: 'delete' as const, id })),
    ], u.toSeq);
    this.onApplied(u.upserts.length, [...u.deletes]);
    return this.state();
  }
}
