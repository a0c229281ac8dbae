// Reading /metrics as Prometheus would: parse-prometheus-text-format checks the syntax and gives every
// family with its type; it flattens a histogram's label sets into one (prom2json's old behaviour), so
// histogram series are read back from their _count and _bucket lines here.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export interface Scrape {
  text: string;
  families: Map<string, { type: string; help: string; samples: { labels: Record<string, string>; value: number }[] }>;
}

export function parseScrape(text: string): Scrape {
  const families: Scrape['families'] = new Map();
  for (const f of parsePrometheusTextFormat(text)) {
    const samples = f.type === 'HISTOGRAM' ? histogramCounts(text, f.name) : f.metrics.map((m) => ({ labels: m.labels ?? {}, value: Number(m.value) }));
    families.set(f.name, { type: f.type, help: f.help, samples });
  }
  return { text, families };
}

/** The samples of a family (the _count series of a histogram). */
export function samplesOf(s: Scrape, name: string): { labels: Record<string, string>; value: number }[] {
  const f = s.families.get(name);
  if (!f) throw new Error(`no family ${name} in the scrape`);
  return f.samples;
}

/** One series' value, its labels matching `labels` exactly. */
export function valueOf(s: Scrape, name: string, labels: Record<string, string> = {}): number | undefined {
  const key = JSON.stringify(Object.entries(labels).sort());
  return samplesOf(s, name).find((x) => JSON.stringify(Object.entries(x.labels).sort()) === key)?.value;
}

/** A histogram's buckets for one label set, as cumulative counts by `le`. */
export function bucketsOf(s: Scrape, name: string, labels: Record<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of s.text.split('\n')) {
    const m = seriesLine(line, `${name}_bucket`);
    if (!m) continue;
    const { le, ...rest } = m.labels;
    if (JSON.stringify(Object.entries(rest).sort()) === JSON.stringify(Object.entries(labels).sort())) out.set(le, m.value);
  }
  return out;
}

function histogramCounts(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  return text.split('\n').map((l) => seriesLine(l, `${name}_count`)).filter((x) => x !== null);
}

function seriesLine(line: string, series: string): { labels: Record<string, string>; value: number } | null {
  if (!line.startsWith(series)) return null;
  const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
  if (!m || m[1] !== series) return null;
  const labels: Record<string, string> = {};
  for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  return { labels, value: Number(m[3]) };
}
