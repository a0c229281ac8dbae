import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Database from 'better-sqlite3';
import { mergedInfo, setsEveryField } from '../../store/agent-info-merge';
import { AgentInfoUpdate } from '../../store/agent-types';
import { GlobalStore } from '../../store/global-store';
import { WorkerStore } from '../../store/worker-store';
import { WORKER_MIGRATIONS } from '../../store/worker-schema';

const OS = { name: 'Ubuntu', version: '22.04', platform: 'ubuntu', arch: 'x86_64', uname: 'Linux' };
const full: AgentInfoUpdate = { id: 1, status: 'active', os: OS, version: 'v4', configSum: 'c', mergedSum: 'm', lastKeepAlive: 5 };

describe('setsEveryField (the master reads only the verdict columns for these)', () => {
  test.each<[string, AgentInfoUpdate, boolean]>([
    ['every field, nulls included', { ...full, version: null, configSum: null }, true],
    ['no os', { ...full, os: undefined }, false],
    ['an os field missing', { ...full, os: { ...OS, uname: undefined } }, false],
    ['no keep-alive', { ...full, lastKeepAlive: undefined }, false],
    ['status only', { id: 1, status: 'active' }, false],
  ])('%s', (_, u, expected) => {
    expect(setsEveryField(u)).toBe(expected);
  });
});

describe('mergedInfo', () => {
  const state = { node: 'w1', status: 'active' as const, lastKeepAlive: 3, disconnectionTime: null };
  test.each<[string, AgentInfoUpdate, object]>([
    ['a full update replaces every column', full, { os: OS, version: 'v4', configSum: 'c', mergedSum: 'm', lastKeepAlive: 5, node: 'w2', status: 'active' }],
    ['unset fields keep the current ones', { id: 1, status: 'active', os: { arch: 'arm64' } },
      { os: { ...OS, arch: 'arm64' }, version: 'old', configSum: null, mergedSum: null, lastKeepAlive: 3 }],
    ['a disconnection keeps the known time when none is sent', { id: 1, status: 'disconnected' }, { disconnectionTime: 7 }],
  ])('%s', (_, u, expected) => {
    const current = { ...state, disconnectionTime: 7, os: OS, version: 'old', configSum: null, mergedSum: null };
    expect(mergedInfo(current, u, 'w2')).toMatchObject(expected);
  });
});

describe('stores', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-cols-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the master applies full and partial updates alike (a partial one reads the whole row)', () => {
    const m = new GlobalStore(path.join(dir, 'global.db'));
    try {
      const [a, b] = m.importAgents([{ name: 'a', ip: 'any', key: 'k' }, { name: 'b', ip: 'any', key: 'k' }]);
      expect(m.applyAgentInfo('w1', [{ ...full, id: a }, { ...full, id: b }]).applied).toBe(2);
      const r = m.applyAgentInfo('w1', [{ id: a, status: 'disconnected', disconnectionTime: 9 }, { ...full, id: b, os: { ...OS, name: null } }, { ...full, id: 99 }]);
      expect(r).toEqual({ applied: 2, dropped: [{ id: 99, reason: 'unknown_agent' }] });
      expect(m.getAgent(a)).toMatchObject({ status: 'disconnected', os: OS, version: 'v4', lastKeepAlive: 5, disconnectionTime: 9, node: 'w1' });
      expect(m.getAgent(b)).toMatchObject({ status: 'active', os: { ...OS, name: null }, configSum: 'c' });
    } finally {
      m.close();
    }
  });

  test('a worker database of schema 1 is migrated to the staging table and keeps its rows', () => {
    const file = path.join(dir, 'worker.db');
    const old = new Database(file);
    old.exec(WORKER_MIGRATIONS[0].up);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO registry (id, name, ip, key, groups) VALUES (1, 'a', 'any', 'k', 'g')").run();
    old.close();
    const w = new WorkerStore(file);
    try {
      expect(w.registry()).toEqual([{ id: 1, name: 'a', ip: 'any', key: 'k', groups: ['g'] }]);
      w.stageRegistryPart([{ id: 2, name: 'b', ip: 'any', key: 'k', groups: [] }], true);
      expect(w.swapInStaged(5)).toEqual({ count: 1, deleted: [1] });
      expect(w.registry().map((e) => e.id)).toEqual([2]);
      expect(w.registrySeq()).toBe(5);
    } finally {
      w.close();
    }
  });
});
