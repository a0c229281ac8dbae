// node-stats.ts: the `stats` control command: how the node's process is doing: event-loop delay and
// utilisation over a short sample, memory, active handles by type, open sockets by local port, uptime.
import * as net from 'net';
import * as v8 from 'v8';
import { monitorEventLoopDelay, performance } from 'perf_hooks';

export const STATS_SAMPLE_MS = 500;
export const STATS_SAMPLE_MAX_MS = 5_000;
const DELAY_RESOLUTION_MS = 10;

export interface SocketGroup {
  /** listening: a server; in: connections accepted on that port; out: connections this node opened; unix: local sockets. */
  kind: 'listening' | 'in' | 'out' | 'unix';
  /** ":1516" for listening and in, "127.0.0.1:1516" (the far end) for out, the path for unix. */
  endpoint: string;
  count: number;
}

export interface NodeStats {
  pid: number;
  node_version: string;
  uptime_s: number;
  started_at: string;
  event_loop: {
    sample_ms: number;
    /** Delay of timers over the sample (ms), as monitorEventLoopDelay measures it. */
    delay_ms: { min: number; mean: number; p50: number; p99: number; max: number } | null;
    /** Share of the sample (0..1) the loop was busy, and since the process started. */
    utilization: number | null;
    utilization_total: number;
  };
  memory: { rss: number; heap_used: number; heap_total: number; heap_limit: number; external: number; array_buffers: number };
  handles: { total: number; by_type: Record<string, number> };
  /** Null when this Node.js cannot list its handles. */
  sockets: SocketGroup[] | null;
}

export async function nodeStats(sampleMs: number): Promise<NodeStats> {
  const sample = await sampleEventLoop(sampleMs);
  const mem = process.memoryUsage();
  const resources = process.getActiveResourcesInfo();
  const byType: Record<string, number> = {};
  for (const r of resources) byType[r] = (byType[r] ?? 0) + 1;
  return {
    pid: process.pid,
    node_version: process.version,
    uptime_s: Math.round(process.uptime()),
    started_at: new Date(performance.timeOrigin).toISOString(),
    event_loop: { sample_ms: sampleMs, ...sample, utilization_total: round(performance.eventLoopUtilization().utilization, 4) },
    memory: {
      rss: mem.rss, heap_used: mem.heapUsed, heap_total: mem.heapTotal, heap_limit: v8.getHeapStatistics().heap_size_limit,
      external: mem.external, array_buffers: mem.arrayBuffers,
    },
    handles: { total: resources.length, by_type: byType },
    sockets: openSockets(),
  };
}

/** A monitor only for the sample: nothing runs between two `stats`. */
async function sampleEventLoop(ms: number): Promise<Pick<NodeStats['event_loop'], 'delay_ms' | 'utilization'>> {
  if (ms <= 0) return { delay_ms: null, utilization: null };
  const h = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
  const elu0 = performance.eventLoopUtilization();
  h.enable();
  await new Promise((r) => setTimeout(r, ms));
  h.disable();
  const elu = performance.eventLoopUtilization(elu0);
  // The monitor records the whole gap between its timer's runs: the delay is what exceeds its period.
  const msOf = (ns: number): number => round(Math.max(0, ns / 1e6 - DELAY_RESOLUTION_MS), 2);
  const delay = h.count > 0
    ? { min: msOf(h.min), mean: msOf(h.mean), p50: msOf(h.percentile(50)), p99: msOf(h.percentile(99)), max: msOf(h.max) }
    : null;
  return { delay_ms: delay, utilization: round(elu.utilization, 4) };
}

/**
 * Servers and sockets, grouped by port. Node.js has no public list of its handles; the one it keeps for
 * diagnostics (process._getActiveHandles) is used when present.
 */
function openSockets(): SocketGroup[] | null {
  const list = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles;
  if (typeof list !== 'function') return null;
  const handles = list.call(process);
  const groups = new Map<string, SocketGroup>();
  const add = (kind: SocketGroup['kind'], endpoint: string): void => {
    const key = `${kind} ${endpoint}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { kind, endpoint, count: 1 });
  };
  const listening = new Set<number>();
  for (const h of handles) {
    if (!(h instanceof net.Server)) continue;
    const a = h.address();
    if (a === null) continue;
    if (typeof a === 'string') add('unix', a);
    else { listening.add(a.port); add('listening', `${a.address}:${a.port}`); }
  }
  for (const h of handles) {
    if (!(h instanceof net.Socket)) continue;
    if (h.localPort === undefined) add('unix', 'pipes and unix sockets (stdio, control)');
    else if (listening.has(h.localPort)) add('in', `:${h.localPort}`);
    else add('out', `${h.remoteAddress ?? '?'}:${h.remotePort ?? '?'}`);
  }
  const order = { listening: 0, in: 1, out: 2, unix: 3 };
  return [...groups.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.endpoint.localeCompare(b.endpoint));
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
