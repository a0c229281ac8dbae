// The agent port's part in joining, leaving and rebalancing: a port that does not take agents yet
// refuses them at accept (and says why, once per source); agents asked to move get `#!-force_reconnect`
// and are refused with `#!-err` when they come straight back; a port that stops accepting keeps the
// connections it has, and tells when the last agent has gone.
import { eventually } from '../helpers/inproc';
import { PortUnderTest, startPort } from '../helpers/agent-port';
import { MOVED_AWAY_REFUSE_MS } from '../../agents/server/agent-port-limits';
import { TestAgent } from '../helpers/test-agent';

jest.setTimeout(20_000);

describe('agent port: moves', () => {
  let p: PortUnderTest;
  afterEach(async () => { await p.close(); });

  async function connected(id: number): Promise<TestAgent> {
    const a = p.register(id);
    await a.connect(p.port);
    a.startup();
    await eventually(() => a.received.length, (n) => n >= 1);
    return a;
  }

  test('while the node does not take agents, connections are refused at accept, with the reason logged once per source', async () => {
    let refusing: string | null = 'this worker is not in sync with the master yet';
    p = await startPort({ refusing: () => refusing });
    const a = p.register(1);
    const b = p.register(2);
    await a.connect(p.port);
    await b.connect(p.port);
    await eventually(() => a.closed && b.closed, (x) => x);
    expect(a.received).toEqual([]);
    const lines = p.lines.filter((l) => /refused: this worker is not in sync/.test(l.msg));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warning', msg: 'Connection from 127.0.0.1 refused: this worker is not in sync with the master yet.' });
    expect(p.server.stats().closedBy.notServing).toBe(2);
    refusing = null;
    const c = await connected(3);
    expect(c.received[0]).toEqual({ kind: 'ack' });
  });

  test('moved agents get #!-force_reconnect, the longest connected first, and are refused with #!-err for a while', async () => {
    p = await startPort();
    const first = await connected(1);
    await p.clock.advance(1_000);
    const second = await connected(2);
    expect(p.server.moveAway(1)).toEqual([1]);
    await eventually(() => first.received.some((m) => m.kind === 'force_reconnect'), (x) => x);
    expect(second.received.some((m) => m.kind === 'force_reconnect')).toBe(false);
    first.close(); // as an agent does: it closes, then starts over from this server

    const back = new TestAgent(first.id, first.name, p.registry.get(1)!.key);
    await back.connect(p.port);
    back.startup();
    await eventually(() => back.closed, (x) => x);
    expect(back.received).toEqual([{ kind: 'error', message: expect.stringMatching(/moved the agent to another server/) }]);
    expect(p.server.stats().closedBy.movedAway).toBe(1);
    expect(p.server.moveAway(5)).toEqual([2]); // agent 1 is not connected; agent 2 is all there is

    await p.clock.advance(MOVED_AWAY_REFUSE_MS + 1);
    p.server.closeExpired();
    const later = new TestAgent(first.id, first.name, p.registry.get(1)!.key);
    await later.connect(p.port);
    later.startup();
    await eventually(() => later.received.length, (n) => n >= 1);
    expect(later.received[0]).toEqual({ kind: 'ack' });
    later.close();
  });

  test('stopAccepting keeps the connections; whenNoAgents resolves once the last agent went', async () => {
    p = await startPort();
    const a = await connected(1);
    const b = await connected(2);
    p.server.stopAccepting();
    await expect(p.raw()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    let gone = false;
    void p.server.whenNoAgents().then(() => { gone = true; });
    a.keepAlive();
    await eventually(() => a.received.length, (n) => n >= 2); // still served
    a.close();
    await eventually(() => p.server.connectedAgents, (n) => n === 1);
    expect(gone).toBe(false);
    b.close();
    await eventually(() => gone, (x) => x);
    p.server.stopAccepting(); // twice is fine
  });
});
