import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RegistryReceiver } from '../../actors/agents/registry-receiver';
import { WorkerStore } from '../../store/worker-store';
import { registryDigest, RegistryEntry } from '../../store/global-store';
import { warden } from '../../protocol/generated/cluster';

const agent = (id: number, groups: string[] = []): RegistryEntry => ({ id, name: `a${id}`, ip: 'any', key: 'k'.repeat(64), groups });
const update = (u: Partial<warden.cluster.IRegistryUpdate>) => warden.cluster.RegistryUpdate.create({ full: false, toSeq: 0, upserts: [], deletes: [], last: true, digest: '', ...u });

describe('RegistryReceiver', () => {
  let dir: string;
  let store: WorkerStore;
  let applied: [number, number[]][];
  let r: RegistryReceiver;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-recv-'));
    store = new WorkerStore(path.join(dir, 'worker.db'));
    applied = [];
    r = new RegistryReceiver(store, (added, deleted) => applied.push([added, deleted]));
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a full resend is staged part by part and replaces the registry only at its last part', () => {
    store.applyRegistryChanges([1, 2, 9].map((id) => ({ seq: 0, kind: 'upsert' as const, agent: agent(id) })), 3);
    store.recordStatuses([{ id: 9, status: 'active' }, { id: 1, status: 'active' }]);
    const before = store.registryDigest();
    expect(r.apply(update({ full: true, toSeq: 7, upserts: [agent(1, ['g']), agent(2)], last: false }))).toEqual({ seq: 3, digest: '' });
    // Between parts the worker still serves its old copy, whole.
    expect(store.registryDigest()).toBe(before);
    expect(store.registrySeq()).toBe(3);
    const end = r.apply(update({ full: true, toSeq: 7, upserts: [agent(3)], last: true }));
    const expected = [agent(1, ['g']), agent(2), agent(3)];
    expect(end).toEqual({ seq: 7, digest: registryDigest(expected) });
    expect(store.registry()).toEqual(expected);
    expect(store.statuses().map((s) => s.id)).toEqual([1]); // agent 9 left with its status
    expect(applied).toEqual([[3, [9]]]);
  });

  test.each([
    ['a resend of another toSeq', update({ full: true, toSeq: 8, upserts: [agent(5)], last: true })],
    ['an incremental update in between', null],
  ])('what a resend cut short staged is dropped by %s', (_, restart) => {
    r.apply(update({ full: true, toSeq: 7, upserts: [agent(1), agent(2)], last: false }));
    if (restart) {
      r.apply(restart);
    } else {
      r.apply(update({ toSeq: 7, upserts: [agent(4)], digest: 'x' }));
      r.apply(update({ full: true, toSeq: 7, upserts: [agent(5)], last: true }));
    }
    expect(store.registry().map((e) => e.id)).toEqual([5]);
  });

  test('an incremental part without the master digest answers without hashing; with it, with the digest', () => {
    expect(r.apply(update({ toSeq: 2, upserts: [agent(1)] }))).toEqual({ seq: 2, digest: '' });
    expect(r.apply(update({ toSeq: 4, upserts: [agent(2)], deletes: [1], digest: 'known' }))).toEqual({ seq: 4, digest: registryDigest([agent(2)]) });
    expect(r.state()).toEqual({ seq: 4, digest: registryDigest([agent(2)]) });
    expect(applied).toEqual([[1, []], [1, [1]]]);
  });
});
