// The restart policies of a node's actors, and the pure helpers around supervision: which failures stay
// with a loop, what backoff a loop gets, how a wrapped failure reads in a log line.
import { newHistogram } from '../../lib/histogram';
import { CONNECTION_POLICY, loopPolicy, NODE_POLICY, SERVICE_POLICY } from '../../actors/node/policies';
import { loopStatesFromWire, loopStatesToWire, loopStatesUnder } from '../../actors/node/loop-states';
import { ChildFailedError, rootMessage } from '../../actors/supervision/errors';
import { AuthError, ClosedError, LinkLostError, ProtocolError, RemoteError, TimeoutError } from '../../protocol/errors';
import { IntegrityError } from '../../actors/integrity/errors';
import type { ActorInfo } from '../../actors/supervision/registry';

describe('loopPolicy', () => {
  test.each([
    [100, 1_000],
    [10_000, 10_000],
    [3_600_000, 60_000],
  ])('a loop of period %i ms backs off up to %i ms, then retries there', (period, cap) => {
    const p = loopPolicy(period);
    expect(p).toMatchObject({ mode: 'restart', exhausted: 'retry-at-cap', backoff: { initialMs: 100, maxMs: cap } });
  });

  const cause = new Error('socket reset');
  test.each<[string, Error, 'link' | 'local']>([
    ['a protocol error', new ProtocolError('unexpected_message', 'x'), 'link'],
    ['a failed authentication', new AuthError('auth_failed', 'x'), 'link'],
    ['a deadline', new TimeoutError('timeout', 'x'), 'link'],
    ['a closed connection', new ClosedError('x'), 'link'],
    ['a lost link', new LinkLostError('silent'), 'link'],
    ['a link failure wrapped by the loop', new IntegrityError('apply_failed', 'x', { cause: new ClosedError('x') }), 'link'],
    ['a refusal of the other side', new RemoteError('busy', 'x'), 'local'],
    ['a disk error', Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' }), 'local'],
    ['a bug', new TypeError('x is undefined'), 'local'],
    ['a plain error with a cause', new Error('x', { cause }), 'local'],
  ])('%s is %s', (_what, err, scope) => {
    expect(loopPolicy(10_000).scope!(err)).toBe(scope);
  });

  test('connections and the node hand failures up; services keep restarting', () => {
    expect(CONNECTION_POLICY.mode).toBe('escalate');
    expect(NODE_POLICY.mode).toBe('escalate');
    expect(SERVICE_POLICY).toMatchObject({ mode: 'restart', exhausted: 'retry-at-cap' });
    expect(SERVICE_POLICY.scope!(new ClosedError('x'))).toBe('local');
  });
});

describe('rootMessage', () => {
  test.each([
    [new Error('plain'), 'plain'],
    [new ChildFailedError('/n/a', new LinkLostError('no keep-alive for 31.0s')), 'no keep-alive for 31.0s'],
    [new ChildFailedError('/n/a', new ChildFailedError('/n/a/b', new Error('deep'))), 'deep'],
  ])('%s reads as %j', (err, msg) => {
    expect(rootMessage(err)).toBe(msg);
  });
});

describe('loop states', () => {
  const info = (path: string, extra: Partial<ActorInfo> = {}): ActorInfo => ({
    path, kind: 'K', status: 'idle', summary: '', mailbox: 0, handled: 0, dropped: 0, restarts: 0, lastError: null,
    handleTime: newHistogram(), busyMs: 0,
    startedAt: 0, busySince: null, nextRestartAt: null, failing: false, policy: '', restartLog: [], recentMessages: [],
    pendingPipes: 0, tick: null, ...extra,
  });
  test('only the direct children of a connection, by name, with their last error', () => {
    const err = { message: 'EPERM', at: 5, stack: null, scope: 'local' as const, restartInMs: 400 };
    const all = [
      info('/w/dialer'), info('/w/dialer/master'),
      info('/w/dialer/master/integrity', { status: 'backing-off', restarts: 3, failing: true, lastError: err }),
      info('/w/dialer/master/keep-alive'), info('/w/dialer/master/keep-alive/x'), info('/w/dialer/masterish'),
    ];
    const loops = loopStatesUnder(all, '/w/dialer/master');
    expect(loops).toEqual([
      { name: 'integrity', status: 'backing-off', restarts: 3, failing: true, lastError: 'EPERM', lastErrorAt: 5 },
      { name: 'keep-alive', status: 'idle', restarts: 0, failing: false, lastError: null, lastErrorAt: null },
    ]);
    expect(loopStatesFromWire(loopStatesToWire(loops))).toEqual(loops);
  });
  test('missing wire fields read as a quiet loop', () => {
    expect(loopStatesFromWire([{ name: 'x' }])).toEqual([{ name: 'x', status: '', restarts: 0, failing: false, lastError: null, lastErrorAt: null }]);
  });
});
