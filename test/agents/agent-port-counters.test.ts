// Optional counter enforcement (config agents.verify_counters, Wazuh's remoted.verify_msg_id): with it,
// a message whose (global, local) pair is not after the last accepted one for its agent is dropped and
// logged (rate-limited), and never authenticates a connection. Off, every pair is accepted (Wazuh).
import { eventually } from '../helpers/inproc';
import { PortUnderTest, startPort } from '../helpers/agent-port';
import { PREAUTH } from '../../agents/server/agent-port-limits';

jest.setTimeout(20_000);

describe('agent port: message counters', () => {
  let p: PortUnderTest;
  afterEach(async () => { await p.close(); });

  test('enforced: a replayed event is dropped and logged, the connection goes on', async () => {
    p = await startPort({ enforceCounters: true });
    const agent = p.register(1);
    await agent.connect(p.port);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    const event = agent.frame('1:/var/log/auth.log:first');
    agent.sendRaw(event);
    await eventually(() => p.events.length, (n) => n === 1);
    for (let i = 0; i < 5; i++) agent.sendRaw(event);
    agent.event('/var/log/auth.log', 'second');
    await eventually(() => p.events.length, (n) => n === 2);
    expect(p.events).toEqual(['first', 'second']);
    expect(agent.closed).toBe(false);
    const replays = p.lines.filter((l) => l.level === 'warning' && /replayed/.test(l.msg));
    expect(replays).toHaveLength(1); // five drops, one line in the interval
    expect(p.server.stats().replaysDropped).toBe(5);
  });

  test('enforced: a replayed startup on a new connection proves nothing and is closed at the deadline', async () => {
    p = await startPort({ enforceCounters: true });
    const agent = p.register(1);
    const startup = agent.frame('#!-agent startup {"version":"v4.14.7"}');
    await agent.connect(p.port);
    agent.sendRaw(startup);
    await eventually(() => agent.received.length, (n) => n >= 1);
    agent.close();
    await eventually(() => p.server.stats().connections, (n) => n === 0);
    const attacker = await p.raw('127.0.0.2');
    attacker.write(startup);
    await eventually(() => p.server.stats().replaysDropped, (n) => n === 1);
    expect(p.server.stats().unauthenticated).toBe(1);
    await p.clock.advance(PREAUTH.deadlineMs);
    p.server.closeExpired();
    await eventually(() => attacker.closed, (x) => x);
    expect(p.server.stats().closedBy.authDeadline).toBe(1);
  });

  test('not enforced (Wazuh\'s default): the same pair twice is accepted and recorded', async () => {
    p = await startPort();
    const agent = p.register(1);
    await agent.connect(p.port);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    const event = agent.frame('1:/var/log/auth.log:again');
    agent.sendRaw(event);
    agent.sendRaw(event);
    await eventually(() => p.events.length, (n) => n === 2);
    expect(p.server.counters.get(1)).toEqual({ global: 1, local: 2 });
  });
});
