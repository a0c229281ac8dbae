// The pure parts of the replication stream: what the leader sends a standby, how parts are cut for frames and
// joined again, and the wire codec (NULL kept apart from '').
import { agentFromWire, agentToWire, partFromWire, partToWire, pointFromWire } from '../../actors/replication/replica-codec';
import { joinParts, planReplicaSend, splitPart, type LeaderPoint, type ReplicaPlan } from '../../actors/replication/replica-plan';
import { warden } from '../../protocol/generated/cluster';
import { emptyPart, type ReplicaAgent, type ReplicaPart, type ReplicaPoint } from '../../store/replica-types';

const point = (p: Partial<ReplicaPoint>): ReplicaPoint => ({ seq: 10, infoSeq: 5, changeSeq: 7, digest: '', infoDigest: '', ...p });
const leader = (p: Partial<LeaderPoint>): LeaderPoint => ({ seq: 10, infoSeq: 5, changeSeq: 7, digest: '', infoDigest: '', ...p });

describe('planReplicaSend', () => {
  test.each<{ name: string; standby: ReplicaPoint; leader: LeaderPoint; rows?: number; want: ReplicaPlan['action']; reason?: RegExp }>([
    { name: 'in line', standby: point({}), leader: leader({}), want: 'nothing' },
    { name: 'in line, equal digests', standby: point({ digest: 'a', infoDigest: 'b' }), leader: leader({ digest: 'a', infoDigest: 'b' }), want: 'nothing' },
    { name: 'digest not computed on one side', standby: point({ digest: 'a' }), leader: leader({}), want: 'nothing' },
    { name: 'no complete copy', standby: point({ seq: -1 }), leader: leader({}), want: 'snapshot', reason: /no complete copy/ },
    { name: 'ahead of the leader', standby: point({ seq: 11 }), leader: leader({}), want: 'snapshot', reason: /ahead/ },
    { name: 'change log ahead', standby: point({ changeSeq: 8 }), leader: leader({}), want: 'snapshot', reason: /ahead/ },
    { name: 'behind', standby: point({ seq: 8 }), leader: leader({}), rows: 3, want: 'delta' },
    { name: 'far behind', standby: point({ seq: 8 }), leader: leader({}), rows: 101, want: 'snapshot', reason: /101 rows behind/ },
    { name: 'drifted', standby: point({ digest: 'a' }), leader: leader({ digest: 'b' }), want: 'snapshot', reason: /checksum mismatch/ },
    { name: 'agent-info behind', standby: point({ infoSeq: 4 }), leader: leader({}), want: 'info' },
    { name: 'agent-info ahead', standby: point({ infoSeq: 6 }), leader: leader({}), want: 'info', reason: /ahead/ },
    { name: 'agent-info drifted', standby: point({ infoDigest: 'a' }), leader: leader({ infoDigest: 'b' }), want: 'info', reason: /agent-info checksum/ },
  ])('$name: $want', ({ standby, leader: l, rows, want, reason }) => {
    const plan = planReplicaSend(standby, l, rows ?? 0, 100);
    expect(plan.action).toBe(want);
    if (reason) expect((plan as { reason?: string }).reason).toMatch(reason);
    if (plan.action === 'delta') expect(plan).toEqual({ action: 'delta', fromSeq: standby.seq, fromChangeSeq: standby.changeSeq });
    if (plan.action === 'info') expect(plan.fromInfoSeq).toBe(reason ? 0 : standby.infoSeq);
  });
});

const agent = (id: number, over: Partial<ReplicaAgent> = {}): ReplicaAgent => ({
  id, name: `a${id}`, ip: 'any', key: 'k'.repeat(64), os: { name: null, version: '', platform: 'linux', arch: null, uname: null },
  version: null, labels: { env: 'prod' }, configSum: null, mergedSum: 'm', node: 'worker-1', dateAdd: 1_700_000_000_000,
  lastKeepAlive: null, status: 'never_connected', disconnectionTime: 0, groups: ['default', 'web'], rev: 3, infoRev: 2, ...over,
});

describe('splitPart / joinParts', () => {
  const whole: ReplicaPart = {
    ...emptyPart('delta'), first: true, last: true, toSeq: 9, toInfoSeq: 4, lastAgentId: 12,
    tombstones: [{ kind: 'agent', subject: '2', rev: 8 }], groups: [{ name: 'web', dateAdd: 1, rev: 7 }],
    agents: [agent(1), agent(3), agent(4)], changes: [{ seq: 20, agentId: 2, kind: 'delete', at: 5 }],
  };
  test.each([1, 2, 3, 6, 100])('at most %i rows a part, in apply order, first and last kept at the ends', (max) => {
    const parts = splitPart(whole, max);
    expect(parts).toHaveLength(Math.ceil(6 / max));
    for (const p of parts) expect(p.tombstones.length + p.groups.length + p.agents.length + p.changes.length).toBeLessThanOrEqual(max);
    expect(parts.map((p) => [p.first, p.last])).toEqual(parts.map((_, i) => [i === 0, i === parts.length - 1]));
    expect(parts.every((p) => p.toSeq === 9 && p.toInfoSeq === 4 && p.lastAgentId === 12)).toBe(true);
    expect(joinParts(parts)).toEqual(whole);
  });
  test('an empty part stays one part', () => {
    expect(splitPart({ ...emptyPart('snapshot'), first: true }, 5)).toEqual([{ ...emptyPart('snapshot'), first: true }]);
  });
  test('a part size below one is refused with the value', () => {
    expect(() => splitPart(whole, 0)).toThrow(/maxRows must be at least 1, got 0/);
  });
});

describe('replica codec', () => {
  test.each<[string, ReplicaAgent]>([
    ['NULLs, empty strings and zeros kept apart', agent(1)],
    ['every field set', agent(2, { os: { name: 'Ubuntu', version: '24.04', platform: 'ubuntu', arch: 'x86_64', uname: 'Linux |x' }, version: 'Wazuh v4.14.7',
      configSum: 'c', lastKeepAlive: 1_700_000_001_000, status: 'active', disconnectionTime: null, labels: {}, groups: [] })],
  ])('an agent survives the wire: %s', (_name, a) => {
    const bytes = warden.cluster.ReplicaAgent.encode(agentToWire(a)).finish();
    expect(agentFromWire(warden.cluster.ReplicaAgent.decode(bytes))).toEqual(a);
  });
  test('a part survives the wire', () => {
    const p: ReplicaPart = { ...emptyPart('snapshot'), first: true, toSeq: 5, toInfoSeq: 2, lastAgentId: 9, agents: [agent(7)],
      groups: [{ name: 'g', dateAdd: 3, rev: 1 }], tombstones: [{ kind: 'group', subject: 'old', rev: 4 }], changes: [{ seq: 1, agentId: 7, kind: 'upsert', at: 2 }] };
    const w = warden.cluster.ReplicaUpdate.decode(warden.cluster.ReplicaUpdate.encode(partToWire(p, true)).finish());
    expect(w.wantDigest).toBe(true);
    expect(partFromWire(w)).toEqual(p);
  });
  test.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown mode', { mode: 'everything' }, /unknown replica update mode "everything"/],
    ['an unknown status', { mode: 'delta', agents: [{ id: 4, status: 'sleepy' }] }, /agent 4 has status "sleepy"/],
    ['an unknown tombstone', { mode: 'delta', tombstones: [{ kind: 'label', subject: 'x' }] }, /tombstone of unknown kind "label"/],
  ])('refuses %s, naming it', (_name, w, message) => {
    expect(() => partFromWire(warden.cluster.ReplicaUpdate.create(w as warden.cluster.IReplicaUpdate))).toThrow(message);
  });
  test('a point without fields is no complete copy', () => {
    expect(pointFromWire({})).toEqual({ seq: -1, infoSeq: 0, changeSeq: 0, digest: '', infoDigest: '' });
  });
});
