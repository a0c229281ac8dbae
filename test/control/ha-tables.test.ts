// The tables of `warden control` under master high availability: who leads with which epoch, and the
// standbys' replication lag under the workers' health.
import type { NodeRow } from '../../actors/master/cluster-views';
import { nodesTable, renderControl } from '../../scripts/commands/cluster-tables';

/** The table's lines without its frame, cells one space apart. */
const plain = (t: string): string[] => t.split('\n').map((l) => l.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').trim().replace(/\s+/g, ' ')).filter(Boolean);

const row = (over: Partial<NodeRow>): NodeRow => ({ name: 'm1', type: 'master', role: 'leader', epoch: 0, version: '0.1.0', address: '10.0.0.1', connected: true, ...over });

describe('nodes table', () => {
  test.each<[string, NodeRow, string]>([
    ['a single master reads as before', row({}), 'm1 master 0.1.0 10.0.0.1 yes'],
    ['an elected leader shows its epoch', row({ epoch: 12 }), 'm1 master (leader, epoch 12) 0.1.0 10.0.0.1 yes'],
    ['a standby says so', row({ name: 'm2', role: 'standby', epoch: null }), 'm2 master (standby) 0.1.0 10.0.0.1 yes'],
    ['a worker', row({ name: 'w1', type: 'worker', role: 'worker', epoch: null }), 'w1 worker 0.1.0 10.0.0.1 yes'],
  ])('%s', (_what, r, want) => {
    expect(plain(nodesTable([r], null))).toContain(want);
  });
});

describe('health with standbys', () => {
  test('the standbys table follows the workers, with acknowledged write, writes behind and the last ack', () => {
    const out = renderControl('health', {
      workers: [{ name: 'w1', address: '10.0.0.3', version: '0.1.0', connected: true, connected_since: null, disconnected_at: null, disconnect_reason: null,
        last_keep_alive: null, seconds_since_keep_alive: 1, integrity_check: null, integrity_sync: null, agent_info: null, agent_groups: null,
        active_agents: 0, sync: 'in_sync', accepting_agents: true, loops: { master: [], worker: [] } }],
      standbys: [{ name: 'm2', state: 'member', ackedSeq: 41, behind: 2, msSinceAck: 1500 }],
    }, null, 0);
    const lines = plain(out);
    expect(lines).toContain('STANDBY STATE ACKED WRITE WRITES BEHIND LAST ACK');
    expect(lines).toContain('m2 member 41 2 1.5s ago');
    expect(lines.findIndex((l) => l.startsWith('WORKER'))).toBeLessThan(lines.indexOf('m2 member 41 2 1.5s ago'));
  });

  test('without standbys, the health table alone', () => {
    expect(renderControl('health', { workers: [] }, null, 0)).not.toMatch(/STANDBY/);
  });
});
