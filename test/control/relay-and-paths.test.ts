// What may travel to another node, how a deadline shrinks per hop, and the messages about actor paths.
import { isUnder, noSuchActor } from '../../actors/control/actor-commands';
import { relayedHandler } from '../../actors/control/node-control';
import { checkRelayable, nextHopDeadline, RELAY_HOP_MARGIN_MS } from '../../actors/control/relay-policy';

describe('relay policy', () => {
  test.each(['actors', 'stats', 'log-tail', 'trace-start', 'trace-poll', 'trace-stop', 'actor-restart', 'actor-stop'])('%s may be run on another node', (c) => {
    expect(() => checkRelayable(c)).not.toThrow();
  });

  test.each(['agent-register', 'agent-remove', 'group-create', 'enroll', 'node', 'nodes', 'bogus'])('%s may not', (c) => {
    expect(() => checkRelayable(c)).toThrow(`${JSON.stringify(c)} cannot be run on another node; one of: actors, stats`);
  });

  test('a node that receives a relayed command runs only what may travel', async () => {
    const ran: string[] = [];
    const handler = relayedHandler(async (req) => { ran.push(req.command); return 'ok'; });
    await expect(handler({ command: 'actors', args: {} })).resolves.toBe('ok');
    await expect(handler({ command: 'agent-remove', args: { id: '001' } })).rejects.toMatchObject({ code: 'not_relayed' });
    expect(ran).toEqual(['actors']);
  });

  test('each hop keeps a margin; too little left is a timeout naming the node', () => {
    expect(nextHopDeadline(10_000, 'worker-2')).toBe(10_000 - RELAY_HOP_MARGIN_MS);
    expect(() => nextHopDeadline(400, 'worker-2')).toThrow('the deadline (400 ms) is too short to reach worker-2');
  });
});

describe('actor paths', () => {
  test.each<[string, string, boolean]>([
    ['/w/dialer', '/w/dialer', true],
    ['/w/dialer/master', '/w/dialer', true],
    ['/w/dialer/master', '/w/dialer/', true],
    ['/w/dialer-2', '/w/dialer', false],
    ['/w', '/', true],
  ])('%s under %s: %p', (p, prefix, under) => {
    expect(isUnder(p, prefix)).toBe(under);
  });

  const paths = ['/master', '/master/listener', '/master/listener/worker-1', '/master/listener/worker-1/keep-alive', '/master/log-rotation'];
  test.each<[string, string]>([
    ['/master/listener/worker-3', 'no actor /master/listener/worker-3 on master; under /master/listener: worker-1'],
    ['/master/listener/worker-1/keep-alive/x', 'no actor /master/listener/worker-1/keep-alive/x on master'],
    ['/master/nope/deeper', 'no actor /master/nope/deeper on master; under /master: listener, log-rotation'],
    ['/worker-1', 'no actor /worker-1 on master; under /: master'],
    ['master', '"master" is not an actor path: paths start with "/", e.g. /master'],
  ])('%s', (p, message) => {
    const e = noSuchActor(paths, p, 'master');
    expect(e.code).toBe('no_such_actor');
    expect(e.message).toBe(message);
  });
});
