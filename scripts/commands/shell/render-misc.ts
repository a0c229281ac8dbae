// render-misc.ts: pure; the shell's other views: `stats`, trace lines, `help`, and what restart/stop did.
import type { NodeStats } from '../../../actors/control/node-stats';
import type { TraceEntry } from '../../../actors/supervision/trace';
import { type Column, fitTable } from '../fit-table';
import { COMMANDS, commandSpec } from './commands';
import { bytes, clockTime, duration } from './format';
import { usageOf } from './parse';

export function renderStats(node: string, s: NodeStats, width: number | null): string {
  const el = s.event_loop;
  const d = el.delay_ms;
  const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
  const lines: [string, string][] = [
    ['process', `pid ${s.pid}, Node.js ${s.node_version}, up ${duration(s.uptime_s * 1000)} (since ${s.started_at})`],
    ['event loop', `utilisation ${pct(el.utilization)} over ${duration(el.sample_ms)}, ${pct(el.utilization_total)} since start`],
    ['loop delay', d ? `p50 ${d.p50}ms, p99 ${d.p99}ms, max ${d.max}ms, mean ${d.mean}ms (over ${duration(el.sample_ms)})` : '- (no sample)'],
    ['memory', `rss ${bytes(s.memory.rss)}, heap ${bytes(s.memory.heap_used)} used of ${bytes(s.memory.heap_total)} (limit ${bytes(s.memory.heap_limit)}), external ${bytes(s.memory.external)}, buffers ${bytes(s.memory.array_buffers)}`],
    ['handles', `${s.handles.total}: ${Object.entries(s.handles.by_type).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || '-'}`],
  ];
  const pad = Math.max(...lines.map(([k]) => k.length)) + 2;
  const head = `${node}\n${lines.map(([k, v]) => `${k.padEnd(pad)}${v}`).join('\n')}`;
  if (s.sockets === null) return `${head}\nsockets: this Node.js cannot list them`;
  const cols: Column[] = [{ head: 'SOCKETS' }, { head: 'ENDPOINT', min: 10 }, { head: 'COUNT' }];
  const kind = { listening: 'listening', in: 'accepted on', out: 'dialed to', unix: 'unix' } as const;
  return `${head}\n${fitTable(cols, s.sockets.map((g) => [kind[g.kind], g.endpoint, String(g.count)]), width)}`;
}

/** One trace entry: "10:00:01.123  in    actor  send            ~12 B". */
export function traceLine(e: TraceEntry): string {
  const size = e.dir === 'done' ? '' : e.via === 'wire' ? bytes(e.bytes) : `~${bytes(e.bytes)}`;
  const extra = e.dir === 'done' ? `took ${duration(e.ms ?? 0)}${e.failed ? `, FAILED (${e.failed})` : ''}` : e.to ? `-> ${e.to}` : '';
  return [clockTime(e.at), e.dir.padEnd(4), e.via.padEnd(5), e.type.padEnd(28), size.padStart(10), extra].join('  ').trimEnd();
}

export function traceEnd(path: string, total: number, done: string | null): string {
  const why: Record<string, string> = { count: 'reached --count', duration: 'reached --duration', stopped: 'stopped', abandoned: 'abandoned' };
  return `trace of ${path}: ${total} entries, ${done ? why[done] ?? done : 'running'}`;
}

export function renderHelp(topic: string | null): string {
  if (topic !== null) {
    const spec = commandSpec(topic)!;
    const names = spec.flags.map((f) => `--${f.name}${f.short ? `, -${f.short}` : ''}`);
    const w = Math.max(0, ...names.map((n) => n.length)) + 2;
    const flags = spec.flags.map((f, i) => `  ${names[i].padEnd(w)}${f.help}`);
    return [`usage: ${usageOf(spec)}`, `  ${spec.summary}`, ...(spec.details ? [`  ${spec.details}`] : []), ...flags].join('\n');
  }
  const w = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'Commands (PATH is an actor path such as /master/listener; Tab completes commands and paths):',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}${c.summary}`),
    '`help CMD` for its options. Cluster views (nodes, health, agents, ruleset) come from the local node; the rest from the connected node.',
  ].join('\n');
}

export function renderMutation(r: { node: string; path: string; action: string; status: string; restarts?: number; note?: string }): string {
  if (r.action === 'stop') return `${r.path} on ${r.node} stopped (with its children). Its supervisor is not told; \`tree\` shows it gone.`;
  if (r.note) return `${r.path} on ${r.node} is ${r.status}: ${r.note}.`;
  return `${r.path} on ${r.node}: restart requested (${r.restarts ?? 0} restarts so far); its supervisor restarts it after its backoff. \`info ${r.path}\` shows it.`;
}
