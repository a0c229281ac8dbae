import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Database from 'better-sqlite3';
import { GlobalStore, registryDigest } from '../../store/global-store';
import { migrate, openDatabase } from '../../store/sqlite';
import { formatAgentId, parseAgentId } from '../../store/agent-types';

describe('GlobalStore', () => {
  let dir: string;
  let store: GlobalStore;
  let now = 1_000;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-store-'));
    store = new GlobalStore(path.join(dir, 'queue', 'db', 'global.db'), () => now);
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const key = (c: string) => c.repeat(64);

  test('registers agents with increasing ids that are never reused', () => {
    expect(store.registerAgent({ name: 'a1', ip: 'any', key: key('a') }).id).toBe(1);
    expect(store.registerAgent({ name: 'a2', ip: '10.0.0.2', key: key('b') }).id).toBe(2);
    expect(store.removeAgent(2)).toBe(true);
    expect(store.registerAgent({ name: 'a3', ip: 'any', key: key('c') }).id).toBe(3);
    expect(store.listAgents().map((a) => [a.id, a.name, a.status])).toEqual([[1, 'a1', 'never_connected'], [3, 'a3', 'never_connected']]);
    expect(store.removeAgent(2)).toBe(false);
  });

  test('refuses a duplicate name and an unknown group, writing nothing', () => {
    store.registerAgent({ name: 'a1', ip: 'any', key: key('a') });
    expect(() => store.registerAgent({ name: 'a1', ip: 'any', key: key('b') })).toThrow(expect.objectContaining({ code: 'duplicate_name' }));
    expect(() => store.registerAgent({ name: 'a2', ip: 'any', key: key('b'), groups: ['nope'] })).toThrow(expect.objectContaining({ code: 'unknown_group' }));
    expect(store.listAgents()).toHaveLength(1);
    expect(store.nextAgentId()).toBe(2);
  });

  test('groups: create, assign in order, unassign, delete', () => {
    store.createGroup('default');
    store.createGroup('web');
    const a = store.registerAgent({ name: 'a1', ip: 'any', key: key('a'), groups: ['web'] });
    store.assignGroup(a.id, 'default');
    expect(store.getAgent(a.id)!.groups).toEqual(['web', 'default']);
    expect(store.listGroups()).toEqual([{ name: 'default', agents: 1 }, { name: 'web', agents: 1 }]);
    store.unassignGroup(a.id, 'web');
    expect(() => store.unassignGroup(a.id, 'web')).toThrow(expect.objectContaining({ code: 'not_assigned' }));
    store.deleteGroup('default');
    expect(store.getAgent(a.id)!.groups).toEqual([]);
    expect(() => store.createGroup('web')).toThrow(expect.objectContaining({ code: 'duplicate_group' }));
    expect(() => store.assignGroup(99, 'web')).toThrow(expect.objectContaining({ code: 'unknown_agent' }));
  });

  test('agent-info is stored only for agents that exist, with the reporting node', () => {
    const a = store.registerAgent({ name: 'a1', ip: 'any', key: key('a') });
    const r = store.applyAgentInfo('worker-1', [
      { id: a.id, status: 'active', os: { name: 'Ubuntu', version: '22.04', arch: 'x86_64' }, version: 'v4.14.7', labels: { env: 'prod' }, lastKeepAlive: 5000, mergedSum: 'abc' },
      { id: 42, status: 'active' },
    ]);
    expect(r).toEqual({ applied: 1, dropped: [{ id: 42, reason: 'unknown_agent' }] });
    expect(store.getAgent(a.id)).toMatchObject({
      status: 'active', node: 'worker-1', version: 'v4.14.7', labels: { env: 'prod' }, lastKeepAlive: 5000, mergedSum: 'abc',
      os: { name: 'Ubuntu', version: '22.04', arch: 'x86_64', platform: null },
    });
  });

  test('survives a reopen: data and the id counter are durable', () => {
    store.registerAgent({ name: 'a1', ip: 'any', key: key('a') });
    store.close();
    store = new GlobalStore(path.join(dir, 'queue', 'db', 'global.db'), () => now);
    expect(store.findAgentByName('a1')!.id).toBe(1);
    expect(store.nextAgentId()).toBe(2);
  });

  test('registry changes come in order, collapsed per agent, deletions included', () => {
    store.createGroup('g');
    const a = store.registerAgent({ name: 'a1', ip: 'any', key: key('a') });
    const b = store.registerAgent({ name: 'b1', ip: 'any', key: key('b') });
    const { lastSeq: seen } = store.changesSince(0);
    store.assignGroup(a.id, 'g');
    store.removeAgent(b.id);
    store.assignGroup(a.id, 'g'); // no-op: no change recorded
    const { changes, lastSeq } = store.changesSince(seen);
    expect(changes.map((c) => c.kind === 'upsert' ? ['upsert', c.agent.name, c.agent.groups] : ['delete', c.id])).toEqual([
      ['upsert', 'a1', ['g']], ['delete', b.id],
    ]);
    expect(store.changesSince(lastSeq).changes).toEqual([]);
    expect(lastSeq).toBe(store.lastChangeSeq());
  });

  test('the registry digest changes with any field a worker needs', () => {
    const a = store.registerAgent({ name: 'a1', ip: 'any', key: key('a') });
    const d1 = registryDigest(store.registry());
    store.createGroup('g');
    expect(registryDigest(store.registry())).toBe(d1);
    store.assignGroup(a.id, 'g');
    expect(registryDigest(store.registry())).not.toBe(d1);
  });

  test('a batch of 2,000 agent-info updates commits in one transaction', () => {
    const ids: number[] = [];
    for (let i = 0; i < 2000; i++) ids.push(store.registerAgent({ name: `agent-${i}`, ip: 'any', key: key('a') }).id);
    const r = store.applyAgentInfo('w', ids.map((id) => ({ id, status: 'active' as const, lastKeepAlive: 9 })));
    expect(r.applied).toBe(2000);
    expect(store.listAgents().every((a) => a.status === 'active' && a.node === 'w')).toBe(true);
  });
});

describe('sqlite helpers', () => {
  test('migrations run once, in order, and a newer database is refused', () => {
    const db = openDatabase(':memory:');
    const steps = [{ version: 1, up: 'CREATE TABLE t (x)' }, { version: 2, up: 'ALTER TABLE t ADD COLUMN y' }];
    expect(migrate(db, steps)).toBe(2);
    expect(migrate(db, steps)).toBe(2);
    expect(() => migrate(db, steps.slice(0, 1))).toThrow(/newer than this Warden/);
    expect(() => migrate(new Database(':memory:'), [{ version: 2, up: '' }])).toThrow(/expected 1/);
  });

  test('agent ids print as Wazuh prints them', () => {
    expect([1, 42, 999, 1000].map(formatAgentId)).toEqual(['001', '042', '999', '1000']);
    expect(['001', '1000', '000', 'x', ''].map(parseAgentId)).toEqual([1, 1000, null, null, null]);
  });
});
