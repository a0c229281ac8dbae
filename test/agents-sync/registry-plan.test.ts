import { chunk, planRegistrySend } from '../../actors/agents/registry-plan';
import { infoFromWire, infoToWire } from '../../actors/agents/agent-codec';
import { warden } from '../../protocol/generated/cluster';

describe('planRegistrySend', () => {
  test.each([
    [{ seq: 5, digest: 'a' }, { seq: 5, digest: 'a' }, 'nothing'],
    [{ seq: 5, digest: 'x' }, { seq: 5, digest: '' }, 'nothing'],
    [{ seq: 5, digest: 'x' }, { seq: 5, digest: 'a' }, 'full'],
    [{ seq: 3, digest: 'x' }, { seq: 5, digest: 'a' }, 'incremental'],
    [{ seq: 0, digest: '' }, { seq: 5, digest: 'a' }, 'incremental'],
    [{ seq: 9, digest: 'x' }, { seq: 5, digest: 'a' }, 'full'],
  ])('worker %j, master %j -> %s', (worker, master, action) => {
    expect(planRegistrySend(worker, master).action).toBe(action);
  });

  test('an incremental plan starts at the worker\'s sequence', () => {
    expect(planRegistrySend({ seq: 3, digest: '' }, { seq: 5, digest: 'a' })).toEqual({ action: 'incremental', fromSeq: 3 });
  });

  test('chunk splits into parts and always yields at least one', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([[]]);
  });
});

describe('agent-info on the wire', () => {
  test('round trip through protobuf keeps every field', () => {
    const u = {
      id: 7, status: 'active' as const, os: { name: 'Ubuntu', version: '22.04', platform: 'ubuntu', arch: 'x86_64', uname: 'Linux |h |5.15' },
      version: 'Wazuh v4.14.7', labels: { env: 'prod' }, configSum: 'c', mergedSum: 'm', lastKeepAlive: 1_795_000_000_123, disconnectionTime: null,
    };
    const bytes = warden.cluster.AgentInfo.encode(infoToWire(u)).finish();
    expect(infoFromWire(warden.cluster.AgentInfo.decode(bytes))).toEqual(u);
  });

  test('unknown statuses and ids below 1 are refused', () => {
    expect(infoFromWire({ id: 1, status: 'dancing' })).toBeNull();
    expect(infoFromWire({ id: 0, status: 'active' })).toBeNull();
  });
});
