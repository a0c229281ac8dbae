// Recorded frames against the real agent port (AgentServer on loopback, real crypto): each agent's
// startup and keep-alive make it active, every event opens and reaches the port's event sink, with
// agents.verify_counters off and on. Counters start afresh in a file, so a port that enforces them
// accepts a file once: replaying it again is refused as replays.
import { StatusTracker } from '../../agents/server/status-tracker';
import { decodeReplayFile, encodeReplayFile } from '../../agents/replay/replay-file';
import { recordAgents } from '../../agents/replay/replay-recorder';
import { Replayer } from '../../agents/replay/replayer';
import { ReplayError } from '../../agents/replay/replay-errors';
import { runReplay } from '../../scripts/harness/replay';
import { PortUnderTest, startPort } from '../helpers/agent-port';
import { eventually } from '../helpers/inproc';

jest.setTimeout(20_000);

const AGENTS = 3;
const EVENTS = 20;

function replayFile() {
  const agents = recordAgents({ agents: AGENTS, events: EVENTS }, { now: new Date(2026, 11, 2, 10), random: Math.random });
  return decodeReplayFile(encodeReplayFile({ created_at: '', workers: [], generator: 'test' }, agents));
}

describe.each([false, true])('replayed frames on the agent port (verify_counters %s)', (enforce) => {
  let p: PortUnderTest;
  let tracker: StatusTracker;
  afterEach(async () => { await p.close(); });

  test(`${AGENTS} agents x ${EVENTS} events all arrive, each agent active`, async () => {
    tracker = new StatusTracker();
    p = await startPort({ enforceCounters: enforce, tracker });
    const file = replayFile();
    for (const a of file.agents) p.registry.set(Number(a.id), { id: Number(a.id), name: a.name, ip: a.ip, key: a.key, groups: [] });
    const r = new Replayer(file, { workers: [{ host: '127.0.0.1', port: p.port }], rate: 500, tickMs: 10 });
    await r.connect();
    await r.run();
    expect(r.stats()).toMatchObject({ agents: AGENTS, finished: AGENTS, eventsSent: AGENTS * EVENTS, framesSent: AGENTS * (EVENTS + 2), closedByPeer: 0 });
    await eventually(() => p.events.length, (n) => n === AGENTS * EVENTS);
    await r.stop();
    expect(p.server.stats().replaysDropped).toBe(0);
    for (const a of file.agents) expect(tracker.get(Number(a.id))?.status).toBe('active');
    // The events are the simulator's log lines (sim-content.ts), whole.
    expect(p.events.every((e) => /^(\w{3} [ \d]\d \d\d:\d\d:\d\d replay-00\d |\d{4}-\d\d-\d\d |[\d.]+ - - \[)/.test(e))).toBe(true);
    expect(p.lines.filter((l) => l.level === 'warning')).toEqual([]);

    // The same file again: without enforcement, accepted again (Wazuh's default); with it, every frame
    // is a replay, the startup proves nothing and the agents never get an answer.
    const again = new Replayer(file, { workers: [{ host: '127.0.0.1', port: p.port }], rate: 500, tickMs: 10, connectTimeoutMs: 1_000, retryMs: 200 });
    if (enforce) {
      await expect(again.connect()).rejects.toThrow(ReplayError);
      await again.stop();
      expect(p.server.stats().replaysDropped).toBeGreaterThanOrEqual(AGENTS);
      expect(p.events).toHaveLength(AGENTS * EVENTS);
    } else {
      await again.connect();
      await again.run();
      await eventually(() => p.events.length, (n) => n === 2 * AGENTS * EVENTS);
      await again.stop();
    }
  });
});

test('an agent the port does not know: the replayer retries until its deadline, then names it', async () => {
  const p = await startPort();
  try {
    const file = replayFile();
    const r = new Replayer(file, { workers: [{ host: '127.0.0.1', port: p.port }], rate: 100, connectTimeoutMs: 1_500, retryMs: 200 });
    const err = await r.connect().then(() => null, (e: unknown) => e as ReplayError);
    await r.stop();
    expect(err).toBeInstanceOf(ReplayError);
    expect(err!.code).toBe('connect_failed');
    expect(err!.message).toMatch(/^3 of 3 agents could not connect:\n  agent 001 at 127\.0\.0\.1:\d+: /);
  } finally {
    await p.close();
  }
});

test('options are checked, every problem named', () => {
  const file = replayFile();
  expect(() => new Replayer(file, { workers: [], rate: 0, tickMs: 5000 })).toThrow(/workers: give at least one.*\n.*rate: 0 must be.*\n.*tick: 5000 ms/s);
});

test('a sweep of rates: each step reported with its rate, every event sent once across them', async () => {
  const p = await startPort();
  try {
    const file = replayFile();
    for (const a of file.agents) p.registry.set(Number(a.id), { id: Number(a.id), name: a.name, ip: a.ip, key: a.key, groups: [] });
    // 60 events at 50/s take over a second: the first step (100 ms) ends long before they run out.
    const report = await runReplay(file, { workers: [{ host: '127.0.0.1', port: p.port }], rates: [50, 1_000], stepMs: 100, tickMs: 10 });
    expect(report.steps.map((s) => s.rate)).toEqual([50, 1_000]);
    expect(report.steps.reduce((n, s) => n + s.events, 0)).toBe(AGENTS * EVENTS);
    expect(report).toMatchObject({ eventsSent: AGENTS * EVENTS, finished: AGENTS, rate: 1_000 });
    expect(report.cpu_share).toBeGreaterThan(0);
    await eventually(() => p.events.length, (n) => n === AGENTS * EVENTS);
    await expect(runReplay(file, { workers: [{ host: '127.0.0.1', port: p.port }], rates: [50, 100] })).rejects.toThrow(/2 rates need --step/);
  } finally {
    await p.close();
  }
});
