// event-records.ts: an agent event and its analysis result as the JSON lines Wazuh writes to
// logs/archives/archives.json and logs/alerts/alerts.json. Pure: the engine thread calls it, tests call it directly.
import type { Result } from '../../analysis/engine';

/** One agent event as the node hands it to the engine: a tuple, cheap to post between threads. */
export type EngineEvent = [nowMs: number, agentId: string, agentName: string, agentIp: string, location: string, message: string];

export interface RecordContext {
  managerName: string;
  /** Absent when the cluster is hidden. */
  cluster?: { name: string; node: string };
}

export function archiveRecord(ev: EngineEvent, r: Result, c: RecordContext): Record<string, unknown> {
  const [nowMs, id, name, ip, location, message] = ev;
  return {
    timestamp: new Date(nowMs).toISOString(), agent: { id, name, ip }, manager: { name: c.managerName },
    ...(c.cluster ? { cluster: c.cluster } : {}), full_log: message, decoder: decoderOf(r), location,
  };
}

/** The alert for a result whose rule fired; `seq` makes the id unique on this node (Wazuh: time.offset). */
export function alertRecord(ev: EngineEvent, r: Result, c: RecordContext, seq: number): Record<string, unknown> | null {
  if (!r.alert || !r.rule) return null;
  const [nowMs, id, name, ip, location, message] = ev;
  return {
    timestamp: new Date(nowMs).toISOString(),
    rule: {
      id: r.rule.id, level: r.rule.level, description: r.rule.description, groups: r.rule.groups, firedtimes: r.rule.firedtimes,
      ...(r.rule.mitre.length ? { mitre: { id: r.rule.mitre } } : {}),
    },
    agent: { id, name, ip }, manager: { name: c.managerName }, ...(c.cluster ? { cluster: c.cluster } : {}),
    id: `${Math.floor(nowMs / 1000)}.${seq}`,
    full_log: message, decoder: decoderOf(r),
    ...(r.predecoded.programName ? { predecoder: { program_name: r.predecoded.programName, timestamp: r.predecoded.timestamp, hostname: r.predecoded.hostname } } : {}),
    ...(Object.keys(r.fields).length ? { data: r.fields } : {}),
    // check_diff, as Wazuh writes it: the output before this one, with and without its heading.
    ...(r.previousOutput !== undefined ? { previous_output: `Previous output:\n${r.previousOutput}`, previous_log: r.previousOutput } : {}),
    location,
  };
}

function decoderOf(r: Result): Record<string, string> {
  return r.decoder ? { name: r.decoder.name, ...(r.decoder.parent ? { parent: r.decoder.parent } : {}) } : {};
}
