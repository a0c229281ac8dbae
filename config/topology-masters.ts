// topology-masters.ts: pure; the `master` key of a topology, one mapping or a list of them (master high
// availability, issue 14), read into one draft per master with the topology key that each value came
// from (for problems that name it): `master.port` for the mapping, `master[1].port` for the list.
import { HOST, NAME, PORT } from './checks';
import { DEFAULTS } from './defaults';
import { type Problems, REQUIRED, Section } from './section';
import type { NodeDraft } from './topology-workers';

/** A master's draft: `keyPath` is `master` for the mapping, `master[1]` for the list. */
export type MasterDraft = NodeDraft;

export const MASTER_KEYS = ['name', 'address', 'bind_addr', 'port', 'agents_port', 'enrollment_port', 'config'] as const;
const EXAMPLE = '{ name: master, address: 127.0.0.1, port: 1516 }';

/** Reads `master` (missing: a problem); an empty or broken list gives no drafts after its problems. */
export function readMasters(problems: Problems, raw: unknown): MasterDraft[] {
  if (raw === undefined || raw === null) {
    problems.add('master', `missing (expected a mapping such as ${EXAMPLE}, or a list of them for several masters)`);
    return [];
  }
  if (!Array.isArray(raw)) {
    const one = draft(problems, 'master', raw, 'master');
    return one ? [one] : [];
  }
  if (raw.length === 0) {
    problems.add('master', `is an empty list (expected at least one master, such as [${EXAMPLE}])`);
    return [];
  }
  const drafts = raw.map((item, i) => draft(problems, `master[${i}]`, item, REQUIRED));
  // One broken item leaves the others unchecked for clashes: its problem is reported already.
  return drafts.every((d) => d !== null) ? drafts as MasterDraft[] : [];
}

function draft(problems: Problems, keyPath: string, raw: unknown, defaultName: string | typeof REQUIRED): MasterDraft | null {
  const s = Section.open(problems, keyPath, raw, MASTER_KEYS);
  if (!s) return null;
  const address = s.get('address', HOST, DEFAULTS.cluster.bindAddr);
  return {
    name: s.get('name', NAME, defaultName, 'master'),
    address,
    bindAddr: s.get('bind_addr', HOST, address),
    clusterPort: s.get('port', PORT, DEFAULTS.cluster.port, NaN),
    agentsPort: s.get('agents_port', PORT, DEFAULTS.agents.port, NaN),
    enrollmentPort: s.get('enrollment_port', PORT, DEFAULTS.agents.enrollmentPort, NaN),
    config: s.raw('config'),
    keyPath,
  };
}
