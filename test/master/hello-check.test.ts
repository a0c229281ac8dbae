import { checkHello, HelloFields } from '../../actors/master/hello-check';

const master = { clusterName: 'warden', nodeName: 'master-1', protocolVersion: 1, takesStandbys: false };
const leader = { ...master, takesStandbys: true };
const good: HelloFields = { clusterName: 'warden', nodeName: 'worker-1', nodeType: 'worker', version: '0.1.0', protocolVersion: 1 };

describe('checkHello', () => {
  test.each<[string, Partial<HelloFields>, string | null, typeof master?]>([
    ['a good worker', {}, null],
    ['underscores and digits', { nodeName: 'w_2-b' }, null],
    ['an empty name', { nodeName: '' }, 'bad_name'],
    ['a name with a space', { nodeName: 'worker 1' }, 'bad_name'],
    ['a name with a dot', { nodeName: 'worker.1' }, 'bad_name'],
    ['a name over 128 characters', { nodeName: 'w'.repeat(129) }, 'bad_name'],
    ['the master\'s own name', { nodeName: 'master-1' }, 'own_name'],
    ['another cluster', { clusterName: 'other' }, 'wrong_cluster'],
    ['another protocol version', { protocolVersion: 2 }, 'bad_version'],
    ['a master trying to join a single master', { nodeType: 'master' }, 'bad_type'],
    ['a standby master joining an elected leader', { nodeType: 'master' }, null, leader],
    ['an unknown node type', { nodeType: 'agent' }, 'bad_type'],
    ['an unknown node type, even at a leader', { nodeType: 'agent' }, 'bad_type', leader],
  ])('%s', (_what, change, code, to = master) => {
    const v = checkHello({ ...good, ...change }, to);
    if (code === null) expect(v).toEqual({ ok: true });
    else expect(v).toMatchObject({ ok: false, code });
  });

  test('a refusal names the bad value', () => {
    const v = checkHello({ ...good, clusterName: 'other' }, master);
    expect(v.ok === false && v.message).toMatch(/"other".*warden/);
  });
});
