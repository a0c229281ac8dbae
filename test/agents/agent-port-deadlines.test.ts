// Issue 9, finding 2: the agent port had no deadline to authenticate, no half-frame or idle deadline, no
// cap on unauthenticated connections and a connection cap above the file limit. Time is a ManualClock:
// the actor's sweep (closeExpired) is called by hand after moving it.
import { agentConnectionCap, AGENT_CONNECTION, PREAUTH, preAuthTotalFor } from '../../agents/server/agent-port-limits';
import { agentPing, encodeAgentFrame } from '../../agents/wire/agent-frame';
import { eventually } from '../helpers/inproc';
import { frameHeader, PortUnderTest, RawClient, startPort } from '../helpers/agent-port';
import { TestAgent } from '../helpers/test-agent';

jest.setTimeout(20_000);
const IDLE_MS = 60_000;

describe('agent port: deadlines', () => {
  let p: PortUnderTest;
  afterEach(async () => { await p.close(); });

  test('a connection that never proves a key is closed at the authentication deadline, pings or not', async () => {
    p = await startPort({ limits: { idleAfterMs: IDLE_MS } });
    const silent = await p.raw();
    const pinger = await p.raw();
    pinger.write(encodeAgentFrame(agentPing()));
    await eventually(() => p.server.stats().connections, (n) => n === 2);
    await p.clock.advance(PREAUTH.deadlineMs - 1);
    p.server.closeExpired();
    expect(p.server.stats().connections).toBe(2);
    await p.clock.advance(1);
    p.server.closeExpired();
    await eventually(() => silent.closed && pinger.closed, (x) => x);
    expect(p.server.stats().closedBy.authDeadline).toBe(2);
  });

  test('an authenticated agent that stalls in the middle of a frame is closed at the half-frame deadline', async () => {
    p = await startPort({ limits: { idleAfterMs: IDLE_MS } });
    const agent = p.register(1);
    await agent.connect(p.port);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    agent.sendRaw(Buffer.concat([frameHeader(1000), Buffer.alloc(10)]));
    await eventually(() => p.server.stats().partialFrames, (n) => n === 1);
    await p.clock.advance(AGENT_CONNECTION.halfFrameDeadlineMs - 1);
    p.server.closeExpired();
    expect(agent.closed).toBe(false);
    await p.clock.advance(1);
    p.server.closeExpired();
    await eventually(() => agent.closed, (x) => x);
    expect(p.server.stats().closedBy).toMatchObject({ halfFrame: 1, authDeadline: 0, idle: 0 });
  });

  test('an authenticated agent silent for intervals.agent_disconnect is closed; one that keeps talking is not', async () => {
    p = await startPort({ limits: { idleAfterMs: IDLE_MS } });
    const quiet = p.register(1);
    const chatty = p.register(2);
    for (const a of [quiet, chatty]) {
      await a.connect(p.port);
      a.startup();
      await eventually(() => a.received.length, (n) => n >= 1);
    }
    for (let t = 0; t < IDLE_MS; t += 10_000) {
      chatty.keepAlive();
      await eventually(() => chatty.received.length, (n) => n >= 2 + t / 10_000);
      await p.clock.advance(10_000);
      p.server.closeExpired();
    }
    await eventually(() => quiet.closed, (x) => x);
    expect(chatty.closed).toBe(false);
    expect(p.server.stats().closedBy).toMatchObject({ idle: 1, authDeadline: 0, halfFrame: 0 });
  });
});

describe('agent port: unauthenticated connections, per address and in total', () => {
  let p: PortUnderTest;
  afterEach(async () => { await p.close(); });

  test('past the cap of an address its oldest unauthenticated connection is evicted; other addresses keep theirs', async () => {
    p = await startPort({ limits: { preAuthPerAddress: 3, preAuthTotal: 100 } });
    const other = await p.raw('127.0.0.3');
    const flood: RawClient[] = [];
    for (let i = 0; i < 5; i++) flood.push(await p.raw('127.0.0.2'));
    await eventually(() => flood[0]!.closed && flood[1]!.closed, (x) => x);
    expect(flood.slice(2).some((c) => c.closed)).toBe(false);
    expect(other.closed).toBe(false);
    expect(p.server.stats()).toMatchObject({ unauthenticated: 4, closedBy: { evicted: 2 } });
  });

  test('500 connections holding a partial frame: at most the total cap is held, and a real agent gets in', async () => {
    p = await startPort({ limits: { preAuthPerAddress: 1_000, preAuthTotal: 50 } });
    const held: RawClient[] = [];
    for (let i = 0; i < 500; i++) {
      const c = await p.raw(`127.0.0.${2 + (i % 4)}`);
      c.write(Buffer.concat([frameHeader(PREAUTH.maxFrameBytes), Buffer.alloc(100)]));
      held.push(c);
    }
    await eventually(() => p.server.stats().closedBy.evicted, (n) => n === 450);
    const agent = p.register(1);
    await agent.connect(p.port);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    expect(agent.received[0]).toEqual({ kind: 'ack' });
    const s = p.server.stats();
    expect(s.unauthenticated).toBeLessThanOrEqual(50);
    expect(s.heldBytes).toBeLessThanOrEqual(50 * PREAUTH.maxHeldBytes);
  });

  test('authenticated agents behind one NAT address are never capped', async () => {
    p = await startPort({ limits: { preAuthPerAddress: 2, preAuthTotal: 2 } });
    const agents: TestAgent[] = [];
    for (let id = 1; id <= 6; id++) {
      const a = p.register(id);
      await a.connect(p.port, '127.0.0.9');
      a.startup();
      await eventually(() => a.received.length, (n) => n >= 1);
      agents.push(a);
    }
    expect(agents.every((a) => !a.closed)).toBe(true);
    expect(p.server.stats()).toMatchObject({ connections: 6, unauthenticated: 0, closedBy: { evicted: 0 } });
  });

  test('frames: 4 KiB at most before authentication, 64 KiB (Wazuh OS_MAXSTR) after', async () => {
    p = await startPort();
    const agent = p.register(1);
    await agent.connect(p.port);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    // Random text compresses poorly: the sealed frame is far above the pre-authentication maximum.
    const text = Array.from({ length: 40_000 }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
    agent.event('/var/log/big.log', text);
    await eventually(() => p.events.length, (n) => n === 1);
    expect(p.events[0]!.length).toBe(40_000);
    expect(agent.closed).toBe(false);
    const late = p.register(2);
    await late.connect(p.port);
    late.sendRaw(frameHeader(PREAUTH.maxFrameBytes + 1));
    await eventually(() => late.closed, (x) => x);
    expect(p.server.stats().closedBy.overBudget).toBe(1);
  });
});

describe('agent port: connection cap', () => {
  test('the cap leaves a reserve of file descriptors to the rest of the node', () => {
    expect(agentConnectionCap(1024)).toBe(768);
    expect(agentConnectionCap(20_000)).toBe(15_000);
    expect(agentConnectionCap(1_048_576)).toBe(AGENT_CONNECTION.maxConnections);
    expect(agentConnectionCap(null)).toBe(AGENT_CONNECTION.maxConnections);
    expect(agentConnectionCap(100)).toBe(1);
  });

  test('unauthenticated connections may take a quarter of the cap, so a flood never fills the port', () => {
    expect(preAuthTotalFor(768)).toBe(192);
    expect(preAuthTotalFor(20_000)).toBe(PREAUTH.maxTotal);
  });
});

describe('agent port: at the connection cap', () => {
  let p: PortUnderTest;
  afterEach(async () => { await p.close(); });

  test('a connection past the cap is refused and counted, the ones held go on', async () => {
    p = await startPort({ limits: { maxConnections: 2 } });
    const a = p.register(1);
    await a.connect(p.port);
    a.startup();
    await eventually(() => a.received.length, (n) => n >= 1);
    const second = await p.raw();
    const third = await p.raw('127.0.0.2');
    await eventually(() => third.closed, (x) => x);
    expect(second.closed).toBe(false);
    expect(p.server.stats().closedBy.refused).toBe(1);
    expect(p.lines.some((l) => /127\.0\.0\.2 refused: the agent port holds its 2 connections/.test(l.msg))).toBe(true);
  });
});
