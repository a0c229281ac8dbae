// Issue 9, finding 1: the agent port held every frame behind an unknown agent id for about a second,
// without limit. A connection that has not proven a key may hold a few KiB and a few frames, then it
// is closed; a real agent still gets in while others flood.
import { encodeAgentFrame } from '../../agents/wire/agent-frame';
import { PREAUTH } from '../../agents/server/agent-port-limits';
import { eventually } from '../helpers/inproc';
import { frameHeader, PortUnderTest, startPort, UNKNOWN_ID_FRAME } from '../helpers/agent-port';

jest.setTimeout(20_000);

describe('agent port: bytes held before authentication', () => {
  let p: PortUnderTest;
  afterEach(async () => { await p.close(); });

  test('an unknown id, then 64 KiB frames: closed over its budget at once, not after the registry wait', async () => {
    p = await startPort();
    const c = await p.raw();
    c.write(UNKNOWN_ID_FRAME);
    const big = encodeAgentFrame(Buffer.alloc(65_536, 0x41));
    for (let i = 0; i < 16 && !c.closed; i++) c.write(big);
    // The clock never moves: the registry wait (about a second) cannot be what closes it.
    await eventually(() => c.closed, (x) => x);
    expect(p.server.stats().closedBy.overBudget).toBe(1);
    expect(p.server.stats()).toMatchObject({ connections: 0, unauthenticated: 0, heldBytes: 0 });
  });

  test('an unknown id, then 1-byte frames: closed once a few KiB are held, whatever the frame count', async () => {
    p = await startPort();
    const c = await p.raw();
    c.write(UNKNOWN_ID_FRAME);
    const tiny = encodeAgentFrame(Buffer.from('x'));
    c.write(Buffer.concat(Array.from({ length: 20_000 }, () => tiny))); // 100 KB on the wire
    await eventually(() => c.closed, (x) => x);
    expect(p.server.stats().closedBy.overBudget).toBe(1);
  });

  test('a frame bigger than the pre-authentication maximum closes the connection before its body arrives', async () => {
    p = await startPort();
    const c = await p.raw();
    c.write(frameHeader(PREAUTH.maxFrameBytes + 1));
    await eventually(() => c.closed, (x) => x);
    expect(p.server.stats().closedBy.overBudget).toBe(1);
  });

  test('4 connections flooding 64 KiB frames behind an unknown id: held bytes stay bounded, a real agent gets in', async () => {
    p = await startPort();
    const agent = p.register(1, 'web-1');
    let stop = false;
    let peakHeld = 0;
    let connections = 0;
    const big = encodeAgentFrame(Buffer.alloc(65_536, 0x41));
    const flooder = async (from: string): Promise<void> => {
      while (!stop) {
        const c = await p.raw(from);
        connections++;
        c.write(UNKNOWN_ID_FRAME);
        while (!stop && !c.closed) {
          c.write(big);
          peakHeld = Math.max(peakHeld, p.server.stats().heldBytes);
          await new Promise((r) => setImmediate(r));
        }
        c.socket.destroy();
      }
    };
    const floods = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'].map(flooder);
    await eventually(() => connections, (n) => n >= 20);
    await agent.connect(p.port);
    agent.startup();
    await eventually(() => agent.received.length, (n) => n >= 1);
    stop = true;
    await Promise.all(floods);
    expect(agent.received[0]).toEqual({ kind: 'ack' });
    expect(agent.closed).toBe(false);
    expect(peakHeld).toBeLessThanOrEqual(4 * PREAUTH.maxHeldBytes);
    expect(p.server.stats().closedBy.overBudget).toBeGreaterThanOrEqual(16);
  });

  test('an agent that reaches the port before its registry entry is held, then accepted (the budget leaves room for it)', async () => {
    p = await startPort();
    const agent = p.register(7, 'fresh-7');
    const entry = p.registry.get(7)!;
    p.registry.delete(7);
    await agent.connect(p.port);
    agent.startup();
    await eventually(() => p.server.stats().heldBytes, (n) => n > 0);
    p.registry.set(7, entry); // the registry update arrives
    await p.clock.advance(200);
    await eventually(() => agent.received.length, (n) => n >= 1);
    expect(agent.received[0]).toEqual({ kind: 'ack' });
    expect(p.server.stats()).toMatchObject({ unauthenticated: 0, heldBytes: 0 });
  });
});
