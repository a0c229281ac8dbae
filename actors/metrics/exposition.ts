// A node's Prometheus registry: its own prom-client Registry (never the global one, so that nodes in one
// process keep apart), the process's default metrics under the warden_ prefix, and the node's families
// (metric-families.ts) as custom collectors. prom-client's Histogram cannot be set from outside and its
// Counter cannot be set at all, while our figures are live totals read at each scrape: so each family is
// a collector that reports the values of the scrape in hand.
import { collectDefaultMetrics, type Metric, Registry } from 'prom-client';
import type { MetricFamily } from './metric-families';

interface FamilyCollector {
  name: string;
  help: string;
  type: MetricFamily['type'];
  aggregator: 'sum';
  get(): Promise<{ name: string; help: string; type: MetricFamily['type']; aggregator: 'sum'; values: CollectedValue[] }>;
}

interface CollectedValue {
  metricName?: string;
  labels: Record<string, string>;
  value: number;
}

export class MetricsExposition {
  private readonly registry = new Registry();
  private current = new Map<string, MetricFamily>();

  constructor(opts: { processMetrics: boolean }) {
    if (opts.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'warden_' });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /**
   * The text of one scrape: `families`, then the process's metrics. One scrape at a time (the metrics
   * actor's mailbox sees to it): the collectors read the families set here.
   */
  async render(families: readonly MetricFamily[]): Promise<string> {
    this.current = new Map(families.map((f) => [f.name, f]));
    for (const f of families) {
      if (!this.registry.getSingleMetric(f.name)) this.registry.registerMetric(this.collectorOf(f) as unknown as Metric);
    }
    return this.registry.metrics();
  }

  /** A family that is not in a scrape (it never is for another role) is shown with no samples. */
  private collectorOf(f: MetricFamily): FamilyCollector {
    const { name, help, type } = f;
    return {
      name, help, type, aggregator: 'sum',
      get: async () => ({
        name, help, type, aggregator: 'sum',
        values: (this.current.get(name)?.samples ?? []).map((s) => ({ metricName: s.suffix ? name + s.suffix : undefined, labels: s.labels, value: s.value })),
      }),
    };
  }
}
