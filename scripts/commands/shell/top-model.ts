// top-model.ts: pure; the rows of `top` from two tables of the same node taken a moment apart: messages
// a second and busy share from the counters' growth, handling-time percentiles from the histogram's.
import type { ActorsView } from '../../../actors/control/actor-commands';
import { histogramDelta, newHistogram, quantile } from '../../../lib/histogram';
import { type Column, fitTable } from '../fit-table';
import { bucketTime } from './format';
import type { TopSort } from './parse';
import { statusText } from './render-actors';

export interface TopRow {
  path: string;
  kind: string;
  status: string;
  mailbox: number;
  /** Null on the first table, or for an actor that was not in the previous one. */
  msgs_per_s: number | null;
  /** Share of the interval spent handling messages, 0..100. */
  busy_pct: number | null;
  /** Upper bounds of the histogram buckets holding the percentiles, in seconds; null when nothing was handled. */
  p50_s: number | null;
  p99_s: number | null;
  restarts: number;
}

export function topRows(prev: ActorsView | null, cur: ActorsView, sort: TopSort, limit: number | null): TopRow[] {
  const before = new Map((prev?.actors ?? []).map((a) => [a.path, a]));
  const elapsedMs = prev ? cur.now - prev.now : 0;
  const rows = cur.actors.map((a): TopRow => {
    const b = before.get(a.path);
    const measured = b !== undefined && elapsedMs > 0;
    const delta = histogramDelta(a.handleTime, b?.handleTime ?? newHistogram());
    const handled = measured ? a.handled - b.handled : 0;
    return {
      path: a.path, kind: a.kind, status: statusText(a, cur.now), mailbox: a.mailbox,
      msgs_per_s: measured ? round((handled * 1000) / elapsedMs, 1) : null,
      busy_pct: measured ? round(Math.min(100, ((a.busyMs - b.busyMs) / elapsedMs) * 100), 1) : null,
      p50_s: measured ? quantile(delta, 0.5) : null,
      p99_s: measured ? quantile(delta, 0.99) : null,
      restarts: a.restarts,
    };
  });
  const key: Record<TopSort, (r: TopRow) => number> = {
    mailbox: (r) => r.mailbox,
    msgs: (r) => r.msgs_per_s ?? -1,
    restarts: (r) => r.restarts,
    busy: (r) => r.busy_pct ?? -1,
  };
  rows.sort((x, y) => key[sort](y) - key[sort](x) || y.mailbox - x.mailbox || x.path.localeCompare(y.path));
  return limit === null ? rows : rows.slice(0, limit);
}

const TOP_COLUMNS: Column[] = [
  { head: 'ACTOR', min: 16 }, { head: 'KIND', drop: 1 }, { head: 'MAILBOX', shortHead: 'MBOX', min: 4 }, { head: 'MSGS/S', min: 6 },
  { head: 'BUSY%', min: 5 }, { head: 'P50', min: 6 }, { head: 'P99', min: 6 }, { head: 'RESTARTS', shortHead: 'RST', min: 3 }, { head: 'STATUS', min: 8 },
];

export function renderTop(rows: readonly TopRow[], header: string, width: number | null): string {
  const cells = rows.map((r) => [
    r.path, r.kind, String(r.mailbox), r.msgs_per_s === null ? '-' : r.msgs_per_s.toFixed(1), r.busy_pct === null ? '-' : r.busy_pct.toFixed(1),
    bucketTime(r.p50_s), bucketTime(r.p99_s), String(r.restarts), r.status,
  ]);
  return `${header}\n${fitTable(TOP_COLUMNS, cells, width)}`;
}

/** Rows that fit a terminal of `rows` lines under the header, the table's head and borders. */
export function rowsThatFit(terminalRows: number | undefined): number | null {
  return terminalRows ? Math.max(3, terminalRows - 7) : null;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
