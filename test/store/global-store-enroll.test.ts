import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GlobalStore } from '../../store/global-store';

describe('GlobalStore: the lookups and the replace of enrollment', () => {
  let dir: string;
  let store: GlobalStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-store-'));
    store = new GlobalStore(path.join(dir, 'global.db'), () => 1_000);
    store.createGroup('default');
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const key = (c: string) => c.repeat(64);

  test('findAgentByIp matches the registered address exactly, lowest id first', () => {
    store.registerAgent({ name: 'a1', ip: '10.0.0.1', key: key('a') });
    store.registerAgent({ name: 'a2', ip: '10.0.0.1', key: key('b') });
    store.registerAgent({ name: 'a3', ip: '10.0.0.0/24', key: key('c') });
    expect(store.findAgentByIp('10.0.0.1')?.name).toBe('a1');
    expect(store.findAgentByIp('10.0.0.0/24')?.name).toBe('a3');
    expect(store.findAgentByIp('10.0.0.2')).toBeUndefined();
  });

  test('replaceAgents removes the old ones and registers the new one with a new id, announcing both', () => {
    const old = store.registerAgent({ name: 'a1', ip: '10.0.0.1', key: key('a') });
    const before = store.lastChangeSeq();
    const fresh = store.replaceAgents([old.id], { name: 'a1', ip: '10.0.0.1', key: key('b'), groups: ['default'] });
    expect([fresh.id, fresh.key, fresh.groups]).toEqual([2, key('b'), ['default']]);
    expect(store.listAgents().map((a) => a.id)).toEqual([2]);
    expect(store.changesSince(before).changes.map((c) => [c.kind, c.kind === 'delete' ? c.id : c.agent.id])).toEqual([['delete', 1], ['upsert', 2]]);
  });

  test('replaceAgents is all or nothing: a failed registration keeps the old agent', () => {
    const old = store.registerAgent({ name: 'a1', ip: '10.0.0.1', key: key('a') });
    expect(() => store.replaceAgents([old.id], { name: 'a1', ip: 'any', key: key('b'), groups: ['nope'] })).toThrow(expect.objectContaining({ code: 'unknown_group' }));
    expect(store.listAgents().map((a) => [a.id, a.key])).toEqual([[1, key('a')]]);
    expect(store.nextAgentId()).toBe(2);
  });
});
