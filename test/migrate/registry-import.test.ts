// The master's side of `agent import|export`: agents keep their ids and keys, a clash is skipped with its
// reason and never overwrites, the next id is above the imported ones, workers learn of them as of any
// new agent, and export pages through the registry.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GlobalStore, ImportVerdict } from '../../store/global-store';
import { EXPORT_PAGE, MAX_IMPORT_BATCH, runRegistryCommand, RegistryCommandDeps, ensureDefaultGroup } from '../../actors/agents/registry-commands';

const key = (c: string) => c.repeat(64);

describe('importing agents with their own ids', () => {
  let dir: string;
  let store: GlobalStore;
  let pokes: number;
  let deps: RegistryCommandDeps;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-import-'));
    store = new GlobalStore(path.join(dir, 'queue', 'db', 'global.db'), () => 1_000);
    pokes = 0;
    deps = { store, dataDir: dir, changed: () => { pokes++; } };
    ensureDefaultGroup(deps);
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string, { id: number; name: string; ip: string; key: string }, ImportVerdict][] = [
    ['a new agent', { id: 20, name: 'new-1', ip: 'any', key: key('c') }, { kind: 'imported' }],
    ['the very same agent', { id: 3, name: 'web-1', ip: '10.0.0.3', key: key('a') }, { kind: 'unchanged' }],
    ['the same agent at another IP', { id: 3, name: 'web-1', ip: 'any', key: key('a') }, { kind: 'skipped', reason: 'agent 003 web-1 is registered with IP 10.0.0.3, not any' }],
    ['the same id and name with another key', { id: 3, name: 'web-1', ip: '10.0.0.3', key: key('b') }, { kind: 'skipped', reason: 'agent 003 web-1 is registered with another key' }],
    ['an id taken by another agent', { id: 3, name: 'db-1', ip: 'any', key: key('a') }, { kind: 'skipped', reason: 'id 003 is taken by agent web-1' }],
    ['a name taken by another id', { id: 9, name: 'web-1', ip: '10.0.0.3', key: key('a') }, { kind: 'skipped', reason: 'name web-1 is taken by agent 003' }],
  ];
  test.each(cases)('%s', (_what, agent, verdict) => {
    store.importAgentsWithIds([{ id: 3, name: 'web-1', ip: '10.0.0.3', key: key('a') }], ['default']);
    const before = store.registryEntry(3);
    expect(store.importAgentsWithIds([agent], ['default'])).toEqual([verdict]);
    expect(store.registryEntry(3)).toEqual(before); // never overwritten
    expect(store.nextAgentId()).toBe(verdict.kind === 'imported' ? agent.id + 1 : 4);
  });

  test('ids issued afterwards are above the highest imported; a lower import leaves them so', () => {
    store.registerAgent({ name: 'first', ip: 'any', key: key('a'), groups: ['default'] });
    expect(store.importAgentsWithIds([
      { id: 7, name: 'b', ip: 'any', key: key('b') },
      { id: 1500, name: 'c', ip: '10.1.0.0/16', key: key('c') },
    ], ['default'])).toEqual([{ kind: 'imported' }, { kind: 'imported' }]);
    expect(store.registerAgent({ name: 'after', ip: 'any', key: key('d') }).id).toBe(1501);
    store.importAgentsWithIds([{ id: 40, name: 'e', ip: 'any', key: key('e') }], []);
    expect(store.nextAgentId()).toBe(1502);
    expect(store.getAgent(1500)).toMatchObject({ name: 'c', ip: '10.1.0.0/16', key: key('c'), groups: ['default'], status: 'never_connected' });
  });

  test('workers learn of imported agents as of any new one', () => {
    const seq = store.lastChangeSeq();
    store.importAgentsWithIds([{ id: 5, name: 'a', ip: 'any', key: key('a') }, { id: 6, name: 'b', ip: 'any', key: key('b') }], ['default']);
    const { changes } = store.changesSince(seq);
    expect(changes.map((c) => (c.kind === 'upsert' ? [c.kind, c.agent.id, c.agent.key, c.agent.groups] : [c.kind]))).toEqual([
      ['upsert', 5, key('a'), ['default']],
      ['upsert', 6, key('b'), ['default']],
    ]);
  });

  test('an unknown group refuses the whole request, writing nothing', () => {
    expect(() => store.importAgentsWithIds([{ id: 5, name: 'a', ip: 'any', key: key('a') }], ['nope'])).toThrow(expect.objectContaining({ code: 'unknown_group' }));
    expect(store.listAgents()).toEqual([]);
    expect(store.nextAgentId()).toBe(1);
  });

  test('agent-import: counts, skipped by index, the next id; workers poked only when something was imported', async () => {
    const agents = [
      { id: '001', name: 'web-1', ip: 'any', key: key('a') },
      { id: '002', name: 'web-1', ip: 'any', key: key('b') },
      { id: '010', name: 'db-1', ip: '10.0.0.0/24', key: key('c') },
    ];
    const r = await runRegistryCommand({ command: 'agent-import', args: { agents } }, deps);
    expect(r).toEqual({ imported: 2, unchanged: 0, skipped: [{ index: 1, reason: 'name web-1 is taken by agent 001' }], next_id: '011' });
    expect(pokes).toBe(1);
    const again = await runRegistryCommand({ command: 'agent-import', args: { agents: [agents[0]] } }, deps);
    expect(again).toEqual({ imported: 0, unchanged: 1, skipped: [], next_id: '011' });
    expect(pokes).toBe(1);
    expect(store.getAgent(10)!.groups).toEqual(['default']);
  });

  test('agent-import checks every agent as a client.keys line is, and refuses the request whole', async () => {
    const agents = [
      { id: '1', name: 'web-1', ip: 'any', key: key('a') },
      { id: '002', name: 'ok-2', ip: 'any', key: key('a') },
      { id: '003', name: 'x', ip: 'nowhere', key: 'k' },
      { id: 4, name: 'n', ip: 'any', key: 'k' },
    ];
    await expect(runRegistryCommand({ command: 'agent-import', args: { agents } }, deps)).rejects.toMatchObject({
      code: 'bad_agent',
      message: 'agents[0]: id 1 is not in Wazuh\'s form 001 (the agent\'s key is derived from the id as written); '
        + 'agents[2]: name "x" is not an agent name (2-128 letters, digits, \'.\', \'_\' or \'-\', not starting with \'.\'); '
        + 'agents[3]: id, name, ip and key must be strings',
    });
    expect(store.listAgents()).toEqual([]);
    await expect(runRegistryCommand({ command: 'agent-import', args: { agents: [] } }, deps)).rejects.toMatchObject({ code: 'bad_request' });
    const tooMany = Array.from({ length: MAX_IMPORT_BATCH + 1 }, (_, i) => ({ id: String(i + 1).padStart(3, '0'), name: `a-${i}`, ip: 'any', key: 'k' }));
    await expect(runRegistryCommand({ command: 'agent-import', args: { agents: tooMany } }, deps)).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining(`1 to ${MAX_IMPORT_BATCH}`) });
    await expect(runRegistryCommand({ command: 'agent-import', args: { agents: [agents[1]], groups: ['nope'] } }, deps)).rejects.toMatchObject({ code: 'unknown_group' });
  });

  test('agent-export pages through the registry in id order, ids as Wazuh writes them', async () => {
    const n = EXPORT_PAGE + 3;
    const all = Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `agent-${i + 1}`, ip: 'any', key: key(String(i % 10)) }));
    for (let i = 0; i < n; i += MAX_IMPORT_BATCH) store.importAgentsWithIds(all.slice(i, i + MAX_IMPORT_BATCH), []);
    const first = (await runRegistryCommand({ command: 'agent-export', args: {} }, deps)) as { agents: { id: string }[]; next: number | null };
    expect(first.agents).toHaveLength(EXPORT_PAGE);
    expect(first.agents[0]).toEqual({ id: '001', name: 'agent-1', ip: 'any', key: key('0') });
    expect(first.next).toBe(EXPORT_PAGE);
    const second = (await runRegistryCommand({ command: 'agent-export', args: { after: first.next } }, deps)) as { agents: { id: string }[]; next: number | null };
    expect(second.agents.map((a) => a.id)).toEqual([String(EXPORT_PAGE + 1), String(EXPORT_PAGE + 2), String(EXPORT_PAGE + 3)]);
    expect(second.next).toBeNull();
    await expect(runRegistryCommand({ command: 'agent-export', args: { after: -1 } }, deps)).rejects.toMatchObject({ code: 'bad_request' });
  });
});
