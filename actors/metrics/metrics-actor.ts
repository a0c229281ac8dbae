// MetricsActor (one per node with metrics.port set): answers each scrape of /metrics through its
// mailbox, so scrapes run one at a time, a burst of them is bounded by the mailbox, and a scrape that
// fails (a store that cannot be read) fails this actor: its supervisor restarts it and the shell shows
// the failure, while the HTTP side answers that scrape with 503.
import { assertNever } from '../../lib/assert-never';
import type { ActorSpec, Settled } from '../supervision/actor';
import { SERVICE_POLICY } from '../node/policies';
import type { MetricsExposition } from './exposition';
import { metricFamilies, type NodeSnapshot } from './metric-families';

export type MetricsMsg = { type: 'scrape'; reply: (r: Settled<string>) => void };

export interface MetricsDeps {
  /** Reads the node's live figures (registry, meters, stores, ports). */
  read: () => NodeSnapshot;
  exposition: MetricsExposition;
}

interface State {
  scrapes: number;
  lastBytes: number;
}

/** Scrapes waiting beyond this are answered 503 at once: a Prometheus server scrapes one at a time. */
export const METRICS_MAILBOX = 16;

export function metricsSpec(d: MetricsDeps): ActorSpec<State, MetricsMsg> {
  return {
    name: 'metrics',
    kind: 'MetricsActor',
    // A node-wide service: a failed scrape must never take its siblings down.
    restart: SERVICE_POLICY,
    mailboxLimit: METRICS_MAILBOX,
    init: () => ({ scrapes: 0, lastBytes: 0 }),
    summary: (s) => `scrapes=${s.scrapes} last=${s.lastBytes} B`,
    unhandled: (m, err) => m.reply({ ok: false, error: err }),
    receive: async (s, m) => {
      switch (m.type) {
        case 'scrape': {
          const text = await d.exposition.render(metricFamilies(d.read()));
          m.reply({ ok: true, value: text });
          return { scrapes: s.scrapes + 1, lastBytes: Buffer.byteLength(text) };
        }
        default: return assertNever(m.type, 'message');
      }
    },
  };
}
