// schema.ts: the typed config and its validation; pure except reading key_file (injectable).
//
// Decisions beyond DESIGN.md section 6 (defaults and required keys are listed in defaults.ts):
// - Paths (data_dir, key_file, agents.enrollment_password_file, analysis.ruleset_dirs) are resolved against the config file's folder.
// - A cluster.nodes entry is "host" or "host:port"; without a port a worker dials cluster.port.
// - The three ports of a node (cluster.port, agents.port, agents.enrollment_port) must differ, on a
//   worker too, so that one config can be copied from node to node without surprises.
// - Durations need a unit (see duration.ts), must be positive and at most 2^31-1 ms (Node's timer limit).
// - A loop period (intervals.keep_alive, agent_info, agent_groups, local_integrity, integrity) is a
//   duration or a six-field cron expression (schedule.ts); `intervals` then holds the longest gap
//   between its fires, so derived limits (keep_alive_timeout > keep_alive) still compare numbers. The
//   limits (keep_alive_timeout, reconnect_max, agent_disconnect) are durations only.
// - log.rotate_at is a six-field cron expression (cron.ts); five fields are refused, not guessed.
// - metrics.port 0 is off (the default); when on, it must differ from the node's other ports too.
// - cluster.etcd (master high availability) is optional: absent, one master as before (see etcd.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  BOOL, CRON, HOST, intRange, KEY, limitDuration, loopSchedule, NAME, NODE_ADDRESS, oneOf, OPTIONAL_PATH, PATH, PORT, PORT_OR_OFF,
} from './checks';
import { DEFAULTS, defaultDataDir, MAX_INTERVAL_MS } from './defaults';
import { formatDuration } from './duration';
import { type EtcdConfig, readEtcd } from './etcd';
import { describeSchedule, type Schedules } from './schedule';
import { Problems, REQUIRED, Section } from './section';

type NodeType = 'master' | 'worker';
export type LogLevel = 'error' | 'warning' | 'info' | 'debug';
const NODE_TYPES: readonly NodeType[] = ['master', 'worker'];
const LOG_LEVELS: readonly LogLevel[] = ['error', 'warning', 'info', 'debug'];

export interface WardenConfig {
  configPath: string; // absolute path of the file read
  cluster: {
    name: string; nodeName: string; nodeType: NodeType; key: string; previousKeys: string[];
    keyFile?: string; // absolute; set when the key was read from cluster.key_file
    port: number; bindAddr: string; nodes: string[]; hidden: boolean; disabled: boolean;
    /** Master high availability: the etcd that elects the leader among the masters; null: one master. */
    etcd: EtcdConfig | null;
  };
  dataDir: string; // absolute; a relative data_dir is resolved against the config file's folder
  agents: {
    port: number; enrollmentPort: number;
    bindAddr: string; // where the agent and enrollment ports listen (cluster.bind_addr is the cluster port's)
    enrollmentPasswordFile: string; // absolute, or '' when enrollment needs no password
    verifyCounters: boolean;
  };
  log: { level: LogLevel; rotateAt: string }; // rotateAt: a six-field cron expression
  intervals: {
    keepAlive: number; keepAliveTimeout: number; agentInfo: number; agentGroups: number;
    localIntegrity: number; integrity: number; reconnectMax: number; agentDisconnect: number;
  }; // ms; for a loop given a cron expression, the longest gap between its fires
  schedules: Schedules; // what drives each loop (keep_alive .. integrity), as written in the config
  metrics: { port: number; bindAddr: string }; // port 0: no /metrics listener
  shell: { allowMutations: boolean };
  analysis: { rulesetDirs: string[]; alertLevel: number }; // rulesetDirs absolute (resolved like dataDir)
}

export type ValidationResult = { ok: true; config: WardenConfig } | { ok: false; problems: string[] };

export interface ValidateOptions {
  configPath: string;
  /** Reads key_file (an absolute path); throws when it cannot. Defaults to fs.readFileSync as UTF-8. */
  readFile?: (absPath: string) => string;
  /** When the config is read (ms since the epoch): cron periods are measured from it. Default: Date.now(). */
  now?: number;
}

type Intervals = WardenConfig['intervals'];

/** YAML key -> field, in the order problems are reported; a loop period may be a cron schedule, a limit may not. */
const INTERVAL_KEYS: readonly (readonly [string, keyof Intervals, 'loop' | 'limit'])[] = [
  ['keep_alive', 'keepAlive', 'loop'],
  ['keep_alive_timeout', 'keepAliveTimeout', 'limit'],
  ['agent_info', 'agentInfo', 'loop'],
  ['agent_groups', 'agentGroups', 'loop'],
  ['local_integrity', 'localIntegrity', 'loop'],
  ['integrity', 'integrity', 'loop'],
  ['reconnect_max', 'reconnectMax', 'limit'],
  ['agent_disconnect', 'agentDisconnect', 'limit'],
];

const KNOWN = {
  top: ['cluster', 'data_dir', 'agents', 'log', 'metrics', 'intervals', 'shell', 'analysis'],
  cluster: ['name', 'node_name', 'node_type', 'key', 'key_file', 'previous_keys', 'port', 'bind_addr', 'nodes', 'hidden', 'disabled', 'etcd'],
  agents: ['port', 'enrollment_port', 'bind_addr', 'enrollment_password_file', 'verify_counters'],
  log: ['level', 'rotate_at'],
  metrics: ['port', 'bind_addr'],
  intervals: INTERVAL_KEYS.map(([k]) => k),
  shell: ['allow_mutations'],
  analysis: ['ruleset_dirs', 'alert_level'],
} as const;

/** Validates a parsed YAML document into a WardenConfig, or lists every problem found. */
export function validateConfig(raw: unknown, opts: ValidateOptions): ValidationResult {
  const configPath = resolve(opts.configPath);
  const baseDir = dirname(configPath);
  const readFile = opts.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const problems = new Problems();

  const top = Section.open(problems, '', raw, KNOWN.top);
  if (!top) return { ok: false, problems: problems.list };
  const open = (key: keyof typeof KNOWN): Section | undefined =>
    Section.open(problems, key, top.raw(key), KNOWN[key]);

  const cluster = readCluster(problems, open('cluster'), baseDir, readFile);
  const agents = open('agents');
  const agentsPort = agents?.get('port', PORT, DEFAULTS.agents.port, NaN) ?? NaN;
  const enrollmentPort = agents?.get('enrollment_port', PORT, DEFAULTS.agents.enrollmentPort, NaN) ?? NaN;
  const metrics = open('metrics');
  const metricsPort = metrics?.get('port', PORT_OR_OFF, DEFAULTS.metrics.port, NaN) ?? NaN;
  const metricsBind = metrics?.get('bind_addr', HOST, DEFAULTS.metrics.bindAddr) ?? DEFAULTS.metrics.bindAddr;
  checkDistinctPorts(problems, [
    ['cluster.port', cluster.port],
    ['agents.port', agentsPort],
    ['agents.enrollment_port', enrollmentPort],
    ...(metricsPort === 0 ? [] : [['metrics.port', metricsPort] as const]),
  ]);

  const agentsBindAddr = agents?.get('bind_addr', HOST, DEFAULTS.agents.bindAddr) ?? DEFAULTS.agents.bindAddr;
  const passwordFileRaw = agents?.get('enrollment_password_file', OPTIONAL_PATH, DEFAULTS.agents.enrollmentPasswordFile) ?? '';
  const verifyCounters = agents?.get('verify_counters', BOOL, DEFAULTS.agents.verifyCounters) ?? false;

  const dataDirRaw = top.get('data_dir', PATH, defaultDataDir(cluster.nodeName || 'node'));
  const log = open('log');
  const level = log?.get('level', oneOf(LOG_LEVELS), DEFAULTS.log.level) ?? DEFAULTS.log.level;
  const rotateAt = log?.get('rotate_at', CRON, DEFAULTS.log.rotateAt) ?? DEFAULTS.log.rotateAt;
  const { intervals, schedules } = readIntervals(problems, open('intervals'), opts.now ?? Date.now());
  const allowMutations = open('shell')?.get('allow_mutations', BOOL, DEFAULTS.shell.allowMutations) ?? false;
  const analysis = open('analysis');
  const rulesetDirs = analysis?.list('ruleset_dirs', PATH, DEFAULTS.analysis.rulesetDirs) ?? [];
  const alertLevel = analysis?.get('alert_level', intRange(0, 16), DEFAULTS.analysis.alertLevel) ?? 0;

  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  return {
    ok: true,
    config: {
      configPath,
      cluster,
      dataDir: resolve(baseDir, dataDirRaw),
      agents: {
        port: agentsPort,
        enrollmentPort,
        bindAddr: agentsBindAddr,
        enrollmentPasswordFile: passwordFileRaw === '' ? '' : resolve(baseDir, passwordFileRaw),
        verifyCounters,
      },
      log: { level, rotateAt },
      intervals,
      schedules,
      metrics: { port: metricsPort, bindAddr: metricsBind },
      shell: { allowMutations },
      analysis: { rulesetDirs: rulesetDirs.map((d) => resolve(baseDir, d)), alertLevel },
    },
  };
}

function readCluster(
  problems: Problems,
  s: Section | undefined,
  baseDir: string,
  readFile: (absPath: string) => string,
): WardenConfig['cluster'] {
  const d = DEFAULTS.cluster;
  if (!s) {
    return { name: '', nodeName: '', nodeType: 'master', key: '', previousKeys: [], port: NaN, bindAddr: '',
      nodes: [], hidden: false, disabled: false, etcd: null };
  }
  const name = s.get('name', NAME, d.name);
  const nodeName = s.get('node_name', NAME, REQUIRED, '');
  const nodeType = s.get('node_type', oneOf(NODE_TYPES), REQUIRED, 'master');
  const key = readKey(problems, s, baseDir, readFile);
  const keyFile = s.has('key_file') && !s.has('key') && key !== '' ? resolve(baseDir, String(s.raw('key_file'))) : undefined;
  const previousKeys = s.list('previous_keys', KEY, d.previousKeys);
  // NaN on a bad port, so that it cannot also collide with another port.
  const port = s.get('port', PORT, d.port, NaN);
  const bindAddr = s.get('bind_addr', HOST, d.bindAddr);
  const before = problems.list.length;
  const nodes = s.has('nodes') || nodeType !== 'master' ? s.list('nodes', NODE_ADDRESS, []) : [...d.masterNodes];
  if (nodeType === 'worker' && nodes.length === 0 && problems.list.length === before) {
    const why = s.has('nodes') ? 'is empty' : 'missing';
    problems.add('cluster.nodes', `${why}; a worker needs the master's address (expected a list such as [127.0.0.1])`);
  }
  const hidden = s.get('hidden', BOOL, d.hidden);
  const disabled = s.get('disabled', BOOL, d.disabled);
  const etcd = readEtcd(problems, s, name);
  return { name, nodeName, nodeType, key, previousKeys, ...(keyFile ? { keyFile } : {}), port, bindAddr, nodes, hidden, disabled, etcd };
}

/** `key` or `key_file`, exactly one; a key file is read, trimmed, and checked like an inline key. */
function readKey(problems: Problems, s: Section, baseDir: string, readFile: (absPath: string) => string): string {
  const hasKey = s.has('key');
  const hasFile = s.has('key_file');
  if (hasKey && hasFile) {
    problems.add('cluster.key', 'both key and key_file are set (expected exactly one of them)');
    return '';
  }
  if (!hasKey && !hasFile) {
    problems.add('cluster.key', `missing (expected ${KEY.expected}, or key_file: PATH)`);
    return '';
  }
  if (hasKey) return s.get('key', KEY, REQUIRED, '');
  const rel = s.get('key_file', PATH, REQUIRED, '');
  if (!rel) return '';
  const abs = resolve(baseDir, rel);
  let text: string;
  try {
    text = readFile(abs);
  } catch (err) {
    problems.add('cluster.key_file', `cannot read ${abs}: ${(err as Error)?.message ?? String(err)}`);
    return '';
  }
  const r = KEY.parse(text.trim());
  if (r.ok) return r.value;
  problems.add('cluster.key_file', `${abs} ${r.what}`);
  return '';
}

function readIntervals(
  problems: Problems,
  s: Section | undefined,
  now: number,
): { intervals: Intervals; schedules: Schedules } {
  const intervals: Intervals = { ...DEFAULTS.intervals };
  const schedules: Schedules = { ...DEFAULTS.schedules };
  if (!s) return { intervals, schedules };
  const loop = loopSchedule(MAX_INTERVAL_MS, now);
  let bad = false;
  for (const [key, field, kind] of INTERVAL_KEYS) {
    const before = problems.list.length;
    if (kind === 'limit') {
      intervals[field] = s.get(key, limitDuration(MAX_INTERVAL_MS, key), DEFAULTS.intervals[field]);
    } else {
      const loopField = field as keyof Schedules;
      const fallback = { schedule: DEFAULTS.schedules[loopField], ms: DEFAULTS.intervals[loopField] };
      const read = s.get(key, loop, fallback);
      intervals[loopField] = read.ms;
      schedules[loopField] = read.schedule;
    }
    bad ||= problems.list.length > before;
  }
  if (!bad && intervals.keepAliveTimeout <= intervals.keepAlive) {
    const given = (key: string): string => (s.has(key) ? '' : ' (the default)');
    const keepAlive = schedules.keepAlive;
    const shownKeepAlive =
      'cron' in keepAlive
        ? `${describeSchedule(keepAlive)}, up to ${formatDuration(intervals.keepAlive)} between fires`
        : `${formatDuration(intervals.keepAlive)}${given('keep_alive')}`;
    problems.add(
      'intervals.keep_alive_timeout',
      `${formatDuration(intervals.keepAliveTimeout)}${given('keep_alive_timeout')} must exceed intervals.keep_alive ` +
        `(${shownKeepAlive}), or the master drops workers that are alive`,
    );
  }
  return { intervals, schedules };
}

function checkDistinctPorts(problems: Problems, ports: readonly (readonly [string, number])[]): void {
  for (let i = 0; i < ports.length; i++) {
    for (let j = i + 1; j < ports.length; j++) {
      if (ports[i][1] === ports[j][1]) {
        problems.add(ports[j][0], `${ports[j][1]} is also ${ports[i][0]} (the ports of one node must differ)`);
      }
    }
  }
}
