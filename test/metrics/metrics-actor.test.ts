// The metrics actor under supervision, on a manual clock: a scrape is a message; a snapshot that cannot
// be read fails the scrape and the actor, which its supervisor restarts; a burst past the mailbox is refused.
import { MetricsExposition } from '../../actors/metrics/exposition';
import { METRICS_MAILBOX, type MetricsMsg, metricsSpec } from '../../actors/metrics/metrics-actor';
import type { NodeSnapshot } from '../../actors/metrics/metric-families';
import type { ActorHandle, Settled } from '../../actors/supervision/actor';
import { startActorSystem, type ActorSystem } from '../../actors/supervision/system';
import { newHistogram } from '../../lib/histogram';
import { ManualClock } from '../helpers/manual-clock';
import { parseScrape, valueOf } from '../helpers/prometheus-text';

const snapshot = (events: number): NodeSnapshot => ({
  node: { name: 'w1', role: 'worker', version: '0.1.0' },
  actors: [{ path: '/w1', kind: 'WorkerNode', handled: 0, mailbox: 0, restarts: 0, dropped: 0, busyMs: 0, handleTime: newHistogram() }],
  links: [], agents: [], integrity: [],
  agentPort: { open: 0, agents: 0, accepted: 0, refused: 0, closed: { auth_deadline: 0, half_frame: 0, idle: 0, evicted: 0, over_budget: 0 } },
  enrollment: { accepted: 0, refused: { address_rate: 0, password: 0, node_rate: 0, decision: 0, error: 0, connection_cap: 0 } },
  events: { events, alerts: 0, dropped: 0 },
});

describe('MetricsActor', () => {
  let sys: ActorSystem<unknown>;
  let clock: ManualClock;
  afterEach(() => sys.shutdown());

  function boot(read: () => NodeSnapshot): ActorHandle<MetricsMsg> {
    clock = new ManualClock();
    sys = startActorSystem<null, unknown>({ name: 'w1', kind: 'WorkerNode', init: () => null, receive: (s) => s }, { clock, random: () => 0 });
    return sys.root.spawn(metricsSpec({ read, exposition: new MetricsExposition({ processMetrics: false }) }));
  }
  const scrape = (a: ActorHandle<MetricsMsg>) => a.ask<Settled<string>>((reply) => ({ type: 'scrape', reply }), 1_000);

  test('each scrape reads the live figures; a failed read fails that scrape, the actor restarts, and the next scrape works', async () => {
    let events = 0;
    let broken = false;
    const a = boot(() => {
      if (broken) throw new Error('global.db is locked');
      return snapshot(++events);
    });
    const first = await scrape(a);
    expect(first.ok && valueOf(parseScrape(first.value), 'warden_events_total')).toBe(1);
    broken = true;
    const failed = await scrape(a);
    expect(failed).toMatchObject({ ok: false, error: { message: 'global.db is locked' } });
    await sys.idle();
    expect(sys.registry.get('/w1/metrics')).toMatchObject({ status: 'backing-off', lastError: { message: 'global.db is locked' } });
    broken = false;
    await clock.advance(100, () => sys.idle());
    const again = await scrape(a);
    expect(again.ok && valueOf(parseScrape(again.value), 'warden_events_total')).toBe(2);
    await sys.idle();
    expect(sys.registry.get('/w1/metrics')).toMatchObject({ restarts: 1, status: 'idle', summary: expect.stringMatching(/^scrapes=1 last=\d+ B$/) });
  });

  test('scrapes past the mailbox bound are refused at once', async () => {
    const a = boot(() => snapshot(1));
    const all = Array.from({ length: METRICS_MAILBOX + 5 }, () => scrape(a).then((r) => r.ok, (e: Error) => e.message));
    const outcomes = await Promise.all(all);
    expect(outcomes.filter((o) => o === true).length).toBeGreaterThanOrEqual(METRICS_MAILBOX);
    expect(outcomes.filter((o) => typeof o === 'string' && /mailbox full/.test(o)).length).toBeGreaterThan(0);
    expect(sys.registry.get('/w1/metrics')!.dropped).toBeGreaterThan(0);
  });
});
