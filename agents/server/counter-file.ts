// The counter book on disk (<data_dir>/queue/rids/receiver-counters.json, after Wazuh's queue/rids), so
// that agents.verify_counters survives a restart of the node: a message captured before the restart is
// still a replay after it. Written whole, to a temporary file then renamed, so a crash leaves the old or
// the new file, never half of one.
import * as fs from 'fs';
import * as path from 'path';
import { CounterEntry } from './counter-book';

export const COUNTER_FILE = path.join('queue', 'rids', 'receiver-counters.json');

interface CounterFileV1 {
  version: 1;
  /** id -> [global, local, key tag] */
  agents: Record<string, [number, number, string]>;
}

function isEntry(v: unknown): v is [number, number, string] {
  return Array.isArray(v) && v.length === 3 && Number.isSafeInteger(v[0]) && Number.isSafeInteger(v[1]) && typeof v[2] === 'string';
}

/** The saved entries; [] when there is no file. Throws on a file that is not what saveCounters writes. */
export function loadCounters(file: string): [number, CounterEntry][] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const parsed = JSON.parse(text) as Partial<CounterFileV1>;
  if (parsed.version !== 1 || typeof parsed.agents !== 'object' || parsed.agents === null) throw new Error(`${file} is not a version 1 counter file`);
  const out: [number, CounterEntry][] = [];
  for (const [id, v] of Object.entries(parsed.agents)) {
    if (!/^\d+$/.test(id) || !isEntry(v)) throw new Error(`${file}: bad entry for agent ${JSON.stringify(id)}`);
    out.push([Number(id), { global: v[0], local: v[1], keyTag: v[2] }]);
  }
  return out;
}

export function saveCounters(file: string, entries: readonly [number, CounterEntry][]): void {
  const body: CounterFileV1 = { version: 1, agents: {} };
  for (const [id, e] of entries) body.agents[String(id)] = [e.global, e.local, e.keyTag];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(body), { mode: 0o600 });
  fs.renameSync(tmp, file);
}
