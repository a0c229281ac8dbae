// defaults.ts: every default of the config in one place (DESIGN.md section 6).
//
// Required, no default: cluster.node_name, cluster.node_type, and cluster.key or cluster.key_file
// (a default name or type would let two nodes start as the same node; a default key is no secret).
// cluster.nodes: a worker must name its master; a master never dials, so it defaults to [127.0.0.1].
// data_dir: ./var/<node_name>, resolved against the folder of the config file.
import type { LogLevel } from './schema';

export const DEFAULTS = {
  cluster: {
    name: 'warden',
    previousKeys: [] as readonly string[],
    port: 1516,
    bindAddr: '127.0.0.1',
    masterNodes: ['127.0.0.1'] as readonly string[],
    hidden: false,
    disabled: false,
  },
  // No enrollment password and no counter check, as Wazuh ships (authd use_password no, verify_msg_id 0);
  // the agent and enrollment ports on every interface, as remoted and authd listen.
  agents: { port: 1514, enrollmentPort: 1515, bindAddr: '0.0.0.0', enrollmentPasswordFile: '', verifyCounters: false },
  // Daily at local midnight, as Wazuh rotates its logs.
  log: { level: 'info' as LogLevel, rotateAt: '0 0 0 * * *' },
  intervals: {
    keepAlive: 10_000,
    keepAliveTimeout: 30_000,
    agentInfo: 10_000,
    agentGroups: 10_000,
    localIntegrity: 10_000,
    integrity: 10_000,
    reconnectMax: 10_000,
    agentDisconnect: 60_000,
  },
  // The loops' schedules, matching `intervals` (config/schedule.ts).
  schedules: {
    keepAlive: { everyMs: 10_000 },
    agentInfo: { everyMs: 10_000 },
    agentGroups: { everyMs: 10_000 },
    localIntegrity: { everyMs: 10_000 },
    integrity: { everyMs: 10_000 },
  },
  // Off: a node opens no port it was not asked for; on, loopback unless said otherwise.
  metrics: { port: 0, bindAddr: '127.0.0.1' },
  shell: { allowMutations: false },
  analysis: { rulesetDirs: [] as readonly string[], alertLevel: 3 },
} as const;

/** The data_dir used when the config names none, relative to the config file's folder. */
export function defaultDataDir(nodeName: string): string {
  return `./var/${nodeName}`;
}

/** Node.js timers fire at once past 2^31-1 ms (about 24.8 days), so no interval may be longer. */
export const MAX_INTERVAL_MS = 2_147_483_647;
