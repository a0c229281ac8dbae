import { mergeAgentInfo } from '../../store/agent-info-merge';
import { AgentRecord } from '../../store/agent-types';

const base: AgentRecord = {
  id: 1, name: 'a', ip: 'any', key: 'k', os: { name: null, version: null, platform: null, arch: null, uname: null },
  version: null, labels: {}, configSum: null, mergedSum: null, node: null, dateAdd: 0, lastKeepAlive: null,
  status: 'never_connected', disconnectionTime: null, groups: [],
};

describe('mergeAgentInfo', () => {
  test.each<[string, Partial<AgentRecord> | null, Parameters<typeof mergeAgentInfo>[1], string, string]>([
    ['an unknown agent is dropped', null, { id: 1, status: 'active' }, 'w1', 'unknown_agent'],
    ['a first report applies', {}, { id: 1, status: 'active', lastKeepAlive: 10 }, 'w1', 'apply'],
    ['a move to another worker applies', { node: 'w1', status: 'active' }, { id: 1, status: 'active' }, 'w2', 'apply'],
    ['the old worker cannot mark a moved agent disconnected', { node: 'w2', status: 'active' }, { id: 1, status: 'disconnected' }, 'w1', 'served_elsewhere'],
    ['the serving worker can', { node: 'w2', status: 'active' }, { id: 1, status: 'disconnected' }, 'w2', 'apply'],
    ['an older keep-alive from the same node is stale', { node: 'w1', status: 'active', lastKeepAlive: 50 }, { id: 1, status: 'active', lastKeepAlive: 40 }, 'w1', 'stale'],
    ['a disconnected agent reported active elsewhere applies', { node: 'w1', status: 'disconnected' }, { id: 1, status: 'active' }, 'w2', 'apply'],
  ])('%s', (_what, current, update, node, expected) => {
    const v = mergeAgentInfo(current ? { ...base, ...current } : undefined, update, node);
    expect(v.apply ? 'apply' : v.reason).toBe(expected);
    if (v.apply) expect(v.row.node).toBe(node);
  });

  test('fields not sent keep their value; disconnection time only while disconnected', () => {
    const cur = { ...base, version: 'v1', os: { ...base.os, name: 'Ubuntu' }, status: 'disconnected' as const, disconnectionTime: 7 };
    const v = mergeAgentInfo(cur, { id: 1, status: 'active', os: { arch: 'x86_64' } }, 'w1');
    expect(v.apply && v.row).toMatchObject({ version: 'v1', os: { name: 'Ubuntu', arch: 'x86_64' }, disconnectionTime: null });
    const d = mergeAgentInfo({ ...cur, status: 'active', node: 'w1' }, { id: 1, status: 'disconnected', disconnectionTime: 99 }, 'w1');
    expect(d.apply && d.row.disconnectionTime).toBe(99);
  });
});
