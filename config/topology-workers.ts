// topology-workers.ts: pure; the `workers` key of a topology, a list or a count form, expanded into
// one draft per worker with the topology key that each value came from (for problems that name it).
import { describe, HOST, intRange, NAME, PORT } from './checks';
import { type Problems, REQUIRED, Section } from './section';

/** One node as a topology declares it, before its spec is built (masters and workers alike). */
export interface NodeDraft {
  name: string;
  address: string;
  bindAddr: string;
  clusterPort: number;
  agentsPort: number;
  enrollmentPort: number;
  /** The raw per-node config overrides, or undefined. */
  config: unknown;
  /** Where its keys live in the topology, for problems: `master[1]`, `workers[1]`, or the count form's keys. */
  keyPath: string;
}

export interface WorkerDraft extends NodeDraft {
  nameKey: string;
  agentsPortKey: string;
  enrollmentPortKey: string;
}

const LIST_ITEM_KEYS = ['name', 'address', 'bind_addr', 'agents_port', 'enrollment_port', 'config'] as const;
const COUNT_KEYS = ['count', 'name', 'address', 'bind_addr', 'agents_port_base', 'config'] as const;
/** A count form names its workers from a pattern; {n} is the worker's number, from 1. */
export const WORKER_NUMBER = '{n}';
const DEFAULT_PATTERN = `worker-${WORKER_NUMBER}`;
const MAX_WORKERS = 1000;

/** Expands `workers` (absent: none); `clusterPort` is the master's, which every worker dials. */
export function expandWorkers(problems: Problems, raw: unknown, clusterPort: number): WorkerDraft[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw.flatMap((item, i) => listItem(problems, item, i, clusterPort));
  if (typeof raw === 'object') return countForm(problems, raw, clusterPort);
  problems.add('workers', `is ${describe(raw)}, expected a list of workers or a mapping { count, name: "worker-{n}", address, agents_port_base }`);
  return [];
}

function listItem(problems: Problems, raw: unknown, i: number, clusterPort: number): WorkerDraft[] {
  const keyPath = `workers[${i}]`;
  const s = Section.open(problems, keyPath, raw, LIST_ITEM_KEYS);
  if (!s) return [];
  const address = s.get('address', HOST, '127.0.0.1');
  return [{
    name: s.get('name', NAME, REQUIRED, `worker-${i + 1}`),
    address,
    bindAddr: s.get('bind_addr', HOST, address),
    clusterPort,
    agentsPort: s.get('agents_port', PORT, REQUIRED, NaN),
    enrollmentPort: s.get('enrollment_port', PORT, REQUIRED, NaN),
    config: s.raw('config'),
    keyPath,
    nameKey: `${keyPath}.name`,
    agentsPortKey: `${keyPath}.agents_port`,
    enrollmentPortKey: `${keyPath}.enrollment_port`,
  }];
}

function countForm(problems: Problems, raw: object, clusterPort: number): WorkerDraft[] {
  const s = Section.open(problems, 'workers', raw, COUNT_KEYS);
  if (!s) return [];
  const count = s.get('count', intRange(0, MAX_WORKERS), REQUIRED, 0);
  const pattern = s.get('name', { expected: 'a name pattern such as "worker-{n}"', parse: patternCheck }, DEFAULT_PATTERN, '');
  const address = s.get('address', HOST, '127.0.0.1');
  const bindAddr = s.get('bind_addr', HOST, address);
  const base = s.get('agents_port_base', PORT, REQUIRED, NaN);
  if (!pattern || Number.isNaN(base)) return [];
  if (count > 1 && !pattern.includes(WORKER_NUMBER)) {
    problems.add('workers.name', `${JSON.stringify(pattern)} has no ${WORKER_NUMBER}: all ${count} workers would have one name (expected a pattern such as "worker-{n}")`);
    return [];
  }
  const lastPort = base + 2 * count - 1;
  if (count > 0 && lastPort > 65535) {
    problems.add('workers.agents_port_base', `${base} leaves no room for ${count} workers (two ports each, up to ${lastPort}; ports end at 65535)`);
    return [];
  }
  const drafts: WorkerDraft[] = [];
  for (let n = 1; n <= count; n++) {
    const name = pattern.split(WORKER_NUMBER).join(String(n));
    const agentsPort = base + 2 * (n - 1);
    drafts.push({
      name, address, bindAddr, clusterPort, agentsPort, enrollmentPort: agentsPort + 1, config: s.raw('config'),
      keyPath: 'workers', nameKey: `workers.name (worker ${n})`,
      agentsPortKey: `${name} agents port (workers.agents_port_base + ${2 * (n - 1)})`,
      enrollmentPortKey: `${name} enrollment port (workers.agents_port_base + ${2 * (n - 1) + 1})`,
    });
  }
  return drafts;
}

/** A pattern is a name once {n} is replaced by a number. */
function patternCheck(v: unknown): { ok: true; value: string } | { ok: false; what: string } {
  if (typeof v !== 'string') return { ok: false, what: `is ${describe(v)}, expected a name pattern such as "worker-{n}"` };
  const sample = NAME.parse(v.split(WORKER_NUMBER).join('1'));
  return sample.ok
    ? { ok: true, value: v }
    : { ok: false, what: `${JSON.stringify(v)} is not a name pattern (expected letters, digits, "_", "-" and {n}, such as "worker-{n}")` };
}
