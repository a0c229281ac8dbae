// The registry read part by part and hashed row by row must equal the whole-list forms they replace.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GlobalStore, registryDigest } from '../../store/global-store';
import { WorkerStore } from '../../store/worker-store';

describe('registry reads without materializing the registry', () => {
  let dir: string;
  let m: GlobalStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-regread-'));
    m = new GlobalStore(path.join(dir, 'global.db'));
    m.createGroup('g1');
    m.createGroup('g2');
    m.importAgents(Array.from({ length: 23 }, (_, i) => ({
      name: `a${i}`, ip: 'any', key: 'k'.repeat(64), groups: i % 3 === 0 ? [] : i % 3 === 1 ? ['g1'] : ['g2', 'g1'],
    })));
    m.removeAgent(5);
  });
  afterEach(() => {
    m.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each([1, 4, 22, 50])('registryPage in parts of %i gives registry() in order', (size) => {
    const pages = [];
    for (let page = m.registryPage(0, size); page.length; page = m.registryPage(page[page.length - 1].id, size)) pages.push(...page);
    expect(pages).toEqual(m.registry());
    expect(pages.find((e) => e.id === 3)!.groups).toEqual(['g2', 'g1']); // priority order kept
  });

  test('the streamed digest equals the digest of the list, on master and worker', () => {
    const w = new WorkerStore(path.join(dir, 'worker.db'));
    try {
      expect(m.registryDigest()).toBe(registryDigest(m.registry()));
      const { changes, lastSeq } = m.changesSince(0, 10);
      w.applyRegistryChanges(changes, lastSeq);
      expect(w.registryDigest()).toBe(registryDigest(w.registry()));
      const rest = m.changesSince(lastSeq, 1000);
      w.applyRegistryChanges(rest.changes, rest.lastSeq);
      expect(w.registryDigest()).toBe(m.registryDigest());
      expect(w.registryIds()).toEqual(m.registry().map((e) => e.id));
    } finally {
      w.close();
    }
  });

  test('a worker digest follows a write made through another connection', () => {
    const file = path.join(dir, 'worker.db');
    const w = new WorkerStore(file);
    const other = new WorkerStore(file);
    try {
      w.replaceRegistry(m.registry(), m.lastChangeSeq());
      const before = w.registryDigest();
      other.replaceRegistry([], m.lastChangeSeq());
      expect(w.registryDigest()).not.toBe(before);
      expect(w.registryDigest()).toBe(registryDigest([]));
    } finally {
      other.close();
      w.close();
    }
  });

  test('changesSince reads the entries of a part with their groups, deletions as deletions', () => {
    const { changes } = m.changesSince(0, 1000);
    expect(changes.filter((c) => c.kind === 'delete').map((c) => c.kind === 'delete' && c.id)).toEqual([5]);
    expect(changes.filter((c) => c.kind === 'upsert')).toHaveLength(22);
    expect(changes.find((c) => c.kind === 'upsert' && c.agent.id === 3)).toMatchObject({ agent: { name: 'a2', groups: ['g2', 'g1'] } });
  });

  test('labels are rewritten only when they change, and kept otherwise', () => {
    m.applyAgentInfo('w', [{ id: 1, status: 'active', labels: { b: '2', a: '1' } }]);
    m.applyAgentInfo('w', [{ id: 1, status: 'active', labels: { a: '1', b: '2' } }, { id: 2, status: 'active', labels: {} }]);
    expect(m.getAgent(1)!.labels).toEqual({ a: '1', b: '2' });
    m.applyAgentInfo('w', [{ id: 1, status: 'active', labels: { a: '3' } }]);
    expect(m.getAgent(1)!.labels).toEqual({ a: '3' });
    m.applyAgentInfo('w', [{ id: 1, status: 'active', labels: {} }]);
    expect(m.getAgent(1)!.labels).toEqual({});
  });
});
